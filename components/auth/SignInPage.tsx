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
 * One email field and two ways in: the password, or (for clients) an
 * emailed sign-in link; a reset link; while attempts must wait, how long.
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
        {realm === "contact" && (
          // The same email, the other way in: this button posts the form to
          // the link endpoint instead (formaction), no second email field.
          <div class="auth-alt">
            <p class="muted">{t("auth.linkIntro")}</p>
            <button
              type="submit"
              class="button-secondary"
              formAction="/clients/login/email"
              formNoValidate
            >
              {t("auth.linkSend")}
            </button>
          </div>
        )}
      </form>
    </AuthCard>
  );
}
