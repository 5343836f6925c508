/**
 * Shared `Intl` formatters. Building a formatter costs tens of
 * microseconds (locale data, time zone rules) while using one costs about
 * one, and a booking page formats every slot and price: so formatters are
 * built once per locale and options and kept. Safe in the browser too
 * (islands import it).
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<F>(
  cache: Map<string, F>,
  locale: string,
  options: object,
  make: () => F,
): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(
    dateTimeFormats,
    locale,
    options,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return cached(
    numberFormats,
    locale,
    options,
    () => new Intl.NumberFormat(locale, options),
  );
}
