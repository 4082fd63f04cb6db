/**
 * The attempts' timeouts, served by one timer for the whole process instead of a timer per attempt. A timer per
 * attempt is dear when calls come one at a time: node's timer list of that duration empties after every call, so
 * each call built a new list and re-armed libuv's timer. Here the timer is set for the earliest deadline, kept
 * while attempts wait (it holds the process open, as their own timers did), and unref'd when none does.
 *
 * @internal
 */

/** What waits for a deadline. */
export interface Deadline {
  /** When it is due (`performance.now()` ms); set by {@link arm}. */
  due: number;
  /** Runs once, when due (unless {@link disarm}ed first). */
  expire(): void;
}

const armed = new Set<Deadline>();
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;

function hold(on: boolean): void {
  const t = timer as { ref?: () => void; unref?: () => void } | undefined;
  if (on) t?.ref?.();
  else t?.unref?.();
}

function schedule(at: number): void {
  clearTimeout(timer);
  timerAt = at;
  timer = setTimeout(sweep, Math.max(0, Math.ceil(at - performance.now())));
}

function sweep(): void {
  timer = undefined;
  timerAt = Infinity;
  // Due within a millisecond counts as due (a timer may fire a fraction early by the clock).
  const now = performance.now() + 1;
  let next = Infinity;
  const due: Deadline[] = [];
  for (const d of armed) {
    if (d.due <= now) due.push(d);
    else if (d.due < next) next = d.due;
  }
  for (const d of due) armed.delete(d);
  if (next !== Infinity) schedule(next);
  for (const d of due) d.expire();
}

/** Calls `d.expire()` in `ms` unless disarmed before. */
export function arm(d: Deadline, ms: number): void {
  d.due = performance.now() + ms;
  armed.add(d);
  if (d.due < timerAt) schedule(d.due);
  else if (armed.size === 1) hold(true);
}

/** Cancels a deadline (no-op when it is not armed). */
export function disarm(d: Deadline): void {
  if (armed.delete(d) && armed.size === 0) hold(false);
}
