/**
 * A tiny `debug`-compatible logger: enabled when the `DEBUG` environment variable names the namespace
 * (`DEBUG=messaging-api:*`, `DEBUG=messaging-api:request`, `DEBUG=*`). Never logs credentials: callers pass
 * redacted data only.
 *
 * @internal
 */
import { debugPattern, emitDeprecation, writeDebug } from './platform';

export type DebugLog = ((message: string, data?: unknown) => void) & { enabled: boolean };

function matches(namespace: string, pattern: string): boolean {
  return pattern
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((p) => {
      if (p.startsWith('-')) return false;
      const re = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      return re.test(namespace);
    });
}

/**
 * Creates a logger for one namespace, writing to stderr.
 *
 * @internal
 */
export function createDebug(namespace: string): DebugLog {
  const pattern = debugPattern();
  const enabled =
    pattern !== '' &&
    matches(namespace, pattern) &&
    !pattern.split(/[\s,]+/).some((p) => p.startsWith('-') && matches(namespace, p.slice(1)));
  const log = ((message: string, data?: unknown) => {
    if (!enabled) return;
    const extra = data === undefined ? '' : `\n${data instanceof Uint8Array ? `<Buffer of ${data.length} bytes>` : JSON.stringify(data, null, 2)}`;
    writeDebug(`${namespace} ${message}${extra}`);
  }) as DebugLog;
  log.enabled = enabled;
  return log;
}

const warned = new Set<string>();

/**
 * Emits a deprecation warning once per process (and never with arguments in it: no tokens).
 *
 * @internal
 */
export function deprecate(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  emitDeprecation(message, `MESSAGING_API_LINE_${key.toUpperCase()}`);
}
