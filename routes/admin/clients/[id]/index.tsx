import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { ValidationError } from "@/lib/errors.ts";
import {
  addContact,
  type ClientDetails,
  type ContactSummary,
  getClient,
  inviteClientContact,
  updateClient,
} from "@/lib/crm/clients.ts";
import { PortalDisabledError } from "@/lib/crm/errors.ts";
import {
  clientForm,
  clientFormValues,
  CONTACT_FIELD_NAMES,
  contactIdForm,
  newContactForm,
} from "../(_shared)/forms.ts";
import { formIntent, type FormState } from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { formatDate, formatDateTime, type Translate } from "@/lib/i18n/mod.ts";
import { CheckboxField } from "@/components/CheckboxField.tsx";
import { CsrfField } from "@/components/Field.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { ClientFields, ContactFields } from "@/components/crm/ClientFields.tsx";
import { clientName } from "@/components/crm/clientName.ts";
import { ClientOverview } from "@/components/crm/ClientOverview.tsx";
import {
  type ClientOverview as ClientOverviewData,
  getClientOverview,
} from "@/lib/crm/client_overview.ts";
import { moduleOpen } from "@/lib/app/domains.ts";

interface ClientPageData {
  details: ClientDetails;
  overview: ClientOverviewData;
  bookingsOpen: boolean;
  activityOpen: boolean;
  /** The business time zone the dates are shown in. */
  timeZone: string;
  edit: FormState;
  newContact: FormState;
}

type Ctx = FreshContext<State, ClientPageData>;

async function showClient(
  ctx: Ctx,
  clientId: string,
  forms: { edit?: FormState; newContact?: FormState } = {},
  status = 200,
) {
  const { services } = ctx.state;
  const now = services.now();
  const details = await getClient(services.db, clientId);
  const [{ timeZone }, overview, bookingsOpen, activityOpen] = await Promise
    .all([
      ctx.state.business(),
      getClientOverview(services.db, clientId, now),
      moduleOpen(services, "booking", now),
      moduleOpen(services, "activity", now),
    ]);
  return ctx.render({
    details,
    overview,
    bookingsOpen,
    activityOpen,
    timeZone,
    edit: forms.edit ?? { values: clientFormValues(details.client) },
    newContact: forms.newContact ??
      { values: { contact_locale: ctx.state.locale } },
  }, { status });
}

async function saveDetails(req: Request, ctx: Ctx, clientId: string) {
  const { db, now } = ctx.state.services;
  return await submitForm(req, ctx.state.secure, {
    schema: clientForm,
    run: (input) =>
      updateClient(db, staffActor(ctx.state), clientId, input, now()),
    invalid: (edit, status) => showClient(ctx, clientId, { edit }, status),
    done: () => ({
      to: `/admin/clients/${clientId}`,
      flash: { kind: "success", message: "crm.client.saved" },
    }),
  });
}

async function addContactTo(req: Request, ctx: Ctx, clientId: string) {
  const { db, now } = ctx.state.services;
  return await submitForm(req, ctx.state.secure, {
    schema: newContactForm,
    run: (input) =>
      addContact(db, staffActor(ctx.state), clientId, input, now()),
    rename: CONTACT_FIELD_NAMES,
    invalid: (newContact, status) =>
      showClient(ctx, clientId, { newContact }, status),
    done: () => ({
      to: `/admin/clients/${clientId}`,
      flash: { kind: "success", message: "crm.contact.added" },
    }),
  });
}

async function invite(req: Request, ctx: Ctx, clientId: string) {
  const { db, now, config } = ctx.state.services;
  const to = `/admin/clients/${clientId}`;
  return await submitForm(req, ctx.state.secure, {
    schema: contactIdForm,
    run: (data) =>
      inviteClientContact(
        db,
        staffActor(ctx.state),
        clientId,
        data.contact_id,
        config.appUrl,
        now(),
      ),
    invalid: ({ errors = {} }) => {
      throw new ValidationError(errors);
    },
    refused: (error) =>
      error instanceof PortalDisabledError
        ? {
          to,
          flash: { kind: "error", message: "crm.contact.portalDisabled" },
        }
        : undefined,
    done: () => ({
      to,
      flash: { kind: "success", message: "crm.contact.invited" },
    }),
  });
}

/** Admin → Clients → one client: details, contacts, edit, add, invite. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    return showClient(ctx, uuidParam(ctx.params.id));
  },
  async POST(req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    const clientId = uuidParam(ctx.params.id);
    switch (await formIntent(req)) {
      case "update":
        return await saveDetails(req, ctx, clientId);
      case "add_contact":
        return await addContactTo(req, ctx, clientId);
      case "invite":
        return await invite(req, ctx, clientId);
      default:
        throw new ValidationError({ intent: "form.invalid" });
    }
  },
};

function PortalBadge(
  { t, contact }: { t: Translate; contact: ContactSummary },
) {
  if (!contact.portal_enabled) {
    return <span class="badge">{t("crm.contact.portal.off")}</span>;
  }
  return contact.has_password
    ? <span class="badge badge-active">{t("crm.contact.portal.active")}</span>
    : (
      <span class="badge badge-pending">
        {t("crm.contact.portal.notSetUp")}
      </span>
    );
}

export default function ClientPage(
  { state, data }: PageProps<ClientPageData, State>,
) {
  const { t, csrf, locale } = state;
  const { client, contacts } = data.details;
  const primary = contacts.find((contact) => contact.is_primary);
  const title = clientName(t, client.company, primary?.name);
  const base = `/admin/clients/${client.id}`;
  const place = [client.postal_code, client.city].filter(Boolean).join(" ");
  const rows: [string, string | null][] = [
    [t("crm.client.company"), client.company ?? t("crm.client.privatePerson")],
    [t("crm.client.vatNumber"), client.vat_number],
    [t("crm.client.address"), client.address],
    [`${t("crm.client.postalCode")}, ${t("crm.client.city")}`, place || null],
    [t("crm.client.country"), client.country],
    [t("crm.phone"), client.phone],
    [t("crm.client.buyerReference"), client.buyer_reference],
    [
      t("crm.client.addedOn"),
      formatDate(locale, client.created_at, data.timeZone),
    ],
  ];
  return (
    <>
      <PageHeader
        title={title}
        back={{ href: "/admin/clients", label: t("crm.client.back") }}
      >
        <a class="button" href="#add-contact">{t("crm.contact.add")}</a>
      </PageHeader>

      <section class="card section">
        <h2>{t("crm.client.details")}</h2>
        <dl class="details">
          {rows.filter(([, value]) => value).map(([label, value]) => (
            <>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </>
          ))}
        </dl>
        <details class="disclosure" open={data.edit.errors !== undefined}>
          <summary>{t("crm.client.edit")}</summary>
          <form method="post" class="form" novalidate>
            <CsrfField token={csrf} />
            <input type="hidden" name="intent" value="update" />
            <ClientFields t={t} {...data.edit} />
            <div>
              <button type="submit">{t("crm.client.saveChanges")}</button>
            </div>
          </form>
        </details>
      </section>

      <ClientOverview
        overview={data.overview}
        bookingsOpen={data.bookingsOpen}
        activityOpen={data.activityOpen}
        t={t}
        locale={locale}
        timeZone={data.timeZone}
      />

      <section class="section">
        <h2>{t("crm.contacts.title")}</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("auth.name")}</th>
                <th scope="col">{t("auth.email")}</th>
                <th scope="col">{t("crm.phone")}</th>
                <th scope="col">{t("crm.language")}</th>
                <th scope="col">{t("crm.contact.portal")}</th>
                <th scope="col">{t("crm.contact.lastLogin")}</th>
                <th scope="col">{t("crm.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact) => (
                <tr>
                  <td>
                    {contact.name}{" "}
                    {contact.is_primary && (
                      <span class="badge badge-trial">
                        {t("crm.contact.primary")}
                      </span>
                    )}
                  </td>
                  <td>{contact.email}</td>
                  <td>{contact.phone}</td>
                  <td>{t(`crm.locale.${contact.locale}`)}</td>
                  <td>
                    <PortalBadge t={t} contact={contact} />
                  </td>
                  <td>
                    {contact.last_login_at
                      ? formatDateTime(
                        locale,
                        contact.last_login_at,
                        data.timeZone,
                      )
                      : <span class="muted">{t("crm.contact.never")}</span>}
                  </td>
                  <td>
                    <div class="row-actions">
                      <a
                        class="button button-secondary"
                        href={`${base}/contacts/${contact.id}`}
                      >
                        {t("crm.contact.edit")}
                      </a>
                      {contact.portal_enabled && (
                        <PostButton
                          csrf={csrf}
                          fields={{ intent: "invite", contact_id: contact.id }}
                          label={t("crm.contact.invite")}
                          variant="secondary"
                        />
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section class="card section" id="add-contact">
        <h2>{t("crm.contact.add")}</h2>
        <form method="post" class="form" novalidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="add_contact" />
          <ContactFields t={t} {...data.newContact} />
          <CheckboxField
            t={t}
            name="is_primary"
            label="crm.contact.makePrimary"
            {...data.newContact}
          />
          <div>
            <button type="submit">{t("crm.contact.add")}</button>
          </div>
        </form>
      </section>
    </>
  );
}
