// The content domain: content users sent (images, videos, audio, files) and its preparation.
// https://developers.line.biz/en/reference/messaging-api/#get-content

/**
 * Preparation status of a video or audio a user sent.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-video-or-audio-preparation-status | Verify video or audio preparation status}
 */
export type GetMessageContentTranscodingResponse = {
  /** `processing`, `succeeded` (the content can be downloaded) or `failed`. */
  status: 'processing' | 'succeeded' | 'failed';
};

/** Options of `waitForMessageContent`. */
export type WaitForMessageContentOptions = {
  /** How long to wait in all, in ms. Default 60,000. */
  timeout?: number;
  /** Time between two checks, in ms. Default 1,000. */
  interval?: number;
  /** Stops waiting when aborted. */
  signal?: AbortSignal;
};
