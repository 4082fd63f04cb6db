/**
 * replyToEvent against the dummy LINE server: the opt-in push fallback for a spent or expired reply token, more
 * than 5 messages as a reply of 5 plus pushes of the rest in order, and the checks before anything is sent.
 */
import { Line, LineApiError, LineClient, LineValidationError, replyToEvent } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { startDummyLine, USER_ID } from '../examples/support';

const GROUP = `C${'2'.repeat(32)}`;
let line: DummyLineServer;
let client: LineClient;

beforeAll(async () => {
  line = await startDummyLine();
  client = new LineClient({ accessToken: line.accessToken, origin: line.origin, dataOrigin: line.dataOrigin });
});
afterAll(() => line.close());
afterEach(() => {
  line.reset();
  jest.restoreAllMocks();
});

const texts = (n: number, from = 1) => Array.from({ length: n }, (_, i) => Line.createText(`m${from + i}`));
const userEvent = (replyToken?: string) => ({ replyToken, source: { type: 'user' as const, userId: USER_ID } });
const sent = () => line.deliveries.map((d) => ({ kind: d.kind, texts: d.messages.map((m) => (m as { text?: string }).text) }));

describe('replyToEvent', () => {
  it('without options is a reply', async () => {
    const result = await replyToEvent(client, userEvent(line.issueReplyToken(USER_ID)), texts(2));
    expect(result).toEqual({ replied: 2, pushed: 0 });
    expect(sent()).toEqual([{ kind: 'reply', texts: ['m1', 'm2'] }]);
  });

  it('without pushWhenReplyFails, a spent token fails as LINE answers and nothing is pushed', async () => {
    await expect(replyToEvent(client, userEvent('spent-reply-token-000000000000000'), texts(1))).rejects.toMatchObject({ status: 400, lineMessage: 'Invalid reply token' });
    expect(sent()).toEqual([]);
  });

  it('with pushWhenReplyFails, a spent token pushes the messages to the source instead', async () => {
    const push = jest.spyOn(client, 'push');
    const result = await replyToEvent(client, userEvent('spent-reply-token-000000000000000'), texts(2), { pushWhenReplyFails: true });
    expect(result).toEqual({ replied: 0, pushed: 2, pushedTo: USER_ID });
    expect(sent()).toEqual([{ kind: 'push', texts: ['m1', 'm2'] }]);
    expect(push).toHaveBeenCalledWith(USER_ID, texts(2));
  });

  it('an expired token falls back too (dummy server with a reply token TTL)', async () => {
    const expiring = await (await import('../../src/testing')).createDummyLineServer({ followers: [USER_ID], replyTokenTtlMs: 1 });
    try {
      const c = new LineClient({ accessToken: expiring.accessToken, origin: expiring.origin });
      const token = expiring.issueReplyToken(USER_ID);
      await new Promise((r) => setTimeout(r, 20));
      expect(await replyToEvent(c, userEvent(token), texts(1), { pushWhenReplyFails: true })).toEqual({ replied: 0, pushed: 1, pushedTo: USER_ID });
    } finally {
      await expiring.close();
    }
  });

  it('with pushOverflow, 12 messages go as a reply of 5 and pushes of 5 and 2, in order', async () => {
    const result = await replyToEvent(client, userEvent(line.issueReplyToken(USER_ID)), texts(12), { pushOverflow: true });
    expect(result).toEqual({ replied: 5, pushed: 7, pushedTo: USER_ID });
    expect(sent()).toEqual([
      { kind: 'reply', texts: ['m1', 'm2', 'm3', 'm4', 'm5'] },
      { kind: 'push', texts: ['m6', 'm7', 'm8', 'm9', 'm10'] },
      { kind: 'push', texts: ['m11', 'm12'] },
    ]);
    expect(line.messagesTo(USER_ID).map((m) => (m as { text?: string }).text)).toEqual(texts(12).map((m) => m.text));
  });

  it('both: a spent token with 7 messages pushes all 7, in order', async () => {
    await replyToEvent(client, userEvent('spent-reply-token-000000000000000'), texts(7), { pushOverflow: true, pushWhenReplyFails: true });
    expect(sent()).toEqual([
      { kind: 'push', texts: ['m1', 'm2', 'm3', 'm4', 'm5'] },
      { kind: 'push', texts: ['m6', 'm7'] },
    ]);
  });

  it('pushes to the group of a group event', async () => {
    const fake = { reply: jest.fn().mockRejectedValue(Object.assign(new Error('x'), { status: 400, lineMessage: 'Invalid reply token' })), push: jest.fn().mockResolvedValue({}) };
    await replyToEvent(fake, { replyToken: 'rt', source: { type: 'group', groupId: GROUP, userId: USER_ID } }, texts(1), { pushWhenReplyFails: true });
    expect(fake.push).toHaveBeenCalledWith(GROUP, texts(1));
  });

  it('another reply error is never turned into a push', async () => {
    line.faults.add({ route: 'POST /v2/bot/message/reply', status: 500, times: 10 });
    const push = jest.spyOn(client, 'push');
    await expect(replyToEvent(client, userEvent(line.issueReplyToken(USER_ID)), texts(1), { pushWhenReplyFails: true })).rejects.toBeInstanceOf(LineApiError);
    expect(push).not.toHaveBeenCalled();
  });

  it.each([
    ['no messages', userEvent('rt'), [], {}],
    ['more than 5 without pushOverflow', userEvent('rt'), texts(6), {}],
    ['no reply token without pushWhenReplyFails', userEvent(undefined), texts(1), {}],
    ['a push needed and no source', { replyToken: 'rt' }, texts(6), { pushOverflow: true }],
  ])('%s: LineValidationError, nothing sent', async (_, event, messages, options) => {
    const fake = { reply: jest.fn(), push: jest.fn() };
    await expect(replyToEvent(fake, event, messages, options)).rejects.toBeInstanceOf(LineValidationError);
    expect(fake.reply).not.toHaveBeenCalled();
    expect(fake.push).not.toHaveBeenCalled();
  });
});
