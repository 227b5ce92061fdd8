// adviser.test.mjs: the adviser view shows every condition of every scheme with its outcome for
// the case on screen (the engine's condition trace), indented by the rule's structure, and the
// summary carries the same lines when the view is on. Checked against the CLI's answer for the
// same case: each scheme's top line is its status, the reasons the CLI gives are lines with the
// matching outcome, and every group line is the Kleene and/or/not of the lines under it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, openApp, waitReady, appState, click, findWidget, widgets, screenshot } from './support/harness.mjs';
import { fillCourse, answerQuestions, cliPlan } from './support/flow.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const STATUS_OUTCOME = { eligible: 'true', ineligible: 'false', possible: 'unknown' };

// Kleene logic over 'true' / 'false' / 'unknown'.
function combine(kind, outcomes) {
  if (kind === 'not') return { true: 'false', false: 'true', unknown: 'unknown' }[outcomes[0]];
  const [win, lose] = kind === 'all' ? ['false', 'true'] : ['true', 'false'];
  if (outcomes.includes(win)) return win;
  if (outcomes.every((o) => o === lose)) return lose;
  return 'unknown';
}

// The direct children of line i (pre-order, one deeper, until the depth drops back).
function children(lines, i) {
  const out = [];
  for (let j = i + 1; j < lines.length && lines[j].depth > lines[i].depth; j++)
    if (lines[j].depth === lines[i].depth + 1) out.push(lines[j]);
  return out;
}

async function adviserPage(options = {}) {
  const { page } = await openApp(browser, server.url, { width: 1280, height: 800, ...options });
  await waitReady(page);
  await fillCourse(page);
  await answerQuestions(page);
  await click(page, 'header.adviser');
  const state = await appState(page);
  assert.equal(state.adviser, true);
  return { page, state };
}

test('every condition with its outcome, consistent with the CLI for the same case', async () => {
  const { page, state } = await adviserPage();
  const cli = JSON.parse(cliPlan(state.case_json));
  assert.equal(state.result_json, JSON.stringify(cli, null, 2) + '\n', 'the app computes what the CLI computes');
  const trace = state.adviser_trace;
  assert.deepEqual(Object.keys(trace).sort(), cli.schemes.map((s) => s.id).sort());
  let leaves = 0, falseLeaves = 0, groups = 0;
  for (const scheme of cli.schemes) {
    const lines = trace[scheme.id];
    assert.ok(lines.length >= 1, `${scheme.id}: no condition lines`);
    assert.equal(lines[0].depth, 0, scheme.id);
    // The top line's outcome is the scheme's status in the CLI's result.
    assert.equal(lines[0].outcome, STATUS_OUTCOME[scheme.status], `${scheme.id}: top line vs status ${scheme.status}`);
    lines.forEach((l, i) => {
      assert.ok(i === 0 || l.depth >= 1 && l.depth <= lines[i - 1].depth + 1, `${scheme.id} line ${i}: depth jumps`);
      assert.ok(l.text_nl && l.text_en, `${scheme.id} line ${i}: text missing`);
      assert.doesNotMatch(l.text_nl + l.text_en, /\{[a-z_]+\}/, `${scheme.id} line ${i}: unfilled placeholder`);
      if (l.kind === 'leaf') {
        leaves++;
        if (l.outcome === 'false') falseLeaves++;
        assert.match(l.fact, /^((person|course)\.[a-z0-9_]+|reference_date)$/, `${scheme.id} line ${i}: fact path`);
        assert.equal(children(lines, i).length, 0);
      } else {
        groups++;
        const kids = children(lines, i);
        if (kids.length) assert.equal(l.outcome, combine(l.kind, kids.map((k) => k.outcome)), `${scheme.id} line ${i} (${l.kind})`);
        assert.equal(l.fact, '');
      }
    });
    // A reason the CLI gives for a settled scheme is one of its condition lines, with that outcome.
    if (scheme.status !== 'possible') {
      const texts = new Map(lines.filter((l) => l.kind === 'leaf').map((l) => [l.text_nl, l.outcome]));
      const matched = scheme.reasons.filter((r) => texts.has(r.text_nl));
      for (const r of matched) assert.equal(texts.get(r.text_nl), STATUS_OUTCOME[scheme.status], `${scheme.id}: ${r.text_nl}`);
      if (scheme.status === 'ineligible') assert.ok(matched.length >= 1, `${scheme.id}: no reason among its lines`);
    }
  }
  assert.ok(leaves > 20 && falseLeaves > 0 && groups > 0, `${leaves} leaves, ${falseLeaves} false, ${groups} groups`);

  // What is drawn: each line of the eligible OOM scheme, its outcome in words, indented by depth.
  const oom = trace['oom-trainingstoelage'];
  const word = { true: 'klopt', false: 'klopt niet', unknown: 'nog niet bekend' };
  await findWidget(page, `adviser.oom-trainingstoelage.line.${oom.length - 1}`);
  const drawn = await widgets(page);
  const xs = [];
  oom.forEach((l, i) => {
    const w = drawn.find((e) => e.id === `adviser.oom-trainingstoelage.line.${i}`);
    assert.ok(w, `line ${i} not drawn`);
    assert.equal(w.text, `[${word[l.outcome]}] ${l.text_nl}`);
    xs.push([l.depth, w.x]);
  });
  for (const [d, x] of xs) for (const [d2, x2] of xs) if (d2 > d) assert.ok(x2 > x, `depth ${d2} not right of depth ${d}`);
  await screenshot(page, 'desktop-adviser-trace');

  // The summary carries the lines when the adviser view is on, with a mark per outcome.
  const mark = { true: '✓', false: '✗', unknown: '?' };
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'export.download')]);
  const html = readFileSync(await download.path(), 'utf8');
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  for (const l of oom) assert.ok(html.includes(`${mark[l.outcome]} ${esc(l.text_nl)}</li>`), `summary lacks "${l.text_nl}"`);
  assert.match(html, /class="sub d3"/);
  await click(page, 'export.copy');
  const text = await page.evaluate(() => Module.swLastCopy);
  assert.ok(text.includes(`${mark[oom[0].outcome]} ${oom[0].text_nl}`));
  // Off again: neither the view nor the summary has them.
  await click(page, 'header.adviser');
  assert.equal((await appState(page)).adviser_trace, undefined);
  await click(page, 'export.copy');
  assert.ok(!(await page.evaluate(() => Module.swLastCopy)).includes(oom[0].text_nl));
});

test('English: the lines and outcome words follow the language', async () => {
  const { page, state } = await adviserPage({ locale: 'en-GB' });
  assert.equal(state.language, 'en');
  const oom = state.adviser_trace['oom-trainingstoelage'];
  const word = { true: 'met', false: 'not met', unknown: 'not known yet' };
  const w = await findWidget(page, 'adviser.oom-trainingstoelage.line.1');
  assert.equal(w.text, `[${word[oom[1].outcome]}] ${oom[1].text_en}`);
});
