import type { PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import type { MessageKey } from "@/lib/i18n/mod.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";

const AREAS: [string, MessageKey][] = [
  ["/admin/settings/business", "billing.settings.title"],
  ["/admin/shop/settings", "shopAdmin.settings.title"],
  ["/admin/booking/settings", "bookingAdmin.settings.title"],
  ["/admin/activity/settings", "admin.nav.activity"],
];

/** Admin → Settings (administrators): where each area's settings live. */
export default function SettingsPage({ state }: PageProps<unknown, State>) {
  assertAdmin(state);
  const { t } = state;
  return (
    <>
      <PageHeader title={t("admin.nav.settings")} />
      <ul class="card link-list">
        {AREAS.map(([href, label]) => (
          <li>
            <a href={href}>{t(label)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
