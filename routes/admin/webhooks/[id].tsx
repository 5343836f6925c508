import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { NotFoundError, ValidationError } from "@/lib/errors.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { formIntent } from "@/lib/http/forms.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import {
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  resendWebhookDelivery,
  setWebhookEndpointEnabled,
} from "@/lib/webhooks/endpoints.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PostButton } from "@/components/PostButton.tsx";

const deliveryForm = z.object({ delivery_id: z.uuid() });
const noFields = z.object({});

interface EndpointPageData {
  detail: Awaited<ReturnType<typeof getWebhookEndpoint>>;
  timeZone: string;
}

type Ctx = FreshContext<State, EndpointPageData>;

const notFound = () => {
  throw new NotFoundError();
};

/** Admin → Webhooks → one endpoint: its deliveries, re-sending, switching it off and on. */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    if (!z.uuid().safeParse(ctx.params.id).success) throw new NotFoundError();
    const [detail, business] = await Promise.all([
      getWebhookEndpoint(ctx.state.services.db, ctx.params.id),
      ctx.state.business(),
    ]);
    return ctx.render({ detail, timeZone: business.timeZone });
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    const staffId = ctx.state.staffSession.user.id;
    const id = ctx.params.id;
    if (!z.uuid().safeParse(id).success) throw new NotFoundError();
    const page = `/admin/webhooks/${id}`;
    const intent = await formIntent(req);
    switch (intent) {
      case "resend":
        return await submitForm(req, ctx.state.secure, {
          schema: deliveryForm,
          run: (form) =>
            resendWebhookDelivery(db, form.delivery_id, staffId, now()),
          invalid: notFound,
          done: () => ({
            to: page,
            flash: { kind: "success", message: "webhooks.resent" },
          }),
        });
      case "enable":
      case "disable":
        return await submitForm(req, ctx.state.secure, {
          schema: noFields,
          run: () =>
            setWebhookEndpointEnabled(
              db,
              id,
              intent === "enable",
              staffId,
              now(),
            ),
          invalid: notFound,
          done: () => ({
            to: page,
            flash: {
              kind: "success",
              message: intent === "enable"
                ? "webhooks.switchedOn"
                : "webhooks.switchedOff",
            },
          }),
        });
      case "delete":
        return await submitForm(req, ctx.state.secure, {
          schema: noFields,
          run: () => deleteWebhookEndpoint(db, id, staffId, now()),
          invalid: notFound,
          done: () => ({
            to: "/admin/webhooks",
            flash: { kind: "success", message: "webhooks.deleted" },
          }),
        });
      default:
        throw new ValidationError({ intent: "form.invalid" });
    }
  },
};

export default function WebhookEndpointPage(
  { state, data }: PageProps<EndpointPageData, State>,
) {
  const { t, csrf, locale } = state;
  const { endpoint, deliveries } = data.detail;
  const when = (date: Date) => formatDateTime(locale, date, data.timeZone);
  return (
    <>
      <PageHeader
        title={endpoint.url}
        intro={endpoint.description || undefined}
        back={{ href: "/admin/webhooks", label: t("webhooks.back") }}
      />
      <section class="card section">
        <p>
          {t("webhooks.events")}: <code>{endpoint.events.join(", ")}</code>
        </p>
        <p>
          {endpoint.enabled
            ? <span class="badge badge-active">{t("webhooks.enabled")}</span>
            : (
              <span class="badge badge-revoked">
                {t("webhooks.disabledSince", {
                  date: when(endpoint.disabled_at ?? endpoint.created_at),
                })}
              </span>
            )} {endpoint.failing_since && (
            <span class="muted">
              {t("webhooks.failingSince", {
                date: when(endpoint.failing_since),
              })}
            </span>
          )}
        </p>
        <div class="toolbar">
          <PostButton
            csrf={csrf}
            fields={{ intent: endpoint.enabled ? "disable" : "enable" }}
            label={t(endpoint.enabled ? "webhooks.disable" : "webhooks.enable")}
            variant="secondary"
          />
          <PostButton
            csrf={csrf}
            fields={{ intent: "delete" }}
            label={t("webhooks.delete")}
            variant="danger"
          />
        </div>
      </section>
      <h2 class="section">{t("webhooks.deliveries")}</h2>
      {deliveries.length === 0
        ? (
          <div class="card section">
            <EmptyState text={t("webhooks.noDeliveries")} />
          </div>
        )
        : (
          <div class="table-wrap section">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("webhooks.col.created")}</th>
                  <th scope="col">{t("webhooks.col.event")}</th>
                  <th scope="col">{t("webhooks.col.status")}</th>
                  <th scope="col">{t("webhooks.col.attempts")}</th>
                  <th scope="col">{t("webhooks.col.response")}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <tr>
                    <td>{when(delivery.created_at)}</td>
                    <td>
                      <code>{delivery.event}</code>
                    </td>
                    <td>
                      {t(`webhooks.delivery.${delivery.status}`)}
                      {delivery.status === "pending" && (
                        <div class="muted">
                          {t("webhooks.nextAttempt", {
                            date: when(delivery.next_attempt_at),
                          })}
                        </div>
                      )}
                    </td>
                    <td>{delivery.attempts}</td>
                    <td>
                      {delivery.response_status !== null && (
                        <code>{delivery.response_status}</code>
                      )} {delivery.last_error ?? ""}
                      {delivery.response_body && (
                        <pre class="muted">{delivery.response_body}</pre>
                      )}
                    </td>
                    <td>
                      {delivery.status !== "pending" && (
                        <PostButton
                          csrf={csrf}
                          fields={{
                            intent: "resend",
                            delivery_id: delivery.id,
                          }}
                          label={t("webhooks.resend")}
                          variant="secondary"
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
    </>
  );
}
