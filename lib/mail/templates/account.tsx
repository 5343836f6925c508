/** Emails about accounts: sign-in links, password resets, invitations. */
import type { Locale } from "../../i18n/mod.ts";
import { EmailButton, renderEmail } from "../render.tsx";
import type { EmailMessage } from "../outbox.ts";

interface LinkEmail {
  to: string;
  name: string;
  locale: Locale;
  url: string;
}

const copy = {
  sign_in: {
    en: {
      subject: "Your sign-in link",
      intro:
        "Use this link to sign in to your client portal. It works once, for 30 minutes.",
      action: "Sign in",
    },
    de: {
      subject: "Ihr Anmeldelink",
      intro:
        "Mit diesem Link melden Sie sich im Kundenportal an. Er gilt einmal, 30 Minuten lang.",
      action: "Anmelden",
    },
  },
  password_reset: {
    en: {
      subject: "Reset your password",
      intro:
        "Someone asked to reset the password of your account. The link works once, for one hour.",
      action: "Choose a new password",
    },
    de: {
      subject: "Passwort zurücksetzen",
      intro:
        "Für Ihr Konto wurde ein neues Passwort angefordert. Der Link gilt einmal, eine Stunde lang.",
      action: "Neues Passwort wählen",
    },
  },
  invite: {
    en: {
      subject: "Your access to our client portal",
      intro:
        "You have been invited to our client portal, where you see your bookings, licences and invoices. Choose a password to get started; the link works for 7 days.",
      action: "Set up my access",
    },
    de: {
      subject: "Ihr Zugang zu unserem Kundenportal",
      intro:
        "Sie wurden zu unserem Kundenportal eingeladen. Dort sehen Sie Ihre Termine, Lizenzen und Rechnungen. Wählen Sie ein Passwort; der Link gilt 7 Tage.",
      action: "Zugang einrichten",
    },
  },
} as const;

const ignore = {
  en: "If you did not ask for this, you can ignore this email.",
  de:
    "Falls Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren.",
};

/** A message whose point is one link. */
export function accountLinkEmail(
  kind: keyof typeof copy,
  { to, name, locale, url }: LinkEmail,
): EmailMessage {
  const text = copy[kind][locale];
  return renderEmail({
    to,
    locale,
    subject: text.subject,
    greet: name,
    body: (
      <>
        <p>{text.intro}</p>
        <EmailButton href={url}>{text.action}</EmailButton>
        <p class="muted">{ignore[locale]}</p>
      </>
    ),
  });
}
