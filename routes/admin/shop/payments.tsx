import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { checkbox, type FormState } from "@/lib/http/forms.ts";
import { wholeNumber } from "@/lib/http/form_fields.ts";
import { assertAdmin, staffActor } from "@/lib/http/guards.ts";
import {
  getPaymentSettingsView,
  type PaymentSettingsView,
  STRIPE_KEY,
  STRIPE_WEBHOOK_SECRET,
  updatePaymentSettings,
} from "@/lib/shop/payment_settings.ts";
import {
  listPaymentEvents,
  type PaymentEventRow,
} from "@/lib/shop/provider_events.ts";
import { CheckboxField } from "@/components/CheckboxField.tsx";
import { CsrfField, Field, FormError } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { day, money, type ShopView } from "@/components/shop/format.ts";
import { DataTable } from "@/components/admin/DataTable.tsx";

/** The Stripe events the webhook endpoint must be sent. */
export const STRIPE_EVENTS = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "charge.refunded",
];

/** A write-only secret: empty keeps the stored one. */
const newSecret = (pattern: RegExp, message: string) =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? undefined : value,
    z.string().trim().regex(pattern, message).optional(),
  );

const paymentsForm = z.object({
  stripeSecretKey: newSecret(STRIPE_KEY, "payments.admin.keyInvalid"),
  stripeWebhookSecret: newSecret(
    STRIPE_WEBHOOK_SECRET,
    "payments.admin.webhookSecretInvalid",
  ),
  disable: checkbox(),
  firstReminderDays: wholeNumber(1, 90),
  secondReminderDays: wholeNumber(2, 180),
});

interface Data {
  settings: PaymentSettingsView;
  events: PaymentEventRow[];
  form: FormState;
  webhookUrl: string;
  timeZone: string;
}

type Ctx = FreshContext<State, Data>;

async function show(ctx: Ctx, form?: FormState, status = 200) {
  const { db, config } = ctx.state.services;
  const [settings, events, business] = await Promise.all([
    getPaymentSettingsView(db),
    listPaymentEvents(db),
    ctx.state.business(),
  ]);
  return ctx.render({
    settings,
    events,
    form: form ?? {
      values: {
        firstReminderDays: String(settings.firstReminderDays),
        secondReminderDays: String(settings.secondReminderDays),
      },
    },
    webhookUrl: `${config.appUrl}/api/payments/stripe`,
    timeZone: business.timeZone,
  }, { status });
}

/** Admin → Shop → Payments (administrators): Stripe's keys and what providers reported. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    return show(ctx);
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db, keys, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: paymentsForm,
      run: (data) =>
        updatePaymentSettings(db, keys, staffActor(ctx.state), data, now()),
      invalid: ({ values = {}, errors }, status) => {
        // Secrets are never put back into a page.
        const { stripeSecretKey: _, stripeWebhookSecret: __, ...kept } = values;
        return show(ctx, { values: kept, errors }, status);
      },
      done: () => ({
        to: "/admin/shop/payments",
        flash: { kind: "success", message: "payments.admin.saved" },
      }),
    });
  },
};

function ModeBadge({ settings, view }: {
  settings: PaymentSettingsView;
  view: ShopView;
}) {
  const { t } = view;
  if (!settings.stripeKeySet) {
    return <span class="badge badge-cancelled">{t("payments.admin.off")}</span>;
  }
  return settings.stripeTestMode
    ? <span class="badge badge-trial">{t("payments.admin.testMode")}</span>
    : <span class="badge badge-paid">{t("payments.admin.liveMode")}</span>;
}

export default function PaymentsPage(
  { state, data }: PageProps<Data, State>,
) {
  const { t, locale, csrf } = state;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  const { settings, form } = data;
  const secretHint = (set: boolean) =>
    t(set ? "shopAdmin.settings.secretSet" : "shopAdmin.settings.secretNotSet");
  return (
    <>
      <PageHeader
        title={t("payments.admin.title")}
        intro={t("payments.admin.intro")}
      />
      <form method="post" class="form form-wide" novalidate>
        <CsrfField token={csrf} />
        <FormError t={t} errors={form.errors} />
        <fieldset class="card">
          <legend>{t("payments.admin.stripe")}</legend>
          <p>
            <ModeBadge settings={settings} view={view} />
          </p>
          <Field
            t={t}
            name="stripeSecretKey"
            label="payments.admin.secretKey"
            type="password"
            autocomplete="new-password"
            hint={secretHint(settings.stripeKeySet)}
            {...form}
          />
          <Field
            t={t}
            name="stripeWebhookSecret"
            label="payments.admin.webhookSecret"
            type="password"
            autocomplete="new-password"
            hint={secretHint(settings.stripeWebhookSecretSet)}
            {...form}
          />
          <p class="muted">{t("payments.admin.webhookIntro")}</p>
          <p>
            <code>{data.webhookUrl}</code>
          </p>
          <ul>
            {STRIPE_EVENTS.map((event) => (
              <li key={event}>
                <code>{event}</code>
              </li>
            ))}
          </ul>
          <CheckboxField
            t={t}
            name="disable"
            label="payments.admin.disable"
            {...form}
          />
        </fieldset>
        <fieldset class="card">
          <legend>{t("payments.admin.reminders")}</legend>
          <div class="field-row">
            <Field
              t={t}
              name="firstReminderDays"
              label="payments.admin.firstReminderDays"
              type="number"
              required
              {...form}
            />
            <Field
              t={t}
              name="secondReminderDays"
              label="payments.admin.secondReminderDays"
              type="number"
              required
              {...form}
            />
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit">{t("form.save")}</button>
        </div>
      </form>
      <section class="card section">
        <h2>{t("payments.admin.events")}</h2>
        {data.events.length === 0
          ? <EmptyState text={t("payments.admin.noEvents")} />
          : (
            <div class="table-wrap">
              <DataTable
                rows={data.events}
                columns={[
                  {
                    label: t("payments.admin.received"),
                    nowrap: true,
                    cell: (event) => day(view, event.received_at),
                  },
                  {
                    label: t("payments.admin.provider"),
                    cell: (event) => (
                      <>
                        {event.provider} <code>{event.event_id}</code>
                      </>
                    ),
                  },
                  {
                    label: t("payments.admin.kind"),
                    cell: (event) => t(`payments.kind.${event.kind}`),
                  },
                  {
                    label: t("shopAdmin.order.total"),
                    numeric: true,
                    cell: (event) =>
                      event.amount_cents !== null && event.currency
                        ? money(view, event.amount_cents, event.currency)
                        : "",
                  },
                  {
                    label: t("payments.admin.outcome"),
                    cell: (event) => t(`payments.outcome.${event.outcome}`),
                  },
                  {
                    label: t("payments.admin.order"),
                    cell: (event) =>
                      event.order_id && (
                        <a href={`/admin/shop/orders/${event.order_id}`}>
                          {t("payments.admin.order")}
                        </a>
                      ),
                  },
                ]}
              />
            </div>
          )}
      </section>
    </>
  );
}
