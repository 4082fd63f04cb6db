/**
 * Every LineClient member is exercised by the integration suite, or exempted here with a reason.
 *
 * The other files of this folder are read with the TypeScript parser: a prototype method counts as exercised when
 * some file calls `<anything>.<name>(…)` (a getter: reads `<anything>.<name>`; the constructor: `new LineClient(…)`),
 * and a static method when some file calls `LineClient.<name>(…)`. Private members (found in src/LineClient.ts by
 * their `private` modifier) are not public surface; the domain methods come from the generated base class. A new public method without an integration test fails here.
 *
 * Methods the dummy LINE platform does not serve are exempted with their endpoint; that exemption is checked to be
 * still true (no dummy route has that method, host and path), so when the dummy gains the route, this test asks for
 * the integration test instead.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { LineClient } from '../../src';
import { allRoutes } from '../../src/testing/routes';

type Exemption = { reason: string; endpoint?: string };

/**
 * Public prototype members that no integration test calls, and why. Empty today: the dummy LINE platform serves every
 * endpoint of the client. An entry looks like
 * `someMethod: { reason: 'the dummy LINE platform has no route for it', endpoint: 'GET api /v2/bot/some/{id}' }`.
 */
const EXEMPT: Record<string, Exemption> = {};

/** Static methods that no integration test calls, and why (same form). Empty today. */
const EXEMPT_STATIC: Record<string, Exemption> = {};

const SRC = join(__dirname, '..', '..', 'src', 'LineClient.ts');

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Members of `class LineClient` declared `private`, split into instance and static. */
function privateMembers(): { instance: Set<string>; statics: Set<string> } {
  const instance = new Set<string>();
  const statics = new Set<string>();
  walk(parse(SRC), (node) => {
    if (!ts.isClassDeclaration(node) || node.name?.text !== 'LineClient') return;
    for (const member of node.members) {
      const mods = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
      if (!member.name || !ts.isIdentifier(member.name)) continue;
      if (!mods.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) continue;
      (mods.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ? statics : instance).add(member.name.text);
    }
  });
  return { instance, statics };
}

/** What the integration files call: `x.name(…)`, reads of `x.name`, `LineClient.name(…)` and `new LineClient(…)`. */
function usage(): { called: Set<string>; read: Set<string>; staticCalled: Set<string>; constructed: boolean } {
  const called = new Set<string>();
  const read = new Set<string>();
  const staticCalled = new Set<string>();
  let constructed = false;
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && f !== 'surface.spec.ts');
  for (const file of files) {
    walk(parse(join(__dirname, file)), (node) => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'LineClient') constructed = true;
      if (!ts.isPropertyAccessExpression(node)) return;
      const name = node.name.text;
      read.add(name);
      if (ts.isCallExpression(node.parent) && node.parent.expression === node) {
        called.add(name);
        if (ts.isIdentifier(node.expression) && node.expression.text === 'LineClient') staticCalled.add(name);
      }
    });
  }
  return { called, read, staticCalled, constructed };
}

/** `METHOD host /path/{param}` with parameter names erased. */
function normalise(endpoint: string): string {
  return endpoint.replace(/\{[^}]+\}/g, '{}');
}

describe('LineClient surface coverage', () => {
  const priv = privateMembers();
  const used = usage();
  // The class and its generated base (src/client/LineClientApi.ts): every method a client has.
  const chain = [LineClient.prototype, Object.getPrototypeOf(LineClient.prototype) as object];
  const names = [...new Set(chain.flatMap((p) => Object.getOwnPropertyNames(p)))];
  const staticNames = Object.getOwnPropertyNames(LineClient).filter((n) => !['length', 'name', 'prototype'].includes(n));

  it('finds the class, its generated base and a plausible surface', () => {
    expect(names.length).toBeGreaterThan(150);
    expect(chain[1]).not.toBe(Object.prototype);
    // The request helpers are module functions (src/client/core.ts), not members.
    for (const helper of ['request', 'json', 'or404', 'sendOne']) expect(names).not.toContain(helper);
    expect(used.called.size).toBeGreaterThan(100);
  });

  it('every public prototype member is exercised by an integration test, or exempted with a reason', () => {
    const missing = names.filter((name) => {
      if (priv.instance.has(name) || EXEMPT[name]) return false;
      if (name === 'constructor') return !used.constructed;
      const descriptor = chain.map((p) => Object.getOwnPropertyDescriptor(p, name)).find(Boolean);
      if (descriptor?.get) return !used.read.has(name);
      return !used.called.has(name);
    });
    expect(missing).toEqual([]);
  });

  it('every public static method is exercised, or exempted with a reason', () => {
    const missing = staticNames.filter((name) => !priv.statics.has(name) && !EXEMPT_STATIC[name] && !used.staticCalled.has(name));
    expect(missing).toEqual([]);
  });

  it('exemptions are current: each names a public member that no test calls, with a reason', () => {
    for (const [name, exemption] of Object.entries(EXEMPT)) {
      expect({ name, exists: names.includes(name), private: priv.instance.has(name), called: used.called.has(name) }).toEqual({
        name,
        exists: true,
        private: false,
        called: false,
      });
      expect(exemption.reason.length).toBeGreaterThan(10);
    }
    for (const name of Object.keys(EXEMPT_STATIC)) {
      expect({ name, exists: staticNames.includes(name), called: used.staticCalled.has(name) }).toEqual({ name, exists: true, called: false });
    }
  });

  it('the dummy platform still lacks each exempted endpoint (add an integration test when it gains one)', () => {
    const served = new Set(allRoutes.map((r) => normalise(`${r.method} ${r.host} ${r.path}`)));
    const nowServed = Object.entries(EXEMPT)
      .filter(([, e]) => e.endpoint && served.has(normalise(e.endpoint)))
      .map(([name, e]) => `${name}: ${e.endpoint}`);
    expect(nowServed).toEqual([]);
  });
});
