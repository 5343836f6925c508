/** The checkout quote as the summary shows it, in the visitor's language. */
import type { CheckoutQuote } from "@/lib/shop/pricing.ts";
import { formatMoney, type MessageKey } from "@/lib/i18n/mod.ts";
import type { VatTreatment } from "@/lib/db/schema.ts";
import type { CheckoutSummaryView } from "@/islands/CheckoutSummary.tsx";
import { errorText } from "@/components/Field.tsx";
import { type ShopView, taxRatePercent } from "./format.ts";

/** The note a treatment without VAT carries, as on the invoice. */
const VAT_NOTES: Partial<Record<VatTreatment, MessageKey>> = {
  small_business: "billing.note.small_business",
  reverse_charge: "billing.note.reverse_charge",
  export: "billing.note.export",
};

/** Lines, VAT (rate and amount) and total of `quote`, formatted. */
export function checkoutSummaryView(
  quote: CheckoutQuote,
  { t, locale }: Pick<ShopView, "t" | "locale">,
): CheckoutSummaryView {
  const money = (cents: number) => formatMoney(locale, cents, quote.currency);
  const vatIncluded = quote.basis === "gross";
  const rate = taxRatePercent(quote.vat.rateBasisPoints, locale);
  const note = VAT_NOTES[quote.vat.treatment];
  const problem = Object.values(quote.problems)[0];
  return {
    lines: quote.lines.map((line) => ({
      label: line.description,
      amount: money(line.shownCents),
    })),
    vat: {
      label: quote.vat.rateBasisPoints === 0 ? t("shop.summary.vatNone") : t(
        vatIncluded ? "shop.summary.vatIncluded" : "shop.summary.vatAdded",
        { rate },
      ),
      amount: money(quote.taxCents),
    },
    vatIncluded,
    total: { label: t("shop.summary.total"), amount: money(quote.totalCents) },
    note: note ? t(note) : null,
    problem: problem ? errorText(t, problem) : null,
  };
}

/**
 * What the order button says: a trial starts, a priced order is placed
 * (payment required), a free one is simply ordered.
 */
export function orderButtonKey(trial: boolean, priced: boolean): MessageKey {
  return trial
    ? "shop.startTrial"
    : priced
    ? "shop.placeOrder"
    : "shop.orderFree";
}
