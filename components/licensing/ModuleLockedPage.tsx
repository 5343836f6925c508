import { Head } from "@/lib/web/mod.ts";
import type { ModuleLockedError } from "@/lib/licensing/client.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { licenseReason } from "./LicensePanel.tsx";

/** What a locked module's admin pages show instead: why, and where to fix it. */
export function ModuleLockedPage(
  { t, error }: { t: Translate; error: ModuleLockedError },
) {
  const module = t(`license.module.${error.module}`);
  return (
    <section class="message-page locked-page">
      <Head>
        <title>{`${t("license.locked.title")} · Portico`}</title>
      </Head>
      <h1>{t("license.locked.title")}</h1>
      <p>{t("license.locked.text", { module })}</p>
      <p class="muted">{licenseReason(t, error.state)}</p>
      <p>
        <a class="button" href={`/admin/${error.module}/settings`}>
          {t("license.locked.action")}
        </a>
      </p>
    </section>
  );
}
