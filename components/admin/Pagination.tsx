import type { Translate } from "@/lib/i18n/mod.ts";

interface PaginationProps {
  t: Translate;
  /** The current page's URL: its other query parameters (filters) are kept. */
  url: URL;
  page: number;
  pageCount: number;
}

function pageHref(url: URL, page: number): string {
  const params = new URLSearchParams(url.search);
  if (page > 1) params.set("page", String(page));
  else params.delete("page");
  const query = params.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** Previous / next links under a list; nothing when it fits on one page. */
export function Pagination({ t, url, page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={t("crm.pagination")}>
      {page > 1 && (
        <a
          class="button button-secondary"
          rel="prev"
          href={pageHref(url, page - 1)}
        >
          {t("crm.pagination.previous")}
        </a>
      )}
      <span class="pagination-status" aria-current="page">
        {t("crm.pagination.status", { page, pageCount })}
      </span>
      {page < pageCount && (
        <a
          class="button button-secondary"
          rel="next"
          href={pageHref(url, page + 1)}
        >
          {t("crm.pagination.next")}
        </a>
      )}
    </nav>
  );
}
