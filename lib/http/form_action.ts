/**
 * The one shape of a form POST: parse the body with a zod schema, call
 * one domain function, and answer 303 with a flash; a bad field (from the
 * schema, or a `ValidationError` the domain throws) re-renders the form
 * with 422, the values kept and each message with its parameters. A
 * refusal that is no bad field (a conflict, a broken rule) is answered as
 * the action's `refused` says, or reaches the error page.
 */
import type { z } from "zod";
import type { FieldErrors } from "../errors.ts";
import { type Flash, redirect } from "./flash.ts";
import {
  domainFieldErrors,
  type FormState,
  type FormValues,
  parseForm,
} from "./forms.ts";

/** Where a successful POST sends the browser, and what it says there. */
export interface FormDone {
  to: string;
  flash?: Flash;
}

/** A redirect with a flash, or a response of its own (a page, a download). */
export type FormAnswer = FormDone | Response;

export interface FormAction<S extends z.ZodType, R> {
  schema: S;
  /** The domain call; what it returns is handed to `done`. */
  run(data: z.infer<S>, values: FormValues): Promise<R>;
  /** Field names of the domain's errors → the form's (`email` → `contact_email`). */
  rename?: Record<string, string>;
  /** The form again, with its errors (answered with 422). */
  invalid(form: FormState, status: 422): Response | Promise<Response>;
  /**
   * The answer to an error `run` threw that is no `ValidationError`
   * (those go to `invalid`); `undefined` lets it through to the error page.
   */
  refused?(
    error: unknown,
    data: z.infer<S>,
    values: FormValues,
  ): FormAnswer | undefined | Promise<FormAnswer | undefined>;
  /** The answer once `run` went through; `values` are the fields as sent. */
  done(
    result: R,
    data: z.infer<S>,
    values: FormValues,
  ): FormAnswer | Promise<FormAnswer>;
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
    result = await action.run(form.data, form.values);
  } catch (error) {
    const refusal = await action.refused?.(error, form.data, form.values);
    if (refusal) return answerWith(refusal, secure);
    const errors: FieldErrors = domainFieldErrors(error, action.rename);
    return await action.invalid({ values: form.values, errors }, 422);
  }
  return answerWith(
    await action.done(result, form.data, form.values),
    secure,
  );
}

function answerWith(answer: FormAnswer, secure: boolean): Response {
  return answer instanceof Response
    ? answer
    : redirect(answer.to, answer.flash, secure);
}
