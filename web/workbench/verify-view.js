// verify-view.js: "Controleer de handtekening": the fragment in the editor and the .minisig the
// officer chose, checked against the fund's delegation in the published manifest (verifyFragment:
// the fund's keys, threshold and prefixes, as the app's verification will check them) before the
// file is sent in.
import { t } from './strings.js';
import { reasonElement } from './reasons-nl.js';

export function setupVerify({ sw, lang, fragment, input, message }) {
  let last = null;  // { ok, text, reason, fund, keys, signedText }
  function render() {
    if (!last) return;
    const l = lang();
    message.className = `message ${last.ok ? 'good' : 'bad'}`;
    if (last.ok) {
      message.textContent = t(l, 'verify.ok', last.fund, last.keys.join(', '));
    } else {
      const reason = reasonElement(l, last.reason);
      message.replaceChildren(`${t(l, 'verify.bad')} `, reason);
    }
    if (fragment().text !== last.signedText) message.append(` ${t(l, 'verify.changed')}`);
  }
  input.addEventListener('change', async () => {
    const file = input.files[0];
    if (!file) return;
    const f = fragment();
    try {
      const r = sw.verifyFragment(f, await file.text());
      last = { ok: true, fund: r.fund, keys: r.signed_by, signedText: f.text };
    } catch (e) {
      last = { ok: false, reason: e.message, signedText: f.text };
    }
    document.documentElement.dataset.swVerify = last.ok ? 'ok' : 'refused';
    render();
    input.value = '';
  });
  return { redraw: render };
}
