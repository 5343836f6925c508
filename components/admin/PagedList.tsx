import type { ComponentChildren } from "preact";
import type { Translate } from "@/lib/i18n/mod.ts";
import { EmptyState } from "./EmptyState.tsx";
import { Pagination } from "./Pagination.tsx";

/**
 * A list's table, or, when it has no rows, what stands in for it (an
 * `EmptyState` saying what to do next) on a card.
 */
export function TableOrEmpty(
  { rows, empty, children }: {
    rows: number;
    empty: ComponentChildren;
    /** The table. */
    children: ComponentChildren;
  },
) {
  return rows === 0
    ? <div class="card">{empty}</div>
    : <div class="table-wrap">{children}</div>;
}

/**
 * The body of a list page under its filters: the table of rows, or, when
 * there are none, an empty state (one line when the filters match nothing,
 * `empty` when there is nothing yet), and the pages under it.
 */
export function PagedList(
  { t, url, list, filtered, noMatch, empty, children }: {
    t: Translate;
    /** The page's URL: the pages keep its filters. */
    url: URL;
    list: { total: number; page: number; pageCount: number };
    /** Whether a filter or search term is set. */
    filtered: boolean;
    noMatch: string;
    /** What a list with nothing yet shows, e.g. an `EmptyState` with a button. */
    empty: ComponentChildren;
    /** The table. */
    children: ComponentChildren;
  },
) {
  return (
    <>
      <TableOrEmpty
        rows={list.total}
        empty={filtered ? <EmptyState text={noMatch} /> : empty}
      >
        {children}
      </TableOrEmpty>
      <Pagination
        t={t}
        url={url}
        page={list.page}
        pageCount={list.pageCount}
      />
    </>
  );
}

/** A one-term search above a list, sent as a GET so the URL can be shared. */
export function SearchBar(
  { id, label, submit, clear, value, clearHref }: {
    id: string;
    label: string;
    submit: string;
    clear: string;
    value: string;
    /** The list without the search. */
    clearHref: string;
  },
) {
  return (
    <form method="get" class="toolbar" role="search">
      <div class="field">
        <label for={id}>{label}</label>
        <input id={id} type="search" name="q" value={value} />
      </div>
      <button type="submit" class="button-secondary">{submit}</button>
      {value && <a class="button button-secondary" href={clearHref}>{clear}</a>}
    </form>
  );
}
