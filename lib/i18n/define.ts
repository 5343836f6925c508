/** One message in both languages, so a reviewer reads them side by side. */
export interface Message {
  readonly en: string;
  readonly de: string;
}

/**
 * One catalog per area, one `{ en, de }` entry per key: a key without German
 * is a type error here, and `i18n_test.ts` checks that both languages use the
 * same `{placeholders}` and that every key is used somewhere.
 */
export function defineMessages<const M extends Record<string, Message>>(
  messages: M,
): M {
  return messages;
}
