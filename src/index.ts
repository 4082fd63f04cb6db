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
// A bot fleet (docs/fleet.md): the Store contract, the in-memory store, LINE's rate-limit table. The Redis store is
// `messaging-api-line/redis`.
export { createMemoryStore, isStoreError, LineStoreError } from './store';
export type { MemoryStoreOptions, RateLimitStep, RateLimitWindow, Store, StoreFeature, StoreWarning, StoreWarningListener } from './store';
export { endpointKeyOf, LINE_DEFAULT_RATE_LIMIT, LINE_RATE_LIMITS } from './store/rateLimit';
/** @internal Used by the `messaging-api-line/redis` entry point, which requires these from the main entry. */
export { checkWindow as _checkWindow, toStoreError as _toStoreError } from './store/contract';
export type {
  ClientConfig,
  AssertionKey,
  RateLimitOptions,
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
