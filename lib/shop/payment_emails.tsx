/** Payment emails: the receipt for a recorded payment, reminders of unpaid invoices (DE/EN). */
import { formatDate, formatMoney, type Locale, t } from "../i18n/mod.ts";
import { renderEmail } from "../mail/render.tsx";
import type { EmailMessage } from "../mail/outbox.ts";
import { OrderPageButton, TransferDetailsText } from "./emails.tsx";
import type { TransferDetails } from "./bank_transfer.ts";

/** Sent once per recorded payment: what arrived, and what is still open. */
export function paymentReceiptEmail(data: {
  to: string;
  name: string;
  locale: Locale;
  invoiceNumber: string;
  amountCents: number;
  currency: string;
  paidAt: Date;
  reference: string;
  balanceCents: number;
}): EmailMessage {
  const { locale } = data;
  const subject = t(locale, "payments.email.receipt.subject", {
    number: data.invoiceNumber,
  });
  const money = (cents: number) => formatMoney(locale, cents, data.currency);
  return renderEmail({
    to: data.to,
    locale,
    subject,
    greet: data.name,
    body: (
      <>
        <p>
          {t(locale, "payments.email.receipt.text", {
            amount: money(data.amountCents),
            date: formatDate(locale, data.paidAt, "UTC"),
            number: data.invoiceNumber,
            reference: data.reference,
          })}
        </p>
        <p>
          {data.balanceCents > 0
            ? t(locale, "payments.email.receipt.balance", {
              amount: money(data.balanceCents),
            })
            : t(locale, "payments.email.receipt.settled")}
        </p>
      </>
    ),
  });
}

/** The first (friendly) or second reminder of an unpaid invoice. */
export function invoiceReminderEmail(data: {
  to: string;
  name: string;
  locale: Locale;
  level: 1 | 2;
  invoiceNumber: string;
  dueAt: Date;
  transfer: TransferDetails;
  orderUrl: string;
}): EmailMessage {
  const { locale } = data;
  const subject = t(
    locale,
    data.level === 1
      ? "payments.email.reminder.subject"
      : "payments.email.reminder2.subject",
    { number: data.invoiceNumber },
  );
  return renderEmail({
    to: data.to,
    locale,
    subject,
    greet: data.name,
    body: (
      <>
        <p>
          {t(locale, "payments.email.reminder.text", {
            number: data.invoiceNumber,
            date: formatDate(locale, data.dueAt, "UTC"),
            amount: formatMoney(
              locale,
              data.transfer.amountCents,
              data.transfer.currency,
            ),
          })}
        </p>
        <TransferDetailsText locale={locale} transfer={data.transfer} />
        <OrderPageButton locale={locale} url={data.orderUrl} />
        <p class="muted">{t(locale, "payments.email.reminder.crossed")}</p>
      </>
    ),
  });
}

/** Sent once per refund: what is paid back, its credit note, and which keys stop working. */
export function refundEmail(data: {
  to: string;
  name: string;
  locale: Locale;
  invoiceNumber: string;
  amountCents: number;
  currency: string;
  items: string[];
  licensesRevoked: number;
  /** The credit note documenting the refund, attached by the caller. */
  creditNoteNumber: string;
}): EmailMessage {
  const { locale } = data;
  const subject = t(locale, "payments.email.refund.subject", {
    number: data.invoiceNumber,
  });
  return renderEmail({
    to: data.to,
    locale,
    subject,
    greet: data.name,
    body: (
      <>
        <p>
          {t(locale, "payments.email.refund.text", {
            amount: formatMoney(locale, data.amountCents, data.currency),
            number: data.invoiceNumber,
          })}
        </p>
        <ul>
          {data.items.map((item) => <li key={item}>{item}</li>)}
        </ul>
        <p>
          {t(locale, "payments.email.refund.creditNote", {
            number: data.creditNoteNumber,
          })}
        </p>
        {data.licensesRevoked > 0 && (
          <p>{t(locale, "payments.email.refund.revoked")}</p>
        )}
      </>
    ),
  });
}
