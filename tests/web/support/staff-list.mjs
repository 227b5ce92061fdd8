// staff-list.mjs: the staff list the employer tests read (tests/web/employer.test.mjs for the
// canvas view, tests/web/a11y-employer.test.mjs for the accessible page, tests/wasm/jsapi-staff.test.mjs
// for the API's encoders), as Dutch Excel writes it: ';' separated, decimal comma, CRLF.
// "Lft" is not a header the library knows (the tests map it to person.age); "Naam", "Personeelsnr"
// and "Afdeling" are carried through. Names with é and ë test the encodings.
export const header = ['Naam', 'Personeelsnr', 'Lft', 'Werksituatie', 'Sector', 'Uren per week', 'Dienstjaren', 'Afdeling'];
export const staff = [
  ['José de Vries', '1001', '42', 'werknemer', 'metaal-mkb', '32', '3', 'Lasserij'],
  ['Anneke Jansen', '1002', '29', 'werknemer', 'metaal-mkb', '38,5', '1', 'Montage'],
  ['Joëlle Bakker', '1003', '55', 'werknemer', 'zorg-welzijn', '24', '12', 'Kantoor'],
  ['Piet Smit', '1004', '61', 'zzp', '', '40', '', 'Extern'],
  ['Fatima el Amrani', '1005', '35', 'werknemer', 'metaal-mkb', '36', '8', 'Lasserij'],
];
export const csvText = [header, ...staff].map((r) => r.join(';')).join('\r\n') + '\r\n';

// Windows-1252 (Dutch Excel's plain "CSV"): every character used is Latin-1, one byte each.
export const cp1252 = (s) => Buffer.from([...s].map((c) => { const n = c.codePointAt(0); if (n > 255) throw new Error(c); return n; }));
// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
export const utf8bom = (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]);

// A company budget too small for everybody ("Company budgets" in docs/employer.md; the pot tests of
// a11y-employer.test.mjs and tests/wasm/jsapi-staff.test.mjs): Wij Techniek's OSR
// (rules-data/nl/bundle/wij-techniek.json) pays 100 % of tuition and exam from a yearly pot of 900
// euro + 90 euro per employee, 1,350 euro for 5 employees. With the named courses Lassen (1,000)
// and VCA (300) and 500 euro for everybody else, the courses need 2,800 euro; Eef's course "Koken"
// is not a named one.
export const potText = [
  'Naam;Leeftijd;Werksituatie;Sector;Aantal medewerkers;Cursus',
  'Ahmed;34;werknemer;technische-installatie;5;Lassen',
  'Bea;45;werknemer;technische-installatie;5;lassen',
  'Chris;28;werknemer;technische-installatie;5;VCA',
  'Dirk;51;werknemer;technische-installatie;5;',
  'Eef;39;werknemer;technische-installatie;5;Koken',
].join('\r\n') + '\r\n';
