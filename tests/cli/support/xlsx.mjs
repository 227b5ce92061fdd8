// xlsx.mjs: .xlsx fixtures for the tests, written by openpyxl (Debian's python3-openpyxl, the
// library many HR exports use), from a JSON description: rows of cells, where a cell is a string,
// a number, a boolean, null (empty), {date: 'YYYY-MM-DD', format} or {number, format}.
import { spawnSync } from 'node:child_process';

const script = String.raw`
import datetime, json, sys
import openpyxl
spec = json.load(sys.stdin)
wb = openpyxl.Workbook()
if spec.get('date1904'):
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
ws = wb.active
ws.title = spec.get('title', 'Personeel')
for r, row in enumerate(spec['rows'], start=1):
    for c, v in enumerate(row, start=1):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c)
        if isinstance(v, dict) and 'date' in v:
            cell.value = datetime.date.fromisoformat(v['date'])
            cell.number_format = v.get('format', 'dd-mm-yyyy')
        elif isinstance(v, dict):
            cell.value = v['number']
            cell.number_format = v.get('format', 'General')
        else:
            cell.value = v
for extra in spec.get('sheets', []):
    wb.create_sheet(extra).append(['not this sheet'])
wb.save(spec['path'])
`;

export function writeXlsx(path, rows, options = {}) {
  const r = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify({ path, rows, ...options }), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openpyxl failed: ${r.stderr}`);
  return path;
}

// An OLE (Compound File Binary) file as an encrypted .xlsx starts: the signature and directory
// entries named EncryptionInfo and EncryptedPackage (UTF-16LE, [MS-CFB] 2.6.1). What the readers
// look at; the same bytes as tests/staff/xlsx_fixture.h's ole_file.
export function oleFile(encrypted) {
  const bytes = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  const names = ['Root Entry', encrypted ? 'EncryptionInfo' : 'Workbook', ...(encrypted ? ['EncryptedPackage'] : [])];
  names.forEach((name, i) => {
    const at = 512 + 128 * i;
    Buffer.from(name, 'utf16le').copy(bytes, at);
    bytes[at + 64] = 2 * (name.length + 1);
    bytes[at + 66] = 2;
  });
  return bytes;
}
