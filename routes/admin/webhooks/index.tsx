import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { checkbox, type FormState, optionalText } from "@/lib/http/forms.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import { webhookEnv } from "@/lib/app/domains.ts";
import {
  createWebhookEndpoint,
  listWebhookEndpoints,
} from "@/lib/webhooks/endpoints.ts";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events.ts";
import { CsrfField, Field } from "@/components/Field.tsx";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { LicenseKey } from "@/components/licensing/LicenseBadges.tsx";
import { DataTable } from "@/components/admin/DataTable.tsx";

/** One checkbox per event, `event.<name>`, so a failed form keeps each tick. */
const endpointForm = z.object({
  url: z.string({ error: "form.required" }).trim().min(1, "form.required")
    .max(2000, "form.tooLong"),
  description: optionalText(200),
  ...Object.fromEntries(
    WEBHOOK_EVENTS.map((event) => [`event.${event}`, checkbox()]),
  ) as Record<
    `event.${typeof WEBHOOK_EVENTS[number]}`,
    ReturnType<typeof checkbox>
  >,
}).transform((form) => ({
  url: form.url,
  description: form.description ?? "",
  events: WEBHOOK_EVENTS.filter((event) => form[`event.${event}`]),
}));

interface WebhooksPageData {
  endpoints: Awaited<ReturnType<typeof listWebhookEndpoints>>;
  timeZone: string;
  form: FormState;
  /** The endpoint just added, in the one response that shows its secret. */
  created?: { url: string; secret: string };
}

type Ctx = FreshContext<State, WebhooksPageData>;

async function show(
  ctx: Ctx,
  extra: { form?: FormState; created?: WebhooksPageData["created"] } = {},
  status = 200,
) {
  const [endpoints, business] = await Promise.all([
    listWebhookEndpoints(ctx.state.services.db),
    ctx.state.business(),
  ]);
  return ctx.render({
    endpoints,
    timeZone: business.timeZone,
    form: extra.form ?? {},
    created: extra.created,
    // A secret is in this page exactly once: no cache may keep a copy.
  }, { status, headers: { "cache-control": "no-store" } });
}

/** Admin → Webhooks: the endpoints, and adding one (administrators only). */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    return show(ctx);
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const services = ctx.state.services;
    const staffId = ctx.state.staffSession.user.id;
    return await submitForm(req, ctx.state.secure, {
      schema: endpointForm,
      run: (input) =>
        createWebhookEndpoint(
          services.db,
          webhookEnv(services),
          input,
          staffId,
          services.now(),
        ),
      invalid: (form, status) => show(ctx, { form }, status),
      // Rendered, not redirected: a secret must not travel in a URL or a cookie.
      done: async ({ secret }, { url }) =>
        await show(ctx, { created: { url, secret } }, 201),
    });
  },
};

export default function WebhooksPage(
  { state, data }: PageProps<WebhooksPageData, State>,
) {
  const { t, csrf, locale } = state;
  const when = (date: Date) => formatDateTime(locale, date, data.timeZone);
  const values = data.form.values ?? {};
  return (
    <>
      <PageHeader title={t("webhooks.title")} intro={t("webhooks.intro")} />
      {data.created && (
        <section class="card section api-key-created" role="status">
          <h2>{t("webhooks.createdTitle", { url: data.created.url })}</h2>
          <p>{t("webhooks.createdText")}</p>
          <LicenseKey value={data.created.secret} />
        </section>
      )}
      {data.endpoints.length === 0
        ? (
          <div class="card section">
            <EmptyState text={t("webhooks.empty")} />
          </div>
        )
        : (
          <div class="table-wrap section">
            <DataTable
              rows={data.endpoints}
              columns={[
                {
                  label: t("webhooks.col.url"),
                  cell: (endpoint) => (
                    <>
                      <a href={`/admin/webhooks/${endpoint.id}`}>
                        {endpoint.url}
                      </a>
                      {endpoint.description && (
                        <div class="muted">{endpoint.description}</div>
                      )}
                    </>
                  ),
                },
                {
                  label: t("webhooks.col.events"),
                  cell: (endpoint) => endpoint.events.join(", "),
                },
                {
                  label: t("webhooks.col.status"),
                  cell: (endpoint) =>
                    endpoint.enabled
                      ? (
                        <span class="badge badge-active">
                          {t("webhooks.enabled")}
                        </span>
                      )
                      : (
                        <span class="badge badge-revoked">
                          {t("webhooks.disabledSince", {
                            date: when(
                              endpoint.disabled_at ?? endpoint.created_at,
                            ),
                          })}
                        </span>
                      ),
                },
                {
                  label: t("webhooks.col.pending"),
                  cell: (endpoint) => endpoint.pending,
                },
                {
                  label: t("webhooks.col.failed"),
                  cell: (endpoint) => endpoint.failed,
                },
                {
                  label: t("webhooks.col.created"),
                  cell: (endpoint) => when(endpoint.created_at),
                },
              ]}
            />
          </div>
        )}
      <form method="post" class="card section" novalidate>
        <h2>{t("webhooks.new")}</h2>
        <CsrfField token={csrf} />
        <Field
          t={t}
          name="url"
          type="url"
          label="webhooks.url"
          hint={t("webhooks.urlHint")}
          required
          {...data.form}
        />
        <Field
          t={t}
          name="description"
          label="webhooks.description"
          hint={t("webhooks.descriptionHint")}
          {...data.form}
        />
        <fieldset class="field">
          <legend>{t("webhooks.events")}</legend>
          {data.form.errors?.events && (
            <p class="field-error" role="alert">
              {t("webhooks.events.required")}
            </p>
          )}
          {WEBHOOK_EVENTS.map((event) => (
            <label class="field-checkbox">
              <input
                type="checkbox"
                name={`event.${event}`}
                checked={values[`event.${event}`] === "on"}
              />{" "}
              <code>{event}</code>
            </label>
          ))}
        </fieldset>
        <button type="submit">{t("webhooks.create")}</button>
      </form>
    </>
  );
}
