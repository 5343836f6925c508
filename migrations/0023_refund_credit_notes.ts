import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * A refund is documented by a credit note (lib/shop/refunds.ts), so it
 * must know which invoice line an order line was invoiced as:
 * `order_lines.invoice_item_id`, set by checkout in the transaction that
 * issues the invoice. Orders so far have one line and their invoice one
 * item, so those are linked here. Issued invoices stay untouched (0014):
 * the link lives on the order line. Each refund names its own credit
 * note, and no credit note documents two refunds.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table order_lines
      add column invoice_item_id uuid unique references invoice_items(id);
    update order_lines l set invoice_item_id = i.id
      from invoices v join invoice_items i on i.invoice_id = v.id
     where v.order_id = l.order_id
       and (select count(*) from order_lines o where o.order_id = l.order_id) = 1
       and (select count(*) from invoice_items x where x.invoice_id = v.id) = 1;
    alter table refunds
      add constraint refunds_credit_note_fk foreign key (credit_note_id) references credit_notes(id),
      add constraint refunds_credit_note_once unique (credit_note_id);
  `,
  );
}
