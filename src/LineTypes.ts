// The `LineTypes` namespace: every type of the LINE Messaging API used by this package.
export * from './types/actions';
export * from './types/messages';
export * from './types/templates';
export * from './types/flex';
export * from './types/richMenu';
export * from './types/liff';
export * from './types/narrowcast';
export * from './types/audience';
export * from './types/insight';
export * from './types/bot';
export * from './types/responses';
export * from './types/client';
export * from './types/webhook';
