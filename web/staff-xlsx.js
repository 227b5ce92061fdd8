// staff-xlsx.js: Excel workbooks (.xlsx) in and out for the employer view (docs/employer.md,
// "Excel workbooks"), with the npm packages read-excel-file and write-excel-file (their bundles
// are copied next to this file by the build; nothing is fetched). Exposes window.swStaffXlsx:
//   readStaffXlsx(arrayBuffer) -> Promise<{text} | {error: {code, en, nl}}>
//     the first worksheet as the staff-list text the app's CSV reader reads: ';' separated,
//     decimal comma, dates ISO, booleans WAAR/ONWAAR. The CLI (src/staff/xlsx_cells.cpp and
//     xlsx_reader.cpp) makes the same text by the same rules, so `stapelwijzer batch` and the app
//     compute the same rows from the same workbook.
//   writeResultXlsx(resultCsv) -> Promise<Blob>
//     the result CSV (the app's download) as a workbook: the same columns, money in euros as
//     numbers (columns "…_cents" become "…_eur"), the row number as a number.
// The npm bundles are not loaded with the page: they are about 120 KB of script that every start
// would parse and run (write-excel-file alone took 0.18 s of a load, docs/benchmarks.md), for a
// view most visitors never open. loadLibrary() fetches one the first time a workbook is read or
// written, from this script's own folder; the offline single file carries them inline, as
// <script type="text/plain" id="sw-lib-NAME"> that its CSP allows by hash (scripts/build-offline.mjs).
// Plain script (no modules), so the accessible page can load it too.
'use strict';
(function (root) {
  var here = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) || null;
  var loading = {};

  // Resolves when root[global] (the bundle's function) is there; rejects with a reason otherwise.
  function loadLibrary(file, global) {
    if (typeof root[global] === 'function') return Promise.resolve();
    if (loading[file]) return loading[file];
    if (typeof document === 'undefined') return Promise.reject(new Error(file + ' is not loaded'));
    var p = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      var inline = document.getElementById('sw-lib-' + file);
      var done = function () {
        if (typeof root[global] === 'function') resolve();
        else { delete loading[file]; reject(new Error(file + ' did not load')); }
      };
      if (inline) {
        s.textContent = inline.textContent;  // runs as it is inserted, allowed by its hash
        document.head.appendChild(s);
        done();
        return;
      }
      s.src = new URL(file, here || document.baseURI).href;
      s.onload = done;
      s.onerror = function () { delete loading[file]; reject(new Error('cannot load ' + s.src)); };
      document.head.appendChild(s);
    });
    loading[file] = p;
    return p;
  }
  // --- the cell rules (the same as src/staff/xlsx_cells.cpp) ---------------------------------

  // A number cell's own digits: at most 15 significant (half up), no exponent, decimal comma.
  function numberText(raw) {
    var m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/.exec(raw);
    if (!m || (m[2] || '').length + (m[3] || '').length === 0) return raw;
    var digits = (m[2] || '') + (m[3] || '');
    var exp10 = (m[2] || '').length + (m[4] ? parseInt(m[4], 10) : 0);
    var lead = digits.search(/[^0]/);
    if (lead < 0) return '0';
    digits = digits.slice(lead);
    exp10 -= lead;
    if (digits.length > 15) {
      var up = digits.charCodeAt(15) >= 53;  // '5'
      var d = digits.slice(0, 15).split('');
      if (up) {
        var i = 14;
        for (; i >= 0 && d[i] === '9'; --i) d[i] = '0';
        if (i < 0) { d.unshift('1'); d.length = 15; ++exp10; } else d[i] = String.fromCharCode(d[i].charCodeAt(0) + 1);
      }
      digits = d.join('');
    }
    digits = digits.replace(/0+$/, '');
    if (exp10 > 400 || exp10 < -400) return raw;
    var n = digits.length, sign = m[1] === '-' ? '-' : '';
    if (exp10 <= 0) return sign + '0,' + '0'.repeat(-exp10) + digits;
    if (exp10 >= n) return sign + digits + '0'.repeat(exp10 - n);
    return sign + digits.slice(0, exp10) + ',' + digits.slice(exp10);
  }

  function pad(n, w) { var s = String(n); while (s.length < w) s = '0' + s; return s; }

  // A date cell (read-excel-file gives a Date at UTC midnight, the time of day floored) as ISO.
  function dateText(d) {
    if (isNaN(d.getTime())) return '';
    return pad(d.getUTCFullYear(), 4) + '-' + pad(d.getUTCMonth() + 1, 2) + '-' + pad(d.getUTCDate(), 2);
  }

  // A number cell's own digits, as read-excel-file hands them to parseNumber (a string alone would
  // not tell a number from a text cell).
  function XlsxNumber(raw) { this.raw = raw; }

  function cellText(v) {
    if (v === null || v === undefined) return '';
    if (v instanceof XlsxNumber) return numberText(v.raw);
    if (v === true) return 'WAAR';
    if (v === false) return 'ONWAAR';
    if (v instanceof Date) return dateText(v);
    if (typeof v === 'number') return numberText(String(v));  // parseNumber is given: not expected
    return String(v);
  }

  // One row as a line: ';' separated, a cell quoted when it holds ';', ',', tab, quote or a line break.
  function rowText(cells, width) {
    var last = cells.length;
    while (last > 0 && cells[last - 1] === '') --last;
    if (last === 0) return '';
    var n = Math.max(last, width), out = [];
    for (var i = 0; i < n; ++i) {
      var c = i < cells.length ? cells[i] : '';
      out.push(/[;,\t"\r\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c);
    }
    return out.join(';');
  }

  // The sheet's rows (read-excel-file: row 1 first, null for an empty cell) as the text.
  function sheetText(rows) {
    var text = '', width = 0;
    for (var r = 0; r < rows.length; ++r) {
      var cells = (rows[r] || []).map(cellText);
      var line = rowText(cells, width);
      if (width === 0 && line !== '') {
        var last = cells.length;
        while (last > 0 && cells[last - 1] === '') --last;
        width = last;
        // A header of one cell has no separator to tell ';' by: Excel's hint line says it.
        if (width === 1) text += 'sep=;\n';
      }
      text += line + '\n';
    }
    // Rows without cells at the end: read-excel-file drops them, the CLI writes none after the last row.
    return text.replace(/\n+$/, '\n');
  }

  // --- the file kind and the messages (the same words as src/staff/xlsx_reader.cpp) -------------

  function damaged(en, nl) {
    return {
      code: 'damaged',
      en: 'the file is not a readable Excel workbook (.xlsx): ' + en + '. Open it in Excel and save it again (as "Excel-werkmap" or as CSV).',
      nl: 'het bestand is geen leesbare Excel-werkmap (.xlsx): ' + nl + '. Open het in Excel en sla het opnieuw op (als ‘Excel-werkmap’ of als CSV).',
    };
  }

  var PASSWORD = {
    code: 'password',
    en: 'the workbook is protected with a password, so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password: leave it empty) and save it, or save it as CSV.',
    nl: 'de werkmap is beveiligd met een wachtwoord en kan daarom niet worden gelezen. Open hem in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: maak het leeg) en sla hem op, of sla hem op als CSV.',
  };
  var XLS = {
    code: 'xls',
    en: 'this is an Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel and save it as "Excel Workbook (.xlsx)" or as CSV.',
    nl: 'dit is een Excel 97-2003-werkmap (.xls); die kan niet worden gelezen. Open hem in Excel en sla hem op als ‘Excel-werkmap (.xlsx)’ of als CSV.',
  };

  // 'xlsx' (a ZIP), 'password' (an OLE file with an EncryptionInfo stream), 'xls' (another OLE
  // file), or '' (neither).
  function workbookKind(bytes) {
    var b = bytes;
    if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4) return 'xlsx';
    var ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    for (var i = 0; i < 8; ++i) if (b[i] !== ole[i]) return '';
    var name = 'EncryptionInfo', n = b.length;  // the OLE directory can be anywhere
    for (var p = 0; p + 28 <= n; ++p) {
      var k = 0;
      while (k < 14 && b[p + 2 * k] === name.charCodeAt(k) && b[p + 2 * k + 1] === 0) ++k;
      if (k === 14) return 'password';
    }
    return 'xls';
  }

  function readStaffXlsx(buffer) {
    var bytes = new Uint8Array(buffer);
    var kind = workbookKind(bytes);
    if (kind === 'password') return Promise.resolve({ error: PASSWORD });
    if (kind === 'xls') return Promise.resolve({ error: XLS });
    if (kind === '') return Promise.resolve({ error: damaged('it is not a ZIP file', 'het is geen ZIP-bestand') });
    return loadLibrary('read-excel-file.min.js', 'readXlsxFile').then(function () {
      return readSheets(buffer);
    }, function (e) {
      return { error: damaged('the workbook reader could not be loaded (' + e.message + ')',
                              'de lezer voor werkmappen kon niet worden geladen (' + e.message + ')') };
    });
  }

  function readSheets(buffer) {
    // parseNumber keeps a number cell's own digits (numberText rounds them as Excel shows them).
    return root.readXlsxFile(buffer, { parseNumber: function (s) { return new XlsxNumber(s); }, trim: false }).then(function (sheets) {
      if (!sheets || !sheets.length) return { error: damaged('it has no worksheet', 'er staat geen werkblad in') };
      return { text: sheetText(sheets[0].data || []) };
    }, function (e) {
      var why = String((e && e.message) || e);
      if (e && e.code === 'INVALID_ZIP') return { error: damaged('the ZIP container is damaged (' + why + ')', 'de ZIP-verpakking is beschadigd (' + why + ')') };
      return { error: damaged('its contents cannot be read (' + why + ')', 'de inhoud kan niet worden gelezen (' + why + ')') };
    });
  }

  // --- out -------------------------------------------------------------------------------------

  // The result CSV (the app's, so RFC 4180 with the separator of its header line) as rows of cells.
  function parseCsv(text) {
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    var nl = text.indexOf('\n');
    var head = text.slice(0, nl < 0 ? text.length : nl);
    var sep = head.indexOf(';') >= 0 ? ';' : head.indexOf('\t') >= 0 ? '\t' : ',';
    var rows = [], row = [], cell = '', quoted = false;
    for (var i = 0; i < text.length; ++i) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; ++i; } else if (c === '"') quoted = false; else cell += c;
      } else if (c === '"' && cell === '') quoted = true;
      else if (c === sep) { row.push(cell); cell = ''; }
      else if (c === '\r') { /* CRLF */ }
      else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
      else cell += c;
    }
    if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
    return rows;
  }

  function writeResultXlsx(resultCsv) {
    return loadLibrary('write-excel-file.min.js', 'writeXlsxFile').then(function () { return writeBook(resultCsv); });
  }

  function writeBook(resultCsv) {
    var rows = parseCsv(resultCsv);
    var header = rows[0] || [];
    var money = header.map(function (h) { return /_cents$/.test(h) || /^budget_cents:/.test(h); });
    var data = [header.map(function (h) {
      return { value: h.replace(/_cents$/, '_eur').replace(/^budget_cents:/, 'budget_eur:'), fontWeight: 'bold' };
    })];
    for (var r = 1; r < rows.length; ++r) {
      data.push(rows[r].map(function (v, c) {
        if (v === '') return null;
        if (c === 0 && /^\d+$/.test(v)) return { type: Number, value: Number(v) };
        if (money[c] && /^-?\d+$/.test(v)) return { type: Number, value: Number(v) / 100, format: '#,##0.00' };
        return { type: String, value: v };
      }));
    }
    return Promise.resolve(root.writeXlsxFile(data, { sheet: 'Uitkomst', stickyRowsCount: 1 }).toBlob());
  }

  root.swStaffXlsx = {
    readStaffXlsx: readStaffXlsx, writeResultXlsx: writeResultXlsx, workbookKind: workbookKind,
    isWorkbookName: function (name) { return /\.(xlsx|xlsm|xls)$/i.test(name); },
    numberText: numberText, sheetText: sheetText,
  };
})(typeof self !== 'undefined' ? self : this);
