// staff-file.js: a chosen file -> the bytes of a staff list, for the employer section (employer.js).
// The bytes go to the engine unchanged (api/stapelwijzer.js staffColumns/staffJob), which reads
// them exactly as `stapelwijzer batch` does; nothing here parses CSV. A file format the engine does
// not read as text (an .xlsx workbook) can be turned into CSV bytes by a converter registered with
// addConverter(): the .xlsx reader (web/staff-xlsx.js, readStaffXlsx) plugs in there (employer.js
// registers it). Without one, the engine names a workbook as such and the page says how to save
// it as CSV.

// The largest file the page reads, as the canvas app (docs/employer.md): about 100,000 rows.
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const converters = [];

// converter: { accepts(name, bytes) -> boolean, convert(arrayBuffer, name) -> Promise<Uint8Array|string> }
// (a string is the CSV as text). The first converter that accepts a file is used.
export function addConverter(converter) {
  converters.push(converter);
}

// A ZIP file (an .xlsx workbook) starts with "PK\3\4".
export function isZip(bytes) {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

// A workbook a converter cannot read (password-protected, .xls, damaged): `words` is {code, nl, en},
// what to do in Dutch and English (web/staff-xlsx.js, the CLI's words).
export class WorkbookRefused extends Error {
  constructor(name, words) {
    super(`${name}: ${words.en}`);
    this.name = 'WorkbookRefused';
    this.fileName = name;
    this.words = words;
  }
}

export class FileTooLarge extends Error {
  constructor(name, size) {
    super(`${name}: ${size} bytes, more than ${MAX_FILE_BYTES}`);
    this.name = 'FileTooLarge';
    this.fileName = name;
    this.size = size;
  }
}

// A File (from <input type=file>) -> { name, bytes: Uint8Array }. A file over the limit is refused
// before it is read (FileTooLarge), so a 50 MB file never freezes the page.
export async function readStaffFile(file) {
  if (file.size > MAX_FILE_BYTES) throw new FileTooLarge(file.name, file.size);
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  for (const c of converters) {
    if (!c.accepts(file.name, bytes)) continue;
    const out = await c.convert(buffer, file.name);
    return { name: file.name, bytes: typeof out === 'string' ? new TextEncoder().encode(out) : out };
  }
  return { name: file.name, bytes };
}
