/**
 * Shop emails: order received, confirm a held order, license key, trial
 * reminders (DE/EN).
 */
import { formatMoney, type Locale, t } from "../i18n/mod.ts";
import { EmailButton, renderEmail } from "../mail/render.tsx";
import type { EmailMessage } from "../mail/outbox.ts";
import { epcPayload, epcQrPng, type TransferDetails } from "./bank_transfer.ts";

/**
 * How to pay by bank transfer in an email: the details, and the GiroCode
 * when there is one (attached by `withGirocode`).
 */
export function TransferDetailsText(
  { locale, transfer }: { locale: Locale; transfer: TransferDetails },
) {
  return (
    <>
      <p>
        {t(locale, "payments.email.order.pay", {
          amount: formatMoney(locale, transfer.amountCents, transfer.currency),
          holder: transfer.holder,
          iban: transfer.iban,
          bic: transfer.bic,
          reference: transfer.reference,
        })}
      </p>
      {epcPayload(transfer) && (
        <p>
          <img
            src={`cid:${GIROCODE_CID}`}
            width={180}
            height={180}
            alt={t(locale, "payments.email.girocode")}
          />
        </p>
      )}
    </>
  );
}

/** The content id of the GiroCode image in an email. */
const GIROCODE_CID = "girocode@portico";

/**
 * `message` with the transfer's GiroCode attached inline, for a message
 * whose body has `TransferDetailsText` (which shows it); unchanged when
 * the transfer has no EPC code (not in euros, nothing owed).
 */
export async function withGirocode(
  message: EmailMessage,
  transfer: TransferDetails | null | undefined,
): Promise<EmailMessage> {
  const payload = transfer && epcPayload(transfer);
  if (!payload) return message;
  return {
    ...message,
    attachments: [...message.attachments ?? [], {
      filename: `GiroCode-${transfer!.reference}.png`,
      contentType: "image/png",
      content: await epcQrPng(payload),
      cid: GIROCODE_CID,
    }],
  };
}

/** The button to the buyer's order page. */
export function OrderPageButton(
  { locale, url }: { locale: Locale; url: string },
) {
  return (
    <EmailButton href={url}>
      {t(locale, "payments.email.order.page")}
    </EmailButton>
  );
}

/**
 * Sent at checkout: what was ordered, where the invoice is, and for an
 * unpaid order the amount with the bank details and the order page.
 */
export function orderEmail(data: {
  to: string;
  name: string;
  locale: Locale;
  item: string;
  invoiceNumber: string | null;
  portalUrl: string;
  trial: boolean;
  /** How to pay, while something is owed. */
  transfer?: TransferDetails | null;
  /** The buyer's order page (lib/shop/order_page.ts). */
  orderUrl?: string;
  /** The consent to immediate delivery the consumer gave, word for word. */
  withdrawalConsent?: string | null;
}): EmailMessage {
  const { locale } = data;
  const subject = t(
    locale,
    data.trial ? "shop.email.trial.subject" : "shop.email.order.subject",
    {
      item: data.item,
    },
  );
  return renderEmail({
    to: data.to,
    locale,
    subject,
    greet: data.name,
    body: (
      <>
        <p>
          {data.invoiceNumber
            ? t(locale, "shop.email.order.invoice", {
              number: data.invoiceNumber,
            })
            : t(locale, "shop.email.order.free")}
        </p>
        {data.transfer && (
          <TransferDetailsText locale={locale} transfer={data.transfer} />
        )}
        {data.orderUrl && (
          <OrderPageButton locale={locale} url={data.orderUrl} />
        )}
        {data.withdrawalConsent && (
          <>
            <p>{t(locale, "shop.email.order.consent")}</p>
            <blockquote>{data.withdrawalConsent}</blockquote>
          </>
        )}
        <EmailButton href={data.portalUrl}>
          {t(locale, "shop.email.order.portal")}
        </EmailButton>
        <p class="muted">{t(locale, "shop.email.order.signIn")}</p>
      </>
    ),
  });
}

/**
 * To the owner of an address a guest checked out with: the link that
 * places the order. Only the product is named; what the guest typed is
 * shown on the page behind the link, not mailed to the owner.
 */
export function confirmOrderEmail(data: {
  to: string;
  name: string;
  locale: Locale;
  item: string;
  url: string;
  hours: number;
}): EmailMessage {
  const { locale } = data;
  const subject = t(locale, "shop.email.confirm.subject", { item: data.item });
  return renderEmail({
    to: data.to,
    locale,
    subject,
    greet: data.name,
    body: (
      <>
        <p>
          {t(locale, "shop.email.confirm.text", {
            item: data.item,
            hours: data.hours,
          })}
        </p>
        <EmailButton href={data.url}>
          {t(locale, "shop.email.confirm.button")}
        </EmailButton>
        <p class="muted">{t(locale, "shop.email.confirm.ignore")}</p>
      </>
    ),
  });
}

/** The license key with the activation steps; sent once per issued license. */
export function licenseEmail(data: {
  to: string;
  name: string;
  locale: Locale;
  product: string;
  key: string;
  trialEnds: string | null;
  upgraded: boolean;
  portalUrl: string;
}): EmailMessage {
  const { locale } = data;
  const subject = t(
    locale,
    data.upgraded
      ? "shop.email.license.upgraded"
      : "shop.email.license.subject",
    {
      product: data.product,
    },
  );
  return renderEmail({
    to: data.to,
    locale,
    subject,
    greet: data.name,
    body: (
      <>
        <p>{t(locale, "shop.email.license.intro")}</p>
        <p>
          <code>{data.key}</code>
        </p>
        {data.trialEnds && (
          <p>
            {t(locale, "shop.email.license.trialEnds", {
              date: data.trialEnds,
            })}
          </p>
        )}
        <ol>
          <li>{t(locale, "shop.email.license.step1")}</li>
          <li>{t(locale, "shop.email.license.step2")}</li>
          <li>{t(locale, "shop.email.license.step3")}</li>
        </ol>
        <EmailButton href={data.portalUrl}>
          {t(locale, "shop.email.license.portal")}
        </EmailButton>
      </>
    ),
  });
}

/** Day 7, 14 or 27 of a trial. */
export function trialReminderEmail(data: {
  to: string;
  name: string;
  locale: Locale;
  product: string;
  day: number;
  daysLeft: number;
  shopUrl: string;
}): EmailMessage {
  const { locale } = data;
  const subject = t(locale, "shop.email.reminder.subject", {
    product: data.product,
    days: data.daysLeft,
  });
  return renderEmail({
    to: data.to,
    locale,
    subject,
    greet: data.name,
    body: (
      <>
        <p>
          {t(locale, "shop.email.reminder.text", {
            day: data.day,
            days: data.daysLeft,
            product: data.product,
          })}
        </p>
        <EmailButton href={data.shopUrl}>
          {t(locale, "shop.email.reminder.buy")}
        </EmailButton>
      </>
    ),
  });
}
