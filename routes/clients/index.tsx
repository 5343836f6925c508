import { Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { CsrfField } from "@/components/Field.tsx";
import { PortalNav } from "@/components/portal/PortalNav.tsx";

/** The portal start page. */
export default function PortalHome(
  { state, url }: PageProps<unknown, State>,
) {
  assertContact(state);
  const { t, csrf } = state;
  return (
    <>
      <Head>
        <title>{`${t("portal.title")} · Portico`}</title>
      </Head>
      <div class="page-header">
        <h1>{t("portal.title")}</h1>
        <form method="post" action="/clients/logout">
          <CsrfField token={csrf} />
          <button type="submit" class="button-secondary">
            {t("auth.signOut")}
          </button>
        </form>
      </div>
      <PortalNav path={url.pathname} t={t} />
      <p>{t("portal.welcome", { name: state.contactSession.user.name })}</p>
    </>
  );
}
