/**
 * The one pager behind every `iterate*` / `getAll*` method. Lazy: a page is fetched only when the reader has consumed
 * the previous one. Bounded: it stops when LINE gives no next cursor, or gives back the cursor it was just asked for
 * (which would otherwise loop forever).
 *
 * @internal
 */

/** One page as the pager needs it: its items and the cursor of the next page (falsy at the end). */
export interface Page<T, C> {
  items: readonly T[] | undefined;
  next: C | undefined;
}

/** Yields the items of every page, starting at cursor `first`, fetching the next page only once the last is consumed. */
export async function* paginate<T, C extends string | number>(first: C | undefined, fetchPage: (cursor: C | undefined) => Promise<Page<T, C>>): AsyncGenerator<T, void, undefined> {
  let cursor = first;
  for (;;) {
    const page = await fetchPage(cursor);
    yield* page.items ?? [];
    if (!page.next || page.next === cursor) return;
    cursor = page.next;
  }
}

/** Reads an async iterable to its end. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
