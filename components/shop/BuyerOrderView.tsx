import type { ComponentChildren } from "preact";
import type { BuyerOrder } from "@/lib/shop/order_page.ts";
import type { TransferDetails } from "@/lib/shop/bank_transfer.ts";
import { OrderStatusBadge } from "./ShopBadges.tsx";
import { day, money, type ShopView, taxRatePercent } from "./format.ts";

/** An IBAN in groups of four, as banks print it. */
export function spacedIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, "$1 ");
}

/** The bank details and the EPC QR code that carries them. */
function BankTransfer(
  { transfer, qrSvg, dueAt, view }: {
    transfer: TransferDetails;
    qrSvg: string | null;
    dueAt: Date;
    view: ShopView;
  },
) {
  const { t } = view;
  const amount = money(view, transfer.amountCents, transfer.currency);
  return (
    <section class="card" id="bank-transfer">
      <h2>{t("payments.transfer.title")}</h2>
      <p>
        {t("payments.transfer.intro", { amount, date: day(view, dueAt) })}
      </p>
      <div class="transfer">
        <dl class="details">
          <dt>{t("payments.transfer.holder")}</dt>
          <dd>{transfer.holder}</dd>
          <dt>{t("payments.transfer.iban")}</dt>
          <dd class="nowrap">
            <code>{spacedIban(transfer.iban)}</code>
          </dd>
          {transfer.bic && (
            <>
              <dt>{t("payments.transfer.bic")}</dt>
              <dd>
                <code>{transfer.bic}</code>
              </dd>
            </>
          )}
          <dt>{t("payments.transfer.amount")}</dt>
          <dd>{amount}</dd>
          <dt>{t("payments.transfer.reference")}</dt>
          <dd>
            <code>{transfer.reference}</code>
          </dd>
        </dl>
        {qrSvg && (
          <figure class="epc-qr">
            <div
              role="img"
              aria-label={t("payments.transfer.qrLabel")}
              // Our own SVG from the QR library, not user input.
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
            <figcaption class="muted">{t("payments.transfer.qr")}</figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}

/**
 * The buyer's order page: status, lines with VAT and total, the invoice,
 * how to pay (`payment`: a card button, if any; the bank transfer), and
 * the license keys.
 */
export function BuyerOrderView(
  { data, view, pdfHref, creditNoteHref, payment }: {
    data: BuyerOrder;
    view: ShopView;
    pdfHref: string | null;
    /** Where a credit note's PDF downloads. */
    creditNoteHref: (creditNoteId: string) => string;
    payment?: ComponentChildren;
  },
) {
  const { t, locale } = view;
  const { order, invoice } = data;
  const amount = (cents: number) => money(view, cents, order.currency);
  return (
    <>
      <p>
        <OrderStatusBadge status={order.status} t={t} />
      </p>
      <p class="muted">{t("payments.order.intro")}</p>
      <section class="card">
        <h2>{t("payments.order.lines")}</h2>
        <div class="table-wrap">
          <table>
            <tbody>
              {data.lines.map((line) => (
                <tr key={line.id}>
                  <td>{line.description}</td>
                  <td class="numeric">{amount(line.price_cents)}</td>
                </tr>
              ))}
            </tbody>
            {invoice && (
              <tfoot>
                <tr>
                  <th scope="row">{t("payments.order.net")}</th>
                  <td class="numeric">{amount(invoice.subtotal_cents)}</td>
                </tr>
                <tr>
                  <th scope="row">
                    {t("shopAdmin.invoice.tax", {
                      rate: taxRatePercent(
                        invoice.tax_rate_basis_points,
                        locale,
                      ),
                    })}
                  </th>
                  <td class="numeric">{amount(invoice.tax_cents)}</td>
                </tr>
                <tr>
                  <th scope="row">{t("shopAdmin.invoice.total")}</th>
                  <td class="numeric">
                    <strong>{amount(invoice.total_cents)}</strong>
                  </td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
        {invoice && pdfHref
          ? (
            <p>
              <a href={pdfHref}>
                {t("payments.order.invoicePdf", { number: invoice.number })}
              </a>
            </p>
          )
          : <p class="muted">{t("payments.order.free")}</p>}
        {invoice?.status === "paid" && <p>{t("payments.order.paid")}</p>}
        {data.creditNotes.length > 0 && (
          <ul class="plain-list">
            {data.creditNotes.map((note) => (
              <li key={note.id}>
                <a href={creditNoteHref(note.id)}>
                  {t("payments.order.creditNotePdf", {
                    number: note.number,
                    amount: amount(note.total_cents),
                  })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {payment}
      {data.transfer && invoice && (
        <BankTransfer
          transfer={data.transfer}
          qrSvg={data.qrSvg}
          dueAt={invoice.due_at}
          view={view}
        />
      )}
      <section class="card">
        <h2>{t("payments.order.keys")}</h2>
        {data.licenseKeys.length
          ? (
            <dl class="details">
              {data.licenseKeys.map((license) => (
                <>
                  <dt>{license.product}</dt>
                  <dd>
                    <code>{license.key}</code>
                  </dd>
                </>
              ))}
            </dl>
          )
          : <p class="muted">{t("payments.order.keysPending")}</p>}
      </section>
    </>
  );
}
