import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { csvField, exportJsonSchema, exportRecords, statementsCsv, toCsv, STATEMENT_CSV_COLUMNS } from '../../src/publish/exports.ts';
import { exportSchemas, type ExportName } from '../../src/schemas/exports.ts';
import { csvValue, parseCsv } from '../support/csv.ts';
import { SITES, siteCatalog } from '../support/sites.ts';

const catalog = siteCatalog(SITES.root);
const abs = (path: string) => `https://example.org${path}`;

describe('data exports', () => {
  it('quotes CSV fields per RFC 4180, and the rows parse back', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const csv = toCsv(['a', 'b'], [['1, 2', 'x "y"'], ['', 'z']]);
    expect(csv).toBe('a,b\r\n"1, 2","x ""y"""\r\n,z\r\n');
    expect(parseCsv(csv)).toEqual([['a', 'b'], ['1, 2', 'x "y"'], ['', 'z']]);
  });

  it('prefixes a cell that would start a spreadsheet formula with a quotation mark (OWASP), and only such a cell', () => {
    for (const value of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")']) {
      const [[cell]] = parseCsv(toCsv(['a'], [[value]])).slice(1);
      expect(cell, JSON.stringify(value)).toBe(`'${value}`);
      expect(csvValue(cell)).toBe(value);
    }
    for (const value of ['plain', "'quoted", 'a=b', ' =1', '', '’s']) {
      const [[cell]] = parseCsv(toCsv(['a'], [[value]])).slice(1);
      expect(cell, JSON.stringify(value)).toBe(value);
      expect(csvValue(cell)).toBe(value);
    }
  });

  it('writes one CSV row per statement with its exact words', () => {
    const records = exportRecords(catalog, abs);
    const rows = parseCsv(statementsCsv(records.statements));
    expect(rows[0]).toEqual([...STATEMENT_CSV_COLUMNS]);
    expect(rows).toHaveLength(catalog.statements.length + 1);
    const words = STATEMENT_CSV_COLUMNS.indexOf('words');
    for (const [i, s] of catalog.statements.entries()) {
      expect(rows[i + 1][0]).toBe(s.id);
      expect(csvValue(rows[i + 1][words])).toBe(s.data.words);
    }
  });

  it('publishes JSON Schemas that accept the exports and reject a broken record', () => {
    const records = exportRecords(catalog, abs);
    const ajv = new Ajv2020({ strict: false });
    for (const name of Object.keys(exportSchemas) as ExportName[]) {
      const validate = ajv.compile(exportJsonSchema(name, abs));
      expect(validate(records[name]), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(records[name].length).toBeGreaterThan(0);
    }
    const statements = ajv.getSchema(abs('/data/statements.schema.json'))!;
    expect(statements([{ ...records.statements[0], kind: 'rumour' }])).toBe(false);
    expect(statements([{ ...records.statements[0], id: 'Not A Slug' }])).toBe(false);
  });
});
