import type { ComponentChildren } from "preact";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import type { BusinessSettings } from "@/lib/app/business.ts";
import { licenseClientEnv } from "@/lib/app/domains.ts";
import {
  LICENSED_MODULES,
  type LicensedModule,
  type ModuleLicenseState,
  moduleLicenseState,
} from "@/lib/licensing/client.ts";
import type { MessageKey } from "@/lib/i18n/mod.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { ModuleLicenseBadge } from "@/components/licensing/LicensePanel.tsx";
import { zoneInWords } from "@/lib/booking/time_zones.ts";

interface SettingsData {
  business: BusinessSettings;
  smtp: boolean;
  modules: { module: LicensedModule; state: ModuleLicenseState }[];
}

/** Admin → Settings (administrators): every area's settings, with where each stands. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, SettingsData>) {
    assertAdmin(ctx.state);
    const { services } = ctx.state;
    const env = licenseClientEnv(services);
    const [business, modules] = await Promise.all([
      ctx.state.business(),
      Promise.all(LICENSED_MODULES.map(async (module) => ({
        module,
        state: await moduleLicenseState(
          services.db,
          env,
          module,
          services.now(),
        ),
      }))),
    ]);
    return ctx.render({
      business,
      smtp: services.config.smtpUrl !== undefined,
      modules,
    });
  },
};

/** One area: its title, where it stands, and the links into it. */
function Area(
  { title, children, links }: {
    title: string;
    children: ComponentChildren;
    links: [href: string, label: string][];
  },
) {
  return (
    <section class="card settings-area">
      <h2>{title}</h2>
      {children}
      <ul class="settings-links">
        {links.map(([href, label]) => (
          <li>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

const LANGUAGES: Record<string, MessageKey> = {
  en: "settings.hub.language.en",
  de: "settings.hub.language.de",
};

export default function SettingsPage(
  { state, data }: PageProps<SettingsData, State>,
) {
  const { t, locale } = state;
  const { business } = data;
  return (
    <>
      <PageHeader
        title={t("admin.nav.settings")}
        intro={t("settings.hub.intro")}
      />
      <div class="settings-hub">
        <Area
          title={t("billing.settings.title")}
          links={[[
            "/admin/settings/business",
            t("settings.hub.business.edit"),
          ]]}
        >
          <p class="muted">{t("settings.hub.business.text")}</p>
        </Area>
        <Area
          title={t("settings.hub.mail.title")}
          links={[["/admin/emails", t("settings.hub.mail.outbox")]]}
        >
          <p>
            {t(
              data.smtp
                ? "settings.hub.mail.smtp"
                : "setup.step.mail.outboxChosen",
            )}
          </p>
        </Area>
        <Area
          title={t("settings.hub.locale.title")}
          links={[
            [
              "/admin/booking/settings#field-timeZone",
              t("settings.hub.locale.zone"),
            ],
            [
              "/admin/settings/business#field-defaultLocale",
              t("settings.hub.locale.language"),
            ],
          ]}
        >
          <dl class="details">
            <dt>{t("bookingAdmin.settings.timeZone")}</dt>
            <dd>
              {`${
                zoneInWords(locale, business.timeZone)
              } (${business.timeZone})`}
            </dd>
            <dt>{t("billing.field.defaultLocale")}</dt>
            <dd>{t(LANGUAGES[business.defaultLocale])}</dd>
          </dl>
        </Area>
        <Area
          title={t("settings.hub.modules.title")}
          links={[
            ...data.modules.map(({ module }): [string, string] => [
              `/admin/${module}/settings#license-panel`,
              t("settings.hub.modules.license", {
                module: t(`license.module.${module}`),
              }),
            ]),
            ["/admin/licenses", t("settings.hub.modules.issued")],
          ]}
        >
          <dl class="details">
            {data.modules.map(({ module, state: license }) => (
              <>
                <dt>{t(`license.module.${module}`)}</dt>
                <dd>
                  <ModuleLicenseBadge state={license} t={t} />
                </dd>
              </>
            ))}
          </dl>
        </Area>
        <Area
          title={t("bookingAdmin.settings.title")}
          links={[["/admin/booking/settings", t("settings.hub.booking.edit")]]}
        >
          <p class="muted">{t("settings.hub.booking.text")}</p>
        </Area>
        <Area
          title={t("shopAdmin.settings.title")}
          links={[
            ["/admin/shop/settings", t("settings.hub.shop.edit")],
            ["/admin/shop/payments", t("settings.hub.shop.payments")],
          ]}
        >
          <p class="muted">{t("settings.hub.shop.text")}</p>
        </Area>
        <Area
          title={t("activity.settings.title")}
          links={[[
            "/admin/activity/settings",
            t("settings.hub.activity.edit"),
          ]]}
        >
          <p class="muted">{t("settings.hub.activity.text")}</p>
        </Area>
      </div>
    </>
  );
}
