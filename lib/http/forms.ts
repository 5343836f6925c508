/**
 * Form parsing at the edge: a zod schema whose messages are catalog keys,
 * so errors come back in the visitor's language, and the submitted values
 * are kept to re-render the form (never passwords).
 */
import { z } from "zod";
import { type FieldErrors, ValidationError } from "../errors.ts";
import { isMessageKey } from "../i18n/mod.ts";
import { readFormData } from "./body_limit.ts";
import { CSRF_FIELD } from "./csrf.ts";
import { isStorableText } from "../validation.ts";

export type FormValues = Record<string, string>;

/** What a form page needs to show errors and keep values after a failed POST. */
export interface FormState {
  values?: FormValues;
  errors?: FieldErrors;
}

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

/**
 * The parameters a message about `issue` names: the limit of a length or
 * range check (`{max}`, `{min}`), or what a custom check passed along.
 */
function issueParams(
  issue: z.core.$ZodIssue,
): Record<string, string | number> | undefined {
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "custom" && issue.params) {
    return issue.params as Record<string, string | number>;
  }
  return undefined;
}

/**
 * Turns zod issues into field → message key (with the limits it names),
 * first issue per field.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (errors[field] !== undefined) continue;
    if (!isMessageKey(issue.message)) errors[field] = "form.invalid";
    else {
      const params = issueParams(issue);
      errors[field] = params ? { key: issue.message, params } : issue.message;
    }
  }
  return errors;
}

/**
 * Reports the issues of a nested parse as issues of the form being
 * parsed, each with the limits its message names, so a form made of
 * parts still shows every error at once.
 */
export function forwardIssues(error: z.ZodError, ctx: z.RefinementCtx): void {
  for (const issue of error.issues) {
    ctx.addIssue({
      code: "custom",
      path: issue.path,
      message: issue.message,
      params: issueParams(issue),
    });
  }
}

/**
 * Reads a url-encoded or multipart body and validates it with `schema`.
 * A body that is no form (a browser never sends one) is refused with 415
 * or 400 by `readFormData`; a form with bad fields comes back as errors.
 */
export async function parseForm<S extends z.ZodType>(
  req: Request,
  schema: S,
): Promise<FormResult<z.infer<S>>> {
  const form = await readFormData(req);
  const raw: Record<string, string | string[]> = {};
  const values: FormValues = {};
  // A NUL cannot be stored (Postgres text refuses it): refused here, for
  // every form, rather than failing the query later.
  const unstorable: FieldErrors = {};
  for (const [key, value] of form) {
    if (typeof value !== "string" || key === CSRF_FIELD) continue;
    const existing = raw[key];
    raw[key] = existing === undefined ? value : [existing, value].flat();
    if (!isStorableText(value)) unstorable[key] = "form.invalid";
    if (!/password/i.test(key)) values[key] = value.replaceAll("\u0000", "");
  }
  const parsed = schema.safeParse(raw);
  if (Object.keys(unstorable).length) {
    const errors = parsed.success ? {} : fieldErrors(parsed.error);
    return { ok: false, errors: { ...errors, ...unstorable }, values };
  }
  return parsed.success
    ? { ok: true, data: parsed.data, values }
    : { ok: false, errors: fieldErrors(parsed.error), values };
}

/** A required single-line text field of at most `max` characters. */
export const requiredText = (max = 200) =>
  z.string({ error: "form.required" }).trim().min(1, "form.required").max(
    max,
    "form.tooLong",
  );

/** An optional text field: empty becomes undefined. */
export const optionalText = (max = 200) =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? undefined : value,
    z.string().trim().max(max, "form.tooLong").optional(),
  );

/** An email address, trimmed and lower-cased. */
export const emailField = () =>
  z.string({ error: "form.required" }).trim().min(1, "form.required").max(
    254,
    "form.tooLong",
  )
    .pipe(z.email("form.email")).transform((value) => value.toLowerCase());

/** A new password (length checked; the hash is memory-hard). */
export const newPassword = () =>
  z.string({ error: "form.required" }).min(10, "auth.passwordTooShort").max(
    200,
    "form.tooLong",
  );

/** A checkbox: present means true. */
export const checkbox = () =>
  z.preprocess((value) => value === "on" || value === "true", z.boolean());

/**
 * The field errors of a `ValidationError` thrown by domain code (e.g. an
 * email already in use), with its field names mapped to the form's; any
 * other error is rethrown.
 */
export function domainFieldErrors(
  error: unknown,
  rename: Record<string, string> = {},
): FieldErrors {
  if (!(error instanceof ValidationError)) throw error;
  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(error.fields)) {
    errors[rename[field] ?? field] = message;
  }
  return errors;
}

/**
 * One field of a form, read from a copy of the body so `parseForm` can
 * still read the request: the `intent` of a page with several forms, or
 * what decides which schema the rest of the form is checked with.
 */
export async function formField(
  req: Request,
  name: string,
): Promise<string | undefined> {
  try {
    const value = (await readFormData(req.clone())).get(name);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The `intent` field of a page with several forms posting to one URL. */
export function formIntent(req: Request): Promise<string | undefined> {
  return formField(req, "intent");
}
