import { Head } from "@/lib/web/mod.ts";
import type { ModuleLockedError } from "@/lib/licensing/client.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { licenseReason, OwnLicenseForm } from "./LicensePanel.tsx";

/**
 * What a locked module's admin pages show instead: why, and exactly how
 * to unlock it: on its own license server one button; else the steps
 * from buying a key to activating it.
 */
export function ModuleLockedPage(
  { t, error, csrf, path }: {
    t: Translate;
    error: ModuleLockedError;
    csrf: string;
    /** The locked page, where unlocking returns to. */
    path: string;
  },
) {
  const module = t(`license.module.${error.module}`);
  const settings = `/admin/${error.module}/settings`;
  return (
    <section class="message-page locked-page">
      <Head>
        <title>{`${t("license.locked.title")} · Portico`}</title>
      </Head>
      <h1>{t("license.locked.title")}</h1>
      <p>{t("license.locked.text", { module })}</p>
      <p class="muted">{licenseReason(t, error.state)}</p>
      {error.ownServer
        ? (
          <OwnLicenseForm
            module={error.module}
            t={t}
            csrf={csrf}
            back={path}
          />
        )
        : (
          <ol class="steps">
            <li>{t("license.locked.step.buy", { module })}</li>
            <li>{t("license.locked.step.copy")}</li>
            <li>{t("license.locked.step.paste")}</li>
          </ol>
        )}
      <p>
        <a
          class={error.ownServer ? "button-secondary" : "button"}
          href={settings}
        >
          {t("license.locked.action")}
        </a>
      </p>
    </section>
  );
}
