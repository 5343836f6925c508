/** Page-by-page lists for the admin tables, shared by every domain. */

/** One page of a longer list. */
export interface Paged<T> {
  rows: T[];
  /** Rows on all pages together. */
  total: number;
  /** 1-based, clamped to the pages that exist. */
  page: number;
  pageCount: number;
  pageSize: number;
}

/** The page to show (1 … last) and its offset, given the row count. */
export function pageWindow(requested: number, total: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pageCount);
  return { page, pageCount, offset: (page - 1) * pageSize };
}

/** A `LIKE` pattern that finds `term` anywhere, with its wildcards escaped. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, "\\$&")}%`;
}
