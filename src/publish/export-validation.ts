/** The build's own check of each export against the JSON Schema it publishes, with Ajv in strict mode and ajv-formats. */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A strict draft 2020-12 validator that knows the formats the schemas use (`uri`, …); `strict` also refuses unknown keywords. */
export function exportValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const shared = exportValidator();

/**
 * Throws, naming the export and every error, when `data` does not match `schema` (the published one, `$id` its URL);
 * each schema is compiled once per build.
 */
export function assertMatchesPublishedSchema(name: string, schema: Record<string, unknown> & { $id: string }, data: unknown): void {
  const validate = shared.getSchema(schema.$id) ?? shared.compile(schema);
  if (!validate(data)) throw new Error(`the ${name} export does not match its published JSON Schema: ${shared.errorsText(validate.errors, { separator: '; ' })}`);
}
