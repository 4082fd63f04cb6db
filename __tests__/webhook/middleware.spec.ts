import type { IncomingMessage, ServerResponse } from 'node:http';
import net from 'node:net';

import express, { type ErrorRequestHandler, type Request } from 'express';

import { LineError } from '../../src/errors';
import {
  LineSignatureError,
  LineWebhookBodyError,
  middleware,
  type WebhookIncomingMessage,
  type WebhookRequestBody,
} from '../../src/webhook';
import { ESCAPED_EMOJI_BODY, listen, type Listening, OLD_SECRET, post, readAll, SECRET, sign } from './helpers';

const EMOJI_TEXT = '\u{1F928} hi こん';
const signed = (body: string | Buffer, secret = SECRET): Record<string, string> => ({
  'x-line-signature': sign(body, secret),
});

function firstText(body: unknown): string | undefined {
  const [event] = (body as WebhookRequestBody).events;
  return event?.type === 'message' && event.message.type === 'text' ? event.message.text : undefined;
}

let server: Listening | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('middleware with express', () => {
  /** An app with the LINE middleware on /webhook, recording what reaches the route and the error handler. */
  function expressApp(
    before: express.RequestHandler[] = [],
    options: Partial<Parameters<typeof middleware>[0]> = {},
  ): { app: express.Express; seen: { body?: unknown; error?: unknown } } {
    const seen: { body?: unknown; error?: unknown } = {};
    const app = express();
    for (const m of before) app.use(m);
    app.post('/webhook', middleware({ channelSecret: SECRET, ...options } as Parameters<typeof middleware>[0]), (req: Request, res) => {
      seen.body = req.body;
      res.status(200).send('handled');
    });
    const onError: ErrorRequestHandler = (error: { statusCode?: number; message: string }, _req, res, _next) => {
      seen.error = error;
      res.status(error.statusCode ?? 500).send(error.message);
    };
    app.use(onError);
    return { app, seen };
  }

  it('reads the raw stream itself, validates the signature and sets the typed req.body', async () => {
    const { app, seen } = expressApp();
    server = await listen(app);
    const answer = await post(`${server.url}/webhook`, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(answer).toMatchObject({ status: 200, text: 'handled' });
    expect(seen.error).toBeUndefined();
    expect(firstText(seen.body)).toBe(EMOJI_TEXT);
  });

  it('reads a chunked body split inside a multi-byte character', async () => {
    const { app, seen } = expressApp();
    server = await listen(app);
    const raw = Buffer.from(ESCAPED_EMOJI_BODY.replace('hi', 'h\u{1F928}i'));
    const cut = raw.indexOf(Buffer.from('\u{1F928}')) + 2;
    const answer = await post(`${server.url}/webhook`, [raw.subarray(0, cut), raw.subarray(cut)], signed(raw), {
      contentLength: false,
    });
    expect(answer.status).toBe(200);
    expect(firstText(seen.body)).toBe(`\u{1F928} h\u{1F928}i こん`);
  });

  it('passes an explanatory LineWebhookBodyError to next(err) when express.json() ran first', async () => {
    const { app, seen } = expressApp([express.json()]);
    server = await listen(app);
    const answer = await post(`${server.url}/webhook`, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(answer.status).toBe(500);
    expect(seen.error).toBeInstanceOf(LineWebhookBodyError);
    expect(seen.error).toMatchObject({ reason: 'already-parsed' });
    expect(answer.text).toMatch(/req\.body is an already-parsed object/);
    expect(answer.text).toContain("express.raw({ type: 'application/json' })");
    expect(answer.text).not.toContain(SECRET);
    expect(seen.body).toBeUndefined();
  });

  it('still reads the stream when a JSON parser skipped a request of another content type', async () => {
    const { app, seen } = expressApp([express.json()]);
    server = await listen(app);
    const answer = await post(`${server.url}/webhook`, ESCAPED_EMOJI_BODY, {
      ...signed(ESCAPED_EMOJI_BODY),
      'content-type': 'text/plain',
    });
    expect(answer.status).toBe(200);
    expect(firstText(seen.body)).toBe(EMOJI_TEXT);
  });

  it('uses the Buffer from express.raw() and the string from express.text()', async () => {
    for (const parser of [express.raw({ type: 'application/json' }), express.text({ type: 'application/json' })]) {
      const { app, seen } = expressApp([parser]);
      server = await listen(app);
      const answer = await post(`${server.url}/webhook`, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
      expect(answer.status).toBe(200);
      expect(firstText(seen.body)).toBe(EMOJI_TEXT);
      await server.close();
      server = undefined;
    }
  });

  it('answers 401 through express error handling for a missing or wrong signature', async () => {
    const { app, seen } = expressApp();
    server = await listen(app);
    const missing = await post(`${server.url}/webhook`, ESCAPED_EMOJI_BODY);
    expect(missing.status).toBe(401);
    expect(seen.error).toBeInstanceOf(LineSignatureError);
    expect(seen.error).toMatchObject({ reason: 'missing' });

    const reserialised = JSON.stringify(JSON.parse(ESCAPED_EMOJI_BODY));
    const wrong = await post(`${server.url}/webhook`, reserialised, signed(ESCAPED_EMOJI_BODY));
    expect(wrong.status).toBe(401);
    expect(seen.error).toMatchObject({ reason: 'mismatch' });
    expect(seen.body).toBeUndefined();
  });

  it("answers 401 with express's default error handler too (statusCode on the error)", async () => {
    const app = express();
    app.post('/webhook', middleware({ channelSecret: SECRET }), (_req, res) => {
      res.sendStatus(200);
    });
    server = await listen(app);
    expect((await post(`${server.url}/webhook`, '{"events":[]}', signed('other'))).status).toBe(401);
  });

  it('answers 400 for a correctly signed body that is not JSON', async () => {
    const { app, seen } = expressApp();
    server = await listen(app);
    const answer = await post(`${server.url}/webhook`, '{"events": [', signed('{"events": ['));
    expect(answer.status).toBe(400);
    expect(seen.error).toMatchObject({ reason: 'invalid-json' });
  });

  it('answers 413 for a body over maxBodySize, declared or chunked', async () => {
    const { app, seen } = expressApp([], { maxBodySize: 1024 });
    server = await listen(app);
    const big = `{"events":[],"pad":"${'x'.repeat(3000)}"}`;
    const declared = await post(`${server.url}/webhook`, big, signed(big));
    expect(declared.status).toBe(413);
    expect(seen.error).toMatchObject({ reason: 'too-large', statusCode: 413 });

    const chunked = await post(`${server.url}/webhook`, [big.slice(0, 800), big.slice(800)], signed(big), {
      contentLength: false,
    });
    expect(chunked.status).toBe(413);

    // A body under the limit still works on the same app.
    const small = '{"destination":"U1","events":[]}';
    expect((await post(`${server.url}/webhook`, small, signed(small))).status).toBe(200);
  });

  it('accepts the old and the new secret during rotation', async () => {
    const { app } = expressApp([], { channelSecret: [SECRET, OLD_SECRET] });
    server = await listen(app);
    const url = `${server.url}/webhook`;
    expect((await post(url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY, OLD_SECRET))).status).toBe(200);
    expect((await post(url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY, SECRET))).status).toBe(200);
    expect((await post(url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY, 'retired'))).status).toBe(401);
  });

  it('with onEvents, answers 200 after the handler and hands its failure to next(err)', async () => {
    const received: WebhookRequestBody[] = [];
    let fail = false;
    const app = express();
    app.post(
      '/webhook',
      middleware({
        channelSecret: SECRET,
        onEvents: async (body) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (fail) throw new Error('database down');
          received.push(body);
        },
      }),
    );
    let seenError: unknown;
    const onError: ErrorRequestHandler = (error, _req, res, _next) => {
      seenError = error;
      res.sendStatus(503);
    };
    app.use(onError);
    server = await listen(app);
    const ok = await post(`${server.url}/webhook`, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(ok).toMatchObject({ status: 200, text: 'OK' });
    expect(firstText(received[0])).toBe(EMOJI_TEXT);

    fail = true;
    const failed = await post(`${server.url}/webhook`, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(failed.status).toBe(503);
    expect((seenError as Error).message).toBe('database down');
  });
});

describe('middleware with a plain node:http server', () => {
  it('answers 200 once onEvents resolved, with the typed body', async () => {
    const received: WebhookRequestBody[] = [];
    const handler = middleware({ channelSecret: SECRET, onEvents: (body) => void received.push(body) });
    server = await listen((req, res) => handler(req, res));
    const answer = await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(answer).toMatchObject({ status: 200, text: 'OK' });
    expect(received).toHaveLength(1);
    expect(firstText(received[0])).toBe(EMOJI_TEXT);
  });

  it('answers 401, 400 and 413 with the error message, and reports each to onError', async () => {
    const errors: unknown[] = [];
    const onEvents = jest.fn();
    const handler = middleware({
      channelSecret: SECRET,
      maxBodySize: 512,
      onEvents,
      onError: (error) => errors.push(error),
    });
    server = await listen((req, res) => handler(req, res));

    const missing = await post(server.url, '{"events":[]}');
    expect(missing.status).toBe(401);
    expect(missing.text).toMatch(/x-line-signature header is missing/);
    expect(missing.headers['content-type']).toBe('text/plain; charset=utf-8');

    const wrong = await post(server.url, '{"events":[]}', signed('{"events": []}'));
    expect(wrong.status).toBe(401);
    expect(wrong.text).toMatch(/does not match the request body/);

    const bad = await post(server.url, 'nope', signed('nope'));
    expect(bad.status).toBe(400);

    const big = 'x'.repeat(2000);
    const tooLarge = await post(server.url, big, signed(big));
    expect(tooLarge.status).toBe(413);
    const tooLargeChunked = await post(server.url, [big, big], signed(big + big), { contentLength: false });
    expect(tooLargeChunked.status).toBe(413);

    expect(onEvents).not.toHaveBeenCalled();
    expect(errors.map((e) => (e as { reason: string }).reason)).toEqual([
      'missing',
      'mismatch',
      'invalid-json',
      'too-large',
      'too-large',
    ]);
    for (const e of errors) expect((e as Error).message).not.toContain(SECRET);
  });

  it('answers with a content-length, not chunked (OK and error answers alike)', async () => {
    const handler = middleware({ channelSecret: SECRET, onEvents: () => undefined });
    server = await listen((req, res) => handler(req, res));
    const ok = await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(ok).toMatchObject({ status: 200, text: 'OK' });
    expect(ok.headers).toMatchObject({ 'content-type': 'text/plain; charset=utf-8', 'content-length': '2' });
    expect(ok.headers['transfer-encoding']).toBeUndefined();
    const missing = await post(server.url, ESCAPED_EMOJI_BODY);
    expect(missing.status).toBe(401);
    expect(missing.headers['content-length']).toBe(String(Buffer.byteLength(missing.text)));
    expect(missing.headers['transfer-encoding']).toBeUndefined();
  });

  it('reports read-failed and resolves when the client goes away mid-body, and reports nothing for complete bodies', async () => {
    const errors: unknown[] = [];
    const onEvents = jest.fn();
    const handler = middleware({ channelSecret: SECRET, onEvents, onError: (error) => errors.push(error) });
    const handled: Array<Promise<void>> = [];
    server = await listen((req, res) => void handled.push(handler(req, res)));

    // Several complete requests: the listeners that stay on them ('error', 'close') report nothing.
    for (let i = 0; i < 3; i++) expect((await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY))).status).toBe(200);
    expect(onEvents).toHaveBeenCalledTimes(3);

    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${ESCAPED_EMOJI_BODY.length}\r\n` +
        `x-line-signature: ${sign(ESCAPED_EMOJI_BODY, SECRET)}\r\n\r\n${ESCAPED_EMOJI_BODY.slice(0, 40)}`,
    );
    for (let i = 0; i < 100 && handled.length < 4; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    socket.destroy();
    await expect(handled[3]).resolves.toBeUndefined();
    expect(onEvents).toHaveBeenCalledTimes(3);
    expect(errors).toEqual([expect.objectContaining({ reason: 'read-failed' })]);
    expect(errors[0]).toBeInstanceOf(LineWebhookBodyError);
  });

  it('uses req.rawBody (Firebase, Google Cloud Functions) even when req.body is parsed', async () => {
    const received: WebhookRequestBody[] = [];
    const handler = middleware({ channelSecret: [OLD_SECRET, SECRET], onEvents: (body) => void received.push(body) });
    server = await listen(async (req: WebhookIncomingMessage, res) => {
      // What the platform does before user code runs: read the stream, keep the bytes, parse the JSON.
      const raw = await readAll(req);
      req.rawBody = raw;
      req.body = JSON.parse(raw.toString('utf8'));
      await handler(req, res);
    });
    const answer = await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(answer.status).toBe(200);
    expect(firstText(received[0])).toBe(EMOJI_TEXT);
  });

  it('reads a request that an earlier handler paused (it would otherwise never finish)', async () => {
    const received: WebhookRequestBody[] = [];
    const handler = middleware({ channelSecret: SECRET, onEvents: (body) => void received.push(body) });
    server = await listen(async (req, res) => {
      req.pause(); // what an earlier middleware may do, e.g. while it awaits something
      await new Promise<void>((resolve) => setTimeout(resolve, 20));
      await handler(req, res);
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timed out'>((resolve) => {
      timer = setTimeout(() => resolve('timed out'), 2000);
    });
    try {
      const answer = await Promise.race([post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY)), timeout]);
      expect(answer).toMatchObject({ status: 200, text: 'OK' });
    } finally {
      clearTimeout(timer);
    }
    expect(firstText(received[0])).toBe(EMOJI_TEXT);
  });

  it('uses an ArrayBuffer req.rawBody (what fetch-style runtimes give)', async () => {
    const received: WebhookRequestBody[] = [];
    const handler = middleware({ channelSecret: SECRET, onEvents: (body) => void received.push(body) });
    server = await listen(async (req: WebhookIncomingMessage, res) => {
      const raw = await readAll(req);
      req.rawBody = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
      req.body = JSON.parse(raw.toString('utf8'));
      await handler(req, res);
    });
    const answer = await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(answer.status).toBe(200);
    expect(firstText(received[0])).toBe(EMOJI_TEXT);
  });

  it('answers 500 with the explanation when the body was parsed and no raw copy was kept', async () => {
    const handler = middleware({ channelSecret: SECRET, onEvents: jest.fn() });
    server = await listen(async (req: WebhookIncomingMessage, res) => {
      req.body = JSON.parse((await readAll(req)).toString('utf8'));
      await handler(req, res);
    });
    const answer = await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(answer.status).toBe(500);
    expect(answer.text).toMatch(/already-parsed object/);
    expect(answer.text).not.toMatch(/TypeError/);
  });

  it('answers 500 when the stream was consumed without keeping the body', async () => {
    const handler = middleware({ channelSecret: SECRET, onEvents: jest.fn() });
    server = await listen(async (req, res) => {
      await readAll(req);
      await handler(req, res);
    });
    const answer = await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(answer.status).toBe(500);
    expect(answer.text).toMatch(/stream was already read/);
  });

  it('answers 500 (generic text) when onEvents fails, and leaves an answer made by onEvents alone', async () => {
    const errors: unknown[] = [];
    let mode: 'throw' | 'answer' = 'throw';
    const handler = middleware({
      channelSecret: SECRET,
      onError: (error) => errors.push(error),
      onEvents: (_body, _req, res: ServerResponse) => {
        if (mode === 'throw') throw new Error('queue unavailable');
        res.statusCode = 202;
        res.end('queued');
      },
    });
    server = await listen((req, res) => handler(req, res));
    const failed = await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(failed).toMatchObject({ status: 500, text: 'Internal Server Error' });
    expect((errors[0] as Error).message).toBe('queue unavailable');

    mode = 'answer';
    expect(await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY))).toMatchObject({
      status: 202,
      text: 'queued',
    });
  });

  it('answers 500 instead of dropping events when there is neither next nor onEvents', async () => {
    const errors: unknown[] = [];
    const handler = middleware({ channelSecret: SECRET, onError: (e) => errors.push(e) });
    server = await listen((req, res) => handler(req, res));
    const answer = await post(server.url, ESCAPED_EMOJI_BODY, signed(ESCAPED_EMOJI_BODY));
    expect(answer.status).toBe(500);
    expect(answer.text).toMatch(/without next\(\) and without an onEvents handler/);
    expect(errors[0]).toBeInstanceOf(LineError);
  });

  it('ignores an onError that throws', async () => {
    const handler = middleware({
      channelSecret: SECRET,
      onEvents: jest.fn(),
      onError: () => {
        throw new Error('logger broken');
      },
    });
    server = await listen((req, res) => handler(req, res));
    expect((await post(server.url, '{}')).status).toBe(401);
  });
});

describe('middleware()', () => {
  it('rejects a missing secret or a bad maxBodySize when it is created', () => {
    expect(() => middleware({ channelSecret: '' })).toThrow(LineError);
    expect(() => middleware({ channelSecret: [] })).toThrow(/channelSecret must be a non-empty string/);
    expect(() => middleware({ channelSecret: SECRET, maxBodySize: 0 })).toThrow(/maxBodySize/);
    expect(() => middleware({ channelSecret: SECRET, maxBodySize: Number.NaN })).toThrow(/maxBodySize/);
  });

  it('works on request objects that carry only rawBody (no stream), and never rejects', async () => {
    const raw = Buffer.from(ESCAPED_EMOJI_BODY);
    const next = jest.fn();
    const req = { headers: { 'x-line-signature': sign(raw, SECRET) }, rawBody: raw } as unknown as IncomingMessage;
    await expect(middleware({ channelSecret: SECRET })(req, {} as ServerResponse, next)).resolves.toBeUndefined();
    expect(next).toHaveBeenCalledWith();
    expect(firstText((req as WebhookIncomingMessage).body)).toBe(EMOJI_TEXT);

    const bare = { headers: {}, body: { events: [] } } as unknown as IncomingMessage;
    await middleware({ channelSecret: SECRET })(bare, {} as ServerResponse, next);
    expect(next).toHaveBeenLastCalledWith(expect.any(LineWebhookBodyError));

    // Too large, no stream methods, and a response object that throws: still resolves, and reports.
    const errors: unknown[] = [];
    const tiny = middleware({ channelSecret: SECRET, maxBodySize: 8, onEvents: jest.fn(), onError: (e) => errors.push(e) });
    const brokenRes = {
      get headersSent(): boolean {
        throw new Error('broken response');
      },
    } as unknown as ServerResponse;
    const fake = { headers: {}, rawBody: raw } as unknown as IncomingMessage;
    await expect(tiny(fake, brokenRes)).resolves.toBeUndefined();
    expect(errors.map((e) => (e as Error).message)).toEqual([expect.stringMatching(/8-byte limit/), 'broken response']);
  });

  it('type-checks as an express handler and as a node:http listener', () => {
    const handler = middleware({ channelSecret: SECRET, onEvents: () => undefined });
    const app = express();
    app.use('/a', handler);
    app.post('/b', handler, (_req, res) => void res.end());
    const listener: (req: IncomingMessage, res: ServerResponse) => void = (req, res) => void handler(req, res);
    expect(typeof listener).toBe('function');
  });
});
