/**
 * Content streams against the dummy LINE server: a download that stalls is cut off by the timeout with a
 * LineTimeoutError, a broken one ends in a LineError that holds no request, and a reader that gives up frees the
 * connection.
 */
import { Readable } from 'node:stream';
import util from 'node:util';

import { LineClient, LineNetworkError, LineTimeoutError } from '../../src';
import { createDummyLineServer } from '../../src/testing';
import type { DummyLineServer } from '../../src/testing';

let server: DummyLineServer;
beforeAll(async () => {
  server = await createDummyLineServer();
});
afterAll(() => server.close());

function client(timeout: number): LineClient {
  return new LineClient({ accessToken: server.accessToken, origin: server.origin, dataOrigin: server.dataOrigin, retry: false, timeout });
}

/** A body that sends one chunk and then nothing, until destroyed (bounded by the test's timeout). */
function stalling(): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(Buffer.alloc(1024, 1));
      }
    },
  });
}

async function drain(stream: Readable): Promise<{ bytes: number; error?: Error }> {
  let bytes = 0;
  try {
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    return { bytes };
  } catch (error) {
    return { bytes, error: error as Error };
  }
}

it('a download that stalls mid-body ends with a LineTimeoutError naming the call and the time', async () => {
  server.setMessageContent('m-stall', { stream: stalling });
  const stream = await client(200).getMessageContentStream('m-stall');
  const { bytes, error } = await drain(stream);
  expect(bytes).toBe(1024);
  expect(error).toBeInstanceOf(LineTimeoutError);
  expect(error?.message).toBe('LINE API - GET /v2/bot/message/m-stall/content timed out after 200 ms. Raise `timeout` in the client config or per call, or check the network.');
  expect(util.inspect(error, { depth: Infinity, showHidden: true })).not.toContain(server.accessToken);
});

it('a download whose connection breaks ends with a LineNetworkError holding no request', async () => {
  server.setMessageContent('m-break', {
    stream: () => {
      let reads = 0;
      return new Readable({
        read() {
          if (reads++ === 0) this.push(Buffer.alloc(512, 2));
          else setTimeout(() => this.destroy(new Error('disk gone')), 50);
        },
      });
    },
  });
  const { error } = await drain(await client(5000).getMessageContentStream('m-break'));
  expect(error).toBeInstanceOf(LineNetworkError);
  expect(util.inspect(error, { depth: Infinity, showHidden: true })).not.toContain(server.accessToken);
});

it('a full download still arrives byte for byte', async () => {
  server.setMessageContent('m-ok', Buffer.alloc(3 * 1024 * 1024, 7));
  const { bytes, error } = await drain(await client(5000).getMessageContentStream('m-ok'));
  expect(error).toBeUndefined();
  expect(bytes).toBe(3 * 1024 * 1024);
});
