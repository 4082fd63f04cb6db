// Contract checks against LINE's official OpenAPI specs, vendored in spec/line-openapi (see spec/README.md).
//
// `validateRequest` finds the operation a request is for (method, host, path template) and checks what the request
// carries against it: the body against the requestBody schema for its content type, the X-Line-* headers and the
// query parameters against the operation's declared parameters. The specs are OpenAPI 3.0; their schemas are
// converted to JSON Schema (draft-07) for Ajv:
//  - `nullable: true` becomes a `null` type / enum member;
//  - a schema with a `discriminator` (`Message`, `Action`, `Recipient`...) becomes a dispatcher: the property must
//    be one of the mapping's keys, and the object must match the mapped schema. The mapped schemas extend their
//    parent with `allOf: [$ref parent]`; there the parent's plain (non-dispatching) form is used, or it would recurse;
//  - component object schemas are closed (`unevaluatedProperties: false`, hence Ajv's draft 2019-09): a property the
//    spec does not define is reported (OpenAPI allows extra properties by default, but one the client sends that
//    LINE does not define is a misspelling or a guess). Inline object schemas nested in a component stay open (inline request bodies are closed too);
//  - `readOnly` properties may not be sent (and are not required in requests);
//  - OpenAPI-only keywords (`example`, `externalDocs`, `discriminator`, `x-*`, `xml`, `deprecated`) are dropped;
//  - a few limits LINE documents but the specs omit are added (SUPPLEMENTS: text messages' 5,000 characters);
//  - formats: `int32`/`int64` check integer range, `uuid`, `uri`, `date-time` are checked, `double`, `float`,
//    `binary`, `byte` and unknown ones (one spec has a regex in `format`) are not.
// The specs are parsed and converted once per test file (jest gives each file a fresh module registry), lazily on the
// first call; each operation's validator is compiled the first time a request for it is checked.

import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

import type { ErrorObject, ValidateFunction } from 'ajv';
import type Ajv from 'ajv/dist/2019';

// Ajv and js-yaml are loaded on first use: setup.ts imports this module into every test file, most of which never
// check a request.
function libraries(): { Ajv: typeof Ajv; parseYaml: (text: string) => unknown } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { default: AjvClass } = require('ajv/dist/2019') as typeof import('ajv/dist/2019');
  const { load } = require('js-yaml') as typeof import('js-yaml');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { Ajv: AjvClass, parseYaml: (text) => load(text) };
}

/** Where the vendored specs are: inside this repository, so a fresh clone tests without any reference copy. */
export const SPEC_DIR = join(__dirname, '..', '..', 'spec', 'line-openapi');

/** A request as it reached the wire. */
export interface WireRequest {
  method: string;
  /** `api`, `data`, `manager`, a host name (`api.line.me`) or an origin (`https://api.line.me`). */
  host: string;
  /** The path, with or without a query string. */
  path: string;
  /** Request headers (any case). */
  headers?: Record<string, string | undefined>;
  /** Query parameters; when given they are checked against the operation's query parameters. */
  query?: Record<string, string | string[]>;
  /**
   * The body: parsed JSON (an object, array...), a string (a form body, unparsable text), a Buffer (binary), or
   * undefined when there was none.
   */
  body?: unknown;
}

/** One operation of the specs. */
export interface Operation {
  /** `messaging-api.yml#pushMessage` style. */
  id: string;
  operationId: string;
  file: string;
  method: string;
  template: string;
  hosts: string[];
  regex: RegExp;
  literalSegments: number;
  /** Parameters by location, names lowercased for headers. */
  params: { header: Param[]; query: Param[]; path: Param[] };
  /** Path parameter names, in the order of the regex's groups. */
  pathNames: string[];
  body?: { required: boolean; content: Record<string, JsonObject | undefined> };
}

interface Param {
  name: string;
  required: boolean;
  schema?: JsonObject;
}

type JsonObject = { [key: string]: unknown };

const HOSTS: Record<string, string> = { api: 'api.line.me', data: 'api-data.line.me', manager: 'manager.line.biz' };
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
/** JSON Schema keywords whose value is a schema. */
const SCHEMA_KEYWORDS = new Set(['items', 'not', 'additionalItems', 'contains', 'propertyNames', 'if', 'then', 'else']);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'oneOf', 'anyOf']);
/** Keywords whose value is a map of schemas. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions']);
/** Keywords copied as they are. */
const PLAIN_KEYWORDS = new Set([
  'type', 'required', 'enum', 'const', 'minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'pattern',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'title', 'description', 'default',
]);
const FORMATS: Record<string, (value: string | number) => boolean> = {
  int32: (v) => typeof v !== 'number' || (Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31),
  int64: (v) => typeof v !== 'number' || Number.isInteger(v),
  double: () => true,
  float: () => true,
  binary: () => true,
  byte: () => true,
  uuid: (v) => typeof v !== 'string' || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  uri: (v) => {
    if (typeof v !== 'string') return true;
    return /^[a-z][a-z0-9+.-]*:/i.test(v) && URL.canParse(v);
  },
  'date-time': (v) => typeof v !== 'string' || (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/i.test(v) && !Number.isNaN(Date.parse(v))),
};

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The Ajv schema id of a spec file's converted component schemas. */
function fileId(file: string): string {
  return `line-openapi:${file}`;
}

interface SpecFile {
  name: string;
  doc: JsonObject;
  schemas: JsonObject;
}

/** An object schema that reports properties it does not define (unless it says what extra properties may be). */
function closed(schema: JsonObject): JsonObject {
  const closable = schema.additionalProperties === undefined && (isObject(schema.properties) || Array.isArray(schema.allOf));
  return closable ? { ...schema, unevaluatedProperties: false } : schema;
}

/** Converts the specs' schemas to JSON Schema. */
class Converter {
  constructor(private readonly files: Map<string, SpecFile>) {}

  /** Resolves a `$ref` to its file, component name and raw schema. */
  resolve(ref: string, from: string): { file: string; name: string; schema: JsonObject } {
    const [filePart, pointer = ''] = ref.split('#');
    const file = filePart ? filePart.replace(/^\.\//, '') : from;
    const m = /^\/components\/schemas\/([^/]+)$/.exec(pointer);
    const spec = this.files.get(file);
    if (!m || !spec) throw new Error(`openapi: unsupported $ref ${ref} in ${from}`);
    const name = decodeURIComponent(m[1]);
    const schema = spec.schemas[name];
    if (!isObject(schema)) throw new Error(`openapi: $ref ${ref} in ${from} points at nothing`);
    return { file, name, schema };
  }

  /**
   * A `$ref` to a converted component. `plain`: its form for extending with `allOf` (open to more properties, and for
   * a discriminator parent not dispatching).
   */
  ref(ref: string, from: string, plain: boolean): JsonObject {
    const { file, name } = this.resolve(ref, from);
    return { $ref: `${fileId(file)}#/definitions/${encodeURIComponent(name + (plain ? '__plain' : ''))}` };
  }

  /**
   * Converts one component into its two definitions: `Name` as used (closed: properties the schema does not define
   * are reported; for a discriminator parent, the dispatcher) and `Name__plain` for `allOf` extension.
   */
  component(file: string, name: string, schema: JsonObject): Record<string, unknown> {
    const plain = this.schema(schema, file);
    const disc = schema.discriminator;
    if (!isObject(disc) || !isObject(disc.mapping) || typeof disc.propertyName !== 'string') {
      return { [name]: isObject(plain) ? closed(plain) : plain, [`${name}__plain`]: plain };
    }
    const prop = disc.propertyName;
    const keys = Object.keys(disc.mapping);
    const dispatcher = {
      type: 'object',
      required: [prop],
      properties: { [prop]: { enum: keys } },
      allOf: keys.map((key) => ({
        if: { properties: { [prop]: { const: key } }, required: [prop] },
        then: this.ref(String((disc.mapping as JsonObject)[key]), file, false),
      })),
    };
    return { [name]: dispatcher, [`${name}__plain`]: plain };
  }

  /** Converts one schema node. */
  schema(node: unknown, file: string, inAllOf = false): unknown {
    if (typeof node === 'boolean') return node;
    if (!isObject(node)) throw new Error(`openapi: schema expected in ${file}, got ${JSON.stringify(node)}`);
    if (typeof node.$ref === 'string') return this.ref(node.$ref, file, inAllOf);
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (SCHEMA_KEYWORDS.has(key)) out[key] = this.schema(value, file);
      else if (SCHEMA_LIST_KEYWORDS.has(key)) out[key] = (value as unknown[]).map((s) => this.schema(s, file, key === 'allOf'));
      else if (SCHEMA_MAP_KEYWORDS.has(key)) {
        out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([k, s]) => [k, this.schema(s, file)]));
      } else if (key === 'additionalProperties') out[key] = typeof value === 'boolean' ? value : this.schema(value, file);
      else if (key === 'format') {
        if (typeof value === 'string' && value in FORMATS) out.format = value;
      } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
        // OpenAPI 3.0: a boolean modifying minimum/maximum; draft-07: the bound itself.
        const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
        if (value === true && typeof node[bound] === 'number') out[key] = node[bound];
        else if (typeof value === 'number') out[key] = value;
      } else if (PLAIN_KEYWORDS.has(key)) out[key] = value;
      // Anything else (nullable, readOnly, writeOnly, discriminator, example, externalDocs, xml, deprecated, x-*)
      // is OpenAPI-only and handled below or dropped.
    }
    if (out.minimum !== undefined && out.exclusiveMinimum === out.minimum) delete out.minimum;
    if (out.maximum !== undefined && out.exclusiveMaximum === out.maximum) delete out.maximum;
    // readOnly properties are never sent in a request.
    if (isObject(node.properties)) {
      const readOnly = Object.entries(node.properties).filter(([, s]) => isObject(s) && s.readOnly === true).map(([k]) => k);
      for (const k of readOnly) (out.properties as JsonObject)[k] = { not: {}, description: 'readOnly: not sent in requests' };
      if (Array.isArray(out.required)) out.required = out.required.filter((k) => !readOnly.includes(k as string));
    }
    if (node.nullable === true) {
      if (typeof out.type === 'string') out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      if (out.type === undefined && out.enum === undefined) return { anyOf: [out, { type: 'null' }] };
    }
    return out;
  }
}

/**
 * Limits LINE documents in its API reference but the specs leave out, added to the converted schemas. Keep this to
 * documented limits, each with where it is documented.
 */
const SUPPLEMENTS: { file: string; schema: string; add: JsonObject; source: string }[] = [
  {
    file: 'messaging-api.yml',
    schema: 'TextMessage',
    add: { properties: { text: { maxLength: 5000 } } },
    source: 'https://developers.line.biz/en/reference/messaging-api/#text-message (text: max character limit 5000)',
  },
  {
    file: 'messaging-api.yml',
    schema: 'TextMessageV2',
    add: { properties: { text: { maxLength: 5000 } } },
    source: 'https://developers.line.biz/en/reference/messaging-api/#text-message-v2 (text: max character limit 5000)',
  },
];

/** Everything loaded from the specs. */
interface Contract {
  operations: Operation[];
  json: Ajv;
  /** Form bodies and parameters: strings coerced to the schema's types. */
  coercing: Ajv;
  validators: Map<string, ValidateFunction>;
}

let contract: Contract | undefined;

function newAjv(AjvClass: typeof Ajv, coerceTypes: boolean): Ajv {
  const ajv = new AjvClass({ allErrors: true, strict: false, coerceTypes, allowUnionTypes: true, validateSchema: false });
  for (const [name, validate] of Object.entries(FORMATS)) {
    ajv.addFormat(name, { type: name.startsWith('int') || name === 'double' || name === 'float' ? 'number' : 'string', validate } as never);
  }
  return ajv;
}

/** Loads, converts and registers the specs (once per module instance). */
export function loadContract(): Contract {
  if (contract) return contract;
  const { Ajv: AjvClass, parseYaml } = libraries();
  const files = new Map<string, SpecFile>();
  for (const name of readdirSync(SPEC_DIR).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml')).sort()) {
    const doc = parseYaml(readFileSync(join(SPEC_DIR, name), 'utf8')) as JsonObject;
    const components = isObject(doc.components) ? doc.components : {};
    files.set(name, { name, doc, schemas: isObject(components.schemas) ? components.schemas : {} });
  }
  const converter = new Converter(files);
  const json = newAjv(AjvClass, false);
  const coercing = newAjv(AjvClass, true);
  const operations: Operation[] = [];
  for (const spec of files.values()) {
    const definitions: Record<string, unknown> = {};
    for (const [name, schema] of Object.entries(spec.schemas)) {
      Object.assign(definitions, converter.component(spec.name, name, schema as JsonObject));
    }
    for (const { file, schema, add } of SUPPLEMENTS) {
      if (file !== spec.name) continue;
      if (definitions[schema] === undefined) throw new Error(`openapi: supplement for ${file} ${schema}, which the spec no longer has`);
      definitions[schema] = { allOf: [definitions[schema], add] };
    }
    json.addSchema({ $id: fileId(spec.name), definitions });
    coercing.addSchema({ $id: fileId(spec.name), definitions });
    operations.push(...readOperations(spec, converter));
  }
  contract = { operations, json, coercing, validators: new Map() };
  return contract;
}

function serverHosts(servers: unknown): string[] | undefined {
  if (!Array.isArray(servers) || servers.length === 0) return undefined;
  return servers.map((s) => new URL(String((s as JsonObject).url)).host);
}

function readOperations(spec: SpecFile, converter: Converter): Operation[] {
  const operations: Operation[] = [];
  const paths = isObject(spec.doc.paths) ? spec.doc.paths : {};
  const fileHosts = serverHosts(spec.doc.servers) ?? [];
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const params: Operation['params'] = { header: [], query: [], path: [] };
      for (const p of [...((item.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])]) {
        if (!isObject(p) || (p.in !== 'header' && p.in !== 'query' && p.in !== 'path')) continue;
        const schema = p.schema === undefined ? undefined : (converter.schema(p.schema, spec.name) as JsonObject);
        params[p.in].push({ name: p.in === 'header' ? String(p.name).toLowerCase() : String(p.name), required: p.required === true, schema });
      }
      let body: Operation['body'];
      if (isObject(op.requestBody)) {
        const content = isObject(op.requestBody.content) ? op.requestBody.content : {};
        body = {
          required: op.requestBody.required === true,
          content: Object.fromEntries(
            Object.entries(content).map(([type, media]) => [
              type.toLowerCase(),
              isObject(media) && media.schema !== undefined ? closed(converter.schema(media.schema, spec.name) as JsonObject) : undefined,
            ]),
          ),
        };
      }
      const segments = template.split('/').filter(Boolean);
      const pattern = segments.map((s) => s.replace(/\{[^}]+\}|[^{]+/g, (part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))).join('/');
      const operationId = typeof op.operationId === 'string' ? op.operationId : `${method} ${template}`;
      operations.push({
        id: `${spec.name}#${operationId}`,
        operationId,
        file: spec.name,
        method: method.toUpperCase(),
        template,
        hosts: serverHosts(op.servers) ?? serverHosts(item.servers) ?? fileHosts,
        regex: new RegExp(`^/${pattern}/?$`),
        literalSegments: segments.filter((s) => !s.includes('{')).length,
        params,
        pathNames: [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
        body,
      });
    }
  }
  return operations;
}

function hostOf(host: string): string {
  if (HOSTS[host]) return HOSTS[host];
  return /^[a-z]+:\/\//i.test(host) ? new URL(host).host : host;
}

/** The operation a request is for, or why there is none. */
export function findOperation(method: string, host: string, path: string): { operation?: Operation; problem?: string } {
  const { operations } = loadContract();
  const wanted = hostOf(host);
  const pathname = path.split('?')[0];
  const byPath = operations.filter((op) => op.method === method.toUpperCase() && op.regex.test(pathname));
  const matches = byPath.filter((op) => op.hosts.includes(wanted)).sort((a, b) => b.literalSegments - a.literalSegments);
  // The most literal template whose path parameters are valid (GET /v2/bot/audienceGroup/authorityLevel is not
  // getAudienceGroup with an audienceGroupId of "authorityLevel": that one is an integer).
  for (const op of matches) if (pathProblems(op, pathname).length === 0) return { operation: op };
  if (matches.length > 0) {
    const nearest = pathProblems(matches[0], pathname).join('; ');
    return { problem: `${method.toUpperCase()} https://${wanted}${pathname} is not an operation of the LINE OpenAPI specs (nearest: ${nearest})` };
  }
  if (byPath.length > 0) {
    const other = byPath.map((op) => `${op.operationId} on ${op.hosts.join(', ')}`).join('; ');
    return { problem: `${method.toUpperCase()} ${pathname} sent to ${wanted}, but the spec serves it elsewhere (${other})` };
  }
  return { problem: `${method.toUpperCase()} https://${wanted}${pathname} is not an operation of the LINE OpenAPI specs` };
}

function pathProblems(op: Operation, pathname: string): string[] {
  const values = op.regex.exec(pathname)?.slice(1) ?? [];
  const problems: string[] = [];
  op.pathNames.forEach((name, i) => {
    const p = op.params.path.find((q) => q.name === name);
    if (!p?.schema) return;
    let value = values[i] ?? '';
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep it encoded
    }
    const validate = validatorFor(`${op.id} path ${name}`, loadContract().coercing, p.schema);
    if (!validate(value)) problems.push(...describe(validate.errors, `${op.operationId} (${op.method} ${op.template}): path parameter ${name} ${JSON.stringify(value)}`));
  });
  return problems;
}

function validatorFor(key: string, ajv: Ajv, schema: JsonObject): ValidateFunction {
  const { validators } = loadContract();
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(key, validate);
  }
  return validate;
}

/** Readable Ajv errors, without the noise of the discriminator's if/then wrappers. */
function describe(errors: ErrorObject[] | null | undefined, where: string): string[] {
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    if (e.keyword === 'if') continue;
    let message = `${where}${e.instancePath} ${e.message ?? e.keyword}`;
    if (e.keyword === 'enum') message += `: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'unevaluatedProperties') message = `${where}${e.instancePath} has property ${JSON.stringify((e.params as { unevaluatedProperty: string }).unevaluatedProperty)}, which the spec does not define`;
    if (e.keyword === 'additionalProperties') message += `: ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}`;
    seen.add(message);
  }
  return [...seen];
}

function mediaMatches(pattern: string, type: string): boolean {
  if (pattern === '*/*') return true;
  if (pattern.endsWith('/*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

function formObject(body: unknown): JsonObject | undefined {
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : undefined;
  if (text === undefined) return isObject(body) ? { ...body } : undefined;
  const out: JsonObject = {};
  for (const [k, v] of new URLSearchParams(text)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

function hasBody(body: unknown): boolean {
  if (body === undefined || body === null) return false;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body.length > 0;
  return true;
}

/**
 * Checks one request against the operation the specs define for it. Returns human-readable problems; empty means
 * valid. An operation the specs do not have is a problem.
 */
export function validateRequest(request: WireRequest): string[] {
  const c = loadContract();
  const { operation: op, problem } = findOperation(request.method, request.host, request.path);
  if (!op) return [problem as string];
  const problems: string[] = [];
  const label = `${op.operationId} (${op.method} ${op.template})`;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers ?? {})) if (v !== undefined) headers[k.toLowerCase()] = String(v);

  // Headers: LINE's own (X-Line-*) must be declared by the operation; declared ones must be valid; required present.
  for (const name of Object.keys(headers).filter((h) => h.startsWith('x-line-'))) {
    if (!op.params.header.some((p) => p.name === name)) problems.push(`${label}: sends header ${name}, which the operation does not declare`);
  }
  for (const p of op.params.header) {
    const value = headers[p.name];
    if (value === undefined) {
      if (p.required) problems.push(`${label}: required header ${p.name} missing`);
    } else if (p.schema) {
      const validate = validatorFor(`${op.id} header ${p.name}`, c.coercing, p.schema);
      if (!validate(value)) problems.push(...describe(validate.errors, `${label}: header ${p.name}`));
    }
  }

  // Query parameters, when the caller knows them.
  if (request.query) {
    for (const name of Object.keys(request.query)) {
      if (!op.params.query.some((p) => p.name === name)) problems.push(`${label}: sends query parameter ${name}, which the operation does not declare`);
    }
    for (const p of op.params.query) {
      const value = request.query[p.name];
      if (value === undefined) {
        if (p.required) problems.push(`${label}: required query parameter ${p.name} missing`);
      } else if (p.schema) {
        const validate = validatorFor(`${op.id} query ${p.name}`, c.coercing, p.schema);
        // An exploded array parameter appears once per value: a single occurrence is a one-item array.
        const values = (p.schema as { type?: unknown }).type === 'array' && !Array.isArray(value) ? [value] : value;
        if (!validate(values)) problems.push(...describe(validate.errors, `${label}: query ${p.name}`));
      }
    }
  }

  // Body.
  const sent = hasBody(request.body);
  if (!op.body) {
    if (sent) problems.push(`${label}: sends a body, but the operation takes none`);
    return problems;
  }
  if (!sent) {
    if (op.body.required) problems.push(`${label}: request body required, none sent`);
    return problems;
  }
  const contentType = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const media = Object.keys(op.body.content).find((m) => mediaMatches(m, contentType));
  if (media === undefined) {
    problems.push(`${label}: content type ${JSON.stringify(contentType || '(none)')} is not one the operation accepts (${Object.keys(op.body.content).join(', ')})`);
    return problems;
  }
  const schema = op.body.content[media];
  if (!schema) return problems;
  if (media === 'application/json') {
    if (typeof request.body === 'string' || Buffer.isBuffer(request.body)) {
      problems.push(`${label}: body is not JSON`);
      return problems;
    }
    const validate = validatorFor(`${op.id} ${media}`, c.json, schema);
    if (!validate(request.body)) problems.push(...describe(validate.errors, `${label}: body`));
  } else if (media === 'application/x-www-form-urlencoded') {
    const form = formObject(request.body);
    if (!form) problems.push(`${label}: form body is not a form`);
    else {
      const validate = validatorFor(`${op.id} ${media}`, c.coercing, schema);
      if (!validate(form)) problems.push(...describe(validate.errors, `${label}: form`));
    }
  }
  // multipart/form-data and binary bodies: the content type check above is all.
  return problems;
}

/** An accepted violation: a known client bug (`KNOWN-BUG:`) or a test that sends a deliberately partial request. */
export interface Exemption {
  /** The operation (`pushMessage`) the violation is on; absent for requests the specs have no operation for. */
  operationId?: string;
  /** Which problems it covers. */
  problem: RegExp;
  /** Only in tests whose full name matches (all tests when absent). */
  test?: RegExp;
  /** Why. `KNOWN-BUG: ...` for client bugs to fix in src, `PARTIAL: ...` for tests sending partial objects on purpose. */
  reason: string;
}

/**
 * Violations the wire tests are allowed to make, each with its reason. Keep them narrow; remove an entry when its
 * cause is fixed. A single test can also opt out with `intercept(..., { contract: false })`.
 */
export const EXEMPTIONS: Exemption[] = [
  {
    problem: /^(GET|PUT) https:\/\/api\.line\.me\/v2\/bot\/audienceGroup\/authorityLevel is not an operation/,
    reason:
      'RETIRED: getAudienceGroupAuthorityLevel / changeAudienceGroupAuthorityLevel are kept (deprecated, with a warning) for ' +
      'messaging-api-line 1.x compatibility; LINE retired GET/PUT /v2/bot/audienceGroup/authorityLevel and its specs no longer have it.',
  },
];

/** The problems of `problems` that no exemption covers. */
export function unexempted(problems: string[], testName: string | undefined, exemptions: Exemption[] = EXEMPTIONS): string[] {
  return problems.filter(
    (p) => !exemptions.some((e) => (e.operationId === undefined || p.startsWith(`${e.operationId} (`)) && e.problem.test(p) && (!e.test || (testName !== undefined && e.test.test(testName)))),
  );
}

/** Violations recorded by `intercept()` in the current test; setup.ts fails the test when any are left. */
export const contractViolations: string[] = [];
