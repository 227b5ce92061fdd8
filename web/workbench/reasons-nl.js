// reasons-nl.js: the Dutch wording of the reasons lint, loading and the scope check give in
// English (src/json/json_read.cpp, src/rules/rules_json*.cpp, src/rules/lint.cpp,
// src/bundle/manifest_scope.cpp, src/web/js_api_rules.cpp), as src/app/rules_messages.cpp does
// for the bundle's refusals: each shape is the English sentence with its varying parts as groups.
// A sentence no shape matches is shown in English, marked as such (lint-view.js);
// tests/web/workbench-reasons.test.mjs feeds it the sentences the engine really writes.

// The kinds of value the English names after "must be" (json::wrong_type and its callers).
const KINDS = {
  'a string': 'tekst',
  'a non-empty string': 'tekst die niet leeg is',
  'an object': 'een object { ... }',
  'a number': 'een getal',
  'a whole number': 'een geheel getal',
  'a number of euro': 'een bedrag in euro (een getal)',
  'true or false': 'true of false',
  'a boolean': 'true of false',
  'a list': 'een lijst [ ... ]',
  'null': 'null',
  'an ISO date (YYYY-MM-DD)': 'een datum als JJJJ-MM-DD',
  'a condition object': 'een voorwaarde (een object)',
  'a list of conditions': 'een lijst van voorwaarden',
  'a list of cost components': 'een lijst van kostensoorten',
  'a list of scheme ids': 'een lijst van regeling-id\'s',
  'a list of sources': 'een lijst van bronnen',
  'a list of quality marks': 'een lijst van keurmerken',
  'a non-empty list of sources': 'een lijst met minstens één bron',
  'a non-empty list of strings': 'een lijst met minstens één tekst',
  'a non-empty list of periods': 'een lijst met minstens één periode',
  'a sector code': 'een sectorcode',
  'a number, string or boolean': 'een getal, tekst of true/false',
};
const kind = (k) => KINDS[k];

// What check_id (src/bundle/manifest_scope.cpp) names.
const IDS = {
  'scheme id': 'regeling-id', 'note id': 'notitie-id', 'sector code': 'sectorcode', 'region id': 'regio-id',
  'set name': 'naam van de verzameling', 'parameter name': 'parameternaam', 'excluded scheme': 'uitgesloten regeling',
  'fragment name': 'naam van het fragment',
};

// "(also in FILE: PATH)" after a duplicate.
const alsoIn = (rest) => rest.replace(/^ \(also in (.*)\)$/, ' (ook in $1)');

// What a scenario difference is about: a field of the outcome, or a scheme's status, confidence or terms.
const subject = (s) => s.replace(/^status of /, 'status van ').replace(/^confidence of /, 'zekerheid van ')
  .replace(/^terms of /, 'voorwaarden van ');

// The runner's word for an empty list.
const none = (s) => (s === '(none)' ? '(geen)' : s);

// "PATH: REASON" of a test file that does not read, its reason translated where known.
function scenarioError(text) {
  const m = /^([^:]+): (.+)$/s.exec(text);
  const d = m && dutchReason(m[2]);
  return d ? `${m[1]}: ${d}` : text;
}

// The explanations some "required field is missing" carry.
const MISSING = {
  '': '',
  ' (every scheme names at least one source)': ' (elke regeling noemt minstens één bron)',
  ' (every region names at least one source)': ' (elke regio noemt minstens één bron)',
  ' (only a service scheme pays nothing)': ' (alleen een regeling van de soort "service" betaalt niets)',
  ' (once per how many years)': ' (eens per hoeveel jaar)',
};

// [English shape, Dutch]; the first that matches is used, so the specific come before the general.
// A function gets the match's groups and returns the Dutch or null (then the English is shown).
const SHAPES = [
  [/^required field is missing(.*)$/, (m) => (m[1] in MISSING ? `verplicht veld ontbreekt${MISSING[m[1]]}` : null)],
  [/^unknown field$/, () => 'onbekend veld: dit veld bestaat hier niet (een tikfout?)'],
  [/^unknown fact: must be one of (.*); got (.*)$/s, (m) => `onbekend feit: moet een van deze zijn: ${m[1]}; nu ${m[2]}`],
  [/^must be one of (.*); got (.*)$/s, (m) => `moet een van deze zijn: ${m[1]}; nu ${m[2]}`],
  [/^must not be empty$/, () => 'mag niet leeg zijn'],
  [/^must not be an empty list$/, () => 'mag geen lege lijst zijn'],
  [/^must be a real date as YYYY-MM-DD, got (.*)$/, (m) => `moet een bestaande datum zijn als JJJJ-MM-DD; nu ${m[1]}`],
  [/^must be kebab-case \(lower-case letters and digits joined by single '-'\), got (.*)$/,
   (m) => `moet bestaan uit kleine letters en cijfers, verbonden door één '-'; nu ${m[1]}`],
  [/^must be a whole number of cents, got (.*)$/, (m) => `moet een bedrag in hele centen zijn; nu ${m[1]}`],
  [/^must be a whole number, got (.*)$/, (m) => `moet een geheel getal zijn; nu ${m[1]}`],
  [/^must be from (\S+) to (\S+), got (.*)$/, (m) => `moet van ${m[1]} tot en met ${m[2]} zijn; nu ${m[3]}`],
  [/^must be a percentage from 0 to 100, got (.*)$/, (m) => `moet een percentage van 0 tot en met 100 zijn; nu ${m[1]}`],
  [/^must be a percentage above 0 and at most 100, got (.*)$/,
   (m) => `moet een percentage boven 0 en hoogstens 100 zijn; nu ${m[1]}`],
  [/^is too large, got (.*)$/, (m) => `is te groot; nu ${m[1]}`],
  [/^must not be negative, got (.*)$/, (m) => `mag niet negatief zijn; nu ${m[1]}`],
  [/^is inverted: 'to' is before 'from'$/, () => "is omgekeerd: 'to' ligt vóór 'from'"],
  [/^is before valid\.from$/, () => 'ligt vóór valid.from'],
  [/^duplicate (fragment name|region id|sector code|set name|parameter name|scheme id|note id) '([^']*)'(.*)$/,
   (m) => `${IDS[m[1]]} '${m[2]}' komt twee keer voor${alsoIn(m[3])}`],
  [/^is larger than 32 MB; refused$/, () => 'is groter dan 32 MB; geweigerd'],
  [/^not valid JSON: parse error at line (\d+), column (\d+): (.*)$/s,
   (m) => `geen geldige JSON: leesfout in regel ${m[1]}, kolom ${m[2]} (${m[3]})`],
  [/^unknown parameter '([^']*)'$/, (m) => `onbekende parameter '${m[1]}'`],
  [/^unknown sector code (.*) \(not in any fragment's sectors\)$/,
   (m) => `onbekende sectorcode ${m[1]} (staat in de sectoren van geen enkel fragment)`],
  [/^unknown set '([^']*)'$/, (m) => `onbekende verzameling '${m[1]}'`],
  [/^unknown scheme id '([^']*)'$/, (m) => `onbekende regeling-id '${m[1]}'`],
  [/^is a list, but '([^']*)' needs one value$/, (m) => `is een lijst, maar '${m[1]}' vergelijkt met één waarde`],
  [/^must be a list of two dates \[from, to\]$/, () => 'moet een lijst van twee datums zijn [van, tot]'],
  [/^must be a date window \[from, to\] \(null for an open end\), got (.*)$/,
   (m) => `moet een periode [van, tot] zijn (null voor een open einde); nu ${m[1]}`],
  [/^must be a condition: all, any, not or a leaf \(fact, op, value, explain\)$/,
   () => 'moet een voorwaarde zijn: all, any, not of een blad (fact, op, value, explain)'],
  [/^must be an (https?:\/\/|http\(s\):\/\/) address without spaces, got (.*)$/,
   (m) => `moet een adres zijn dat begint met ${m[1]}, zonder spaties; nu ${m[2]}`],
  [/^must list at least one cost component for a scheme that pays$/,
   () => 'moet minstens één kostensoort noemen, want de regeling betaalt iets'],
  [/^must be 1 with per 'years' \("once per N years"\)$/, () => 'moet 1 zijn bij per \'years\' ("eens per N jaar")'],
  [/^needs base, per_employee or wage_bill_percent above 0 \(the pot's formula\)$/,
   () => 'heeft base, per_employee of wage_bill_percent boven 0 nodig (de formule van het budget)'],
  [/^is empty: leave 'terms' out, or give at least one term$/,
   () => "is leeg: laat 'terms' weg, of geef minstens één term"],
  [/^must name at least one source \(the scheme's own page or legal text\)$/,
   () => 'moet minstens één bron noemen (de eigen pagina of de regeling zelf)'],
  [/^has no text in either language$/, () => 'heeft in geen van beide talen een tekst'],
  [/^is empty$/, () => 'is leeg'],
  [/^Dutch text is missing \(every text needs nl and en\)$/, () => 'de Nederlandse tekst ontbreekt (elke tekst heeft nl en en)'],
  [/^English text is missing \(every text needs nl and en\)$/, () => 'de Engelse tekst ontbreekt (elke tekst heeft nl en en)'],
  [/^(scheme id|note id|sector code|region id|set name|parameter name|excluded scheme) '([^']*)' \(([^)]*)\) is outside fund (\S+)'s delegation \(prefixes: ([^)]*)\)(: a fund may exclude only its own schemes)?( \(signing would refuse this fragment\))?$/,
   (m) => `${IDS[m[1]]} '${m[2]}' (${m[3]}) valt buiten wat fonds ${m[4]} mag (begint niet met: ${m[5]})` +
          (m[6] ? '; een fonds mag alleen zijn eigen regelingen uitsluiten' : '') +
          (m[7] ? ' (ondertekenen zou dit fragment weigeren)' : '')],
  // The signature check of a fund's fragment (verifyFragment: src/bundle/bundle_verify.cpp,
  // src/bundle/minisign.cpp).
  [/^(\S+\.minisig): signed by fund (\S+)'s key (\w+), but (\S+) is delegated to fund (\S+)$/,
   (m) => `${m[1]}: ondertekend met sleutel ${m[3]} van fonds ${m[2]}, maar ${m[4]} hoort bij fonds ${m[5]}`],
  [/^(\S+\.minisig): signed by root key (\w+), but (\S+) is delegated to fund (\S+)$/,
   (m) => `${m[1]}: ondertekend met hoofdsleutel ${m[2]}, maar ${m[3]} hoort bij fonds ${m[4]} en wordt met diens sleutel ondertekend`],
  [/^(\S+\.minisig): signed by key (\w+), which is not a key of fund (\S+)$/,
   (m) => `${m[1]}: ondertekend met sleutel ${m[2]}, en die is geen sleutel van fonds ${m[3]}`],
  [/^(\S+\.minisig): the signature by key (\w+) does not match the signed file \((\S+)\)$/,
   (m) => `${m[1]}: de handtekening met sleutel ${m[2]} past niet bij ${m[3]}: het bestand is na het ondertekenen veranderd, of het is een ander bestand`],
  [/^(\S+\.minisig): signed by (\d+) key\(s\) of fund (\S+), (\d+) needed$/,
   (m) => `${m[1]}: ondertekend met ${m[2]} sleutel(s) van fonds ${m[3]}, ${m[4]} nodig`],
  [/^(\S+): not delegated to a fund in manifest\.json, so only the root keys sign it$/,
   (m) => `${m[1]}: hoort in manifest.json bij geen enkel fonds, dus alleen de hoofdsleutels ondertekenen het`],
  [/^(\S+): version (\S+) is older than the published (\S+): a rolled-back fragment is refused$/,
   (m) => `${m[1]}: versie ${m[2]} is ouder dan de gepubliceerde ${m[3]}: een teruggezet fragment wordt geweigerd`],
  [/^(\S+): not valid JSON$/, (m) => `${m[1]}: geen geldige JSON`],
  [/^the fragment could not be checked: (.*)$/s, (m) => `het fragment kon niet worden gecontroleerd: ${m[1]}`],
  // A scenario test whose expectation does not hold (src/rules/scenario_compare*.cpp).
  [/^(.+?): expected (.+), but the scheme is not in the result$/,
   (m) => `${subject(m[1])}: verwacht ${m[2]}, maar de regeling staat niet in de uitkomst`],
  [/^(status of \S+): expected (\S+), got absent \(not in the result: not valid at the reference date, or not in the catalogue\)$/,
   (m) => `${subject(m[1])}: verwacht ${m[2]}, uitkomst absent (niet in de uitkomst: niet geldig op de peildatum, of niet in de catalogus)`],
  // The scheme's own explanation of its status comes after it, in English as the runner writes it.
  [/^(status of \S+): expected (\S+), got (\S+) \((.+)\)$/s,
   (m) => `${subject(m[1])}: verwacht ${m[2]}, uitkomst ${m[3]} (uitleg van de regeling, in het Engels: ${m[4]})`],
  [/^(.+?): expected (.+) among them; got (.*)$/s, (m) => `${subject(m[1])}: verwacht dat ${m[2]} erbij staat; uitkomst ${none(m[3])}`],
  [/^(.+?): expected (.+); got (.*)$/s, (m) => `${subject(m[1])}: verwacht ${none(m[2])}; uitkomst ${none(m[3])}`],
  [/^([a-z_.]+|(?:status|confidence|terms) of \S+): expected (.+), got (.+)$/, (m) => `${subject(m[1])}: verwacht ${m[2]}, uitkomst ${m[3]}`],
  [/^not a valid scenario: (.+)$/s, (m) => `geen geldige test: ${scenarioError(m[1])}`],
  // FILE: a reason of the shapes above (the scope check names the file first).
  [/^(\S+\.json): (.+)$/s, (m) => { const d = dutchReason(m[2]); return d ? `${m[1]}: ${d}` : null; }],
  [/^must be (.*), got (.*)$/s, (m) => (kind(m[1]) ? `moet ${kind(m[1])} zijn; nu ${kind(m[2]) ?? m[2]}` : null)],
];

// The element that shows a reason the engine wrote in English (lint, a failed test, a refused
// signature): on the Dutch page in Dutch where its shape is known, the English in its title;
// otherwise in English, marked so a screen reader reads it as English.
export function reasonElement(lang, english, tag = 'span') {
  const dutch = lang === 'nl' ? dutchReason(english) : null;
  const e = document.createElement(tag);
  e.lang = dutch ? 'nl' : 'en';
  e.textContent = dutch ?? english;
  if (dutch) e.title = english;
  return e;
}

// The Dutch of an English reason, or null when no shape matches.
export function dutchReason(english) {
  for (const [shape, dutch] of SHAPES) {
    const m = shape.exec(english);
    if (m) return dutch(m);
  }
  return null;
}
