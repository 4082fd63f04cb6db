import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { findCycles, importGraph } from './support/importGraph';

describe('import graph of src/', () => {
  it('has no import cycle (type-only imports included)', () => {
    const graph = importGraph(path.join(__dirname, '..', 'src'));
    expect(graph.size).toBeGreaterThan(50);
    expect(findCycles(graph, path.join(__dirname, '..'))).toEqual([]);
  });

  it('the messages/templates types no longer import each other', () => {
    const types = path.join(__dirname, '..', 'src', 'types');
    const graph = importGraph(path.join(__dirname, '..', 'src'));
    expect(graph.get(path.join(types, 'messages.ts'))).toContain(path.join(types, 'templates.ts'));
    expect(graph.get(path.join(types, 'templates.ts'))).not.toContain(path.join(types, 'messages.ts'));
  });

  describe('the check itself', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cycles-'));
    });
    afterEach(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const write = (name: string, text: string): void => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    };

    it('finds a cycle made of type-only imports and re-exports, and names its files', () => {
      write('a.ts', "import type { B } from './b';\nexport type A = { b?: B };\n");
      write('b.ts', "export type * from './sub/c';\nexport type B = { c?: number };\n");
      write('sub/c.ts', "import type { A } from '../a';\nexport type C = A;\n");
      write('leaf.ts', "import { x } from './free';\nexport const y = x;\n");
      write('free.ts', 'export const x = 1;\n');
      expect(findCycles(importGraph(dir), dir)).toEqual([`a.ts → b.ts → ${path.join('sub', 'c.ts')} → a.ts`]);
    });

    it('finds a module importing itself, and ignores require() inside functions and packages', () => {
      write('self.ts', "import './self';\nexport function load(): unknown { return require('./lazy'); }\n");
      write('lazy.ts', "import 'typescript';\nimport './self';\nexport const z = 1;\n");
      expect(findCycles(importGraph(dir), dir)).toEqual(['self.ts → self.ts']);
    });
  });
});
