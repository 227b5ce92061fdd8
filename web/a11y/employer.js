// employer.js: the accessible page's employer section (issue 16; docs/accessibility.md, "Employer"):
// a staff list read from a file or pasted cells, its columns mapped, one course for everybody (the
// page's own course fields, moved into this section), computed in chunks with progress and a Stop
// button, then the result (employer-result.js), the CSV download and print. The list is read by
// the engine's staff import through the JavaScript API (staffColumns, staffJob): the same reading
// and the same result CSV as `stapelwijzer batch --share-budgets` (a list here is one employer's
// staff, as in the canvas view), with the named courses of employer-courses.js as `--courses`.
// An .xlsx goes through web/staff-xlsx.js first (the converter below). Nothing is sent anywhere.
import { t } from './strings.js';
import { buildCase, splitError, todayIso } from './case.js';
import { readForm, keepQualityConsistent, showFieldError, clearErrors, focusTarget } from './form.js';
import { fieldLabel } from './result.js';
import { readStaffFile, FileTooLarge, addConverter, WorkbookRefused } from './staff-file.js';
import { renderStaffResult, factLabel } from './employer-result.js';
import { setupNamedCourses } from './employer-courses.js';

// An Excel workbook (by its bytes, or by its name as the CLI goes by) is read by web/staff-xlsx.js
// (window.swStaffXlsx, loaded by toegankelijk.html) into the staff-list text `stapelwijzer batch`
// makes of the same .xlsx; a password-protected, .xls or damaged one is refused with its words.
addConverter({
  accepts: (fileName, bytes) => {
    const x = globalThis.swStaffXlsx;
    return !!x && (x.workbookKind(bytes) !== '' || x.isWorkbookName(fileName));
  },
  convert: async (buffer, fileName) => {
    const out = await globalThis.swStaffXlsx.readStaffXlsx(buffer);
    if (out.error) throw new WorkbookRefused(fileName, out.error);
    return out.text;
  },
});

const SLICE_MS = 12;  // work per slice before the page gets a turn (input, painting)
const CHUNK_ROWS = 64;  // rows per engine call: one word of the batch evaluator
const SHARE_STEPS = 4;  // steps of sharing the company budgets per engine call

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// The groups of the mapping's <select>, by path.
function groupOf(path) {
  if (path.startsWith('course.costs.')) return 'costs';
  if (path.startsWith('person.')) return 'person';
  if (path.startsWith('course.') || path === 'course_name') return 'course';
  return 'other';
}

function targetLabel(lang, target) {
  if (target.path.startsWith('course.costs.')) return `${t(lang, `c:${target.path.slice(13)}`)} (${target.path})`;
  const own = factLabel(lang, target.path);
  const label = own !== target.path ? own : target[`label_${lang}`] || target.path;
  return `${label} (${target.path})`;
}

// Sets up the section. api: { sw, lang(), catalogue (Map id -> scheme), courseForm (the form the
// course part sits in while the section is shown) }.
export function setupEmployer({ sw, lang, catalogue, courseForm }) {
  const status = $('employer-status');
  const state = {
    source: '', bytes: null, columns: null, targets: [], paths: [], rows: [], jobColumns: [], header: '',
    computing: false, cancelled: false, done: false, problem: null, courseJson: '', coursesJson: '', usedToday: null,
    budgets: null, budgetRule: null,
    view: { filter: '', column: 'row', descending: false },
  };
  const root = document.documentElement;
  const name = (id) => {
    const s = catalogue.get(id);
    return s ? s[`name_${lang()}`] || s.name_nl : id;
  };
  const announce = (text) => { status.textContent = text; };
  const mark = (what) => { root.dataset.swStaff = what; root.dataset.swStaffRevision = String(Number(root.dataset.swStaffRevision || 0) + 1); };

  // ---- 1. The staff list --------------------------------------------------------------------
  function showProblem(kind, fileName, detail) {
    state.problem = { kind, fileName, detail };
    state.columns = null;
    state.bytes = null;
    drawProblem();
    $('staff-columns').hidden = true;
    $('staff-result').hidden = true;
    announce(problemText(kind, fileName, detail));
    mark('problem');
  }

  function problemText(kind, fileName, detail) {
    const l = lang();
    if (kind === 'too_large') return t(l, 'emp.problem.too_large', fileName, detail);
    if (kind === 'xlsx') return t(l, 'emp.problem.xlsx', fileName, detail[l] || detail.nl);
    if (['empty', 'header_only', 'not_text', 'workbook', 'bad_header'].includes(kind)) return t(l, `emp.problem.${kind}`, fileName);
    return t(l, 'emp.problem.read');
  }

  function drawProblem() {
    const box = $('staff-problem');
    const input = $('staff-file');
    if (!state.problem) {
      box.hidden = true;
      box.replaceChildren();
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', 'staff-file-hint');
      return;
    }
    const { kind, fileName, detail } = state.problem;
    const l = lang();
    box.replaceChildren(el('h4', {}, t(l, 'emp.problem.heading')), el('p', { id: 'staff-problem-text' }, problemText(kind, fileName, detail)));
    if (detail && kind !== 'too_large' && kind !== 'xlsx') {
      box.append(el('p', { class: 'technical' }, `${t(l, 'emp.details')} `, el('span', { lang: 'en' }, detail)));
    }
    box.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'staff-problem-text staff-file-hint');
  }

  function load(source, bytes) {
    // A list read while another is computed: that one stops and its rows are dropped.
    state.cancelled = true;
    state.generation = (state.generation || 0) + 1;
    state.problem = null;
    drawProblem();
    state.rows = [];
    state.done = false;
    $('staff-result').hidden = true;
    let cols;
    try {
      cols = sw.staffColumns(bytes);
    } catch (e) {
      if (e && e.problem) return showProblem(e.problem, source, e.message);
      throw e;
    }
    if (cols.rows === 0) return showProblem('header_only', source, '');
    state.source = source;
    state.bytes = bytes;
    state.columns = cols.columns;
    state.targets = cols.targets;
    state.paths = cols.columns.map((c) => c.path);
    drawMapping();
    $('staff-columns').hidden = false;
    announce(t(lang(), 'emp.read', source, cols.rows, cols.columns.length));
    mark('mapping');
  }

  $('staff-file').addEventListener('change', async (e) => {
    const file = e.target.files && e.target.files[0];
    if (!file) return;
    try {
      if (file.size > 1 << 20) announce(t(lang(), 'emp.reading', file.name));  // a workbook takes a moment
      const { name: fileName, bytes } = await readStaffFile(file);
      load(fileName, bytes);
    } catch (err) {
      if (err instanceof WorkbookRefused) {
        showProblem('xlsx', err.fileName, err.words);
      } else if (err instanceof FileTooLarge) {
        const mb = (err.size / (1024 * 1024)).toLocaleString(lang() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
        showProblem('too_large', err.fileName, mb);
      } else {
        showProblem('read', file.name, String(err && err.message || err));
      }
    }
  });
  // The staff list to start from: the library's template (staff::template_csv), the bytes of the
  // canvas view's "Download een voorbeeldbestand".
  $('staff-template').addEventListener('click', () => {
    saveBlob(new Blob([sw.staffTemplate()], { type: 'text/csv;charset=utf-8' }), 'stapelwijzer-personeel-voorbeeld.csv');
    announce(t(lang(), 'emp.template.done'));
  });
  $('staff-paste-read').addEventListener('click', () => {
    const text = $('staff-paste').value;
    load(t(lang(), 'emp.source.paste'), new TextEncoder().encode(text));
    if (!state.problem) $('emp-h-columns').focus();
  });

  // ---- 2. The columns ----------------------------------------------------------------------
  function mapSpec() {
    return state.paths.map((p, i) => `${i + 1}=${p || '-'}`).join(';');
  }

  function drawMapping() {
    const l = lang();
    // On a phone each column becomes one block (style.css), so the select gets the full width;
    // the roles are written out, as for the result's small tables.
    const tbl = el('table', { class: 'staff-mapping', id: 'staff-mapping-table', role: 'table' },
                   el('caption', {}, t(l, 'emp.columns.caption', state.source)));
    const names = ['emp.col.number', 'emp.col.header', 'emp.col.sample', 'emp.col.target'].map((k) => t(l, k));
    const head = el('tr', { role: 'row' });
    for (const n of names) head.append(el('th', { scope: 'col', role: 'columnheader' }, n));
    const body = el('tbody', { role: 'rowgroup' });
    state.columns.forEach((c, i) => {
      const id = `staff-map-${i + 1}`;
      const select = el('select', { id, 'data-column': i + 1 });
      select.append(el('option', { value: '' }, t(l, 'emp.map.none')));
      const groups = {};
      for (const g of ['person', 'course', 'costs', 'other']) groups[g] = el('optgroup', { label: t(l, `emp.map.group.${g}`) });
      for (const target of state.targets) groups[groupOf(target.path)].append(el('option', { value: target.path }, targetLabel(l, target)));
      // A person.used.<scheme> column the file names itself is a target too.
      if (state.paths[i] && !state.targets.some((x) => x.path === state.paths[i])) {
        groups.other.append(el('option', { value: state.paths[i] }, state.paths[i]));
      }
      for (const g of Object.values(groups)) if (g.children.length) select.append(g);
      select.value = state.paths[i];
      body.append(el('tr', { role: 'row' }, el('td', { role: 'cell', 'data-label': names[0] }, String(i + 1)),
                     el('th', { scope: 'row', role: 'rowheader' }, c.header),
                     el('td', { role: 'cell', class: 'sample', 'data-label': names[2] }, c.sample),
                     el('td', { role: 'cell', class: 'target' },
                        el('label', { for: id, class: 'visually-hidden' }, t(l, 'emp.map.label', i + 1, c.header.trim())), select)));
    });
    tbl.append(el('thead', { role: 'rowgroup' }, head), body);
    $('staff-mapping').replaceChildren(el('div', { class: 'table-scroll' }, tbl));
    drawCli();
  }

  function drawCli() {
    const course = state.courseJson || '{…}';
    const courses = state.coursesJson ? ` --courses '${state.coursesJson}'` : '';
    $('staff-cli').textContent = `stapelwijzer batch --input ${state.source.includes(' ') ? `'${state.source}'` : state.source} ` +
      `--map '${mapSpec()}' --course '${course}'${courses} --share-budgets`;
  }

  $('staff-mapping').addEventListener('change', (e) => {
    const select = e.target.closest('select[data-column]');
    if (!select) return;
    const i = Number(select.dataset.column) - 1;
    const path = select.value;
    // A path moves to the column that gets it, as `batch --map` does: the other column is carried.
    let moved = -1;
    if (path) state.paths.forEach((p, j) => { if (j !== i && p === path) { state.paths[j] = ''; moved = j; } });
    state.paths[i] = path;
    if (moved >= 0) {
      $(`staff-map-${moved + 1}`).value = '';
      announce(t(lang(), 'emp.map.moved', factLabel(lang(), path), moved + 1));
    }
    drawCli();
    mark('mapping');
  });

  // ---- 3. The course for everybody --------------------------------------------------------
  // The course object `batch --course` takes; with no start date the course starts today, as
  // the person calculator computes (then the CLI computes the same with this object).
  function course() {
    const { case: c } = buildCase(readForm(courseForm), todayIso());
    const out = c.course;
    state.usedToday = null;
    if (!out.start_date) {
      out.start_date = todayIso();
      state.usedToday = out.start_date;
    }
    return out;
  }

  // The course checked on its own by the engine: a bad field is shown next to it, as in the
  // person calculator. Returns the path of the field that is wrong, or ''.
  function checkCourse(c) {
    clearErrors(courseForm);
    try {
      sw.plan({ contract: 1, person: {}, course: c });
      return '';
    } catch (e) {
      if (!e || e.code !== 2) throw e;
      const { path, reason } = splitError(e.message);
      if (!path || !path.startsWith('course')) return '';
      const technical = el('span', { class: 'technical' }, `${t(lang(), 'error.reason')} `, el('span', { lang: 'en' }, reason));
      showFieldError(path, t(lang(), 'emp.problem.course'), ' ', technical);
      return path;
    }
  }
  courseForm.addEventListener('submit', (e) => e.preventDefault());
  const named = setupNamedCourses({ lang, course, announce });
  courseForm.addEventListener('change', (e) => keepQualityConsistent(courseForm, e.target));

  // ---- 4. Compute ---------------------------------------------------------------------------
  const computeButton = $('staff-compute');
  const cancelButton = $('staff-cancel');
  const progress = $('staff-progress');
  const progressText = $('staff-progress-text');

  function setBusy(on) {
    state.computing = on;
    computeButton.setAttribute('aria-disabled', on ? 'true' : 'false');
    cancelButton.hidden = !on;
    $('staff-progress-box').hidden = !on && !state.rows.length;
  }

  function showColumnsProblem(kind, message) {
    const l = lang();
    const box = $('staff-compute-problem');
    const plain = kind === 'columns' && /no column with a course cost/.test(message) ? t(l, 'emp.problem.nocost') : t(l, `emp.problem.${kind}`);
    box.replaceChildren(el('p', {}, plain, ' ', el('span', { class: 'technical' }, `${t(l, 'emp.details')} `, el('span', { lang: 'en' }, message))));
    box.hidden = false;
    announce(plain);
    mark('problem');
  }

  async function compute() {
    if (state.computing) return;
    $('staff-compute-problem').hidden = true;
    if (!state.bytes) {
      announce(t(lang(), 'emp.need.file'));
      $('staff-file').focus();
      return;
    }
    const c = course();
    const bad = checkCourse(c);
    if (bad) {
      announce(t(lang(), 'summary.error', fieldLabel(lang(), bad)));
      focusTarget(bad)?.focus();
      mark('problem');
      return;
    }
    state.courseJson = JSON.stringify(c);
    state.coursesJson = named.json();
    drawCli();
    $('staff-course-today').textContent = state.usedToday ? t(lang(), 'emp.course.today', state.usedToday) : '';
    let job;
    try {
      job = sw.staffJob(state.bytes, { map: mapSpec(), course: state.courseJson, courses: state.coursesJson, shareBudgets: true });
    } catch (e) {
      if (e && e.problem) return showColumnsProblem(e.problem, e.message);
      throw e;
    }
    const generation = state.generation;
    const rows = [];
    state.rows = rows;
    state.jobColumns = job.columns;
    state.header = job.header;
    state.cancelled = false;
    state.done = false;
    state.job = job;
    $('staff-result').hidden = true;
    state.budgets = null;
    state.budgetRule = job.budgetRule;
    progress.max = Math.max(1, job.rows);
    progress.value = 0;
    progressText.textContent = progressWords(job);
    setBusy(true);
    announce(t(lang(), 'emp.busy', job.rows));
    mark('computing');
    const turn = () => new Promise((r) => setTimeout(r, 0));  // the page's turn: typing, Stop, painting
    try {
      await turn();  // reading the file took a while: the progress bar is drawn before the rows start
      while (!job.done && !state.cancelled) {
        const start = performance.now();
        do {
          // Sharing weighs a person by evaluating their case a few dozen times: fewer per call, so
          // a call stays within the slice.
          rows.push(...job.next(job.stage === 'share' ? SHARE_STEPS : CHUNK_ROWS));
        } while (!job.done && performance.now() - start < SLICE_MS);
        // Three stages (rows read, the company budgets shared, rows computed): the bar runs once
        // per stage and the words beside it name the stage.
        progress.value = job.stage === 'compute' ? job.computed : Math.round(job.stageProgress * job.rows);
        progressText.textContent = progressWords(job);
        root.dataset.swStaffComputed = String(job.computed);
        await turn();
      }
      state.csv = job.csv();
      if (job.stage === 'compute') state.budgets = job.budgets;
    } finally {
      job.close();
    }
    await turn();  // drawing the result is the next long step
    if (generation !== state.generation) {  // another list was read meanwhile
      setBusy(false);
      return;
    }
    const focusWasHere = [computeButton, cancelButton].includes(document.activeElement) || document.activeElement === document.body;
    setBusy(false);
    state.done = true;
    drawResult();
    const errors = state.rows.filter((r) => r.error).length;
    announce(state.cancelled ? t(lang(), 'emp.cancelled', state.rows.length, job.rows) : t(lang(), 'emp.done', state.rows.length, errors));
    if (focusWasHere) $('emp-h-result').focus();
    mark(state.cancelled ? 'cancelled' : 'done');
  }

  computeButton.addEventListener('click', () => {
    if (computeButton.getAttribute('aria-disabled') === 'true') return;
    compute().catch((e) => { setBusy(false); announce(t(lang(), 'load.failed')); console.error(e); });
  });
  cancelButton.addEventListener('click', () => {
    state.cancelled = true;
    computeButton.focus();  // the Stop button goes away: the focus stays near
  });

  function progressWords(job) {
    const l = lang();
    if (job.stage === 'read') return t(l, 'emp.progress.read', Math.round(job.stageProgress * job.rows), job.rows);
    if (job.stage === 'share') return t(l, 'emp.progress.share', Math.floor(job.stageProgress * 100));
    return t(l, 'emp.progress.compute', job.computed, job.rows);
  }

  // ---- 5. The result ------------------------------------------------------------------------
  function drawResult() {
    if (!state.done) return;
    $('staff-result').hidden = false;
    $('staff-cancelled').textContent = state.cancelled ? t(lang(), 'emp.cancelled', state.rows.length, progress.max) : '';
    renderStaffResult($('staff-result-body'), lang(), { rows: state.rows, columns: state.jobColumns, name, view: state.view, announce,
                                                       budgets: state.budgets, budgetRule: state.budgetRule });
  }

  $('staff-download').addEventListener('click', () => {
    // The bytes `stapelwijzer batch` writes (UTF-8, with a byte-order mark for a ';' file).
    saveBlob(new Blob([state.csv || ''], { type: 'text/csv;charset=utf-8' }), csvName());
  });

  function saveBlob(blob, fileName) {
    const a = el('a', { href: URL.createObjectURL(blob), download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }
  $('staff-print').addEventListener('click', () => window.print());

  function csvName() {
    const base = state.source && !state.source.includes(' ') ? state.source.replace(/\.[^.]*$/, '') : 'personeel';
    return `${base}-stapelwijzer.csv`;
  }

  return {
    // After a language switch: every part this module drew, in the new language.
    redraw() {
      if (state.problem) drawProblem();
      if (state.columns) drawMapping();
      if (state.usedToday) $('staff-course-today').textContent = t(lang(), 'emp.course.today', state.usedToday);
      named.redraw();
      if (state.done) drawResult();
    },
  };
}
