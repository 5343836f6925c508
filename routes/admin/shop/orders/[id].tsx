import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { ConflictError, ValidationError } from "@/lib/errors.ts";
import type { Flash } from "@/lib/http/flash.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { checkbox } from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import {
  cancelOrder,
  getOrderDetail,
  type LicenseGrantRow,
  type OrderDetail,
  retryLicenseGrant,
} from "@/lib/shop/orders.ts";
import { refundOrder, staffRefundReference } from "@/lib/shop/refunds.ts";
import { CsrfField } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { clientName } from "@/components/crm/clientName.ts";
import { LicenseTypeBadge } from "@/components/licensing/LicenseBadges.tsx";
import { PaymentsTable } from "@/components/shop/InvoiceSheet.tsx";
import {
  GrantStatusBadge,
  InvoiceStatusBadge,
  OrderStatusBadge,
} from "@/components/shop/ShopBadges.tsx";
import { day, money, type ShopView } from "@/components/shop/format.ts";

/** Cancelling an order, retrying one of its license grants, or refunding lines. */
const orderActionForm = z.discriminatedUnion("intent", [
  // Set by the confirmation step's button; without it the step is shown.
  z.object({ intent: z.literal("cancel"), confirmed: checkbox() }),
  z.object({ intent: z.literal("retry"), grantId: z.uuid("form.invalid") }),
  z.object({
    intent: z.literal("refund"),
    // Ticked lines; none ticked refunds the whole order.
    line: z.preprocess(
      (value) => value === undefined ? [] : [value].flat(),
      z.array(z.uuid("form.invalid")).max(100),
    ),
  }),
], { error: "form.invalid" });

interface OrderPageData {
  detail: OrderDetail;
  timeZone: string;
  /** The cancellation's confirmation step is shown. */
  confirmCancel: boolean;
}

type Ctx = FreshContext<State, OrderPageData>;

/** Why a cancellation was refused, in the staff member's language. */
const CANCEL_REFUSED: Record<string, Flash["message"]> = {
  ORDER_NOT_CANCELLABLE: "shopAdmin.order.notCancellable",
  ORDER_HAS_PAYMENTS: "shopAdmin.order.hasPayments",
};

async function cancel(ctx: Ctx, orderId: string): Promise<Flash> {
  const { db, now } = ctx.state.services;
  try {
    await cancelOrder(db, staffActor(ctx.state), orderId, now());
    return { kind: "success", message: "shopAdmin.order.cancelled" };
  } catch (error) {
    const refused = error instanceof ConflictError &&
      CANCEL_REFUSED[error.code];
    if (!refused) throw error;
    return { kind: "error", message: refused };
  }
}

async function retry(
  ctx: Ctx,
  orderId: string,
  grantId: string,
): Promise<Flash> {
  const { db, now } = ctx.state.services;
  try {
    await retryLicenseGrant(db, staffActor(ctx.state), orderId, grantId, now());
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return { kind: "warning", message: "shopAdmin.grant.nothingToRetry" };
  }
  return { kind: "success", message: "shopAdmin.grant.retried" };
}

async function refund(
  ctx: Ctx,
  orderId: string,
  lineIds: string[],
): Promise<Flash> {
  const { db, now } = ctx.state.services;
  try {
    const done = await refundOrder(db, staffActor(ctx.state), {
      orderId,
      lineIds: lineIds.length ? lineIds : undefined,
      reference: staffRefundReference(),
    }, now());
    if (!done.refunded) {
      return { kind: "warning", message: "payments.refund.nothing" };
    }
    return {
      kind: "success",
      message: "payments.refund.done",
      params: { count: done.licensesRevoked, number: done.creditNoteNumber! },
    };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return { kind: "error", message: "payments.refund.notPaid" };
  }
}

/** Admin → Shop → one order: lines, invoice, payments and the licenses it earned. */
export const handler = {
  async GET(req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    const { db, now } = ctx.state.services;
    const orderId = uuidParam(ctx.params.id);
    const [detail, settings] = await Promise.all([
      getOrderDetail(db, orderId, now()),
      ctx.state.business(),
    ]);
    return ctx.render({
      detail,
      timeZone: settings.timeZone,
      confirmCancel: new URL(req.url).searchParams.get("cancel") === "confirm",
    });
  },
  async POST(req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    const orderId = uuidParam(ctx.params.id);
    const page = `/admin/shop/orders/${orderId}`;
    return await submitForm(req, ctx.state.secure, {
      schema: orderActionForm,
      // Each action says itself how it went (done, refused, nothing to do).
      run: (action) =>
        action.intent === "cancel"
          ? action.confirmed ? cancel(ctx, orderId) : Promise.resolve(null)
          : action.intent === "retry"
          ? retry(ctx, orderId, action.grantId)
          : refund(ctx, orderId, action.line),
      invalid: ({ errors = {} }) => {
        throw new ValidationError(errors);
      },
      done: (flash) =>
        flash
          ? { to: page, flash }
          // An unconfirmed cancellation: its confirmation step first.
          : new Response(null, {
            status: 303,
            headers: { location: `${page}?cancel=confirm#cancel` },
          }),
    });
  },
};

/** One license the order calls for: its state, tries and the last error. */
function GrantRow(
  { grant, view, csrf }: {
    grant: LicenseGrantRow;
    view: ShopView;
    csrf: string;
  },
) {
  const { t } = view;
  const when = (date: Date) => formatDateTime(view.locale, date, view.timeZone);
  return (
    <tr>
      <td>
        {grant.product_name} <code>{grant.module_key}</code>
      </td>
      <td>
        <LicenseTypeBadge type={grant.license_type} t={t} />
      </td>
      <td>
        <GrantStatusBadge status={grant.status} t={t} />
        {grant.status === "pending" && grant.attempts > 0 && (
          <div class="muted small">
            {t("shopAdmin.grant.nextAttempt", {
              when: when(grant.next_attempt_at),
            })}
          </div>
        )}
      </td>
      <td class="numeric">{grant.attempts}</td>
      <td>
        {grant.last_error
          ? <code class="grant-error">{grant.last_error}</code>
          : <span class="muted">{t("shopAdmin.none")}</span>}
      </td>
      <td>
        {grant.status === "issued" && (
          <>
            {grant.license_id
              ? (
                <a href={`/admin/licenses/${grant.license_id}`}>
                  <code>{grant.license_id}</code>
                </a>
              )
              : <span class="muted">{t("shopAdmin.grant.remote")}</span>}
            {grant.issued_at && (
              <div class="muted small">{when(grant.issued_at)}</div>
            )}
          </>
        )}
        {grant.status === "failed" && (
          <PostButton
            csrf={csrf}
            label={t("shopAdmin.grant.retry")}
            fields={{ intent: "retry", grantId: grant.id }}
            variant="secondary"
          />
        )}
      </td>
    </tr>
  );
}

export default function OrderPage(
  { state, data }: PageProps<OrderPageData, State>,
) {
  const { t, locale, csrf } = state;
  const { order, lines, invoice, payments, grants } = data.detail;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  const amount = (cents: number) => money(view, cents, order.currency);
  const client = clientName(t, order.company, order.contact_name);
  return (
    <>
      <PageHeader
        title={t("shopAdmin.order.title", {
          client,
          date: day(view, order.created_at),
        })}
        back={{ href: "/admin/shop/orders", label: t("shopAdmin.orders.back") }}
      >
        <OrderStatusBadge status={order.status} t={t} />
        {order.status === "pending" && !data.confirmCancel && (
          <a
            class="button button-danger"
            href={`/admin/shop/orders/${order.id}?cancel=confirm#cancel`}
          >
            {t("shopAdmin.order.cancel")}
          </a>
        )}
      </PageHeader>

      {order.status === "pending" && data.confirmCancel && (
        <section class="card section" id="cancel">
          <h2>{t("shopAdmin.order.cancelConfirmTitle")}</h2>
          <p>
            {t(
              invoice
                ? "shopAdmin.order.cancelConfirmInvoice"
                : "shopAdmin.order.cancelConfirmFree",
              { number: invoice?.number ?? "" },
            )}
          </p>
          <PostButton
            csrf={csrf}
            label={t("shopAdmin.order.cancelConfirm")}
            fields={{ intent: "cancel", confirmed: "on" }}
            variant="danger"
          />{" "}
          <a href={`/admin/shop/orders/${order.id}`}>
            {t("shopAdmin.order.cancelKeep")}
          </a>
        </section>
      )}

      <section class="card section">
        <h2>{t("shopAdmin.order.details")}</h2>
        <dl class="details">
          <dt>{t("shopAdmin.order.client")}</dt>
          <dd>
            <a href={`/admin/clients/${order.client_id}`}>{client}</a>
          </dd>
          <dt>{t("shopAdmin.order.contact")}</dt>
          <dd>{order.contact_name} · {order.contact_email}</dd>
          <dt>{t("shopAdmin.order.date")}</dt>
          <dd>{formatDateTime(locale, order.created_at, data.timeZone)}</dd>
          {order.paid_at && (
            <>
              <dt>{t("shopAdmin.order.paidAt")}</dt>
              <dd>{formatDateTime(locale, order.paid_at, data.timeZone)}</dd>
            </>
          )}
          {order.cancelled_at && (
            <>
              <dt>{t("shopAdmin.order.cancelledAt")}</dt>
              <dd>
                {formatDateTime(locale, order.cancelled_at, data.timeZone)}
              </dd>
            </>
          )}
          <dt>{t("shopAdmin.order.total")}</dt>
          <dd>{amount(order.total_cents)}</dd>
          {order.withdrawal_consent_at && (
            <>
              <dt>{t("shopAdmin.order.withdrawalConsent")}</dt>
              <dd>
                {t("shopAdmin.order.withdrawalConsentGiven", {
                  at: formatDateTime(
                    locale,
                    order.withdrawal_consent_at,
                    data.timeZone,
                  ),
                  version: order.withdrawal_consent_version ?? "",
                })}
              </dd>
            </>
          )}
        </dl>
      </section>

      <section class="section">
        <h2>{t("shopAdmin.order.items")}</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("shopAdmin.invoice.item")}</th>
                <th scope="col">{t("shopAdmin.order.kind")}</th>
                <th scope="col" class="numeric">
                  {t("shopAdmin.offer.price")}
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr>
                  <td>
                    {line.description}{" "}
                    {line.refunded && (
                      <span class="badge badge-failed">
                        {t("shopAdmin.order.status.refunded")}
                      </span>
                    )}
                  </td>
                  <td>{t(`shopAdmin.order.kind.${line.kind}`)}</td>
                  <td class="numeric">{amount(line.price_cents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section class="card section">
        <h2>{t("shopAdmin.order.invoice")}</h2>
        {invoice
          ? (
            <dl class="details">
              <dt>{t("shopAdmin.invoice.number")}</dt>
              <dd>
                <a href={`/admin/invoices/${invoice.id}`}>{invoice.number}</a>
                {" "}
                <InvoiceStatusBadge
                  status={invoice.status}
                  overdue={invoice.overdue}
                  t={t}
                />
              </dd>
              <dt>{t("shopAdmin.invoice.total")}</dt>
              <dd>{money(view, invoice.total_cents, invoice.currency)}</dd>
              <dt>{t("shopAdmin.invoice.paid")}</dt>
              <dd>{money(view, invoice.paid_cents, invoice.currency)}</dd>
              {invoice.status === "open" && (
                <>
                  <dt>{t("shopAdmin.invoice.balance")}</dt>
                  <dd>
                    {money(view, invoice.balance_cents, invoice.currency)}
                  </dd>
                  <dt>{t("shopAdmin.invoice.due")}</dt>
                  <dd>{day(view, invoice.due_at)}</dd>
                </>
              )}
            </dl>
          )
          : <p class="muted">{t("shopAdmin.order.noInvoice")}</p>}
      </section>

      {order.status === "paid" && (
        <section class="card section" id="refund">
          <h2>{t("payments.refund.title")}</h2>
          <p class="muted">{t("payments.refund.intro")}</p>
          <form method="post" class="form">
            <CsrfField token={csrf} />
            <input type="hidden" name="intent" value="refund" />
            {lines.filter((line) => !line.refunded).map((line) => (
              <div class="field field-checkbox" key={line.id}>
                <label>
                  <input type="checkbox" name="line" value={line.id} />
                  {line.description} · {amount(line.price_cents)}
                </label>
              </div>
            ))}
            <div class="form-actions">
              <button type="submit" class="button-danger">
                {t("payments.refund.submit")}
              </button>
            </div>
          </form>
        </section>
      )}

      {payments.length > 0 && (
        <section class="section">
          <h2>{t("shopAdmin.invoice.payments")}</h2>
          <PaymentsTable payments={payments} view={view} showRecorder />
        </section>
      )}

      <section class="section">
        <h2>{t("shopAdmin.grant.title")}</h2>
        {grants.length === 0
          ? (
            <p class="card muted">
              {t(
                order.status === "cancelled"
                  ? "shopAdmin.grant.noneCancelled"
                  : "shopAdmin.grant.noneYet",
              )}
            </p>
          )
          : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("shopAdmin.grant.product")}</th>
                    <th scope="col">{t("shopAdmin.grant.type")}</th>
                    <th scope="col">{t("shopAdmin.grant.status")}</th>
                    <th scope="col" class="numeric">
                      {t("shopAdmin.grant.attempts")}
                    </th>
                    <th scope="col">{t("shopAdmin.grant.lastError")}</th>
                    <th scope="col">{t("shopAdmin.grant.license")}</th>
                  </tr>
                </thead>
                <tbody>
                  {grants.map((grant) => (
                    <GrantRow grant={grant} view={view} csrf={csrf} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
      </section>
    </>
  );
}
