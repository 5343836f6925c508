import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { getContact, updateContact } from "@/lib/crm/clients.ts";
import {
  CONTACT_FIELD_NAMES,
  contactForm,
  contactFormValues,
} from "../../(_shared)/forms.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { CheckboxField } from "@/components/CheckboxField.tsx";
import { CsrfField } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { ContactFields } from "@/components/crm/ClientFields.tsx";

interface ContactPageData {
  clientId: string;
  /** Whether the contact already is the primary one (then it stays so). */
  isPrimary: boolean;
  form: FormState;
}

type Ctx = FreshContext<State, ContactPageData>;

function ids(ctx: Ctx) {
  return {
    clientId: uuidParam(ctx.params.id),
    contactId: uuidParam(ctx.params.contactId),
  };
}

/** Admin → Clients → one contact: name, email, language, primary, portal access. */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    const { clientId, contactId } = ids(ctx);
    const contact = await getContact(
      ctx.state.services.db,
      clientId,
      contactId,
    );
    return ctx.render({
      clientId,
      isPrimary: contact.is_primary,
      form: { values: contactFormValues(contact) },
    });
  },
  async POST(req: Request, ctx: Ctx) {
    const actor = staffActor(ctx.state);
    const { db, now } = ctx.state.services;
    const { clientId, contactId } = ids(ctx);
    return await submitForm(req, ctx.state.secure, {
      schema: contactForm,
      run: (input) =>
        updateContact(db, actor, clientId, contactId, input, now()),
      rename: CONTACT_FIELD_NAMES,
      async invalid(form, status) {
        const contact = await getContact(db, clientId, contactId);
        return ctx.render({ clientId, isPrimary: contact.is_primary, form }, {
          status,
        });
      },
      done: () => ({
        to: `/admin/clients/${clientId}`,
        flash: { kind: "success", message: "crm.contact.saved" },
      }),
    });
  },
};

export default function ContactPage(
  { state, data }: PageProps<ContactPageData, State>,
) {
  const { t, csrf } = state;
  return (
    <>
      <PageHeader
        title={t("crm.contact.editTitle")}
        back={{
          href: `/admin/clients/${data.clientId}`,
          label: t("crm.contact.backToClient"),
        }}
      />
      <form method="post" class="form card" novalidate>
        <CsrfField token={csrf} />
        <ContactFields t={t} {...data.form} />
        {data.isPrimary
          ? <p class="muted">{t("crm.contact.isPrimary")}</p>
          : (
            <CheckboxField
              t={t}
              name="is_primary"
              label="crm.contact.makePrimary"
              {...data.form}
            />
          )}
        <CheckboxField
          t={t}
          name="portal_enabled"
          label="crm.contact.portalEnabled"
          {...data.form}
        />
        <div class="form-actions">
          <button type="submit">{t("form.save")}</button>
          <a
            class="button button-secondary"
            href={`/admin/clients/${data.clientId}`}
          >
            {t("form.cancel")}
          </a>
        </div>
      </form>
    </>
  );
}
