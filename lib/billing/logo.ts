/**
 * The seller's logo on invoices and credit notes (PDF and HTML): one PNG
 * or JPEG of at most 512 KB, stored in the database. The type is taken
 * from the file's first bytes, never from its name or the browser's
 * claim, and the image must be one the PDF library can draw.
 */
import { type Actor, recordAudit } from "../audit.ts";
import type { Database } from "../db/database.ts";
import type { SellerLogoTable } from "../db/schema.ts";
import { inTransaction } from "../db/transaction.ts";
import { ValidationError } from "../errors.ts";

/** Largest logo accepted (the column's check says the same). */
export const LOGO_MAX_BYTES = 512 * 1024;

export interface SellerLogo {
  contentType: SellerLogoTable["content_type"];
  bytes: Uint8Array;
  updatedAt: Date;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** PNG or JPEG by magic bytes; null for anything else. */
export function logoType(bytes: Uint8Array): SellerLogo["contentType"] | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  return starts(PNG) ? "image/png" : starts(JPEG) ? "image/jpeg" : null;
}

/**
 * Stores `bytes` as the logo, replacing any; audited. Refused with a
 * `ValidationError` on `logo` (nothing written): empty, over 512 KB, not
 * PNG or JPEG by its bytes, or an image that cannot be read.
 */
export async function saveSellerLogo(
  db: Database,
  actor: Actor,
  bytes: Uint8Array,
  now: Date,
): Promise<void> {
  if (bytes.length === 0) {
    throw new ValidationError({ logo: "billing.logo.required" });
  }
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new ValidationError({
      logo: { key: "billing.logo.tooLarge", params: { max: 512 } },
    });
  }
  const contentType = logoType(bytes);
  if (!contentType) throw new ValidationError({ logo: "billing.logo.type" });
  // pdf-lib is loaded when a logo is checked, not at start-up (pdf.ts).
  const { PDFDocument } = await import("pdf-lib");
  try {
    const pdf = await PDFDocument.create();
    await (contentType === "image/png"
      ? pdf.embedPng(bytes)
      : pdf.embedJpg(bytes));
  } catch {
    throw new ValidationError({ logo: "billing.logo.unreadable" });
  }
  await inTransaction(db, async (tx) => {
    await tx.insertInto("seller_logo")
      .values({ content_type: contentType, bytes, updated_at: now })
      .onConflict((oc) =>
        oc.column("singleton").doUpdateSet({
          content_type: contentType,
          bytes,
          updated_at: now,
        })
      ).execute();
    await recordAudit(tx, actor, "billing.logo.update", "settings", null, {
      contentType,
      bytes: bytes.length,
    }, now);
  });
}

/** Removes the logo (no-op without one); audited. */
export async function removeSellerLogo(
  db: Database,
  actor: Actor,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.deleteFrom("seller_logo").execute();
    await recordAudit(
      tx,
      actor,
      "billing.logo.remove",
      "settings",
      null,
      {},
      now,
    );
  });
}

/** The logo, or null when none is set. */
export async function getSellerLogo(db: Database): Promise<SellerLogo | null> {
  const row = await db.selectFrom("seller_logo")
    .select(["content_type", "bytes", "updated_at"]).executeTakeFirst();
  return row
    ? {
      contentType: row.content_type,
      bytes: new Uint8Array(row.bytes),
      updatedAt: row.updated_at,
    }
    : null;
}

/** When the logo last changed (for cache-busting its URL), or null without one. */
export async function sellerLogoVersion(db: Database): Promise<number | null> {
  const row = await db.selectFrom("seller_logo").select("updated_at")
    .executeTakeFirst();
  return row ? row.updated_at.getTime() : null;
}
