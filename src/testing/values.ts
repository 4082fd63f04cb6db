/**
 * The plain value types of the dummy LINE platform (JSON values, seeded profiles and message content), shared by its
 * server and simulator types without either importing the other.
 *
 * @packageDocumentation
 */

import type { Readable } from 'node:stream';

/** Any value that `JSON.parse` can return. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;

/** A JSON object, as parsed from a request body. */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** A user profile, as `GET /v2/bot/profile/{userId}` answers it. */
export interface DummyProfile {
  /** The user id (`U` followed by 32 hex digits on the real platform; any string here). */
  readonly userId: string;
  /** The display name. */
  readonly displayName: string;
  /** Profile image URL. */
  readonly pictureUrl?: string;
  /** Status message. */
  readonly statusMessage?: string;
  /** Language tag, for example `en`. */
  readonly language?: string;
}

/**
 * Seeded message content for `GET /v2/bot/message/{messageId}/content` on the data host: bytes, text,
 * `size` bytes all equal to `byte` (generated while streaming, never held in memory), or a factory of a
 * fresh stream per download.
 */
export type SeedContent =
  | Buffer
  | Uint8Array
  | string
  | {
      /** Number of bytes to stream. */
      readonly size: number;
      /** The value of every byte (0–255); defaults to 0. */
      readonly byte?: number;
      /** The `Content-Type` answered; defaults to `application/octet-stream`. */
      readonly contentType?: string;
    }
  | {
      /** Creates the stream of one download; called once per request. */
      readonly stream: () => Readable | AsyncIterable<Uint8Array>;
      /** The `Content-Length` answered, if known. */
      readonly size?: number;
      /** The `Content-Type` answered; defaults to `application/octet-stream`. */
      readonly contentType?: string;
    };
