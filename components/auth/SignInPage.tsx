import type { FormState } from "@/lib/http/forms.ts";
import type { Realm } from "@/lib/auth/sessions.ts";
import { formatWait, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import { CsrfField, Field, FormError } from "../Field.tsx";
import { AuthCard } from "./AuthCard.tsx";

/** Data of the sign-in page. */
export interface SignInData extends FormState {
  next?: string;
  /** Set when attempts must wait: how long, for the message. */
  retryAfterSeconds?: number;
}

/**
 * Email + password, a reset link, and for clients an emailed sign-in link;
 * while attempts must wait, how long.
 */
export function SignInPage(
  { realm, t, locale, csrf, data }: {
    realm: Realm;
    t: Translate;
    locale: Locale;
    csrf: string;
    data: SignInData;
  },
) {
  const base = realm === "staff" ? "/admin" : "/clients";
  return (
    <AuthCard
      title={t(realm === "staff" ? "auth.staffTitle" : "auth.portalTitle")}
    >
      <form method="post" action={`${base}/login`} class="form" novalidate>
        <CsrfField token={csrf} />
        {data.next && <input type="hidden" name="next" value={data.next} />}
        <FormError t={t} errors={data.errors} />
        {data.retryAfterSeconds !== undefined && (
          <div class="alert alert-error" role="alert">
            {t("auth.throttled", {
              wait: formatWait(locale, data.retryAfterSeconds),
            })}
          </div>
        )}
        <Field
          t={t}
          name="email"
          label="auth.email"
          type="email"
          autocomplete="username"
          required
          {...data}
        />
        <Field
          t={t}
          name="password"
          label="auth.password"
          type="password"
          autocomplete="current-password"
          required
          {...data}
        />
        <button type="submit">{t("auth.signIn")}</button>
        <a href={`${base}/password/forgot`}>{t("auth.forgot")}</a>
      </form>
      {realm === "contact" && (
        <form method="post" action="/clients/login/email" class="form auth-alt">
          <CsrfField token={csrf} />
          <h2>{t("auth.linkTitle")}</h2>
          <p class="muted">{t("auth.linkIntro")}</p>
          <Field
            t={t}
            name="email"
            label="auth.email"
            type="email"
            autocomplete="email"
            required
            id="link-email"
          />
          <button type="submit" class="button-secondary">
            {t("auth.linkSend")}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
