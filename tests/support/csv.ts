import { parse } from 'csv-parse/sync';

/**
 * The CSV as a maintained parser reads it (csv-parse: CRLF records, every row the header's width), checked against the
 * strict RFC 4180 reader below, which also refuses what csv-parse would tolerate (a bare LF or quote in an unquoted field).
 */
export function parseCsv(text: string): string[][] {
  const strict = parseCsvStrict(text);
  const rows: string[][] = parse(text, { record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false, skip_empty_lines: false, bom: false });
  if (JSON.stringify(rows) !== JSON.stringify(strict)) throw new Error('csv-parse and the strict RFC 4180 reader read the CSV differently');
  return rows;
}

/** A strict RFC 4180 CSV reader for tests: quoted fields, doubled quotes, CRLF rows; throws on anything else. */
export function parseCsvStrict(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; }
        else if (text[i] === '"') { i++; break; }
        else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`unquoted field holds ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; }
    else if (i < text.length) throw new Error(`expected a comma or CRLF at ${i}`);
  }
  if (row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}

/** A cell's value as written before export: exactly the OWASP formula prefix (`'` before =, +, -, @, tab or CR) removed. */
export function csvValue(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
