/**
 * webhookHandler: the fetch-standard endpoint (Request → Response, Web Crypto), its answers, channels chosen by
 * destination, the LINE console's Verify request, and the options it shares with middleware().
 */
import http from 'node:http';

import { LineError, middleware, webhookHandler, type WebhookRequestBody } from '../../src';
import { isVerifyRequest } from '../../src/webhook/options';
import { DESTINATION, signedWebhook, textMessageBody, VERIFY_BODY } from '../examples/support';
import { ESCAPED_EMOJI_BODY, listen, OLD_SECRET, post, SECRET, sign } from './helpers';

const OTHER = `U${'e'.repeat(32)}`;
const OTHER_SECRET = 'other-channel-secret-00000000000';

function request(body: string, headers: Record<string, string> = {}, init: RequestInit = {}): Request {
  return new Request('http://127.0.0.1/webhook', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, ...init });
}

function signed(body: string, secret = SECRET): Request {
  return request(body, { 'x-line-signature': sign(body, secret) });
}

const BODY = JSON.stringify(textMessageBody('0123456789abcdef0123456789abcdef'));

describe('webhookHandler', () => {
  it('answers 200 and calls onEvents once with the typed body and the request', async () => {
    const onEvents = jest.fn();
    const req = signed(ESCAPED_EMOJI_BODY);
    const res = await webhookHandler({ channelSecret: SECRET, onEvents })(req);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('OK');
    expect(onEvents).toHaveBeenCalledTimes(1);
    const [body, context] = onEvents.mock.calls[0] as [WebhookRequestBody, { request: Request; destination: string }];
    expect(body).toEqual(JSON.parse(ESCAPED_EMOJI_BODY));
    expect(context.request).toBe(req);
    expect(context.destination).toBe(body.destination);
  });

  it.each([
    ['missing', {}],
    ['empty', { 'x-line-signature': '' }],
    ['wrong', { 'x-line-signature': sign(BODY, 'not-the-secret') }],
    ['malformed', { 'x-line-signature': 'abc' }],
    ['non-base64 of the right length', { 'x-line-signature': '!'.repeat(43) + '=' }],
  ])('answers 401 for a %s signature and never calls onEvents', async (_, headers) => {
    const onEvents = jest.fn();
    const onError = jest.fn();
    const res = await webhookHandler({ channelSecret: SECRET, onEvents, onError })(request(BODY, headers));
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).toMatch(/x-line-signature/);
    expect(text).not.toContain(SECRET);
    expect(onEvents).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('answers 401 for a body changed after signing', async () => {
    const onEvents = jest.fn();
    const res = await webhookHandler({ channelSecret: SECRET, onEvents })(request(BODY.replace('hello', 'HELLO'), { 'x-line-signature': sign(BODY, SECRET) }));
    expect(res.status).toBe(401);
    expect(onEvents).not.toHaveBeenCalled();
  });

  it('accepts any of several secrets (rotation)', async () => {
    const onEvents = jest.fn();
    const handler = webhookHandler({ channelSecret: [SECRET, OLD_SECRET], onEvents });
    expect((await handler(signed(BODY, OLD_SECRET))).status).toBe(200);
    expect((await handler(signed(BODY, SECRET))).status).toBe(200);
    expect(onEvents).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['not JSON', 'not json'],
    ['not an object', '[1,2]'],
    ['without events', '{"destination":"x"}'],
  ])('answers 400 for a signed body that is %s', async (_, body) => {
    const onEvents = jest.fn();
    const res = await webhookHandler({ channelSecret: SECRET, onEvents })(signed(body));
    expect(res.status).toBe(400);
    expect(onEvents).not.toHaveBeenCalled();
  });

  it.each(['GET', 'PUT', 'DELETE'])('answers 405 with Allow: POST for %s', async (method) => {
    const onEvents = jest.fn();
    const init: RequestInit = { method };
    const res = await webhookHandler({ channelSecret: SECRET, onEvents })(
      new Request('http://127.0.0.1/webhook', method === 'GET' ? init : { ...init, body: BODY }),
    );
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(onEvents).not.toHaveBeenCalled();
  });

  it('answers 413 over maxBodySize, by content-length and by the bytes read', async () => {
    const onEvents = jest.fn();
    const handler = webhookHandler({ channelSecret: SECRET, onEvents, maxBodySize: 100 });
    expect((await handler(signed(BODY))).status).toBe(413);
    // A streamed body with no content-length.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(50)));
        controller.close();
      },
    });
    const streamed = new Request('http://127.0.0.1/webhook', { method: 'POST', body: stream, duplex: 'half', headers: { 'x-line-signature': sign('x', SECRET) } } as RequestInit);
    expect((await handler(streamed)).status).toBe(413);
    expect(onEvents).not.toHaveBeenCalled();
  });

  it('answers 500 with a generic text when onEvents rejects, and reports the error', async () => {
    const failure = new Error(`database down (${SECRET})`);
    const onError = jest.fn();
    const res = await webhookHandler({ channelSecret: SECRET, onEvents: () => Promise.reject(failure), onError })(signed(BODY));
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal Server Error');
    expect(onError).toHaveBeenCalledWith(failure, expect.any(Request));
  });

  it('answers with the Response onEvents returns', async () => {
    const res = await webhookHandler({ channelSecret: SECRET, onEvents: () => new Response('queued', { status: 202 }) })(signed(BODY));
    expect(res.status).toBe(202);
    expect(await res.text()).toBe('queued');
  });

  it('a throwing onError does not change the answer', async () => {
    const res = await webhookHandler({ channelSecret: SECRET, onEvents: jest.fn(), onError: () => { throw new Error('logger'); } })(request(BODY));
    expect(res.status).toBe(401);
  });

  it('explains a body that was already read', async () => {
    const req = signed(BODY);
    await req.text();
    const res = await webhookHandler({ channelSecret: SECRET, onEvents: jest.fn() })(req);
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/already read/);
  });
});

describe("the LINE console's Verify request", () => {
  const zeros = { destination: DESTINATION, events: [{ type: 'message', replyToken: '0'.repeat(32), message: { type: 'text', id: '1', text: 'x' } }] };
  const effs = { destination: DESTINATION, events: [{ type: 'message', replyToken: 'f'.repeat(32) }, { type: 'message', replyToken: 'F'.repeat(32) }] };

  it.each([
    ['an empty events array', VERIFY_BODY],
    ['reply tokens of zeros', zeros],
    ["reply tokens of f's", effs],
  ])('%s is answered 200 without calling onEvents, and delivered when asked', async (_, body) => {
    const text = JSON.stringify(body);
    expect(isVerifyRequest(body as WebhookRequestBody)).toBe(true);
    const onEvents = jest.fn();
    expect((await webhookHandler({ channelSecret: SECRET, onEvents })(signed(text))).status).toBe(200);
    expect(onEvents).not.toHaveBeenCalled();
    expect((await webhookHandler({ channelSecret: SECRET, onEvents, deliverVerifyRequests: true })(signed(text))).status).toBe(200);
    expect(onEvents).toHaveBeenCalledTimes(1);
  });

  it('a real event among them is not a Verify request', () => {
    expect(isVerifyRequest(textMessageBody('0123456789abcdef0123456789abcdef') as unknown as WebhookRequestBody)).toBe(false);
    expect(isVerifyRequest({ destination: 'x', events: [{ type: 'unfollow' }] } as unknown as WebhookRequestBody)).toBe(false);
  });

  it('is still signature-checked', async () => {
    const onEvents = jest.fn();
    expect((await webhookHandler({ channelSecret: SECRET, onEvents })(request(JSON.stringify(VERIFY_BODY)))).status).toBe(401);
  });
});

describe('one endpoint for several channels (chosen by destination)', () => {
  const forChannel = (destination: string, secret: string): Request => {
    const body = JSON.stringify({ ...textMessageBody('0123456789abcdef0123456789abcdef'), destination });
    return signed(body, secret);
  };

  it('checks each channel with its own secret and calls its own handler', async () => {
    const first = jest.fn();
    const second = jest.fn();
    const handler = webhookHandler({
      channels: { [DESTINATION]: { channelSecret: SECRET, onEvents: first }, [OTHER]: { channelSecret: [OTHER_SECRET, OLD_SECRET] } },
      onEvents: second,
    });
    expect((await handler(forChannel(DESTINATION, SECRET))).status).toBe(200);
    expect((await handler(forChannel(OTHER, OLD_SECRET))).status).toBe(200);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect((second.mock.calls[0] as [WebhookRequestBody])[0].destination).toBe(OTHER);
    // Another channel's secret, an unknown destination, or no readable destination: 401.
    expect((await handler(forChannel(DESTINATION, OTHER_SECRET))).status).toBe(401);
    expect((await handler(forChannel(`U${'a'.repeat(32)}`, SECRET))).status).toBe(401);
    expect((await handler(signed('not json'))).status).toBe(401);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('works the same in middleware()', async () => {
    const seen: string[] = [];
    const server = await listen(
      middleware({
        channels: { [DESTINATION]: { channelSecret: SECRET }, [OTHER]: { channelSecret: OTHER_SECRET } },
        onEvents: (body) => void seen.push(body.destination),
      }) as http.RequestListener,
    );
    try {
      const a = signedWebhook({ ...textMessageBody('0123456789abcdef0123456789abcdef'), destination: OTHER }, OTHER_SECRET);
      expect((await post(server.url, a.body, a.headers)).status).toBe(200);
      const b = signedWebhook({ ...textMessageBody('0123456789abcdef0123456789abcdef'), destination: OTHER }, SECRET);
      expect((await post(server.url, b.body, b.headers)).status).toBe(401);
      const verify = signedWebhook(VERIFY_BODY, SECRET);
      expect((await post(server.url, verify.body, verify.headers)).status).toBe(200);
      expect(seen).toEqual([OTHER]);
    } finally {
      await server.close();
    }
  });
});

describe('options (shared with middleware)', () => {
  it.each([
    ['no secret', { onEvents: jest.fn() }],
    ['an empty secret', { channelSecret: '', onEvents: jest.fn() }],
    ['both channelSecret and channels', { channelSecret: SECRET, channels: { [DESTINATION]: { channelSecret: SECRET } }, onEvents: jest.fn() }],
    ['empty channels', { channels: {}, onEvents: jest.fn() }],
    ['a channel without a secret', { channels: { [DESTINATION]: { channelSecret: '' } }, onEvents: jest.fn() }],
    ['a bad maxBodySize', { channelSecret: SECRET, maxBodySize: 0, onEvents: jest.fn() }],
    ['a non-function onEvents', { channelSecret: SECRET, onEvents: 'x' }],
  ])('%s throws a LineError naming the function, in both', (_, options) => {
    for (const create of [webhookHandler, middleware] as Array<(o: never) => unknown>) {
      expect(() => create(options as never)).toThrow(LineError);
    }
    expect(() => webhookHandler(options as never)).toThrow(/^webhookHandler\(\)/);
    expect(() => middleware(options as never)).toThrow(/^middleware\(\)/);
  });

  it('webhookHandler needs onEvents (top level or every channel)', () => {
    expect(() => webhookHandler({ channelSecret: SECRET })).toThrow(/onEvents is required/);
    expect(() => webhookHandler({ channels: { [DESTINATION]: { channelSecret: SECRET } } })).toThrow(/onEvents is required/);
  });
});
