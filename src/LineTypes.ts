// The `LineTypes` namespace: every type of the LINE Messaging API used by this package. Type-only re-exports,
// so that importing the package loads none of these modules at run time.
export type * from './types/actions';
export type * from './types/messages';
export type * from './types/templates';
export type * from './types/flex';
export type * from './types/richMenu';
export type * from './types/liff';
export type * from './types/narrowcast';
export type * from './types/audience';
export type * from './types/insight';
export type * from './types/bot';
export type * from './types/responses';
export type * from './types/client';
export type * from './types/webhook';
export type * from './types/channelAccessToken';
export type * from './types/module';
export type * from './types/membership';
export type * from './types/coupon';
export type * from './types/extended';
