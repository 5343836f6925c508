/**
 * German and English: message lookup with `{placeholders}`, the locale a
 * request should use, and dates, times and money through `Intl`.
 */
import activity from "./catalog/activity.ts";
import activityLive from "./catalog/activity_live.ts";
import admin from "./catalog/admin.ts";
import booking from "./catalog/booking.ts";
import bookingAdmin from "./catalog/booking_admin.ts";
import calendars from "./catalog/calendars.ts";
import billing from "./catalog/billing.ts";
import creditNotes from "./catalog/credit_notes.ts";
import core from "./catalog/core.ts";
import licenseClient from "./catalog/license_client.ts";
import shop from "./catalog/shop.ts";
import shopAdmin from "./catalog/shop_admin.ts";
import licensing from "./catalog/licensing.ts";
import crm from "./catalog/crm.ts";
import mailJobs from "./catalog/mail_jobs.ts";
import payments from "./catalog/payments.ts";
import webhooks from "./catalog/webhooks.ts";
import embed from "./catalog/embed.ts";
import { dateTimeFormat, numberFormat } from "../intl.ts";

export type Locale = "de" | "en";
export const LOCALES: readonly Locale[] = ["en", "de"];
export const DEFAULT_LOCALE: Locale = "en";

/** Every catalog; a new area adds its file here. */
export const catalogs = [
  core,
  admin,
  booking,
  bookingAdmin,
  calendars,
  licenseClient,
  licensing,
  mailJobs,
  crm,
  shop,
  shopAdmin,
  payments,
  billing,
  creditNotes,
  activityLive,
  activity,
  webhooks,
  embed,
];

type Catalog = typeof catalogs[number];
type KeysOf<C> = C extends unknown ? keyof C & string : never;
export type MessageKey = KeysOf<Catalog>;

/** The names of the `{name}` placeholders in `Text`, as a union. */
type Placeholders<Text extends string> = Text extends
  `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest>
  : never;

/** The English text of `K`, taken from whichever catalog holds it. */
type EnglishOf<C, K extends string> = C extends
  { readonly [P in K]: { readonly en: infer Text extends string } } ? Text
  : never;

export type MessageParams = Record<string, string | number>;

/**
 * What `t` takes after the key: a value for each placeholder of a literal
 * key, nothing required for plain text. A key known only as a union (a status
 * label, a field error from a form) accepts the parameters of any member, so a
 * plain `MessageParams` record still passes there.
 */
export type ParamsFor<K extends MessageKey> = K extends unknown
  ? [Placeholders<EnglishOf<Catalog, K>>] extends [never]
    ? [params?: MessageParams]
  : [params: Record<Placeholders<EnglishOf<Catalog, K>>, string | number>]
  : never;

const messages: Record<Locale, Map<string, string>> = {
  en: new Map(),
  de: new Map(),
};
for (const catalog of catalogs) {
  for (const [key, message] of Object.entries(catalog)) {
    for (const locale of LOCALES) messages[locale].set(key, message[locale]);
  }
}

/** True when `key` names a message (for keys that arrive from outside). */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === "string" && messages.en.has(key);
}

/** The message `key` in `locale`, with `{name}` placeholders filled in. */
export function t<K extends MessageKey>(
  locale: Locale,
  key: K,
  ...rest: ParamsFor<K>
): string {
  const params: MessageParams | undefined = rest[0];
  const text = messages[locale].get(key) ?? key;
  if (!params) return text;
  return text.replace(
    /\{(\w+)\}/g,
    (whole, name) => name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one locale, handed to pages as `t`. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: ParamsFor<K>
) => string;

export function translator(locale: Locale): Translate {
  return (key, ...params) => t(locale, key, ...params);
}

export function isLocale(value: unknown): value is Locale {
  return value === "de" || value === "en";
}

/** Best match from an `Accept-Language` header, honouring q-values. */
export function localeFromAcceptLanguage(
  header: string | null,
): Locale | undefined {
  if (!header) return undefined;
  const ranked = header.split(",").map((part) => {
    const [tag, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
  }).filter((entry) => entry.q > 0).sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}

/**
 * The locale for a request: the signed-in person's setting, then the
 * language cookie, then the browser's `Accept-Language`, then `fallback`
 * (the business's language; English when not given).
 */
export function resolveLocale(options: {
  userLocale?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
  fallback?: Locale;
}): Locale {
  if (isLocale(options.userLocale)) return options.userLocale;
  if (isLocale(options.cookie)) return options.cookie;
  return localeFromAcceptLanguage(options.acceptLanguage ?? null) ??
    options.fallback ?? DEFAULT_LOCALE;
}

const intlTag: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

/** Date and time, e.g. "3 March 2027, 14:30" / "3. März 2027, 14:30". */
export function formatDateTime(
  locale: Locale,
  date: Date,
  timeZone: string,
): string {
  return dateTimeFormat(intlTag[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

/** Date only, e.g. "3 March 2027". */
export function formatDate(
  locale: Locale,
  date: Date,
  timeZone: string,
): string {
  return dateTimeFormat(intlTag[locale], {
    dateStyle: "long",
    timeZone,
  })
    .format(date);
}

/** Time only, e.g. "14:30". */
export function formatTime(
  locale: Locale,
  date: Date,
  timeZone: string,
): string {
  return dateTimeFormat(intlTag[locale], {
    timeStyle: "short",
    timeZone,
  })
    .format(date);
}

/** Basis points as the percent staff type: 1900 → "19", 750 → "7.5" ("7,5"). */
export function taxRatePercent(basisPoints: number, locale: Locale): string {
  const text = String(basisPoints / 100);
  return locale === "de" ? text.replace(".", ",") : text;
}

/** Money from integer cents, e.g. "€1,234.50" / "1.234,50 €". */
export function formatMoney(
  locale: Locale,
  cents: number,
  currency: string,
): string {
  return numberFormat(intlTag[locale], { style: "currency", currency })
    .format(cents / 100);
}

/**
 * A wait, e.g. "30 seconds" / "15 Minuten": in seconds up to two minutes,
 * above that in whole minutes, rounded up so the wait is never understated.
 */
export function formatWait(locale: Locale, seconds: number): string {
  const [value, unit] = seconds < 120
    ? [seconds, "second"]
    : [Math.ceil(seconds / 60), "minute"];
  return numberFormat(intlTag[locale], {
    style: "unit",
    unit,
    unitDisplay: "long",
  }).format(value);
}
