import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * A client's standing buyer reference: the Leitweg-ID a German public
 * buyer gives its suppliers (or a company's fixed order reference). The
 * checkout puts it on the invoice (and its e-invoice, BT-10) when the
 * buyer types none; each invoice keeps its own copy in `buyer`.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table clients
      add column buyer_reference text
        check (length(buyer_reference) between 1 and 100
               and buyer_reference !~ '[[:cntrl:]]');
  `,
  );
}
