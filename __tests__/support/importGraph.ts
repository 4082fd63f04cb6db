// The static import graph of a source tree, read with the TypeScript compiler (already a dev dependency), and its
// cycles. Every `import`/`export ... from`/`import x = require()` counts, type-only ones included: a type-only
// cycle is still a knot a reader has to untie. Calls of `require()`/`import()` inside functions (the lazily
// loaded heavy pieces) are not edges: they run on first use, not when the module loads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/** Module file → the files of the same tree it imports. */
export type ImportGraph = Map<string, string[]>;

const COMPILER_OPTIONS: ts.CompilerOptions = { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, allowJs: false };

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

function specifiers(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      found.push(statement.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference) && ts.isStringLiteral(statement.moduleReference.expression)) {
      found.push(statement.moduleReference.expression.text);
    }
  }
  return found;
}

/** The import graph of every `.ts` file under `root`, edges limited to files under `root`. */
export function importGraph(root: string): ImportGraph {
  const base = path.resolve(root);
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(base)) {
    const targets = new Set<string>();
    for (const spec of specifiers(file)) {
      const resolved = ts.resolveModuleName(spec, file, COMPILER_OPTIONS, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const target = path.resolve(resolved.resolvedFileName);
      if (target.startsWith(base + path.sep) && !target.endsWith('.d.ts')) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * Every cycle of the graph, one per strongly connected component (Tarjan), each as a closed path of file names
 * relative to `relativeTo` (`a → b → a`). Empty when the graph has no cycle.
 */
export function findCycles(graph: ImportGraph, relativeTo = process.cwd()): string[] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = component.length === 1 && (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);

  return components.map((component) => {
    // Walk one concrete loop inside the component, from its first file in sort order, for a readable message.
    const members = new Set(component);
    const start = [...component].sort()[0];
    const pathTaken = [start];
    const seen = new Set([start]);
    let current = start;
    for (let steps = 0; steps < component.length; steps += 1) {
      const targets = (graph.get(current) ?? []).filter((t) => members.has(t));
      const onward = targets.find((t) => t === start) ?? targets.find((t) => !seen.has(t)) ?? targets[0];
      pathTaken.push(onward);
      if (onward === start || seen.has(onward)) break;
      seen.add(onward);
      current = onward;
    }
    return pathTaken.map((file) => path.relative(relativeTo, file)).join(' → ');
  });
}
