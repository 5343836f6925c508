import type { AppProps } from "@/lib/web/mod.ts";
import type { PortalState } from "./_middleware.ts";
import ConsentBanner from "@/islands/ConsentBanner.tsx";
import Heartbeat from "@/islands/Heartbeat.tsx";
import { PortalNav } from "@/components/portal/PortalNav.tsx";

/**
 * Portal pages: the consent question until it is answered, and the
 * heartbeat only for contacts who accepted. Nothing tracks anyone else.
 * Every page of a signed-in contact opens with the portal's navigation.
 */
export default function PortalLayout(
  { Component, state, url }: AppProps<PortalState>,
) {
  const { t } = state;
  return (
    <>
      {state.activityConsent === null && (
        <ConsentBanner
          csrf={state.csrf}
          path={url.pathname}
          policyVersion={state.activityPolicyVersion ?? ""}
          labels={{
            title: t("activityLive.consent.title"),
            text: t("activityLive.consent.text"),
            accept: t("activityLive.consent.accept"),
            decline: t("activityLive.consent.decline"),
            more: t("activityLive.consent.more"),
          }}
        />
      )}
      {state.activityConsent === "granted" && <Heartbeat path={url.pathname} />}
      {state.contactSession && <PortalNav path={url.pathname} t={t} />}
      <Component />
    </>
  );
}
