/**
 * Credit notes (Rechnungskorrektur / Storno): the only way to correct or
 * cancel an issued invoice. A credit note has its own gap-free number
 * sequence per year (`CN-<year>-0001`), names the invoice it corrects,
 * carries negative amounts and keeps that invoice's VAT treatment, rate
 * and note (§19, reverse charge, export). It credits whole lines or part
 * of a line's net amount, never more than is still uncredited, and is
 * kept as issued (migration 0015).
 *
 * Other modules use `issueCreditNote` (cancelling an order here, refunds
 * in the payments code) and `uncreditedLines` to see what is left.
 */
import { type RawBuilder, type Selectable, sql } from "kysely";
import { type Actor, recordAudit } from "../audit.ts";
import type { Database } from "../db/database.ts";
import type {
  CreditNote,
  CreditNoteItemsTable,
  EmailAttachment,
  Invoice,
} from "../db/schema.ts";
import { inTransaction } from "../db/transaction.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { creditNoteEmail } from "./emails.tsx";
import { nextNumber, sellerDate } from "./invoices.ts";
import { vatOf } from "./vat.ts";
import { getSellerLogo, type SellerLogo } from "./logo.ts";

/** Credit note numbers are `CN-<year>-<0001…>`, their own sequence. */
export const CREDIT_NOTE_PREFIX = "CN";

/** The longest reason a credit note takes. */
export const REASON_MAX = 500;

/** A line of the invoice with what is still left to credit on it. */
export interface UncreditedLine {
  invoiceItemId: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
  /** The line's net as invoiced. */
  netCents: number;
  /** Net not yet credited by earlier credit notes; 0 when fully credited. */
  remainingCents: number;
}

/** Every line of the invoice with its uncredited net, in invoice order. */
export async function uncreditedLines(
  db: Database,
  invoiceId: string,
): Promise<UncreditedLine[]> {
  const rows = await db.selectFrom("invoice_items as i")
    .select((eb) => [
      "i.id",
      "i.description",
      "i.quantity",
      "i.unit_price_cents",
      "i.total_cents",
      eb.fn.coalesce(
        eb.selectFrom("credit_note_items as c")
          .select((c) => c.fn.sum<string>("c.total_cents").as("credited"))
          .whereRef("c.invoice_item_id", "=", "i.id"),
        eb.lit(0),
      ).as("credited"),
    ])
    .where("i.invoice_id", "=", invoiceId)
    .orderBy("i.description").orderBy("i.id").execute();
  return rows.map((row) => ({
    invoiceItemId: row.id,
    description: row.description,
    quantity: row.quantity,
    unitPriceCents: row.unit_price_cents,
    netCents: row.total_cents,
    remainingCents: row.total_cents + Number(row.credited),
  }));
}

/**
 * The gross its credit notes took off an invoice, as a positive amount
 * (bigint text): a subquery for the invoice id in `invoiceIdColumn`
 * (e.g. "i.id"). What is owed on an open invoice is its total less this
 * and less what was paid.
 */
export function creditedCentsSql(invoiceIdColumn: string): RawBuilder<string> {
  return sql<string>`(select coalesce(-sum(cn.total_cents), 0)
    from credit_notes cn where cn.invoice_id = ${sql.ref(invoiceIdColumn)})`;
}

/** The VAT of an invoice's credit notes so far (zero or negative). */
async function creditedTaxCents(
  db: Database,
  invoiceId: string,
): Promise<number> {
  const { tax } = await db.selectFrom("credit_notes")
    .select((eb) =>
      eb.fn.coalesce(eb.fn.sum<string>("tax_cents"), eb.lit(0)).as("tax")
    )
    .where("invoice_id", "=", invoiceId).executeTakeFirstOrThrow();
  return Number(tax);
}

/** One invoice line to credit. */
export interface CreditLine {
  invoiceItemId: string;
  /** Net cents to credit (positive); all that remains of the line when absent. */
  netCents?: number;
}

export interface CreditNoteRequest {
  invoiceId: string;
  /** The lines to credit; absent: everything still uncredited (a Storno). */
  lines?: CreditLine[];
  /** Why, printed on the credit note (1–500 characters). */
  reason: string;
  /**
   * False: the caller mails the buyer the note itself, with its own
   * message (a refund does). Emailed here by default.
   */
  email?: boolean;
}

export interface IssuedCreditNote {
  id: string;
  number: string;
  /** Gross, negative. */
  totalCents: number;
  /** Nothing is left to credit on the invoice after this one. */
  invoiceFullyCredited: boolean;
}

/** Refused: the lines ask for more than is left to credit (or nothing is left). */
function exceeds(): ValidationError {
  return new ValidationError(
    { lines: "billing.creditNote.exceeds" },
    "This is more than remains to be credited on the invoice.",
  );
}

/** The credit note's lines: whole lines as invoiced, parts as one amount. */
function creditedLines(
  open: UncreditedLine[],
  wanted: CreditLine[],
): Omit<Selectable<CreditNoteItemsTable>, "id" | "credit_note_id">[] {
  const seen = new Set<string>();
  return wanted.map((line) => {
    const item = open.find((o) => o.invoiceItemId === line.invoiceItemId);
    if (!item || seen.has(line.invoiceItemId)) {
      throw new ValidationError(
        { lines: "billing.creditNote.unknownLine" },
        "A line is not on this invoice (or named twice).",
      );
    }
    seen.add(line.invoiceItemId);
    const net = line.netCents ?? item.remainingCents;
    if (!Number.isSafeInteger(net) || net <= 0 || net > item.remainingCents) {
      throw exceeds();
    }
    // A line never credited before, credited whole, repeats the invoice's
    // quantity and unit price; anything else is one amount.
    const whole = net === item.netCents;
    const quantity = whole ? item.quantity : 1;
    const unit = whole ? item.unitPriceCents : net;
    return {
      invoice_item_id: item.invoiceItemId,
      description: item.description,
      quantity,
      unit_price_cents: -unit,
      total_cents: -quantity * unit,
    };
  });
}

/**
 * Issues a credit note for `request.invoiceId`, in one transaction (the
 * caller's, when `db` is one): the invoice row is locked, so concurrent
 * credit notes for one invoice take turns and can never together credit
 * more than it was worth. Without `lines` it credits everything still
 * uncredited; an open invoice left with nothing to credit becomes
 * `cancelled`. The buyer is emailed the credit note (PDF attached, in
 * the invoice's language) through the outbox, unless `email` is false.
 *
 * Refused with nothing written: an unknown invoice (`NotFoundError`), an
 * empty or over-long reason (`ValidationError` on `reason`), a line not
 * on the invoice or more than remains uncredited (`ValidationError` on
 * `lines`).
 *
 * @example await issueCreditNote(db, { type: "system" }, { invoiceId, reason: "Refund" }, now)
 * // { id, number: "CN-2027-0001", totalCents: -11900, invoiceFullyCredited: true }
 */
export async function issueCreditNote(
  db: Database,
  actor: Actor,
  request: CreditNoteRequest,
  now: Date,
): Promise<IssuedCreditNote> {
  const reason = request.reason.trim();
  if (!reason || reason.length > REASON_MAX) {
    throw new ValidationError(
      {
        reason: reason
          ? {
            key: "billing.creditNote.reasonLength",
            params: { max: REASON_MAX },
          }
          : "billing.creditNote.reasonRequired",
      },
    );
  }
  return await inTransaction(db, async (tx) => {
    const invoice = await tx.selectFrom("invoices").selectAll()
      .where("id", "=", request.invoiceId).forUpdate().executeTakeFirst();
    if (!invoice) {
      throw new NotFoundError("Unknown invoice.", "INVOICE_NOT_FOUND");
    }
    const open = await uncreditedLines(tx, invoice.id);
    const wanted = request.lines ??
      open.filter((line) => line.remainingCents > 0)
        .map((line) => ({ invoiceItemId: line.invoiceItemId }));
    if (wanted.length === 0) throw exceeds();
    const lines = creditedLines(open, wanted);
    const netCents = lines.reduce((sum, line) => sum + line.total_cents, 0);
    const left = open.reduce((sum, line) => sum + line.remainingCents, 0) +
      netCents;
    // VAT is rounded per document; the note that credits the rest takes
    // the rest of the invoice's VAT, so the notes add up to the invoice
    // to the cent (EN 16931's BR-CO-17 allows the cent). Never above zero:
    // a run of tiny notes may have rounded up more than the invoice had.
    const taxCents = left === 0
      ? Math.min(0, -invoice.tax_cents - await creditedTaxCents(tx, invoice.id))
      : vatOf(netCents, invoice.tax_rate_basis_points);
    const issuedOn = sellerDate(now);
    const number = await nextNumber(
      tx,
      "credit_note_sequences",
      CREDIT_NOTE_PREFIX,
      Number(issuedOn.slice(0, 4)),
    );
    const note = await tx.insertInto("credit_notes").values({
      number,
      invoice_id: invoice.id,
      client_id: invoice.client_id,
      reason,
      locale: invoice.locale,
      currency: invoice.currency,
      vat_treatment: invoice.vat_treatment,
      tax_rate_basis_points: invoice.tax_rate_basis_points,
      subtotal_cents: netCents,
      tax_cents: taxCents,
      total_cents: netCents + taxCents,
      issued_at: now,
      issued_by: actor.type === "staff" ? actor.id ?? null : null,
    }).returning(["id", "number", "total_cents"]).executeTakeFirstOrThrow();
    await tx.insertInto("credit_note_items")
      .values(lines.map((line) => ({ ...line, credit_note_id: note.id })))
      .execute();
    if (left === 0 && invoice.status === "open") {
      await tx.updateTable("invoices").set({ status: "cancelled" })
        .where("id", "=", invoice.id).execute();
    }
    await recordAudit(tx, actor, "credit_note.issue", "invoice", invoice.id, {
      creditNote: number,
      totalCents: note.total_cents,
    }, now);
    if (request.email !== false) {
      await enqueueEmail(tx, `credit-note:${note.id}`, {
        ...creditNoteEmail({
          to: invoice.buyer.email,
          name: invoice.buyer.name,
          locale: invoice.locale,
          number,
          invoiceNumber: invoice.number,
        }),
        attachments: [creditNotePdfAttachment(note)],
      });
    }
    return {
      id: note.id,
      number,
      totalCents: note.total_cents,
      invoiceFullyCredited: left === 0,
    };
  });
}

/** A credit note with its lines and the invoice it corrects. */
export interface CreditNoteDocument {
  creditNote: CreditNote;
  items: Selectable<CreditNoteItemsTable>[];
  invoice: Invoice;
  /** The seller's logo when one is set (lib/billing/logo.ts). */
  logo?: SellerLogo | null;
}

/** One credit note; for a portal client only their own (else NotFoundError). */
export async function loadCreditNote(
  db: Database,
  creditNoteId: string,
  clientId?: string,
): Promise<CreditNoteDocument> {
  const creditNote = await db.selectFrom("credit_notes").selectAll()
    .where("id", "=", creditNoteId)
    .$if(clientId !== undefined, (qb) => qb.where("client_id", "=", clientId!))
    .executeTakeFirst();
  if (!creditNote) {
    throw new NotFoundError("Unknown credit note.", "CREDIT_NOTE_NOT_FOUND");
  }
  const [items, invoice, logo] = await Promise.all([
    db.selectFrom("credit_note_items").selectAll()
      .where("credit_note_id", "=", creditNoteId)
      .orderBy("description").orderBy("id").execute(),
    db.selectFrom("invoices").selectAll()
      .where("id", "=", creditNote.invoice_id).executeTakeFirstOrThrow(),
    getSellerLogo(db),
  ]);
  return { creditNote, items, invoice, logo };
}

/** A credit note as lists show it. */
export interface CreditNoteSummary {
  id: string;
  number: string;
  issued_at: Date;
  total_cents: number;
  currency: string;
  reason: string;
}

/** The credit notes of one invoice, oldest first. */
export async function listCreditNotes(
  db: Database,
  invoiceId: string,
): Promise<CreditNoteSummary[]> {
  return await db.selectFrom("credit_notes")
    .select(["id", "number", "issued_at", "total_cents", "currency", "reason"])
    .where("invoice_id", "=", invoiceId)
    .orderBy("issued_at").orderBy("number").execute();
}

/** The attachment kind a credit note PDF is queued under. */
export const CREDIT_NOTE_PDF = "credit_note_pdf";

/** The credit note's PDF as an email attachment, rendered when the mail is sent. */
export function creditNotePdfAttachment(
  note: Pick<CreditNote, "id" | "number">,
): EmailAttachment {
  return {
    filename: `${note.number}.pdf`,
    contentType: "application/pdf",
    content: "",
    source: { kind: CREDIT_NOTE_PDF, id: note.id },
  };
}
