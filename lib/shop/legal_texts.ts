/**
 * The shop's terms of sale and privacy policy: plain text the seller
 * writes (admin → Shop → Legal texts), in English and German, one JSON
 * document in `options`. The checkout links both; an unset text says so
 * on its page rather than leaving the link dead.
 */
import { z } from "zod";
import { type Actor, recordAudit } from "../audit.ts";
import { changedFields } from "../db/changes.ts";
import type { Database } from "../db/database.ts";
import type { Locale } from "../db/schema.ts";
import { inTransaction } from "../db/transaction.ts";
import { readOption, writeOption } from "../options.ts";

const OPTION = "shop.legal_texts";

/** The longest text kept (about twenty pages). */
export const LEGAL_TEXT_MAX = 50_000;

/** The documents the checkout links. */
export const LEGAL_DOCUMENTS = ["terms", "privacy"] as const;
export type LegalDocument = typeof LEGAL_DOCUMENTS[number];

const text = z.string().max(LEGAL_TEXT_MAX).catch("");

export const legalTextsSchema = z.object({
  termsEn: text,
  termsDe: text,
  privacyEn: text,
  privacyDe: text,
});

export type LegalTexts = z.infer<typeof legalTextsSchema>;

/** The stored texts; missing or unreadable ones are empty. */
export async function getLegalTexts(db: Database): Promise<LegalTexts> {
  const raw = await readOption(db, OPTION);
  let stored: unknown = {};
  try {
    stored = raw ? JSON.parse(raw) : {};
  } catch {
    // Unreadable means nothing set.
  }
  return legalTextsSchema.parse(
    stored && typeof stored === "object" ? stored : {},
  );
}

/**
 * `document` in `locale`, else in the other language (a seller may write
 * only one), as paragraphs; empty when neither is set.
 */
export async function legalTextParagraphs(
  db: Database,
  document: LegalDocument,
  locale: Locale,
): Promise<string[]> {
  const texts = await getLegalTexts(db);
  const own = texts[`${document}${locale === "de" ? "De" : "En"}`];
  const other = texts[`${document}${locale === "de" ? "En" : "De"}`];
  return (own.trim() ? own : other).split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim()).filter(Boolean);
}

/** Stores the texts (checked at the edge); the audit names the changed ones. */
export async function saveLegalTexts(
  db: Database,
  actor: Actor,
  texts: LegalTexts,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await getLegalTexts(tx);
    await writeOption(tx, OPTION, JSON.stringify(texts), now);
    await recordAudit(tx, actor, "shop.legal.update", "settings", null, {
      changed: changedFields(before, texts),
    }, now);
  });
}
