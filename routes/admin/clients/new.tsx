import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { createClient } from "@/lib/crm/clients.ts";
import { CONTACT_FIELD_NAMES, newClientForm } from "@/lib/http/crm_forms.ts";
import { redirect } from "@/lib/http/flash.ts";
import {
  domainFieldErrors,
  type FormState,
  parseForm,
} from "@/lib/http/forms.ts";
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
    const form = await parseForm(req, newClientForm);
    if (!form.ok) return ctx.render(form, { status: 422 });
    let clientId: string;
    try {
      clientId = await createClient(db, actor, form.data, now());
    } catch (error) {
      const errors = domainFieldErrors(error, CONTACT_FIELD_NAMES);
      return ctx.render({ values: form.values, errors }, { status: 422 });
    }
    return redirect(`/admin/clients/${clientId}`, {
      kind: "success",
      message: "crm.client.created",
    }, ctx.state.secure);
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
