import type {
  LicensedModule,
  ModuleLicenseState,
} from "@/lib/licensing/client.ts";
import {
  formatDateTime,
  isMessageKey,
  type Locale,
  type Translate,
} from "@/lib/i18n/mod.ts";
import { CsrfField } from "../Field.tsx";

/** Why a module is not licensed, in the admin's language. */
export function licenseReason(
  t: Translate,
  state: ModuleLicenseState,
): string | null {
  const code = state.status === "unlicensed" ? "UNLICENSED" : state.reason;
  if (!code) return null;
  const key = `license.reason.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** A module's license state as a badge: active, in grace, invalid or none. */
export function ModuleLicenseBadge(
  { state, t }: { state: ModuleLicenseState; t: Translate },
) {
  const badge = {
    valid: "active",
    grace: "pending",
    invalid: "revoked",
    unlicensed: "cancelled",
  }[state.status];
  return (
    <span class={`badge badge-${badge}`}>
      {t(`license.panel.status.${state.status}`)}
    </span>
  );
}

/**
 * The License panel at the top of a module's settings: status, domain,
 * last check, expiry, and the form to paste and activate a key.
 */
export function LicensePanel(
  { module, state, ownServer, t, locale, csrf, back }: {
    module: LicensedModule;
    state: ModuleLicenseState;
    /** This instance is its own license server: offer its own license. */
    ownServer: boolean;
    t: Translate;
    locale: Locale;
    csrf: string;
    back: string;
  },
) {
  const reason = licenseReason(t, state);
  return (
    <section
      class="card license-panel"
      id="license-panel"
      aria-labelledby="license-panel-title"
    >
      <div class="page-header">
        <h2 id="license-panel-title">{t("license.panel.title")}</h2>
        <ModuleLicenseBadge state={state} t={t} />
      </div>
      {reason && state.status !== "valid" && <p class="muted">{reason}</p>}
      {state.domain && (
        <dl class="details">
          <dt>{t("license.panel.domain")}</dt>
          <dd>{state.domain}</dd>
          {state.lastCheckAt && (
            <>
              <dt>{t("license.panel.lastCheck")}</dt>
              <dd>
                {formatDateTime(locale, new Date(state.lastCheckAt), "UTC")} UTC
              </dd>
            </>
          )}
          <dt>{t("license.panel.expires")}</dt>
          <dd>
            {state.expiresAt
              ? formatDateTime(locale, new Date(state.expiresAt), "UTC") +
                " UTC"
              : t("license.panel.never")}
          </dd>
        </dl>
      )}
      {ownServer && state.status !== "valid" && (
        <OwnLicenseForm module={module} t={t} csrf={csrf} back={back} />
      )}
      <form
        method="post"
        action={`/admin/license/${module}`}
        class="form license-form"
      >
        <CsrfField token={csrf} />
        <input type="hidden" name="back" value={back} />
        <input type="hidden" name="action" value="activate" />
        <p class="muted">{t("license.panel.intro")}</p>
        <div class="field">
          <label for={`license-key-${module}`}>{t("license.panel.key")}</label>
          <input
            id={`license-key-${module}`}
            type="text"
            name="key"
            required
            autocomplete="off"
            spellcheck={false}
            class="mono"
            placeholder={`${module.toUpperCase()}-XXXX-XXXX-…`}
          />
        </div>
        <button type="submit">{t("license.panel.activate")}</button>
      </form>
      {state.status !== "unlicensed" && (
        <>
          <form method="post" action={`/admin/license/${module}`}>
            <CsrfField token={csrf} />
            <input type="hidden" name="back" value={back} />
            <input type="hidden" name="action" value="check" />
            <button type="submit" class="button-secondary">
              {t("license.panel.check")}
            </button>
          </form>
          <form method="post" action={`/admin/license/${module}`}>
            <CsrfField token={csrf} />
            <input type="hidden" name="back" value={back} />
            <input type="hidden" name="action" value="remove" />
            <button type="submit" class="button-link">
              {t("license.panel.remove")}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

/**
 * One button: this installation, being its own license server, issues
 * and activates its own license for the module.
 */
export function OwnLicenseForm(
  { module, t, csrf, back }: {
    module: LicensedModule;
    t: Translate;
    csrf: string;
    back: string;
  },
) {
  return (
    <form
      method="post"
      action={`/admin/license/${module}`}
      class="own-license-form"
    >
      <CsrfField token={csrf} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="action" value="own" />
      <p>{t("license.own.text")}</p>
      <button type="submit">{t("license.own.action")}</button>
    </form>
  );
}
