// flow.mjs: fills in the app like a person would (click, tap, type), driven by what the app
// shows: the course first, then each question the result asks, until none of ours is left.
import { click, fill, appState, findWidget } from './harness.mjs';

// The worked example of docs/semantics.md ("Worked example (must hold)") starting 2026-09-01, as
// rules-data/nl/tests/worked-example-2026.json has it: a metaal-mkb employee of 42.
export const course = { tuition: '2400', exam: '150', materials: '100', type: 'certificate', quality: ['nrto'],
                        start_date: '2026-09-01' };
export const profile = {
  'person.employment': 'employee', 'person.sector': 'metaal-mkb', 'person.age': '42',
  'person.receives_student_finance': 'false', 'person.receives_ww': 'false', 'course.aim': 'future_job',
  'course.track': 'private', 'course.nlqf_level': '4', 'person.province': 'ZH', 'person.years_of_service': '3',
  'person.hours_per_week': '32', 'course.topic': 'technical', 'course.ontwikkelpad': 'false',
  'person.municipality': 'Rotterdam',
};

// Waits until the app has recomputed after revision `after` (a condition: it used to give up
// after 50 polls and carry on with the old state, which a busy machine turned into failures).
export async function waitRevision(page, after, { timeout = 60000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await appState(page);
    if (s.revision > after) return s;
    if (Date.now() > end) throw new Error(`the app did not recompute after revision ${after}`);
    await page.waitForTimeout(50);
  }
}

// Types into a field and waits until the app shows the final text (and has recomputed with it).
export async function typeInto(page, id, text) {
  await fill(page, id, text);
  for (const end = Date.now() + 60000; ;) {
    const w = await findWidget(page, id);
    if (w.text === text) return appState(page);
    if (Date.now() > end) throw new Error(`${id} shows ${JSON.stringify(w.text)}, typed ${text}`);
    await page.waitForTimeout(50);
  }
}

// Clicks a button or choice and waits until the app has recomputed.
export async function pressAndWait(page, id) {
  const before = (await appState(page)).revision;
  await click(page, id);
  return waitRevision(page, before);
}

export async function fillCourse(page, { touch = false, name = 'Lasser niveau 2' } = {}) {
  await fill(page, 'course.name', name, { touch });
  for (const c of ['tuition', 'exam', 'materials']) await fill(page, `course.cost.${c}`, course[c], { touch });
  await click(page, `course.type.${course.type}`, { touch });
  for (const q of course.quality) await click(page, `course.quality.${q}`, { touch });
  await fill(page, 'course.start_date', course.start_date, { touch });
}

// Answers the open questions the result lists, most at stake first, as a person would. Each
// answer changes which questions matter, so the list is read again after every answer.
export async function answerQuestions(page, { touch = false, limit = 16, facts = profile } = {}) {
  const answered = [];
  for (let round = 0; round < limit; round++) {
    const s = await appState(page);
    const result = JSON.parse(s.result_json);
    const next = result.questions.find((q) => facts[q.fact] !== undefined && !answered.includes(q.fact));
    if (!next) break;
    const value = facts[next.fact];
    const base = `q.${next.fact}`;
    const field = (await findWidget(page, `${base}.label`)) &&
                  (await page.evaluate(() => JSON.parse(Module.ccall('sw_test_widgets', 'string', [], []))))
                    .find((w) => w.id === base);
    if (field && (field.kind === 'number' || field.kind === 'text')) {
      await fill(page, base, value, { touch });
    } else if (field && field.kind === 'combo') {
      await click(page, base, { touch });
      await click(page, `${base}=${value}`, { touch });
    } else {
      await click(page, `${base}=${value}`, { touch });
    }
    await waitRevision(page, s.revision);
    answered.push(next.fact);
  }
  return answered;
}

// The CLI's answer for the same case (the contract says: the same bytes).
export { cliPlan } from './embed-support.mjs';

// "€ 1.850,00": how the app writes cents in Dutch.
export function euroNl(cents) {
  const whole = Math.trunc(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${whole},${String(cents % 100).padStart(2, '0')}`;
}

export { findWidget };
