// downloads.js: the fragment and its tests as files to download (blob: URLs, nothing leaves the
// device), and the commands that sign the fragment with the fund's key (docs/maintaining-rules.md).
import { t } from './strings.js';

let urls = [];

function link(text, name, body) {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  urls.push(url);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.textContent = text;
  a.className = 'download';
  return a;
}

// Replaces the links in `list`: the fragment first, then one per test.
export function renderDownloads(list, lang, fragment, tests) {
  for (const u of urls) URL.revokeObjectURL(u);
  urls = [];
  const items = [link(t(lang, 'download.fragment', fragment.name), fragment.name, fragment.text)];
  for (const test of tests) items.push(link(t(lang, 'download.test', test.name), test.name, test.text));
  list.replaceChildren(...items.map((a) => { const li = document.createElement('li'); li.append(a); return li; }));
}

// The commands as a fund officer types them in the working folder of the guides.
export function signCommands(fund, file) {
  return [
    `minisign -S -s keys/fund-${fund}.key -m bundle/${file}`,
    `stapelwijzer sign --key keys/fund-${fund}.key bundle/${file}`,
    `node stapelwijzer.cjs sign --key keys/fund-${fund}.key bundle/${file}`,
    `stapelwijzer lint --delegations delegations.json bundle`,
    `stapelwijzer test tests --fragments bundle`,
  ].join('\n');
}
