import { z } from "zod";
import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  type ConsentChoice,
  eraseActivity,
  getConsent,
  recordConsent,
} from "@/lib/activity/consent.ts";
import {
  type ActivityTotals,
  type ConsentInfo,
  getActivityTotals,
} from "@/lib/activity/reports.ts";
import { getActivitySettings } from "@/lib/activity/settings.ts";
import { type Flash, redirect } from "@/lib/http/flash.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { formatDateTime, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import { PostButton } from "@/components/PostButton.tsx";
import { formatDuration } from "@/components/activity/format.ts";

interface Data {
  consent: ConsentInfo | null;
  /** The policy the portal asks consent for now. */
  policyVersion: string;
  totals: ActivityTotals;
  timeZone: string;
}

const PAGE = "/clients/privacy";

/** What each button records and the message shown afterwards. */
const CHOICES: Record<"accept" | "decline", [ConsentChoice, Flash["message"]]> =
  {
    accept: ["granted", "activity.privacy.accepted"],
    decline: ["declined", "activity.privacy.declined"],
  };

/** The page's buttons. */
const privacyForm = z.object({
  intent: z.enum(["accept", "decline", "erase"]),
});

/**
 * The signed-in contact's privacy page: their consent to activity
 * tracking, to give or withdraw, and "Delete my activity data".
 */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    assertContact(ctx.state);
    const { db } = ctx.state.services;
    const contactId = ctx.state.contactSession.user.id;
    const [consent, settings, totals, booking] = await Promise.all([
      getConsent(db, contactId),
      getActivitySettings(db),
      getActivityTotals(db, contactId),
      ctx.state.business(),
    ]);
    return ctx.render({
      consent: consent && {
        status: consent.status,
        policyVersion: consent.policy_version,
        decidedAt: consent.decided_at,
      },
      policyVersion: settings.policyVersion,
      totals,
      timeZone: booking.timeZone,
    });
  },

  async POST(req: Request, ctx: FreshContext<State, Data>) {
    assertContact(ctx.state);
    const { secure } = ctx.state;
    const { db, now } = ctx.state.services;
    const contactId = ctx.state.contactSession.user.id;
    return await submitForm(req, secure, {
      schema: privacyForm,
      async run({ intent }) {
        if (intent === "erase") {
          await eraseActivity(db, contactId, now());
          return;
        }
        const { policyVersion } = await getActivitySettings(db);
        const [choice] = CHOICES[intent];
        await recordConsent(db, contactId, choice, policyVersion, now());
      },
      invalid: () =>
        redirect(PAGE, { kind: "error", message: "form.invalid" }, secure),
      done: (_, { intent }) => ({
        to: PAGE,
        flash: {
          kind: "success",
          message: intent === "erase"
            ? "activity.privacy.erased"
            : CHOICES[intent][1],
        },
      }),
    });
  },
};

/** The current answer in one sentence. */
function ConsentStatusText(
  { consent, t, locale, timeZone }: {
    consent: ConsentInfo | null;
    t: Translate;
    locale: Locale;
    timeZone: string;
  },
) {
  if (!consent) return <p>{t("activity.privacy.status.none")}</p>;
  const params = {
    date: formatDateTime(locale, consent.decidedAt, timeZone),
    version: consent.policyVersion,
  };
  return (
    <p>
      {consent.status === "granted"
        ? t("activity.privacy.status.granted", params)
        : t("activity.privacy.status.declined", params)}
    </p>
  );
}

export default function PrivacyPage(
  { state, data }: PageProps<Data, State>,
) {
  const { t, locale, csrf } = state;
  const { consent, policyVersion, totals, timeZone } = data;
  const granted = consent?.status === "granted";
  const outdated = granted && consent.policyVersion !== policyVersion;
  return (
    <>
      <Head>
        <title>{`${t("activity.privacy.title")} · Portico`}</title>
      </Head>
      <div class="page-header">
        <h1>{t("activity.privacy.title")}</h1>
      </div>
      <section class="card portal-section" aria-labelledby="privacy-consent">
        <h2 id="privacy-consent">{t("activity.privacy.consentTitle")}</h2>
        <p class="muted">{t("activity.privacy.explain")}</p>
        <ConsentStatusText
          consent={consent}
          t={t}
          locale={locale}
          timeZone={timeZone}
        />
        {outdated && (
          <p class="alert alert-warning">
            {t("activity.privacy.policyChanged", { version: policyVersion })}
          </p>
        )}
        <div class="form-buttons">
          {(!granted || outdated) && (
            <PostButton
              csrf={csrf}
              label={t("activity.privacy.accept")}
              fields={{ intent: "accept" }}
            />
          )}
          {consent?.status !== "declined" && (
            <PostButton
              csrf={csrf}
              label={t(
                granted
                  ? "activity.privacy.withdraw"
                  : "activity.privacy.decline",
              )}
              fields={{ intent: "decline" }}
              variant="secondary"
            />
          )}
        </div>
      </section>
      <section class="card portal-section" aria-labelledby="privacy-data">
        <h2 id="privacy-data">{t("activity.privacy.dataTitle")}</h2>
        <p class="privacy-stored">
          {totals.sessionCount && totals.firstSeenAt && totals.lastSeenAt
            ? t("activity.privacy.stored", {
              sessions: totals.sessionCount,
              visits: totals.visitCount,
              duration: formatDuration(locale, totals.totalSeconds),
              first: formatDateTime(locale, totals.firstSeenAt, timeZone),
              last: formatDateTime(locale, totals.lastSeenAt, timeZone),
            })
            : t("activity.privacy.nothingStored")}
        </p>
        <p class="muted">{t("activity.privacy.eraseHint")}</p>
        <PostButton
          csrf={csrf}
          label={t("activity.privacy.erase")}
          fields={{ intent: "erase" }}
          variant="danger"
        />
      </section>
    </>
  );
}
