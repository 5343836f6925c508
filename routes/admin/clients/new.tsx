import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { createClient } from "@/lib/crm/clients.ts";
import { CONTACT_FIELD_NAMES, newClientForm } from "./(_shared)/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { CsrfField } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { ClientFields, ContactFields } from "@/components/crm/ClientFields.tsx";

type Ctx = FreshContext<State, FormState>;

/** Admin → Clients → New: the client and its primary contact in one form. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    return ctx.render({ values: { contact_locale: ctx.state.locale } });
  },
  async POST(req: Request, ctx: Ctx) {
    const actor = staffActor(ctx.state);
    const { db, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: newClientForm,
      run: (input) => createClient(db, actor, input, now()),
      rename: CONTACT_FIELD_NAMES,
      invalid: (form, status) => ctx.render(form, { status }),
      done: (clientId) => ({
        to: `/admin/clients/${clientId}`,
        flash: { kind: "success", message: "crm.client.created" },
      }),
    });
  },
};

export default function NewClient(
  { state, data }: PageProps<FormState, State>,
) {
  const { t, csrf } = state;
  return (
    <>
      <PageHeader
        title={t("crm.clients.new")}
        back={{ href: "/admin/clients", label: t("crm.client.back") }}
      />
      <form method="post" class="form form-wide" novalidate>
        <CsrfField token={csrf} />
        <fieldset class="card">
          <legend>{t("crm.client.detailsSection")}</legend>
          <ClientFields t={t} {...data} />
        </fieldset>
        <fieldset class="card">
          <legend>{t("crm.client.contactSection")}</legend>
          <p class="muted">{t("crm.client.contactSectionHint")}</p>
          <ContactFields t={t} {...data} />
        </fieldset>
        <div class="form-actions">
          <button type="submit">{t("crm.client.create")}</button>
          <a class="button button-secondary" href="/admin/clients">
            {t("form.cancel")}
          </a>
        </div>
      </form>
    </>
  );
}
