/** Route and query parameters, checked before they reach a query. */
import { z } from "zod";
import { NotFoundError } from "../errors.ts";

const uuid = z.uuid();

/**
 * A record id from the URL. Anything that is not a uuid cannot name a
 * record, so it is a 404 like an unknown id (and never a database error).
 */
export function uuidParam(value: string | undefined): string {
  const parsed = uuid.safeParse(value);
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}

/** A 1-based page number from the query string; anything else is page 1. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

/** An e-invoice XML syntax from the query string: UBL when asked, else CII (XRechnung). */
export const xmlSyntaxParam = z.enum(["cii", "ubl"]).catch("cii");
