/**
 * The loadingAnimation domain (the loading animation): every LineClient method on the wire (host, method, path,
 * query, headers, body) and its shaped result, plus the argument checks that send nothing.
 */
import { LineValidationError } from '../../src';
import { intercept, makeClient } from '../support/interceptAt';
import { describeRows, type OperationRow } from '../support/wire';

const rows: OperationRow[] = [
  {
    name: 'showLoadingAnimation',
    call: (c) => c.showLoadingAnimation('U1', { loadingSeconds: 15 }),
    method: 'POST',
    path: '/v2/bot/chat/loading/start',
    body: { chatId: 'U1', loadingSeconds: 15 },
    reply: {},
    result: {},
  },
  {
    name: 'showLoadingAnimation without seconds',
    call: (c) => c.showLoadingAnimation('U1'),
    method: 'POST',
    path: '/v2/bot/chat/loading/start',
    body: { chatId: 'U1' },
    reply: {},
    result: {},
  },
];

describeRows('loadingAnimation: exact wire and shaped result', rows);

describe('argument checks send nothing', () => {
  test.each([5, 10, 60])('showLoadingAnimation accepts %i seconds', async (loadingSeconds) => {
    const captured = intercept('POST', 'api', '/v2/bot/chat/loading/start', { status: 202, body: {} });
    await makeClient().showLoadingAnimation('U1', { loadingSeconds });
    expect(captured[0].body).toEqual({ chatId: 'U1', loadingSeconds });
  });

  test.each([0, 4, 7, 65, 12.5])('showLoadingAnimation rejects %p seconds', async (loadingSeconds) => {
    await expect(makeClient().showLoadingAnimation('U1', { loadingSeconds })).rejects.toBeInstanceOf(LineValidationError);
  });
});
