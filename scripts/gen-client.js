#!/usr/bin/env node
/**
 * Generates src/client/LineClientApi.ts, the base class of LineClient that carries every domain method:
 *
 * - for each exported function of src/api/*.ts (read with the TypeScript compiler API) whose first parameter is the
 *   client context, a method with the same name, TSDoc, type parameters, parameters (minus the client; overloads too)
 *   and return type, whose body is one line delegating to the function with `this`;
 * - from the one message-kind table, src/client/messageKinds.json (which src/client/senders.ts reads at run time too),
 *   the 4 verbs × 14 kinds send helpers (replyText, pushFlex, multicastSticker, broadcastImagemap, ...), with their
 *   legacy positional overloads and the ButtonsTemplate aliases.
 *
 *   node scripts/gen-client.js          rewrite the file  (npm run gen)
 *   node scripts/gen-client.js --check  exit 1 when it is stale (run by the test suite)
 *   --file <path>                        write or check <path> instead (used by the test of --check itself)
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const API_DIR = path.join(ROOT, 'src', 'api');
const TABLE = path.join(ROOT, 'src', 'client', 'messageKinds.json');
const OUT = path.join(ROOT, 'src', 'client', 'LineClientApi.ts');
const REF = 'https://developers.line.biz/en/reference/messaging-api/';

/** The domain modules, in file-name order (stable output). */
function domainFiles() {
  return fs
    .readdirSync(API_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => path.join(API_DIR, f));
}

function leadingDoc(source, node) {
  const lead = source.slice(node.getFullStart(), node.getStart());
  const docs = lead.match(/\/\*\*[\s\S]*?\*\//g);
  return docs ? docs[docs.length - 1] : undefined;
}

function indentDoc(doc) {
  return doc
    .split('\n')
    .map((line, i) => (i === 0 ? `  ${line.trim()}` : `   ${line.trim()}`))
    .join('\n');
}

/** Parameter text without the initializer: `options: X = {}` becomes `options?: X`. */
function paramText(p) {
  const name = p.name.getText();
  const rest = p.dotDotDotToken ? '...' : '';
  const optional = p.questionToken || p.initializer ? '?' : '';
  return `${rest}${name}${optional}${p.type ? `: ${p.type.getText()}` : ''}`;
}

/** Reads the domain modules: per module, its exported client functions (overloads grouped). */
function readDomains() {
  const modules = [];
  for (const file of domainFiles()) {
    const source = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const mod = path.basename(file, '.ts');
    const fns = new Map();
    for (const node of sf.statements) {
      if (!ts.isFunctionDeclaration(node) || !node.name) continue;
      const mods = ts.getModifiers(node) ?? [];
      if (!mods.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      const [first, ...params] = node.parameters;
      if (!first || first.type?.getText() !== 'ApiClient') throw new Error(`${mod}.${node.name.text}: the first parameter must be \`client: ApiClient\``);
      if (!node.type) throw new Error(`${mod}.${node.name.text}: give the return type explicitly`);
      const name = node.name.text;
      if (!fns.has(name)) fns.set(name, { name, overloads: [], impl: undefined });
      const entry = {
        doc: leadingDoc(source, node),
        typeParams: node.typeParameters ? `<${node.typeParameters.map((t) => t.getText()).join(', ')}>` : '',
        params: params.map(paramText),
        names: params.map((p) => (p.dotDotDotToken ? `...${p.name.getText()}` : p.name.getText())),
        returns: node.type.getText(),
      };
      if (node.body) fns.get(name).impl = entry;
      else fns.get(name).overloads.push(entry);
    }
    for (const fn of fns.values()) {
      const documented = fn.overloads.length ? fn.overloads : [fn.impl];
      for (const e of documented) if (!e.doc) throw new Error(`${mod}.${fn.name}: document it (TSDoc)`);
    }
    modules.push({ mod, fns: [...fns.values()] });
  }
  return modules;
}

function renderDomainMethods(modules) {
  const out = [];
  for (const { mod, fns } of modules) {
    out.push('', `  // ${mod} (src/api/${mod}.ts)`);
    for (const fn of fns) {
      const impl = fn.impl;
      out.push('');
      if (fn.overloads.length) {
        for (const o of fn.overloads) out.push(indentDoc(o.doc), `  ${fn.name}${o.typeParams}(${o.params.join(', ')}): ${o.returns};`);
        out.push(`  ${fn.name}(...args: unknown[]): ${impl.returns} {`);
        out.push(`    return (${mod}Api.${fn.name} as (client: ApiClient, ...args: unknown[]) => ${impl.returns})(this, ...args);`);
      } else {
        out.push(indentDoc(impl.doc), `  ${fn.name}${impl.typeParams}(${impl.params.join(', ')}): ${impl.returns} {`);
        out.push(`    return ${mod}Api.${fn.name}(${['this', ...impl.names].join(', ')});`);
      }
      out.push('  }');
    }
  }
  return out;
}

function doc(lines) {
  return ['  /**', ...lines.map((l) => (l ? `   * ${l}` : '   *')), '   */'];
}

function signature(v, kind, params) {
  const list = [];
  if (v.target) list.push(`${v.target.name}: ${v.target.type}`);
  for (const p of params) list.push(`${p.name}${p.optional ? '?' : ''}: ${p.type}`);
  list.push(`options?: ${kind.options} & ${v.options}`);
  return list.join(', ');
}

function docLines(v, kind, params, { legacy } = {}) {
  const lines = [`${v.does} ${kind.what}, built with \`Line.${kind.factory}\`. Calls ${v.call}.`];
  if (legacy) lines.push('', 'Legacy positional form, as in the messaging-api-line README before 1.0.');
  lines.push('', `@see {@link ${REF}#${kind.anchor} | ${kind.what.replace(/^an? /, '')}}`);
  if (v.target) lines.push(`@param ${v.target.name} - ${v.target.doc}`);
  for (const p of params) lines.push(`@param ${p.name} - ${p.doc}`);
  lines.push(`@param options - message options (${kind.optionsDoc}) and ${v.optionsDoc}`);
  lines.push(`@returns ${v.returnsDoc}`, `@group ${v.group}`);
  return lines;
}

function renderSenders({ verbs, kinds }) {
  const byName = Object.fromEntries(kinds.map((k) => [k.name, k]));
  const out = [];
  for (const v of verbs) {
    out.push('', `  // ${v.group}: one helper per message kind (src/client/messageKinds.json)`);
    for (const kind of kinds) {
      const name = `${v.verb}${kind.name}`;
      const targetArg = v.target ? v.target.name : 'undefined';
      out.push('');
      if (kind.aliasOf) {
        const base = byName[kind.aliasOf];
        const args = [...(v.target ? [v.target.name] : []), ...base.params.map((p) => p.name), 'options'];
        out.push(...doc([`Same as {@link LineClient.${v.verb}${base.name}}.`, '', ...docLines(v, base, base.params).slice(2)]));
        out.push(`  ${name}(${signature(v, base, base.params)}): ${v.returns} {`);
        out.push(`    return this.${v.verb}${base.name}(${args.join(', ')});`);
      } else if (kind.legacy) {
        out.push(...doc(docLines(v, kind, kind.params)));
        out.push(`  ${name}(${signature(v, kind, kind.params)}): ${v.returns};`);
        out.push(...doc(docLines(v, kind, kind.legacy, { legacy: true })));
        out.push(`  ${name}(${signature(v, kind, kind.legacy)}): ${v.returns};`);
        out.push(`  ${name}(${v.target ? `${v.target.name}: ${v.target.type}, ` : ''}...args: unknown[]): ${v.returns} {`);
        out.push(`    return sendOne(this, '${v.verb}', ${targetArg}, '${kind.name}', args);`);
      } else {
        out.push(...doc(docLines(v, kind, kind.params)));
        out.push(`  ${name}(${signature(v, kind, kind.params)}): ${v.returns} {`);
        out.push(`    return sendOne(this, '${v.verb}', ${targetArg}, '${kind.name}', [${[...kind.params.map((p) => p.name), 'options'].join(', ')}]);`);
      }
      out.push('  }');
    }
  }
  return out;
}

function render() {
  const modules = readDomains();
  const table = JSON.parse(fs.readFileSync(TABLE, 'utf8'));
  const lines = [
    '// GENERATED by scripts/gen-client.js from src/api/*.ts and src/client/messageKinds.json; do not edit.',
    '// Change a domain module or the message-kind table, then run `npm run gen` (`npm test` fails while this is stale).',
    "import type { Readable } from 'node:stream';",
    '',
    "import type * as LineTypes from '../LineTypes';",
    ...modules.map(({ mod }) => `import * as ${mod}Api from '../api/${mod}';`),
    "import type { ApiClient } from './context';",
    "import { sendOne } from './senders';",
    '',
    '/**',
    ' * The methods of {@link LineClient} that call LINE\'s API, one per operation, grouped by LINE\'s API domains',
    ' * (src/api/*.ts), and the per-message-kind send helpers. Use {@link LineClient}: this base class is generated and',
    ' * has no state of its own.',
    ' */',
    'export class LineClientApi implements ApiClient {',
    ...renderDomainMethods(modules).slice(1),
    ...renderSenders(table),
    '}',
    '',
  ];
  return lines.join('\n');
}

if (require.main === module) {
  const at = process.argv.indexOf('--file');
  const file = at > 0 ? path.resolve(process.argv[at + 1]) : OUT;
  const next = render();
  const name = path.relative(ROOT, file);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${name} is stale: run \`npm run gen\`.`);
      process.exit(1);
    }
    console.log(`${name} is up to date`);
  } else {
    fs.writeFileSync(file, next);
    console.log(`wrote ${name}`);
  }
}

module.exports = { render };
