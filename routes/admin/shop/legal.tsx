import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { assertAdmin, staffActor } from "@/lib/http/guards.ts";
import {
  getLegalTexts,
  LEGAL_TEXT_MAX,
  type LegalTexts,
  saveLegalTexts,
} from "@/lib/shop/legal_texts.ts";
import type { MessageKey } from "@/lib/i18n/mod.ts";
import { CsrfField, Field, FormError } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";

const legalText = () =>
  z.string().trim().max(LEGAL_TEXT_MAX, "form.tooLong").default("");

const legalTextsForm = z.object({
  termsEn: legalText(),
  termsDe: legalText(),
  privacyEn: legalText(),
  privacyDe: legalText(),
});

const FIELDS: [keyof LegalTexts, MessageKey][] = [
  ["termsDe", "shopAdmin.legal.termsDe"],
  ["termsEn", "shopAdmin.legal.termsEn"],
  ["privacyDe", "shopAdmin.legal.privacyDe"],
  ["privacyEn", "shopAdmin.legal.privacyEn"],
];

type Ctx = FreshContext<State, FormState>;

/** Admin → Shop → Legal texts (administrators): terms of sale and privacy policy. */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    return ctx.render({ values: await getLegalTexts(ctx.state.services.db) });
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: legalTextsForm,
      run: (data) => saveLegalTexts(db, staffActor(ctx.state), data, now()),
      invalid: (form, status) => ctx.render(form, { status }),
      done: () => ({
        to: "/admin/shop/legal",
        flash: { kind: "success", message: "shopAdmin.legal.saved" },
      }),
    });
  },
};

export default function LegalTextsPage(
  { state, data }: PageProps<FormState, State>,
) {
  const { t } = state;
  return (
    <>
      <PageHeader
        title={t("shopAdmin.legal.title")}
        intro={t("shopAdmin.legal.intro")}
      />
      <form method="post" class="form form-wide" novalidate>
        <CsrfField token={state.csrf} />
        <FormError t={t} errors={data.errors} />
        {FIELDS.map(([name, label]) => (
          <Field
            key={name}
            t={t}
            name={name}
            label={label}
            multiline
            {...data}
          />
        ))}
        <button type="submit">{t("shopAdmin.legal.save")}</button>
      </form>
    </>
  );
}
