/** Billing emails: a credit note issued to the buyer (DE/EN). */
import { type Locale, t } from "../i18n/mod.ts";
import { renderEmail } from "../mail/render.tsx";
import type { EmailMessage } from "../mail/outbox.ts";

/** Sent when a credit note is issued; its PDF goes as an attachment. */
export function creditNoteEmail(data: {
  to: string;
  name: string;
  locale: Locale;
  number: string;
  invoiceNumber: string;
}): EmailMessage {
  const { locale } = data;
  const subject = t(locale, "billing.creditNote.email.subject", {
    number: data.number,
  });
  return renderEmail({
    to: data.to,
    locale,
    subject,
    greet: data.name,
    body: (
      <>
        <p>
          {t(locale, "billing.creditNote.email.text", {
            number: data.number,
            invoice: data.invoiceNumber,
          })}
        </p>
        <p class="muted">{t(locale, "billing.creditNote.email.portal")}</p>
      </>
    ),
  });
}
