import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * What a lawful consumer checkout records with the order: whether a
 * consumer or a business bought (unknown for older orders), and for a
 * consumer's paid order of digital content the consent that delivery
 * starts at once, acknowledging the loss of the right of withdrawal
 * (§356 (5) BGB): its text as shown, the text's version and when it was
 * given. The three are set together or not at all.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table orders
      add column buyer_kind text check (buyer_kind in ('consumer', 'business')),
      add column withdrawal_consent_at timestamptz,
      add column withdrawal_consent_version text
        check (withdrawal_consent_version ~ '^[0-9A-Za-z.-]{1,20}$'),
      add column withdrawal_consent_text text
        check (length(withdrawal_consent_text) between 1 and 2000),
      add constraint orders_withdrawal_consent_whole check (
        (withdrawal_consent_at is null) = (withdrawal_consent_version is null)
        and (withdrawal_consent_at is null) = (withdrawal_consent_text is null)
      );
  `,
  );
}
