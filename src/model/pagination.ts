/** Splitting a list into numbered pages: page 1 is the index itself, later pages have their own paths. */

/** One page of a list. */
export interface PageOf<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  /** Number of the last page (at least 1). */
  last: number;
  /** Items in the whole list. */
  total: number;
  /** The 1-based numbers, in the whole list, of the page's first and last items ("Statements 51 to 100 of 230"); an empty page has `to` one below `from`. */
  from: number;
  to: number;
}

/** Cuts `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): PageOf<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => {
    const page = items.slice(i * size, (i + 1) * size);
    return { items: page, current: i + 1, last, total: items.length, from: i * size + 1, to: i * size + page.length };
  });
}
