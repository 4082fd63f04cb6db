/**
 * Content: the content of messages users sent (bytes, streams, previews) and its preparation (transcoding).
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type { Readable } from 'node:stream';
import type * as LineTypes from '../LineTypes';
import { deprecate } from '../debug';
import { LineAbortError, LineError, LineValidationError } from '../errors';
import { path, sleep } from '../http/transport';
import { requireString } from '../validate';
import type { ApiClient } from '../client/context';
import { withCall } from '../client/state';
import { bytes, json, stream } from '../client/core';

/**
 * Downloads the content (image, video, audio, file) a user sent, as one Buffer. Calls
 * `GET /v2/bot/message/{messageId}/content` on the data host.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-content | Get content}
 * @param messageId - ID of the message
 * @returns the bytes
 * @group Content
 */
export async function getMessageContent(client: ApiClient, messageId: string): Promise<Buffer> {
  return bytes(client, { method: 'GET', host: 'data', path: path('/v2/bot/message/{messageId}/content', { messageId }) });
}

/**
 * Downloads the content a user sent as a stream, without holding it in memory. Calls
 * `GET /v2/bot/message/{messageId}/content` on the data host.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-content | Get content}
 * @param messageId - ID of the message
 * @returns a readable stream of the bytes
 * @group Content
 */
export async function getMessageContentStream(client: ApiClient, messageId: string): Promise<Readable> {
  const p = path('/v2/bot/message/{messageId}/content', { messageId });
  return stream(client, p);
}

/**
 * Downloads the content a user sent, as a Buffer.
 *
 * @deprecated Use {@link LineClient.getMessageContent}.
 * @param messageId - ID of the message
 * @returns the bytes
 * @group Content
 */
export async function retrieveMessageContent(client: ApiClient, messageId: string): Promise<Buffer> {
  deprecate('retrieveMessageContent', '`retrieveMessageContent` is deprecated. Use `getMessageContent` instead.');
  return getMessageContent(client, messageId);
}

/**
 * Downloads the preview image of an image or video a user sent, as one Buffer. Calls
 * `GET /v2/bot/message/{messageId}/content/preview` on the data host.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-image-or-video-preview | Get a preview image of the image or video}
 * @param messageId - ID of the image or video message
 * @returns the preview image bytes
 * @group Content
 */
export async function getMessageContentPreview(client: ApiClient, messageId: string): Promise<Buffer> {
  return bytes(client, { method: 'GET', host: 'data', path: path('/v2/bot/message/{messageId}/content/preview', { messageId }) });
}

/**
 * Downloads the preview image of an image or video a user sent, as a stream. Calls
 * `GET /v2/bot/message/{messageId}/content/preview` on the data host.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-image-or-video-preview | Get a preview image of the image or video}
 * @param messageId - ID of the image or video message
 * @returns a readable stream of the preview image bytes
 * @group Content
 */
export async function getMessageContentPreviewStream(client: ApiClient, messageId: string): Promise<Readable> {
  const p = path('/v2/bot/message/{messageId}/content/preview', { messageId });
  return stream(client, p);
}

/**
 * Tells whether a video or audio a user sent is ready to download. Calls
 * `GET /v2/bot/message/{messageId}/content/transcoding` on the data host.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-video-or-audio-preparation-status | Verify video or audio preparation status}
 * @param messageId - ID of the video or audio message
 * @returns `{ status }`: `processing`, `succeeded` or `failed`
 * @group Content
 */
export async function getMessageContentTranscoding(client: ApiClient, messageId: string): Promise<LineTypes.GetMessageContentTranscodingResponse> {
  return json(client, { method: 'GET', host: 'data', path: path('/v2/bot/message/{messageId}/content/transcoding', { messageId }) });
}

/**
 * Waits until a video or audio a user sent is ready to download, checking
 * {@link LineClient.getMessageContentTranscoding} every `interval` ms. Calls
 * `GET /v2/bot/message/{messageId}/content/transcoding` on the data host (repeatedly).
 *
 * @remarks
 * Rejects with a {@link LineError} when LINE reports `failed`, or when the content is still not ready after
 * `timeout` ms (the number of checks is bounded by `timeout / interval + 1`).
 *
 * @example
 * ```ts
 * await client.waitForMessageContent(messageId, { timeout: 30_000 });
 * const video = await client.getMessageContent(messageId);
 * ```
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-video-or-audio-preparation-status | Verify video or audio preparation status}
 * @param messageId - ID of the video or audio message
 * @param options - `timeout` (ms, default 60,000), `interval` (ms, default 1,000), `signal`
 * @returns `{ status: 'succeeded' }` once the content is ready
 * @group Content
 */
export async function waitForMessageContent(client: ApiClient, messageId: string, options: LineTypes.WaitForMessageContentOptions = {}): Promise<LineTypes.GetMessageContentTranscodingResponse> {
  requireString(messageId, 'messageId');
  const { timeout = 60_000, interval = 1000, signal } = options;
  if (typeof timeout !== 'number' || !(timeout >= 0)) throw new LineValidationError('timeout', 'expected a number of ms, 0 or more');
  if (typeof interval !== 'number' || !(interval > 0)) throw new LineValidationError('interval', 'expected a number of ms, more than 0');
  const deadline = Date.now() + timeout;
  const view = signal ? withCall(client, { signal }) : client;
  for (;;) {
    const res = await getMessageContentTranscoding(view, messageId);
    if (res.status === 'succeeded') return res;
    if (res.status === 'failed') {
      throw new LineError(`LINE API - the content of message ${messageId} cannot be downloaded: LINE reports its preparation (transcoding) as failed.`);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new LineError(
        `LINE API - the content of message ${messageId} was still not ready after ${timeout} ms (last status: ${String(res.status)}). Wait longer with a larger \`timeout\`.`,
      );
    }
    try {
      await sleep(Math.min(interval, remaining), signal);
    } catch {
      throw new LineAbortError({ method: 'GET', path: path('/v2/bot/message/{messageId}/content/transcoding', { messageId }) });
    }
  }
}
