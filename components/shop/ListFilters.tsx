import type { Translate } from "@/lib/i18n/mod.ts";
import { Field } from "../Field.tsx";

/**
 * The filters above an order or invoice list: a status and a search term,
 * sent as a GET so the URL can be shared and the pages keep them.
 */
export function ListFilters(
  { t, statuses, status, q, searchLabel, clearHref }: {
    t: Translate;
    /** Status value → label, without the "all" choice. */
    statuses: Record<string, string>;
    status?: string;
    q: string;
    searchLabel: string;
    /** The list without filters. */
    clearHref: string;
  },
) {
  const filtered = q !== "" || status !== undefined;
  return (
    <form method="get" class="toolbar" role="search">
      <div class="field shop-search">
        <label for="shop-search">{searchLabel}</label>
        <input id="shop-search" type="search" name="q" value={q} />
      </div>
      <Field
        t={t}
        name="status"
        label="shopAdmin.filter.status"
        options={{ "": t("shopAdmin.filter.allStatuses"), ...statuses }}
        values={{ status: status ?? "" }}
      />
      <button type="submit" class="button-secondary">
        {t("shopAdmin.filter.apply")}
      </button>
      {filtered && (
        <a class="button button-secondary" href={clearHref}>
          {t("shopAdmin.filter.clear")}
        </a>
      )}
    </form>
  );
}
