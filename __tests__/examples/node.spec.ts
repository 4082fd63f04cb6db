/**
 * Every Node.js example in examples/, run as written and served on 127.0.0.1, driven by the dummy LINE server's
 * simulator as LINE drives a bot: a simulated user says something and receives the bot's reply; a webhook signed with
 * another secret gets 401 and sends nothing; the LINE console's Verify request gets 200 and sends nothing; a
 * redelivered event whose reply token is spent is answered with a push. No hand-built request, event or signature.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { type DummyLineServer, messageEvent, type SimulatedUser } from 'messaging-api-line/testing';

import { createApp as expressApp } from '../../examples/express/app';
import { createApp as expressPerRoute } from '../../examples/express/perRoute';
import { createApp as fastifyApp } from '../../examples/fastify/app';
import { createApp as honoApp } from '../../examples/hono/app';
import { createApp as koaApp } from '../../examples/koa/app';
import { createHandler as multiChannel } from '../../examples/multi-channel/route';
import { createServer as nodeHttpServer } from '../../examples/node-http/server';
import { createFunction as serverlessFunction } from '../../examples/serverless/function';
import { botConfig, DESTINATION, SECRET, startDummyLine, textsTo, USER_ID } from './support';

/** An example served on loopback. */
interface Running {
  /** Its origin, `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
}

async function overHttp(server: http.Server): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Serves a fetch-standard handler (Hono, a Next.js route, webhookHandler) on loopback, as its platform would. */
function overFetch(fetchHandler: (request: Request) => Response | Promise<Response>): Promise<Running> {
  return overHttp(
    http.createServer((req, res) => {
      void (async () => {
        const body = await readBody(req);
        const headers = Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []));
        const response = await fetchHandler(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: body.length > 0 ? new Uint8Array(body) : undefined }));
        response.headers.forEach((value, name) => res.setHeader(name, value));
        res.writeHead(response.status);
        res.end(Buffer.from(await response.arrayBuffer()));
      })();
    }),
  );
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
      return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
    },
  ],
  ['Hono', (c) => overFetch((request) => honoApp(c).fetch(request))],
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
      // As Cloud Functions calls it: the raw body kept as `req.rawBody`, `req.get(header)`, `res.sendStatus(status)`.
      return overHttp(
        http.createServer((req, res) => {
          void readBody(req).then((rawBody) =>
            fn(
              { rawBody, get: (name) => req.headers[name.toLowerCase()] as string | undefined },
              {
                sendStatus: (status) => {
                  res.statusCode = status;
                  res.end();
                },
              },
            ),
          );
        }),
      );
    },
  ],
  ['several channels on one endpoint', (c) => overFetch(multiChannel({ [DESTINATION]: c, [`U${'e'.repeat(32)}`]: { ...c, channelSecret: 'another-secret' } }))],
];

let line: DummyLineServer;
let taro: SimulatedUser;
beforeAll(async () => {
  line = await startDummyLine();
  taro = line.user({ userId: USER_ID, displayName: 'Taro' });
});
afterAll(() => line.close());
afterEach(async () => {
  await line.webhooksSettled();
  line.reset();
  delete process.env.LINE_CHANNEL_SECRET;
  delete process.env.LINE_CHANNEL_ACCESS_TOKEN;
  delete process.env.LINE_API_ORIGIN;
});

describe.each(examples)('examples: %s', (_, start) => {
  let app: Running;
  let webhookUrl: string;
  beforeEach(async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined); // node-http logs rejected requests
    app = await start(botConfig(line));
    webhookUrl = `${app.url}/webhook`;
    line.setWebhookEndpoint(webhookUrl);
  });
  afterEach(async () => {
    await app.close();
    jest.restoreAllMocks();
  });

  it('replies to what a user says, through the dummy LINE server', async () => {
    const answer = await taro.say('hello');
    expect(answer.status).toBe(200);
    await taro.receive('You said: hello');
    expect(line.deliveries.map((d) => d.kind)).toEqual(['reply']);
    expect(answer.events[0]).toMatchObject({ type: 'message', source: { userId: USER_ID }, message: { type: 'text', text: 'hello' } });
  });

  it('answers a webhook signed with another secret 401 and sends nothing', async () => {
    const answer = await line.sendWebhook(webhookUrl, [messageEvent(USER_ID, 'hello')], { channelSecret: 'not-the-channel-secret' });
    expect(answer.status).toBe(401);
    expect(answer.body).not.toContain(SECRET);
    await taro.receiveNothing(50);
    expect(line.deliveries).toEqual([]);
  });

  it("answers the console's Verify request 200 without handling it", async () => {
    const answer = await line.sendWebhook(webhookUrl, []);
    expect(answer.status).toBe(200);
    expect(line.webhookAttempts.at(-1)?.webhookEventIds).toEqual([]);
    expect(line.deliveries).toEqual([]);
  });

  it('pushes instead when a redelivered event’s reply token is already spent', async () => {
    const first = await taro.say('hello');
    await taro.receive('You said: hello');
    const again = await line.sendWebhook(webhookUrl, first.events.map((e) => ({ ...e, deliveryContext: { isRedelivery: true } })), { destination: DESTINATION });
    expect(again.status).toBe(200);
    await taro.receive('You said: hello');
    expect(line.deliveries.map((d) => d.kind)).toEqual(['reply', 'push']);
    expect(textsTo(line)).toEqual(['You said: hello', 'You said: hello']);
  });
});

describe('examples: express app-wide middleware and express.json() together', () => {
  it('the app’s other JSON routes still get their parsed body', async () => {
    const app = await overHttp(http.createServer(expressApp(botConfig(line))));
    try {
      const res = await fetch(`${app.url}/api/notes`, { method: 'POST', body: '{"note":"hi"}', headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ received: { note: 'hi' } });
    } finally {
      await app.close();
    }
  });
});
