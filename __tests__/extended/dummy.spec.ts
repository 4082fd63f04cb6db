import { LineClient } from '../../src';
import type * as LineTypes from '../../src/LineTypes';
import { createDummyLineServer } from '../../src/testing';
import type { DummyLineServer } from '../../src/testing';

// The extended operations the dummy LINE server implements, run end to end over real sockets.
const FOLLOWERS = Array.from({ length: 2500 }, (_, i) => `U${i.toString(16).padStart(32, '0')}`);
const RICH_MENU: LineTypes.RichMenu = {
  size: { width: 2500, height: 1686 },
  selected: false,
  name: 'menu',
  chatBarText: 'Tap',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 1686 }, action: { type: 'postback', data: 'a=1' } }],
};

let server: DummyLineServer;
let client: LineClient;

beforeAll(async () => {
  server = await createDummyLineServer({ followers: FOLLOWERS, messageContent: { m1: Buffer.from([1, 2, 3, 4]) } });
  client = new LineClient({ accessToken: server.accessToken, origin: server.origin, dataOrigin: server.dataOrigin, retry: false });
});
afterEach(() => server.reset());
afterAll(() => server.close());

test('getAllFollowerIds pages through every follower', async () => {
  expect(await client.getAllFollowerIds()).toEqual(FOLLOWERS);
  const page = await client.getFollowerIds({ limit: 10 });
  expect(page.userIds).toEqual(FOLLOWERS.slice(0, 10));
  expect(typeof page.next).toBe('string');
});

test('content preview and transcoding status from the data host', async () => {
  const preview = await client.getMessageContentPreview('m1');
  expect(Buffer.isBuffer(preview)).toBe(true);
  await expect(client.getMessageContentTranscoding('m1')).resolves.toEqual({ status: 'succeeded' });
  await expect(client.waitForMessageContent('m1', { timeout: 2000, interval: 10 })).resolves.toEqual({ status: 'succeeded' });
});

test('validateRichMenu', async () => {
  await expect(client.validateRichMenu(RICH_MENU)).resolves.toEqual({});
});

test('audience upload by file: create, then add more IDs', async () => {
  const created = await client.createUploadAudienceGroupByFile('file audience', FOLLOWERS.slice(0, 1000), { uploadDescription: 'first' });
  expect(created).toMatchObject({ type: 'UPLOAD', description: 'file audience', isIfaAudience: false });
  expect(typeof created.audienceGroupId).toBe('number');
  await expect(client.updateUploadAudienceGroupByFile(created.audienceGroupId, Buffer.from(FOLLOWERS.slice(1000, 1500).join('\n')), { uploadDescription: 'second' })).resolves.toEqual({});
  const file = server.requests.filter((r) => r.path === '/v2/bot/audienceGroup/upload/byFile');
  expect(file.map((r) => r.method)).toEqual(['POST', 'PUT']);
});
