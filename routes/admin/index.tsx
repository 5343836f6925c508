import { Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";

/** The admin start page. */
export default function Dashboard({ state }: PageProps<unknown, State>) {
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
        {t("admin.dashboard.welcome", { name: state.staffSession.user.name })}
      </p>
    </>
  );
}
