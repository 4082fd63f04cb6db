// The `LineTypes` namespace: every type of the LINE Messaging API used by this package. Type-only re-exports,
// so that importing the package loads none of these modules at run time.

// Message objects and what builds them.
export type * from './types/actions';
export type * from './types/messages';
export type * from './types/templates';
export type * from './types/flex';

// Client configuration and per-call options (./types/client re-exports ./types/request).
export type * from './types/client';

// One module per LINE API domain.
export type * from './types/message';
export type * from './types/content';
export type * from './types/user';
export type * from './types/chat';
export type * from './types/richMenu';
export type * from './types/accountLink';
export type * from './types/bot';
export type * from './types/insight';
export type * from './types/audience';
export type * from './types/liff';
export type * from './types/channelAccessToken';
export type * from './types/module';
export type * from './types/shop';
export type * from './types/loadingAnimation';

// Webhook events.
export type * from './types/webhook';
