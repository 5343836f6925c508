import {
  formatDate,
  formatMoney,
  isMessageKey,
  type Locale,
  type Translate,
} from "@/lib/i18n/mod.ts";

/** What shop admin and portal components need to show text, money and dates. */
export interface ShopView {
  t: Translate;
  locale: Locale;
  /** The business time zone dates are shown in. */
  timeZone: string;
}

export { taxRatePercent } from "@/lib/i18n/mod.ts";

/** An amount in the reader's number format. */
export function money(view: ShopView, cents: number, currency: string): string {
  return formatMoney(view.locale, cents, currency);
}

/** A date in the business time zone. */
export function day(view: ShopView, date: Date): string {
  return formatDate(view.locale, date, view.timeZone);
}

/**
 * How a payment arrived: the known methods in the reader's language, any
 * other (a provider's own name) as recorded.
 */
export function paymentMethodLabel(t: Translate, method: string): string {
  const key = `shopAdmin.method.${method}`;
  return isMessageKey(key) ? t(key) : method;
}

/** The English or German variant of a name, by the reader's locale. */
export function localizedName(
  locale: Locale,
  item: { name_en: string; name_de: string },
): string {
  return locale === "de" ? item.name_de : item.name_en;
}
