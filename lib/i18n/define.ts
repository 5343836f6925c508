/**
 * One catalog per area, each with English and German side by side: a key
 * missing in German is a type error here, and `i18n_test.ts` checks keys and
 * `{placeholders}` at run time as well.
 */
export function defineMessages<const En extends Record<string, string>>(
  en: En,
  de: { [K in keyof En]: string },
): { en: En; de: { [K in keyof En]: string } } {
  return { en, de };
}
