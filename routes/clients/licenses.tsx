import { z } from "zod";
import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { ConflictError, NotFoundError } from "@/lib/errors.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import {
  type ContactLicense,
  contactReleaseAllowance,
  listContactLicenses,
  type ReleaseAllowance,
  releaseDomainByContact,
  ReleaseLimitError,
} from "@/lib/licensing/manage.ts";
import { listRemotelyIssuedKeys, type RemoteKey } from "@/lib/shop/portal.ts";
import { ConfirmButton } from "@/components/ConfirmButton.tsx";
import {
  ProductName,
  productNameText,
} from "@/components/licensing/ProductName.tsx";
import {
  LicenseKey,
  LicenseStatusBadge,
  LicenseTypeBadge,
} from "@/components/licensing/LicenseBadges.tsx";

/** The license a portal button acts on. */
const licenseIdForm = z.object({ license_id: z.uuid() });

interface PortalLicensesData {
  licenses: ContactLicense[];
  /** Purchases whose keys a remote license server issued. */
  remoteKeys: RemoteKey[];
  allowance: ReleaseAllowance;
  timeZone: string;
  /** Set when a release was just refused because the allowance is used up. */
  refused?: boolean;
}

type Ctx = FreshContext<State, PortalLicensesData>;

const PAGE = "/clients/licenses";

async function showLicenses(ctx: Ctx, refused = false, status = 200) {
  assertContact(ctx.state);
  const { db, keys, now } = ctx.state.services;
  const contact = ctx.state.contactSession.user;
  const at = now();
  const [licenses, allowance, settings, remoteKeys] = await Promise.all([
    listContactLicenses(db, keys, contact, at),
    contactReleaseAllowance(db, contact, at),
    ctx.state.business(),
    listRemotelyIssuedKeys(db, keys, contact.clientId),
  ]);
  return ctx.render(
    { licenses, remoteKeys, allowance, timeZone: settings.timeZone, refused },
    // The page holds full keys: never keep it in a cache.
    { status, headers: { "cache-control": "no-store" } },
  );
}

/** The signed-in contact's licenses with their keys; release a bound domain. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    return showLicenses(ctx);
  },
  async POST(req: Request, ctx: Ctx) {
    assertContact(ctx.state);
    const { db, now } = ctx.state.services;
    const contact = ctx.state.contactSession.user;
    return await submitForm(req, ctx.state.secure, {
      schema: licenseIdForm,
      run: (data) =>
        releaseDomainByContact(
          db,
          contact,
          data.license_id,
          now(),
        ),
      invalid: () => {
        throw new NotFoundError();
      },
      refused(error) {
        if (error instanceof ReleaseLimitError) {
          return showLicenses(ctx, true, 409);
        }
        if (error instanceof ConflictError && error.code === "NOT_ACTIVATED") {
          return {
            to: PAGE,
            flash: { kind: "warning", message: "licensing.portal.notBound" },
          };
        }
        return undefined;
      },
      done: (domain) => ({
        to: PAGE,
        flash: {
          kind: "success",
          message: "licensing.portal.released",
          params: { domain },
        },
      }),
    });
  },
};

export default function PortalLicenses(
  { state, data }: PageProps<PortalLicensesData, State>,
) {
  const { t, locale, csrf } = state;
  const { allowance } = data;
  const when = (date: Date) => formatDateTime(locale, date, data.timeZone);
  const renews = allowance.renewsAt ? when(allowance.renewsAt) : "";
  const exhausted = allowance.remaining === 0;
  return (
    <>
      <Head>
        <title>{`${t("licensing.portal.title")} · Portico`}</title>
      </Head>
      <div class="page-header">
        <h1>{t("licensing.portal.title")}</h1>
      </div>
      {data.refused && (
        <div class="alert alert-error" role="alert">
          {t("licensing.portal.limitReached", {
            limit: allowance.limit,
            date: renews,
          })}
        </div>
      )}
      {data.remoteKeys.length > 0 && (
        <section class="card">
          <h2>{t("shop.portal.remoteKeys")}</h2>
          <p class="muted">{t("shop.portal.remoteKeysText")}</p>
          {data.remoteKeys.map((remote) => (
            <div key={remote.id} class="remote-key">
              <p>
                <strong>
                  {locale === "de" ? remote.productDe : remote.productEn}
                </strong>{" "}
                <LicenseTypeBadge type={remote.type} t={t} />
              </p>
              <LicenseKey value={remote.key} />
            </div>
          ))}
        </section>
      )}
      {data.licenses.length === 0 && data.remoteKeys.length === 0
        ? (
          <div class="card empty-state">
            <p>{t("licensing.portal.empty")}</p>
            <a class="button" href="/shop">{t("licensing.portal.shop")}</a>
          </div>
        )
        : (
          <>
            <p class="muted">{t("licensing.portal.intro")}</p>
            <p class={exhausted ? "alert alert-warning" : "muted"}>
              {exhausted
                ? t("licensing.portal.allowanceUsed", {
                  limit: allowance.limit,
                  date: renews,
                })
                : t("licensing.portal.allowance", {
                  remaining: allowance.remaining,
                  limit: allowance.limit,
                })}
            </p>
            <div class="license-cards">
              {data.licenses.map((license) => (
                <article class="card license-card">
                  <header class="license-card-header">
                    <h2>
                      <ProductName license={license} locale={locale} />
                    </h2>
                    <LicenseTypeBadge type={license.type} t={t} />
                    <LicenseStatusBadge status={license.status} t={t} />
                  </header>
                  <p class="license-card-label">
                    {t("licensing.portal.key")}
                  </p>
                  <LicenseKey value={license.key} />
                  <p class="hint">{t("licensing.portal.copyHint")}</p>
                  <dl class="details">
                    <dt>{t("licensing.portal.domain")}</dt>
                    <dd>
                      {license.domain ??
                        <span class="muted">{t("licensing.notBound")}</span>}
                    </dd>
                    <dt>{t("licensing.portal.expires")}</dt>
                    <dd>
                      {license.expires_at
                        ? when(license.expires_at)
                        : t("licensing.noExpiry")}
                    </dd>
                  </dl>
                  {license.domain && (
                    <div class="license-card-actions">
                      <ConfirmButton
                        csrf={csrf}
                        fields={{ license_id: license.id }}
                        disabled={exhausted}
                        label={t("licensing.portal.release")}
                        ariaLabel={t("licensing.portal.releaseLabel", {
                          domain: license.domain,
                          product: productNameText(license, locale),
                        })}
                        question={t("licensing.portal.releaseQuestion", {
                          domain: license.domain,
                        })}
                        confirm={t("licensing.portal.releaseConfirm")}
                      />
                    </div>
                  )}
                </article>
              ))}
            </div>
          </>
        )}
    </>
  );
}
