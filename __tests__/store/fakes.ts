/** Test doubles for the store suites: a fake token issuer and a store that fails on demand. */
import { createMemoryStore, LineStoreError, type Store } from '../../src/store';
import type { IssuedChannelToken } from '../../src/store/tokens';

/** A token issuer that counts calls and can be slowed or failed. */
export function fakeIssuer(options: { expiresIn?: number; delayMs?: number } = {}) {
  const issued: string[] = [];
  let fail: Error | undefined;
  const issue = async (): Promise<IssuedChannelToken> => {
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if (fail) throw fail;
    const token = `token-${issued.length + 1}`;
    issued.push(token);
    return { access_token: token, expires_in: options.expiresIn ?? 900 };
  };
  return {
    issue,
    issued,
    failWith(error: Error | undefined) {
      fail = error;
    },
  };
}

/** A memory store whose operations throw a LineStoreError while `broken` is true. */
export function breakableStore(): Store & { broken: boolean } {
  const inner = createMemoryStore();
  const store = {
    kind: 'memory' as const,
    broken: false,
    guard<T>(op: string, work: () => Promise<T>): Promise<T> {
      return store.broken ? Promise.reject(new LineStoreError(op, 'Redis unreachable (test)')) : work();
    },
    get: (key: string) => store.guard('get', () => inner.get(key)),
    set: (key: string, value: string, ttl: number) => store.guard('set', () => inner.set(key, value, ttl)),
    setIfAbsent: (key: string, value: string, ttl: number) => store.guard('setIfAbsent', () => inner.setIfAbsent(key, value, ttl)),
    delete: (key: string, ifValue?: string) => store.guard('delete', () => inner.delete(key, ifValue)),
    consume: (key: string, window: Parameters<Store['consume']>[1]) => store.guard('consume', () => inner.consume(key, window)),
  };
  return store;
}
