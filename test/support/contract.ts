// The contract: the bundled official OpenAPI document (spec/highlevel-openapi.json) and the catalog.
// Checks a request against it and answers with a response shaped by its schemas.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as querystring from 'node:querystring';
import { requestOptions, type Outgoing } from '../../highlevel/request';
import { documentedBody, fixDocuments } from '../../scripts/spec-fixes.mjs';

const root = path.resolve(__dirname, '..', '..');
export const spec = JSON.parse(fs.readFileSync(path.join(root, 'spec', 'highlevel-openapi.json'), 'utf8'));
export const catalog: CatalogEntry[] = JSON.parse(fs.readFileSync(path.join(root, 'spec', 'catalog.json'), 'utf8')).operations;

export interface CatalogEntry {
  category: string;
  label: string;
  catalogKind: 'trigger' | 'action';
  method: string;
  path: string;
  specFile: string;
  scopes: string[];
  access: string[];
}

export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, any>;
  body: unknown;
}

/**
 * A request built without sending (steps/call.ts) as HighLevel receives it: the query and JSON body
 * encoded as z.request encodes them, header names in lower case as nock records them.
 */
export const asSent = (out: Outgoing, token: string): SeenRequest => {
  const options = requestOptions(out, token);
  return {
    method: out.method,
    path: new URL(options.url).pathname,
    query: Object.fromEntries(new URLSearchParams(querystring.stringify((out.query ?? {}) as querystring.ParsedUrlQueryInput))),
    headers: Object.fromEntries(Object.entries(options.headers).map(([k, v]) => [k.toLowerCase(), v])),
    body: out.body === undefined ? undefined : JSON.parse(JSON.stringify(out.body)),
  };
};

// The documents' self-contradictions, impossible requirements and missing answers are fixed by the rules the sandbox uses.
fixDocuments(spec);

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'spec');

const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const templates = Object.keys(spec.paths).map((t) => ({
  template: t,
  params: (t.match(/\{/g) ?? []).length,
  regex: new RegExp(
    `^${t
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\\?\{[^}]+\\?\}/g, '([^/]+)')
      .replace(/\{[^}]+\}/g, '([^/]+)')}$`,
  ),
}));

/** The documented template a concrete path belongs to (literal segments win over parameters). */
export const matchTemplate = (method: string, concretePath: string): string | undefined =>
  templates.filter((t) => t.regex.test(concretePath) && spec.paths[t.template][method.toLowerCase()]).sort((a, b) => a.params - b.params)[0]
    ?.template;

const resolveRef = (node: any): any => {
  let n = node;
  while (n?.$ref) {
    n = n.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((acc: any, key: string) => acc?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return n;
};

/** Everything wrong with one request, measured against the document. */
export const violations = (req: SeenRequest): { template?: string; problems: string[] } => {
  const template = matchTemplate(req.method, req.path);
  if (!template) return { problems: [`${req.method} ${req.path} is not an endpoint of the bundled document`] };
  const op = spec.paths[template][req.method.toLowerCase()];
  const problems: string[] = [];
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  for (const raw of op.parameters ?? []) {
    const p = resolveRef(raw);
    const schema = resolveRef(p.schema) ?? {};
    if (p.in === 'header' && p.name === 'Version') {
      const expected = schema.enum?.[0];
      if (expected && headers.version !== expected) problems.push(`Version header ${headers.version} should be ${expected}`);
    } else if (p.in === 'query') {
      const value = req.query[p.name];
      if (value === undefined) {
        if (p.required) problems.push(`required query parameter ${p.name} is missing`);
        continue;
      }
      if (schema.enum && !schema.enum.includes(value)) problems.push(`query ${p.name}=${value} is not one of ${schema.enum}`);
      if ((schema.type === 'number' || schema.type === 'integer') && Number.isNaN(Number(value)))
        problems.push(`query ${p.name}=${value} is not a number`);
    }
  }
  const documented = new Set((op.parameters ?? []).map((p: any) => resolveRef(p).name));
  for (const name of Object.keys(req.query)) if (!documented.has(name)) problems.push(`query parameter ${name} is not documented`);
  if (template !== '/oauth/token' && !/^Bearer \S+/.test(headers.authorization ?? '')) problems.push('no bearer token');

  const content = op.requestBody?.content;
  const jsonSchema = content?.['application/json']?.schema;
  if (jsonSchema && req.body !== undefined) {
    const pointer = `spec#/paths/${esc(template)}/${req.method.toLowerCase()}/requestBody/content/application~1json/schema`;
    const validate = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
    if (!validate(req.body)) {
      problems.push(...(validate.errors ?? []).map((e) => `body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
    }
    const properties = resolveRef(jsonSchema).properties ?? {};
    if (Object.keys(properties).length && req.body && typeof req.body === 'object') {
      for (const key of Object.keys(req.body)) if (!(key in properties)) problems.push(`body field ${key} is not documented`);
    }
  } else if (content?.['multipart/form-data'] && req.body !== undefined) {
    problems.push(...multipartViolations(resolveRef(content['multipart/form-data'].schema), req, headers['content-type'] ?? ''));
  } else if (op.requestBody?.required && req.body === undefined) {
    problems.push('required body is missing');
  }
  return { template, problems };
};

export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** The bytes of a recorded body: nock hands binary bodies over hex-encoded, text as it is. */
export const bodyBytes = (body: unknown): Buffer =>
  Buffer.isBuffer(body)
    ? body
    : typeof body === 'string' && body.length % 2 === 0 && /^[0-9a-f]+$/i.test(body)
      ? Buffer.from(body, 'hex')
      : Buffer.from(String(body ?? ''), 'latin1');

/** The parts of a multipart/form-data body, or undefined when it is not one. */
export const formParts = (body: unknown, contentType: string): FormPart[] | undefined => {
  const boundary = /^multipart\/form-data;\s*boundary=(\S+)$/i.exec(contentType)?.[1];
  if (!boundary) return undefined;
  const raw = bodyBytes(body).toString('latin1');
  const sections = raw.split(`--${boundary}`);
  if (sections.length < 2 || !sections[sections.length - 1].startsWith('--')) return undefined;
  return sections.slice(1, -1).map((section) => {
    const text = section.replace(/^\r\n/, '').replace(/\r\n$/, '');
    const split = text.indexOf('\r\n\r\n');
    const head = text.slice(0, split);
    return {
      name: /name="([^"]*)"/.exec(head)?.[1] ?? '',
      filename: /filename="([^"]*)"/.exec(head)?.[1],
      contentType: /content-type:\s*(\S+)/i.exec(head)?.[1],
      data: Buffer.from(text.slice(split + 4), 'latin1'),
    };
  });
};

/** A multipart body against its documented form: known parts, files where binary, required parts. */
const multipartViolations = (schema: any, req: SeenRequest, contentType: string): string[] => {
  const parts = formParts(req.body, contentType);
  if (!parts) return [`body is not multipart/form-data with a boundary (Content-Type ${contentType || 'missing'})`];
  const properties = schema?.properties ?? {};
  const problems: string[] = [];
  for (const part of parts) {
    const property = resolveRef(properties[part.name]);
    if (!property) {
      problems.push(`form part ${part.name} is not documented`);
      continue;
    }
    const isFile = property.format === 'binary';
    if (isFile !== (part.filename !== undefined))
      problems.push(`form part ${part.name} ${isFile ? 'should be a file' : 'should not be a file'}`);
    if (property.type === 'boolean' && !['true', 'false'].includes(part.data.toString()))
      problems.push(`form part ${part.name} is not a boolean`);
  }
  for (const name of schema?.required ?? [])
    if (!parts.some((p) => p.name === name)) problems.push(`required form part ${name} is missing`);
  return problems;
};

/**
 * The document's success answer, as the sandbox (Prism) gives it: its example, else the body Prism
 * makes of its schema from the properties' examples.
 */
export const fakeResponse = (method: string, template: string): { status: number; body: unknown } => {
  const op = spec.paths[template][method.toLowerCase()];
  const [status, response] = Object.entries(op.responses ?? {}).find(([code]) => code.startsWith('2')) ?? ['200', {}];
  const json = (response as any)?.content?.['application/json'];
  if (json?.example !== undefined) return { status: Number(status), body: structuredClone(json.example) };
  return { status: Number(status), body: json?.schema ? (documentedBody(spec, json.schema) ?? {}) : {} };
};
