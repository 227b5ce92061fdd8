// workbench-euro.test.mjs: the scheme form's amount reader (web/workbench/euro.js, a port of
// read_euro in src/text/euro_text.cpp) reads what the app's amount fields read, with the same
// cases as tests/app/unit-money.cpp, and what it writes into the rules JSON is exactly the typed
// cents. Pure functions, run in Node; the form itself is tested in Chromium (workbench.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourceDir } from './support/harness.mjs';

const { readEuro, centsToJson, jsonToCents, euroText, readPercent } =
  await import(pathToFileURL(join(sourceDir, 'web', 'workbench', 'euro.js')).href);
const nl = (text) => readEuro(text, 'nl').cents;
const en = (text) => readEuro(text, 'en').cents;
const errorNl = (text) => readEuro(text, 'nl').error;

test('the ways of writing an amount are read as the writer means them', () => {
  assert.equal(nl('1.250,50'), 125050);
  assert.equal(nl('1250.50'), 125050);
  assert.equal(nl('2.500'), 250000);
  assert.equal(nl('€ 2.500,-'), 250000);
  assert.equal(en('2,500.50'), 250050);
  assert.equal(en('2,500'), 250000);
  assert.equal(en('€2,500.50'), 250050);
  assert.equal(nl('2,500.50'), 250050);
  assert.equal(en('2.500,50'), 250050);
  assert.equal(nl('12,5'), 1250);
  assert.equal(nl('1 250'), 125000);
  assert.equal(nl('1\u00a0250'), 125000);
  assert.equal(nl('EUR 2.500'), 250000);
  assert.equal(nl('2.500,--'), 250000);
  assert.equal(nl('2.500,\u2013'), 250000);
  assert.equal(nl('2500.-'), 250000);
  assert.equal(nl(''), 0);
  assert.equal(nl('0,000'), 0);
  assert.equal(nl('2.500,'), 250000);
  assert.equal(nl('999999999999,99'), 99999999999999);
});

test('what could mean two amounts is refused with both readings; malformed amounts with the reason', () => {
  assert.deepEqual(readEuro('2,500', 'nl'), { error: 'ambiguous', asThousands: 250000, asDecimals: 250 });
  assert.equal(readEuro('2.500', 'en').error, 'ambiguous');
  for (const [text, error] of [
    ['1.25050', 'too-many-decimals'], ['2500,505', 'ambiguous'], ['2500,5050', 'too-many-decimals'],
    ['1.250,505', 'too-many-decimals'], ['12.34.56', 'bad-grouping'], ['1,2,3', 'bad-grouping'],
    ['1.250.50', 'bad-grouping'], ['1,250,50.5', 'bad-grouping'], ['1.2,3.4', 'bad-grouping'],
    ['1.250 000', 'bad-grouping'], ['12 34', 'bad-grouping'], ['01.250', 'ambiguous'], ['01.250.000', 'bad-grouping'],
    ['-5', 'negative'], ['- € 5', 'negative'], ['abc', 'not-a-number'], ['25OO', 'not-a-number'],
    [',50', 'not-a-number'], ['1,,5', 'not-a-number'], ['5-3', 'not-a-number'], [',-', 'not-a-number'],
    ['2,50,-', 'not-a-number'], ['1e3', 'not-a-number'], ['1234567890123', 'too-large'],
    ['99999999999999999999,500', 'too-large'],
  ]) assert.equal(errorNl(text), error, text);
});

test('property: every amount written as the form writes it is read back, and its JSON number is exactly its cents', () => {
  let seed = 20261204;
  const next = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 20000; ++i) {
    const euros = next(10) === 0 ? next(1000000) * 1000000 + next(1000000) : next(100000);
    const cents = euros * 100 + (next(3) === 0 ? 0 : next(100));
    for (const style of ['nl', 'en']) assert.equal(readEuro(euroText(cents, style), style).cents, cents, `${cents} ${style}`);
    const number = centsToJson(cents);
    assert.equal(jsonToCents(JSON.parse(JSON.stringify(number))), cents, String(cents));
    assert.match(JSON.stringify(number), /^\d+(\.\d{1,2})?$/);
  }
});

test('percentages: 0 to 100 with a decimal comma or point', () => {
  assert.deepEqual(readPercent('12,5'), { value: 12.5 });
  assert.deepEqual(readPercent('50 %'), { value: 50 });
  assert.deepEqual(readPercent('100'), { value: 100 });
  for (const bad of ['101', '-1', 'x', '1,2,3', '']) assert.equal(readPercent(bad).error, 'percent', bad);
});
