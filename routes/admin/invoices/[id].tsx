import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { ConflictError } from "@/lib/errors.ts";
import { type FormAnswer, submitForm } from "@/lib/http/form_action.ts";
import {
  checkbox,
  type FormState,
  optionalText,
  requiredText,
} from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { amountCents, amountText, plainDate } from "@/lib/http/form_fields.ts";
import { dateIn, instantOnDay } from "@/lib/wall_clock.ts";
import {
  creditOpenInvoice,
  getInvoiceDetail,
  type InvoiceDetail,
  type ManualPaymentPreview,
  previewManualPayment,
  recordManualPayment,
} from "@/lib/shop/invoices.ts";
import {
  REASON_MAX,
  type UncreditedLine,
  uncreditedLines,
} from "@/lib/billing/credit_notes.ts";
import { CsrfField, Field, FormError } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { clientName } from "@/components/crm/clientName.ts";
import { InvoiceSheet } from "@/components/shop/InvoiceSheet.tsx";
import { CreditNoteList } from "@/components/shop/CreditNoteSheet.tsx";
import {
  money,
  paymentMethodLabel,
  type ShopView,
} from "@/components/shop/format.ts";

/** How a payment arrived; the provider's webhook records its own method. */
const PAYMENT_METHODS = [
  "bank_transfer",
  "card",
  "cash",
  "other",
] as const;

/** Recording a payment by hand. The date is a day in the business time zone. */
const paymentForm = z.object({
  amount: amountCents().refine(
    (cents) => cents > 0,
    "shopAdmin.payment.amountPositive",
  ),
  paidOn: plainDate(),
  method: z.enum(PAYMENT_METHODS, { error: "form.invalid" }),
  transactionId: optionalText(200),
  /** Set by the confirmation step's button. */
  confirmed: checkbox(),
});

/**
 * Correcting the open invoice by a credit note: one line, part of its net
 * (empty: all that is left of it), and the reason printed on the note.
 */
const creditForm = z.object({
  intent: z.literal("credit"),
  line: z.uuid("form.invalid"),
  creditNet: z.preprocess(
    (value) => value === "" ? undefined : value,
    amountCents().refine(
      (cents) => cents > 0,
      "shopAdmin.payment.amountPositive",
    ).optional(),
  ),
  reason: requiredText(REASON_MAX),
});

/** The confirmation step: what recording the payment will do. */
interface PendingPayment {
  values: Record<string, string>;
  preview: ManualPaymentPreview;
  amountCents: number;
}

interface InvoicePageData {
  detail: InvoiceDetail;
  /** What is left to credit on each line, for the credit note form. */
  lines: UncreditedLine[];
  timeZone: string;
  payment: FormState;
  credit: FormState;
  confirm?: PendingPayment;
}

type Ctx = FreshContext<State, InvoicePageData>;

async function showInvoice(
  ctx: Ctx,
  invoiceId: string,
  payment?: FormState,
  status = 200,
  confirm?: PendingPayment,
  credit?: FormState,
) {
  const { db, now } = ctx.state.services;
  const at = now();
  const [detail, lines, settings] = await Promise.all([
    getInvoiceDetail(db, invoiceId, at),
    uncreditedLines(db, invoiceId),
    ctx.state.business(),
  ]);
  return ctx.render({
    detail,
    lines,
    timeZone: settings.timeZone,
    credit: credit ?? { values: {} },
    payment: payment ?? {
      values: {
        amount: amountText(detail.balanceCents, ctx.state.locale),
        paidOn: dateIn(at, settings.timeZone).toString(),
        method: "bank_transfer",
      },
    },
    confirm,
  }, { status });
}

/**
 * First the confirmation step (what the payment will do: a receipt, and
 * the license keys when it settles the invoice), then, confirmed, records
 * it; a transaction id seen before is acknowledged and changes nothing.
 * The payment that settles the invoice issues the licenses right away
 * (the job retries whatever fails).
 */
async function recordPaymentFromForm(
  req: Request,
  ctx: Ctx,
  invoiceId: string,
) {
  const { db, now } = ctx.state.services;
  const at = now();
  const { timeZone } = await ctx.state.business();
  const page = `/admin/invoices/${invoiceId}`;
  return await submitForm(req, ctx.state.secure, {
    schema: paymentForm,
    async run(data) {
      const input = {
        amountCents: data.amount,
        paidAt: instantOnDay(data.paidOn, timeZone, at),
        method: data.method,
        transactionId: data.transactionId,
      };
      if (!data.confirmed) {
        const preview = await previewManualPayment(db, invoiceId, input, at);
        return { step: "confirm" as const, preview, input };
      }
      const result = await recordManualPayment(
        db,
        staffActor(ctx.state),
        invoiceId,
        input,
        at,
      );
      return { step: "recorded" as const, result };
    },
    invalid: (form, status) => showInvoice(ctx, invoiceId, form, status),
    refused: (error) =>
      error instanceof ConflictError
        ? {
          to: page,
          flash: {
            kind: "error",
            message: "shopAdmin.payment.invoiceCancelled",
          },
        }
        : undefined,
    async done(outcome, _, values): Promise<FormAnswer> {
      if (outcome.step === "confirm") {
        return await showInvoice(ctx, invoiceId, { values }, 200, {
          values,
          preview: outcome.preview,
          amountCents: outcome.input.amountCents,
        });
      }
      const { result } = outcome;
      if (!result.recorded) {
        return {
          to: page,
          flash: {
            kind: "warning",
            message: "shopAdmin.payment.duplicate",
            params: { transactionId: result.transactionId },
          },
        };
      }
      if (result.invoicePaid) {
        return {
          to: page,
          flash: { kind: "success", message: "shopAdmin.payment.recordedPaid" },
        };
      }
      const { balanceCents, invoice } = await getInvoiceDetail(
        db,
        invoiceId,
        at,
      );
      return {
        to: page,
        flash: {
          kind: "success",
          message: "shopAdmin.payment.recordedPartial",
          params: {
            balance: money(
              { t: ctx.state.t, locale: ctx.state.locale, timeZone },
              balanceCents,
              invoice.currency,
            ),
          },
        },
      };
    },
  });
}

/**
 * Issues a credit note on the open invoice (`creditOpenInvoice`); one
 * that leaves nothing owed after part payments settles it, and the keys
 * are issued right away.
 */
function creditFromForm(req: Request, ctx: Ctx, invoiceId: string) {
  const { db, now } = ctx.state.services;
  const back = `/admin/invoices/${invoiceId}`;
  return submitForm(req, ctx.state.secure, {
    schema: creditForm,
    // The domain names the credited lines; the form picks one.
    rename: { lines: "line" },
    run: (data) =>
      creditOpenInvoice(db, staffActor(ctx.state), {
        invoiceId,
        lines: [{ invoiceItemId: data.line, netCents: data.creditNet }],
        reason: data.reason,
      }, now()),
    invalid: (form, status) =>
      showInvoice(ctx, invoiceId, undefined, status, undefined, form),
    refused: (error) =>
      error instanceof ConflictError
        ? {
          to: back,
          flash: { kind: "error", message: "billing.creditNote.notOpen" },
        }
        : undefined,
    done({ creditNote, settled }) {
      return {
        to: back,
        flash: {
          kind: "success",
          message: settled
            ? "billing.creditNote.issuedSettled"
            : "billing.creditNote.issued",
          params: { number: creditNote.number },
        },
      };
    },
  });
}

/**
 * Admin → Invoices → one invoice: the printable document, "Record
 * payment" and, while it is open, a credit note to correct it.
 */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    return showInvoice(ctx, uuidParam(ctx.params.id));
  },
  async POST(req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    const invoiceId = uuidParam(ctx.params.id);
    // Two forms post here; the credit note form names its intent. A body
    // that is no form goes on to be refused as the payment form's.
    const intent = await req.clone().formData()
      .then((form) => form.get("intent"), () => null);
    return intent === "credit"
      ? await creditFromForm(req, ctx, invoiceId)
      : await recordPaymentFromForm(req, ctx, invoiceId);
  },
};

/** The form that corrects an open invoice by a credit note. */
function CreditForm(
  { form, lines, csrf, view, currency }: {
    form: FormState;
    lines: UncreditedLine[];
    csrf: string;
    view: ShopView;
    currency: string;
  },
) {
  const { t } = view;
  const open = lines.filter((line) => line.remainingCents > 0);
  const options = Object.fromEntries(
    open.map((line) => [
      line.invoiceItemId,
      t("billing.creditNote.form.lineOption", {
        description: line.description,
        amount: money(view, line.remainingCents, currency),
      }),
    ]),
  );
  return (
    <section class="card section no-print" id="credit-note">
      <h2>{t("billing.creditNote.form.title")}</h2>
      <p class="muted">{t("billing.creditNote.form.intro")}</p>
      <form method="post" class="form" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="intent" value="credit" />
        <FormError t={t} errors={form.errors} />
        <div class="field-row">
          <Field
            t={t}
            name="line"
            label="billing.creditNote.form.line"
            options={options}
            {...form}
          />
          <Field
            t={t}
            name="creditNet"
            label="billing.creditNote.form.amount"
            hint={t("billing.creditNote.form.amountHint")}
            inputProps={{ inputMode: "decimal" }}
            {...form}
          />
        </div>
        <Field
          t={t}
          name="reason"
          label="billing.creditNote.reason"
          required
          multiline
          {...form}
        />
        <div>
          <button type="submit">{t("billing.creditNote.form.submit")}</button>
        </div>
      </form>
    </section>
  );
}

function PaymentForm(
  { form, csrf, view }: { form: FormState; csrf: string; view: ShopView },
) {
  const { t } = view;
  const methods = Object.fromEntries(
    PAYMENT_METHODS.map((method) => [method, paymentMethodLabel(t, method)]),
  );
  return (
    <section class="card section no-print" id="record-payment">
      <h2>{t("shopAdmin.payment.record")}</h2>
      <p class="muted">{t("shopAdmin.payment.intro")}</p>
      <form method="post" class="form" novalidate>
        <CsrfField token={csrf} />
        <FormError t={t} errors={form.errors} />
        <div class="field-row">
          <Field
            t={t}
            name="amount"
            label="shopAdmin.payment.amount"
            required
            hint={t("shopAdmin.payment.amountHint")}
            inputProps={{ inputMode: "decimal" }}
            {...form}
          />
          <Field
            t={t}
            name="paidOn"
            label="shopAdmin.payment.date"
            type="date"
            required
            {...form}
          />
        </div>
        <div class="field-row">
          <Field
            t={t}
            name="method"
            label="shopAdmin.payment.method"
            options={methods}
            {...form}
          />
          <Field
            t={t}
            name="transactionId"
            label="shopAdmin.payment.transactionId"
            hint={t("payments.manual.referenceHint")}
            {...form}
          />
        </div>
        <div>
          <button type="submit">{t("shopAdmin.payment.submit")}</button>
        </div>
      </form>
    </section>
  );
}

/** The confirmation step: what recording will do, and the button that does it. */
function ConfirmPayment(
  { pending, csrf, view }: {
    pending: PendingPayment;
    csrf: string;
    view: ShopView;
  },
) {
  const { t } = view;
  const { detail, settles, balanceAfterCents } = pending.preview;
  const currency = detail.invoice.currency;
  const params = {
    amount: money(view, pending.amountCents, currency),
    number: detail.invoice.number,
    email: detail.client.contact_email,
  };
  const fields = ["amount", "paidOn", "method", "transactionId"];
  return (
    <section class="card section no-print" id="confirm-payment">
      <h2>{t("payments.manual.confirmTitle")}</h2>
      <p>
        {settles
          ? t("payments.manual.confirmSettles", params)
          : t("payments.manual.confirmPartial", {
            ...params,
            balance: money(view, balanceAfterCents, currency),
          })}
      </p>
      <form method="post" class="form">
        <CsrfField token={csrf} />
        {fields.map((name) => (
          <input
            key={name}
            type="hidden"
            name={name}
            value={pending.values[name] ?? ""}
          />
        ))}
        <input type="hidden" name="confirmed" value="on" />
        <div class="form-actions">
          <button type="submit">{t("payments.manual.confirm")}</button>
          <a class="button button-secondary" href="#record-payment">
            {t("payments.manual.change")}
          </a>
        </div>
      </form>
    </section>
  );
}

export default function InvoicePage(
  { state, data }: PageProps<InvoicePageData, State>,
) {
  const { t, locale, csrf } = state;
  const { detail } = data;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  const client = clientName(
    t,
    detail.client.company,
    detail.client.contact_name,
  );
  return (
    <>
      <PageHeader
        title={t("shopAdmin.invoice.title", { number: detail.invoice.number })}
        back={{ href: "/admin/invoices", label: t("shopAdmin.invoices.back") }}
      >
        <a
          class="button button-secondary"
          href={`/admin/invoices/${detail.invoice.id}/pdf`}
        >
          {t("billing.invoice.downloadPdf")}
        </a>
        <a
          class="button button-secondary"
          href={`/admin/invoices/${detail.invoice.id}/xml`}
        >
          {t("billing.invoice.downloadXml")}
        </a>
        <a
          class="button button-secondary"
          href={`/admin/shop/orders/${detail.order.id}`}
        >
          {t("shopAdmin.invoice.order")}
        </a>
        <a
          class="button button-secondary"
          href={`/admin/clients/${detail.client.id}`}
        >
          {client}
        </a>
        {detail.invoice.status === "open" && (
          <a class="button" href="#record-payment">
            {t("shopAdmin.payment.record")}
          </a>
        )}
      </PageHeader>
      <p class="muted no-print">{t("shopAdmin.invoice.printHint")}</p>
      <InvoiceSheet detail={detail} view={view} showRecorder />
      <CreditNoteList
        notes={detail.creditNotes}
        view={view}
        href={(id) => `/admin/credit-notes/${id}`}
      />
      {data.confirm && (
        <ConfirmPayment pending={data.confirm} csrf={csrf} view={view} />
      )}
      {detail.invoice.status === "open" && (
        <PaymentForm form={data.payment} csrf={csrf} view={view} />
      )}
      {detail.invoice.status === "open" && (
        <CreditForm
          form={data.credit}
          lines={data.lines}
          csrf={csrf}
          view={view}
          currency={detail.invoice.currency}
        />
      )}
    </>
  );
}
