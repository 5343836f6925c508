import type { Translate } from "@/lib/i18n/mod.ts";

/**
 * How a client is named in lists and titles: the company, or for a
 * private person their primary contact's name.
 */
export function clientName(
  t: Translate,
  company: string | null,
  primaryContactName?: string | null,
): string {
  return company ?? primaryContactName ?? t("crm.client.privatePerson");
}
