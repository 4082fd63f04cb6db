/**
 * messaging-api-line: a typed, safe and fast client of the LINE Messaging API.
 *
 * @packageDocumentation
 */
export { LineClient } from './LineClient';
export { Line } from './Line';
export * as LineTypes from './LineTypes';
export * from './errors';
export * from './webhook';
export type {
  ClientConfig,
  RequestInfo,
  RequestOptions,
  RetryInfo,
  RetryOptions,
  RetryReason,
  ReplyOptions,
  PushOptions,
  MulticastOptions,
  BroadcastOptions,
  NarrowcastSendOptions,
  SendMetadata,
  MulticastResult,
} from './types/client';
