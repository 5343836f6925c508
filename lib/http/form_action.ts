/**
 * The one shape of a form POST: parse the body with a zod schema, call
 * one domain function, and answer 303 with a flash; a bad field (from the
 * schema, or a `ValidationError` the domain throws) re-renders the form
 * with 422, the values kept and each message with its parameters; other
 * refusals get the page `refused` gives them.
 */
import type { z } from "zod";
import type { FieldErrors } from "../errors.ts";
import { type Flash, redirect } from "./flash.ts";
import { domainFieldErrors, type FormState, parseForm } from "./forms.ts";

/** Where a successful POST sends the browser, and what it says there. */
export interface FormDone {
  to: string;
  flash?: Flash;
}

export interface FormAction<S extends z.ZodType, R> {
  schema: S;
  /** The domain call; what it returns is handed to `done`. */
  run(data: z.infer<S>): Promise<R>;
  /** Field names of the domain's errors → the form's (`email` → `contact_email`). */
  rename?: Record<string, string>;
  /** The form again, with its errors (answered with 422). */
  invalid(form: FormState, status: 422): Response | Promise<Response>;
  /**
   * A refusal that is no field error (a taken time, a stale page): its own
   * answer, or undefined to let it through to the error page.
   */
  refused?(
    error: unknown,
    form: FormState,
  ): Response | undefined | Promise<Response | undefined>;
  done(result: R, data: z.infer<S>): FormDone;
}

/** Runs `action` for the POST `req`; see the module comment. */
export async function submitForm<S extends z.ZodType, R>(
  req: Request,
  secure: boolean,
  action: FormAction<S, R>,
): Promise<Response> {
  const form = await parseForm(req, action.schema);
  if (!form.ok) return await action.invalid(form, 422);
  let result: R;
  try {
    result = await action.run(form.data);
  } catch (error) {
    const answer = await action.refused?.(error, { values: form.values });
    if (answer) return answer;
    const errors: FieldErrors = domainFieldErrors(error, action.rename);
    return await action.invalid({ values: form.values, errors }, 422);
  }
  const { to, flash } = action.done(result, form.data);
  return redirect(to, flash, secure);
}
