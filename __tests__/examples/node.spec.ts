/**
 * Every Node.js example in examples/, run as written against the dummy LINE server: a signed text message is
 * answered 200 and the bot's reply reaches the dummy server; a tampered request gets 401 and sends nothing; the
 * LINE console's Verify request gets 200 and sends nothing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { DummyLineServer } from 'messaging-api-line/testing';

import { createApp as expressApp } from '../../examples/express/app';
import { createApp as expressPerRoute } from '../../examples/express/perRoute';
import { createApp as fastifyApp } from '../../examples/fastify/app';
import { createApp as honoApp } from '../../examples/hono/app';
import { createApp as koaApp } from '../../examples/koa/app';
import { createHandler as multiChannel } from '../../examples/multi-channel/route';
import { createServer as nodeHttpServer } from '../../examples/node-http/server';
import { createFunction as serverlessFunction } from '../../examples/serverless/function';
import { botConfig, DESTINATION, type SignedWebhook, signedWebhook, startDummyLine, tampered, textMessageBody, textsTo, USER_ID, VERIFY_BODY } from './support';

interface Running {
  post(path: string, request: SignedWebhook): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

async function overHttp(server: http.Server): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    async post(path, { body, headers }) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body, headers });
      return { status: res.status, text: await res.text() };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function overFetch(fetchHandler: (request: Request) => Response | Promise<Response>): Running {
  return {
    async post(path, { body, headers }) {
      const res = await fetchHandler(new Request(`http://127.0.0.1${path}`, { method: 'POST', body, headers }));
      return { status: res.status, text: await res.text() };
    },
    close: async () => undefined,
  };
}

type Config = ReturnType<typeof botConfig>;

const examples: Array<[string, (config: Config) => Promise<Running>]> = [
  ['express, app.use(middleware) before express.json()', (c) => overHttp(http.createServer(expressApp(c)))],
  ['express, per route', (c) => overHttp(http.createServer(expressPerRoute(c)))],
  ['koa', (c) => overHttp(http.createServer(koaApp(c).callback()))],
  [
    'fastify',
    async (c) => {
      const app = fastifyApp(c);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      return {
        async post(path, { body, headers }) {
          const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body, headers });
          return { status: res.status, text: await res.text() };
        },
        close: () => app.close(),
      };
    },
  ],
  ['Hono', async (c) => overFetch((request) => honoApp(c).fetch(request))],
  [
    'Next.js App Router route handler',
    async (c) => {
      process.env.LINE_CHANNEL_SECRET = c.channelSecret;
      process.env.LINE_CHANNEL_ACCESS_TOKEN = c.accessToken;
      process.env.LINE_API_ORIGIN = c.origin;
      let route: typeof import('../../examples/nextjs/app/webhook/route') | undefined;
      jest.isolateModules(() => {
        route = jest.requireActual<typeof import('../../examples/nextjs/app/webhook/route')>('../../examples/nextjs/app/webhook/route');
      });
      const { POST } = route as NonNullable<typeof route>;
      return overFetch((request) => POST(request));
    },
  ],
  ['plain node:http', (c) => overHttp(nodeHttpServer(c))],
  [
    'Cloud Functions / Firebase (req.rawBody)',
    async (c) => {
      const fn = serverlessFunction(c);
      return {
        async post(_path, { body, headers }) {
          let status = 0;
          await fn({ rawBody: Buffer.from(body, 'utf8'), get: (name) => headers[name.toLowerCase()] }, { sendStatus: (s) => (status = s) });
          return { status, text: '' };
        },
        close: async () => undefined,
      };
    },
  ],
  ['several channels on one endpoint', async (c) => overFetch(multiChannel({ [DESTINATION]: c, [`U${'e'.repeat(32)}`]: { ...c, channelSecret: 'another-secret' } }))],
];

let line: DummyLineServer;
beforeAll(async () => {
  line = await startDummyLine();
});
afterAll(() => line.close());
afterEach(() => {
  line.reset();
  delete process.env.LINE_CHANNEL_SECRET;
  delete process.env.LINE_CHANNEL_ACCESS_TOKEN;
  delete process.env.LINE_API_ORIGIN;
});

describe.each(examples)('examples: %s', (_, start) => {
  let app: Running;
  beforeEach(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined); // node-http logs rejected requests
    app = await start(botConfig(line));
  });
  afterEach(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  it('answers a signed text message 200 and replies through the dummy LINE server', async () => {
    const token = line.issueReplyToken(USER_ID);
    const answer = await app.post('/webhook', signedWebhook(textMessageBody(token)));
    expect(answer.status).toBe(200);
    expect(textsTo(line)).toEqual(['You said: hello']);
    expect(line.deliveries.map((d) => d.kind)).toEqual(['reply']);
  });

  it('answers a tampered request 401 and sends nothing', async () => {
    const token = line.issueReplyToken(USER_ID);
    const answer = await app.post('/webhook', tampered(signedWebhook(textMessageBody(token))));
    expect(answer.status).toBe(401);
    expect(answer.text).not.toContain('example-channel-secret');
    expect(line.deliveries).toEqual([]);
  });

  it("answers the console's Verify request 200 without handling it", async () => {
    const answer = await app.post('/webhook', signedWebhook(VERIFY_BODY));
    expect(answer.status).toBe(200);
    expect(line.deliveries).toEqual([]);
  });

  it('pushes instead when the reply token is already spent', async () => {
    const answer = await app.post('/webhook', signedWebhook(textMessageBody('spent-reply-token-0000000000')));
    expect(answer.status).toBe(200);
    expect(line.deliveries.map((d) => d.kind)).toEqual(['push']);
    expect(textsTo(line)).toEqual(['You said: hello']);
  });
});

describe('examples: express app-wide middleware and express.json() together', () => {
  it('the app’s other JSON routes still get their parsed body', async () => {
    const app = await overHttp(http.createServer(expressApp(botConfig(line))));
    try {
      const res = await app.post('/api/notes', { body: '{"note":"hi"}', headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toEqual({ received: { note: 'hi' } });
    } finally {
      await app.close();
    }
  });
});
