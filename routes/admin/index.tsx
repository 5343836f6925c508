import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { listOnline, type OnlineClient } from "@/lib/activity/online.ts";
import { getActivitySettings } from "@/lib/activity/settings.ts";
import { moduleLicenseState } from "@/lib/licensing/client.ts";
import { licenseClientEnv } from "@/lib/app/domains.ts";
import {
  getSellerSettings,
  missingSellerSettings,
} from "@/lib/billing/seller.ts";
import type { MessageKey } from "@/lib/i18n/mod.ts";
import { countOverdueInvoices } from "@/lib/shop/dunning.ts";
import { LiveOnline } from "@/components/activity/LiveOnline.tsx";
import {
  getSetupChecklist,
  type SetupChecklist as Checklist,
} from "@/lib/setup/checklist.ts";
import { SetupChecklist } from "@/components/admin/SetupChecklist.tsx";

interface Data {
  /** Null while the activity module is not licensed. */
  online: OnlineClient[] | null;
  timeZone: string;
  /** Required seller settings not set: invoices cannot be issued. */
  missingSeller: string[];
  /** Open invoices past their due date. */
  overdueInvoices: number;
  /** For administrators while setup is not done (and not hidden). */
  checklist: Checklist | null;
  bookingUrl: string;
}

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const { db, now } = ctx.state.services;
    const license = await moduleLicenseState(
      db,
      licenseClientEnv(ctx.state.services),
      "activity",
      now(),
    );
    const licensed = license.status === "valid" || license.status === "grace";
    const checklist = ctx.state.staffSession?.user.role === "admin"
      ? await getSetupChecklist(db, {
        smtpConfigured: Boolean(ctx.state.services.config.smtpUrl),
      })
      : null;
    return ctx.render({
      checklist: checklist && !checklist.complete && !checklist.hidden
        ? checklist
        : null,
      bookingUrl: `${ctx.state.services.config.appUrl}/booking`,
      online: licensed
        ? await listOnline(db, await getActivitySettings(db), now())
        : null,
      timeZone: (await ctx.state.business()).timeZone,
      missingSeller: missingSellerSettings(await getSellerSettings(db)),
      overdueInvoices: await countOverdueInvoices(db, now()),
    });
  },
};

/** The admin start page, with who is online in the portal right now. */
export default function Dashboard({ state, data }: PageProps<Data, State>) {
  assertStaff(state);
  const { t } = state;
  return (
    <>
      <Head>
        <title>{`${t("admin.dashboard.title")} · Portico`}</title>
      </Head>
      <div class="page-header">
        <h1>{t("admin.dashboard.title")}</h1>
      </div>
      <p>
        {t(
          data.checklist
            ? "admin.dashboard.welcomeNew"
            : "admin.dashboard.welcome",
          { name: state.staffSession.user.name },
        )}
      </p>
      {data.checklist && (
        <SetupChecklist
          checklist={data.checklist}
          bookingUrl={data.bookingUrl}
          t={t}
          csrf={state.csrf}
        />
      )}
      {data.missingSeller.length > 0 && (
        <div class="alert alert-warning" role="status">
          {t("billing.dashboard.incomplete", {
            fields: data.missingSeller
              .map((field) =>
                t(`billing.field.${field}` as MessageKey)
              )
              .join(", "),
          })}{" "}
          <a href="/admin/settings/business">
            {t("billing.dashboard.complete")}
          </a>
        </div>
      )}
      {data.overdueInvoices > 0 && (
        <div class="alert alert-warning" role="status">
          {t("payments.dashboard.overdue", { count: data.overdueInvoices })}
          {" "}
          <a href="/admin/invoices?status=overdue">
            {t("payments.dashboard.showOverdue")}
          </a>
        </div>
      )}
      {data.online && (
        <LiveOnline
          online={data.online}
          t={t}
          locale={state.locale}
          timeZone={data.timeZone}
        />
      )}
    </>
  );
}
