/** The one pager (src/client/pager.ts) behind every iterate* / getAll* method: lazy and bounded. */
import { collect, paginate, type Page } from '../../src/client/pager';

function pages(list: Page<string, string>[]): { fetched: (string | undefined)[]; fetch: (cursor: string | undefined) => Promise<Page<string, string>> } {
  const fetched: (string | undefined)[] = [];
  return {
    fetched,
    fetch: async (cursor) => {
      fetched.push(cursor);
      const page = list[fetched.length - 1];
      if (!page) throw new Error('fetched beyond the last page');
      return page;
    },
  };
}

describe('pager', () => {
  it('reads every page, passing each next cursor, and stops at the last', async () => {
    const p = pages([
      { items: ['a', 'b'], next: 'n1' },
      { items: ['c'], next: 'n2' },
      { items: ['d'], next: undefined },
    ]);
    expect(await collect(paginate(undefined, p.fetch))).toEqual(['a', 'b', 'c', 'd']);
    expect(p.fetched).toEqual([undefined, 'n1', 'n2']);
  });

  it('is lazy: no page is fetched beyond what the reader consumed', async () => {
    const p = pages([
      { items: ['a', 'b'], next: 'n1' },
      { items: ['c'], next: undefined },
    ]);
    const it = paginate('s0', p.fetch);
    expect(p.fetched).toEqual([]);
    expect((await it.next()).value).toBe('a');
    expect((await it.next()).value).toBe('b');
    expect(p.fetched).toEqual(['s0']);
    await it.return(undefined);
    expect(p.fetched).toEqual(['s0']);
  });

  it('is bounded: stops when LINE hands back the cursor it was asked for, and on an empty cursor', async () => {
    const same = pages([
      { items: ['a'], next: 'n1' },
      { items: ['b'], next: 'n1' },
    ]);
    expect(await collect(paginate(undefined, same.fetch))).toEqual(['a', 'b']);
    const blank = pages([{ items: undefined, next: '' }]);
    expect(await collect(paginate(undefined, blank.fetch))).toEqual([]);
  });

  it('serves numbered pages too (audience groups)', async () => {
    const fetched: (number | undefined)[] = [];
    const items = await collect(
      paginate<number, number>(2, async (page) => {
        fetched.push(page);
        return { items: [page ?? 0], next: page !== undefined && page < 4 ? page + 1 : undefined };
      }),
    );
    expect(items).toEqual([2, 3, 4]);
    expect(fetched).toEqual([2, 3, 4]);
  });
});
