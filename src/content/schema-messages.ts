/** Turns schema (zod) errors into messages an editor understands: which field, what was found, what is expected. */

/** The parts of a zod issue the messages use. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  options?: unknown[];
  discriminator?: string;
  origin?: string;
  minimum?: number | bigint;
}

/** A schema problem, located by field, in words. */
export interface ExplainedIssue {
  field: string;
  /** The path of the field, for finding its line. */
  path: PropertyKey[];
  message: string;
}

// Zod's built-in messages start like this; a schema's own message (written for editors) is kept as it is.
const BUILT_IN = /^(Invalid input|Invalid option|Invalid discriminator|Too small|Too big|Unrecognized key|Invalid string|Invalid)/;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  null: 'null',
};

/** Describes a YAML value the way an editor would name it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  if (value instanceof Date) return 'an unquoted date (YAML reads it as a timestamp)';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return value.length === 0 ? 'empty text ("")' : `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function fieldName(path: PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(whole entry)';
}

/** Edit distance, for "did you mean" on misspelt field names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function explainOne(issue: SchemaIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  const custom = !BUILT_IN.test(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'another value';
      if (found === undefined) return `this field is required but missing: expected ${custom ? issue.message.replace(/^expected /, '') : expected}`;
      return `${custom ? issue.message : `expected ${expected}`}; found ${describeValue(found)}`;
    }
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(found)}`;
    case 'invalid_union':
      if (issue.discriminator) {
        return `${found === undefined ? 'this field is required but missing' : `found ${describeValue(found)}`}: expected one of ${(issue.options ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
      }
      return `found ${describeValue(found)}, which matches none of the allowed forms`;
    case 'too_small':
      if (custom) return issue.message;
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}; found ${describeValue(found)}`;
      return `must be at least ${issue.minimum}; found ${describeValue(found)}`;
    default:
      return custom || found === undefined ? issue.message : `${issue.message}; found ${describeValue(found)}`;
  }
}

/**
 * Explains every schema issue of one entry. A misspelt field is reported once, as the unknown name with the
 * required field it was probably meant to be, instead of twice ("unknown field" and "missing field").
 */
export function explainSchemaIssues(issues: SchemaIssue[], data: unknown): ExplainedIssue[] {
  const missing = issues.filter((i) => i.code === 'invalid_type' && i.path.length > 0 && valueAt(data, i.path) === undefined);
  const meant = new Map<string, SchemaIssue>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys ?? []) {
      const sibling = missing.find((m) => ![...meant.values()].includes(m) && m.path.length === issue.path.length + 1
        && m.path.slice(0, -1).join('.') === issue.path.join('.') && editDistance(String(m.path.at(-1)), key) <= 2);
      if (sibling) meant.set(fieldName([...issue.path, key]), sibling);
    }
  }
  const absorbed = new Set(meant.values());
  const explained: ExplainedIssue[] = [];
  for (const issue of issues) {
    if (absorbed.has(issue)) continue;
    if (issue.code !== 'unrecognized_keys') {
      explained.push({ field: fieldName(issue.path), path: issue.path, message: explainOne(issue, data) });
      continue;
    }
    for (const key of issue.keys ?? []) {
      const path = [...issue.path, key];
      const sibling = meant.get(fieldName(path));
      explained.push({
        field: fieldName(path),
        path,
        message: sibling
          ? `unknown field "${key}": did you mean "${String(sibling.path.at(-1))}"? That field is required and missing`
          : `unknown field "${key}": this entry has no such field; remove it or check its spelling`,
      });
    }
  }
  return explained;
}
