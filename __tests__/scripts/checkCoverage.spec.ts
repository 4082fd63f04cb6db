import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as pkg from '../../src';

interface Row {
  file: string;
  operationId: string;
  covered: boolean;
  by: string;
}
interface Result {
  files: string[];
  rows: Row[];
  uncovered: Row[];
}
interface CheckCoverage {
  COVERAGE: Record<string, string>;
  scanOperationIds(dir: string): { files: string[]; operations: { file: string; operationId: string }[] };
  checkCoverage(dir: string, pkg: object, coverage?: Record<string, string>): Result;
  formatTable(result: Result): string;
  main(argv: string[]): number;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const script = require('../../scripts/check-coverage.js') as CheckCoverage;

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'line-openapi-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(file: string, text: string): void {
  fs.writeFileSync(path.join(dir, file), text);
}

const SPEC = `openapi: 3.0.0
paths:
  "/v2/bot/message/push":
    post:
      operationId: pushMessage
  "/v2/bot/chat/loading/start":
    post:
      operationId: "showLoadingAnimation"   # quoted, with a comment
  "/oauth2/v3/token":
    post:
      operationId: 'issueStatelessChannelToken'
  "/callback":
    post:
      operationId: callback
`;

describe('check-coverage', () => {
  test('every mapped method exists on LineClient (and the webhook export exists)', () => {
    const missing = Object.entries(script.COVERAGE).filter(([, target]) =>
      target.startsWith('export:')
        ? typeof (pkg as Record<string, unknown>)[target.slice(7)] !== 'function'
        : typeof (pkg.LineClient.prototype as unknown as Record<string, unknown>)[target] !== 'function',
    );
    expect(missing).toEqual([]);
    // LINE's 9 spec files hold 111 operations (webhook.yml's callback included).
    expect(Object.keys(script.COVERAGE)).toHaveLength(111);
  });

  test('reads operationIds line by line (quotes and comments) and reports all covered', () => {
    write('a.yml', SPEC);
    write('notes.txt', 'operationId: ignored');
    const result = script.checkCoverage(dir, pkg);
    expect(result.files).toEqual(['a.yml']);
    expect(result.rows).toEqual([
      { file: 'a.yml', operationId: 'pushMessage', covered: true, by: 'LineClient#push' },
      { file: 'a.yml', operationId: 'showLoadingAnimation', covered: true, by: 'LineClient#showLoadingAnimation' },
      { file: 'a.yml', operationId: 'issueStatelessChannelToken', covered: true, by: 'LineClient#issueStatelessChannelAccessToken' },
      { file: 'a.yml', operationId: 'callback', covered: true, by: 'parseWebhook (webhook module)' },
    ]);
    expect(result.uncovered).toEqual([]);
    expect(script.formatTable(result)).toMatch(/4 of 4 operations covered in 1 file\(s\)\./);
  });

  test('reads flow-style operationIds (after { or ,), several on a line', () => {
    write(
      'flow.yml',
      [
        'paths:',
        '  /v2/bot/message/push: { post: { operationId: pushMessage, summary: Push } }',
        '  /v2/bot/info: { get: { summary: "Bot info", operationId: "getBotInfo" } }',
        '  /a: { get: {operationId: getProfile}, delete: {"operationId": \'leaveGroup\'} }',
        '  /b: { get: { description: "not an operationId: notOne", summary: x } }',
        '  /c:',
        '    get:',
        '      x-note: see operationId: notTwo',
        '      operationId: getFollowers # block style, with a comment',
      ].join('\n'),
    );
    expect(script.scanOperationIds(dir).operations.map((o) => o.operationId)).toEqual([
      'pushMessage',
      'getBotInfo',
      'getProfile',
      'leaveGroup',
      'getFollowers',
    ]);
  });

  test('an unknown operationId, or a mapped method that does not exist, is uncovered', () => {
    write('a.yml', SPEC);
    write('b.yaml', '      operationId: brandNewOperation\n');
    const result = script.checkCoverage(dir, pkg, { ...script.COVERAGE, pushMessage: 'pushViaCarrierPigeon' });
    expect(result.uncovered.map((r) => [r.file, r.operationId, r.by])).toEqual([
      ['a.yml', 'pushMessage', 'LineClient#pushViaCarrierPigeon (missing)'],
      ['b.yaml', 'brandNewOperation', '(no method mapped)'],
    ]);
    expect(script.formatTable(result)).toMatch(/Uncovered: pushMessage \(a\.yml\), brandNewOperation \(b\.yaml\)/);
  });

  test('usage errors exit with 2', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(script.main([])).toBe(2);
      expect(script.main([path.join(dir, 'nope')])).toBe(2);
      expect(script.main([dir])).toBe(2);
      expect(error).toHaveBeenLastCalledWith(`check-coverage: no *.yml file in ${dir}`);
    } finally {
      error.mockRestore();
    }
  });

  test('a directory whose yml files hold no operationId exits with 2 and says so', () => {
    write('README.yml', 'title: not an OpenAPI spec\n');
    write('other.yaml', 'openapi: 3.0.0\npaths: {}\n');
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(script.main([dir])).toBe(2);
      expect(error).toHaveBeenCalledTimes(1);
      expect(error.mock.calls[0][0]).toMatch(/^check-coverage: no operationId found in the 2 \*\.yml file\(s\) of /);
      expect(log).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
      log.mockRestore();
    }
  });
});
