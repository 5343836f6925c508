/**
 * The embeddable booking widget: which sites may frame `/booking?embed=1`
 * (none by default), and the accent colour a site passes in. The origins
 * are one setting in `options`; the page builds `frame-ancestors` from it.
 */
import type { Database } from "../db/database.ts";
import { readOption, writeOption } from "../options.ts";
import { inTransaction } from "../db/transaction.ts";
import { recordAudit } from "../audit.ts";
import { ValidationError } from "../errors.ts";

const OPTION = "booking.embed";
/** More would make a header no proxy passes. */
export const MAX_EMBED_ORIGINS = 20;

/**
 * An accent colour as the widget's `accent` parameter gives it (`0f766e`
 * or `#0f766e`), as six lower-case hex digits; null for anything else, so
 * nothing but a colour reaches the stylesheet.
 */
export function parseAccent(value: string | null | undefined): string | null {
  const match = value?.match(/^#?([0-9a-fA-F]{6})$/);
  return match ? match[1].toLowerCase() : null;
}

/** `https://example.com` or `http://host:port`: an origin, nothing after it. */
function parseOrigin(line: string): string | null {
  const url = URL.parse(line);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    return null;
  }
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== "/") return null;
  return url.origin;
}

/** The origins allowed to frame the widget; empty: framing is refused. */
export async function getEmbedOrigins(db: Database): Promise<string[]> {
  const raw = await readOption(db, OPTION);
  if (!raw) return [];
  try {
    const origins = (JSON.parse(raw) as { origins?: unknown }).origins;
    return Array.isArray(origins)
      ? origins.filter((o): o is string =>
        typeof o === "string" && parseOrigin(o) === o
      )
      : [];
  } catch {
    return [];
  }
}

/**
 * Stores the origins from `text`, one a line (blank lines skipped); a line
 * that is no origin is refused in field `origins`, naming it.
 */
export async function saveEmbedOrigins(
  db: Database,
  text: string,
  staffId: string,
  now: Date,
): Promise<string[]> {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const origins: string[] = [];
  for (const line of lines) {
    const origin = parseOrigin(line.replace(/\/$/, "") + "/");
    if (!origin) {
      throw new ValidationError({
        origins: { key: "embed.origins.invalid", params: { line } },
      });
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  if (origins.length > MAX_EMBED_ORIGINS) {
    throw new ValidationError({
      origins: {
        key: "embed.origins.tooMany",
        params: { max: MAX_EMBED_ORIGINS },
      },
    });
  }
  await inTransaction(db, async (tx) => {
    await writeOption(tx, OPTION, JSON.stringify({ origins }), now);
    await recordAudit(
      tx,
      { type: "staff", id: staffId },
      "booking.embed_origins",
      "options",
      null,
      { origins },
      now,
    );
  });
  return origins;
}
