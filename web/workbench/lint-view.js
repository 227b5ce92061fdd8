// lint-view.js: the lint findings under the JSON editor (lintRules of the JavaScript API, as
// `stapelwijzer lint --delegations`), each naming its JSON path; a click selects that place in the
// editor. Runs debounced while the officer types.
import { t } from './strings.js';
import { locate } from './json-path.js';
import { reasonElement } from './reasons-nl.js';

const TYPING_DELAY_MS = 400;

// Selects `range` in the textarea and scrolls it into view (a line's height per line before it).
function select(editor, range) {
  editor.focus();
  editor.setSelectionRange(range.start, range.end);
  const line = editor.value.slice(0, range.start).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
  editor.scrollTop = Math.max(0, line * lineHeight - editor.clientHeight / 3);
}

function findingItem(lang, editor, fileName, kind, f) {
  const li = document.createElement('li');
  li.className = kind;
  const where = f.file && f.file !== fileName ? t(lang, 'lint.other', f.file)
    : f.path ? t(lang, 'lint.at', f.path) : t(lang, 'lint.whole');
  const head = `${t(lang, kind === 'error' ? 'lint.error' : 'lint.warning')} ${where}: `;
  const reason = reasonElement(lang, f.message);
  const range = f.file === fileName || !f.file ? locate(editor.value, f.path, f.message) : null;
  if (range) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'finding';
    button.dataset.path = f.path;
    button.append(head, reason);
    button.addEventListener('click', () => select(editor, range));
    li.append(button);
  } else {
    li.append(head, reason);
  }
  return li;
}

// Sets up the editor's live lint. lint(): the API's report for the current text; onResult(report)
// after each run (the page enables "try" and "test" only when the rules load).
export function setupLint({ editor, summary, list, lang, fileName, lint, onResult }) {
  let timer = null;
  let last = null;
  function render() {
    if (!last) return;
    const l = lang();
    const { errors, warnings } = last;
    summary.textContent = errors.length + warnings.length === 0 && last.loads ? t(l, 'lint.ok')
      : `${t(l, 'lint.summary', errors.length, warnings.length)} ${t(l, 'lint.english')}`;
    summary.className = `summary ${errors.length ? 'bad' : 'good'}`;
    list.replaceChildren(...errors.map((f) => findingItem(l, editor, fileName(), 'error', f)),
                         ...warnings.map((f) => findingItem(l, editor, fileName(), 'warning', f)));
  }
  function run() {
    clearTimeout(timer);
    last = lint(editor.value);
    document.documentElement.dataset.swLint = last.errors.length ? 'errors' : 'clean';
    render();
    onResult(last);
  }
  editor.addEventListener('input', () => {
    clearTimeout(timer);
    document.documentElement.dataset.swLint = 'pending';
    summary.textContent = t(lang(), 'lint.busy');
    timer = setTimeout(run, TYPING_DELAY_MS);
  });
  return { run, render };
}
