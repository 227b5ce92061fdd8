#!/usr/bin/env node
// Converts the neutral peer-bench workload (catalogue.json + profiles.json, see the shared bench's
// README) into a Stapelwijzer rules fragment and one contract case per line, so our engine runs
// exactly the workload the peer engines ran and must reproduce their eligible-set checksum.
//
// Three neutral facts are not in the contract; each maps onto a contract fact of the same type,
// which keeps the evaluation work identical (same tree, same comparisons):
//   person.employer_pays_into_fund -> person.receives_ww      (boolean)
//   course.recognised              -> course.ontwikkelpad     (boolean)
//   course.cost_cents              -> course.hours            (number; the cents value as is)
// Usage: node convert.mjs NEUTRAL_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
  console.error('usage: node convert.mjs NEUTRAL_DIR OUT_DIR');
  process.exit(2);
}
const FACT_MAP = {
  'person.employer_pays_into_fund': 'person.receives_ww',
  'course.recognised': 'course.ontwikkelpad',
  'course.cost_cents': 'course.hours',
};
const catalogue = JSON.parse(fs.readFileSync(path.join(inDir, 'catalogue.json'), 'utf8'));
const profiles = JSON.parse(fs.readFileSync(path.join(inDir, 'profiles.json'), 'utf8'));

const explain = { nl: '{value} / {limit}', en: '{value} / {limit}' };
function convert(c) {
  if (c.all) return { all: c.all.map(convert) };
  if (c.any) return { any: c.any.map(convert) };
  if (c.not) return { not: convert(c.not) };
  return { fact: FACT_MAP[c.fact] ?? c.fact, op: c.op, value: c.value, explain };
}

const sectors = catalogue.facts['person.sector'].values.map((code) => ({ code, name: { nl: code, en: code } }));
const fragment = {
  format: 'stapelwijzer-rules/1',
  catalogue: 'peer-bench',
  version: '1',
  fragment: 'peer-bench',
  sectors,
  schemes: catalogue.schemes.map((s) => ({
    id: s.id,
    name: { nl: s.id, en: s.id },
    description: { nl: s.kind, en: s.kind },
    provider: 'peer-bench',
    kind: 'service',
    applicant: 'person',
    apply_url: 'https://example.org/',
    valid: { from: '2000-01-01' },
    confidence: 'confirmed',
    condition: convert(s.condition),
    covers: [],
    formula: { type: 'none' },
    priority: 200,
    sources: [{ url: 'https://example.org/', title: 'peer-bench', checked: '2026-11-23' }],
  })),
};
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'catalogue.rules.json'), JSON.stringify(fragment));

const lines = profiles.profiles.map((p) => {
  const person = {};
  for (const [k, v] of Object.entries(p.person)) person[(FACT_MAP[`person.${k}`] ?? `person.${k}`).slice(7)] = v;
  const course = { start_date: '2026-09-01', costs: { tuition: p.course.cost_cents / 100 } };
  for (const [k, v] of Object.entries(p.course)) course[(FACT_MAP[`course.${k}`] ?? `course.${k}`).slice(7)] = v;
  return JSON.stringify({ contract: 1, person, course });
});
fs.writeFileSync(path.join(outDir, 'cases.jsonl'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'ids.txt'), profiles.profiles.map((p) => p.id).join('\n') + '\n');
console.log(`wrote ${fragment.schemes.length} schemes and ${lines.length} cases to ${outDir}`);
