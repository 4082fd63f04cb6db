/**
 * Shared state of a bot fleet: the {@link Store} contract, the in-memory store, and the fleet features built on it
 * (shared channel tokens, webhook de-duplication, rate limiting).
 *
 * @packageDocumentation
 */
export * from './contract';
export { createMemoryStore, type MemoryStoreOptions } from './memory';
