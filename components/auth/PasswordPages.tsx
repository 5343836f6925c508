import type { FormState } from "@/lib/http/forms.ts";
import type { Realm } from "@/lib/auth/sessions.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { CsrfField, Field } from "../Field.tsx";
import { AuthCard } from "./AuthCard.tsx";

/** Data of the forgotten-password and reset pages. */
export interface ResetData extends FormState {
  token?: string;
  invalid?: boolean;
}

interface PageProps {
  realm: Realm;
  t: Translate;
  csrf: string;
  data: ResetData;
}

const base = (realm: Realm) => realm === "staff" ? "/admin" : "/clients";

/** Ask for a reset link by email. */
export function ForgotPasswordPage({ realm, t, csrf, data }: PageProps) {
  return (
    <AuthCard title={t("auth.resetTitle")} intro={t("auth.resetIntro")}>
      <form
        method="post"
        action={`${base(realm)}/password/forgot`}
        class="form"
        novalidate
      >
        <CsrfField token={csrf} />
        <Field
          t={t}
          name="email"
          label="auth.email"
          type="email"
          autocomplete="email"
          required
          {...data}
        />
        <button type="submit">{t("auth.resetSend")}</button>
        <a href={`${base(realm)}/login`}>{t("auth.signIn")}</a>
      </form>
    </AuthCard>
  );
}

/** Choose a new password from an emailed link. */
export function ResetPasswordPage({ realm, t, csrf, data }: PageProps) {
  if (data.invalid) {
    return (
      <AuthCard title={t("auth.resetChoose")}>
        <div class="alert alert-error" role="alert">
          {t("auth.linkInvalid")}
        </div>
        <a class="button" href={`${base(realm)}/password/forgot`}>
          {t("auth.resetSend")}
        </a>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("auth.resetChoose")}>
      <form
        method="post"
        action={`${base(realm)}/password/reset`}
        class="form"
        novalidate
      >
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={data.token} />
        <Field
          t={t}
          name="password"
          label="auth.newPassword"
          type="password"
          autocomplete="new-password"
          required
          {...data}
        />
        <Field
          t={t}
          name="password_repeat"
          label="auth.passwordRepeat"
          type="password"
          autocomplete="new-password"
          required
          {...data}
        />
        <button type="submit">{t("form.save")}</button>
      </form>
    </AuthCard>
  );
}
