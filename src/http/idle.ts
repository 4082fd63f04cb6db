/**
 * The idle timeout of a download (both builds' streams): one timer for the whole download and a timestamp per chunk.
 * When the timer fires it looks at how long the source has been quiet, and either reports it idle or sleeps for the
 * rest of the timeout (re-arming a timer per chunk cost more than the rest of a stream hop).
 *
 * @internal
 */

/** Watches a download for `timeout` ms without a chunk. */
export interface IdleWatch {
  /** A chunk arrived (starts the watch on the first call). */
  touch(): void;
  /** Stops the watch for good. */
  stop(): void;
}

/**
 * Creates the watch. `onIdle` runs once, when `timeout` ms pass without a `touch`; a timeout of 0 or less never fires.
 *
 * @param timeout - ms without a chunk
 * @param onIdle - what to do then
 */
export function idleWatch(timeout: number, onIdle: () => void): IdleWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = timeout <= 0;
  let last = 0;
  const check = () => {
    timer = undefined;
    if (stopped) return;
    const quiet = performance.now() - last;
    if (quiet >= timeout) {
      stopped = true;
      onIdle();
    } else timer = setTimeout(check, Math.ceil(timeout - quiet));
  };
  return {
    touch() {
      if (stopped) return;
      last = performance.now();
      timer ??= setTimeout(check, timeout);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
