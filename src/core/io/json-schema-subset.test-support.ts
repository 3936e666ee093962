/**
 * A validator for the part of JSON Schema (draft 2020-12) that zod's
 * `toJSONSchema` writes for Duizhao's file formats, so tests can check files
 * against the committed schemas without a schema library among the
 * dependencies. It refuses any keyword it does not implement: a schema that
 * grows a new keyword fails loudly instead of being half-checked.
 */

type Schema = Record<string, unknown>;

/** Keywords that only describe and never constrain. */
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'format']);

const CHECKED = new Set([
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'maxItems',
  'minItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'oneOf',
  'anyOf',
]);

/** The problems of `value` against `schema`, as `path: problem` lines (none when valid). */
export function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !CHECKED.has(key)) {
      throw new Error(`${path}: JSON Schema keyword "${key}" is not supported by this validator`);
    }
  }
  const errors: string[] = [];
  const fail = (problem: string) => errors.push(`${path}: ${problem}`);

  const types = [schema.type].flat().filter((t): t is string => typeof t === 'string');
  if ('type' in schema && !types.some((type) => hasType(value, type))) {
    fail(`expected ${String(schema.type)}`);
    return errors;
  }
  if ('const' in schema && value !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
  if ('enum' in schema && !(schema.enum as unknown[]).includes(value)) fail('not in enum');
  if (typeof value === 'string') {
    // JSON Schema counts code points.
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('too short');
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('too long');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      fail(`does not match ${schema.pattern}`);
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('below minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('above maximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('too many');
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few');
    if (schema.items) {
      value.forEach((item, i) =>
        errors.push(...schemaErrors(schema.items as Schema, item, `${path}[${i}]`)),
      );
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in object)) fail(`missing ${key}`);
    }
    for (const [key, item] of Object.entries(object)) {
      const property = properties[key];
      if (property) errors.push(...schemaErrors(property, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unexpected property ${key}`);
    }
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const options = schema[keyword] as Schema[] | undefined;
    if (!options) continue;
    const matching = options.filter((option) => schemaErrors(option, value, path).length === 0);
    if (keyword === 'oneOf' ? matching.length !== 1 : matching.length === 0) {
      fail(`matches ${matching.length} of the ${keyword} options`);
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}
