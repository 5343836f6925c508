import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import {
  getPortalOverview,
  type PortalOverview,
} from "@/lib/crm/client_overview.ts";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/mod.ts";
import { CsrfField } from "@/components/Field.tsx";

interface Data {
  overview: PortalOverview;
  timeZone: string;
}

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    assertContact(ctx.state);
    const { db, now } = ctx.state.services;
    const { user } = ctx.state.contactSession;
    const [overview, { timeZone }] = await Promise.all([
      getPortalOverview(
        db,
        { clientId: user.clientId, contactId: user.id },
        now(),
      ),
      ctx.state.business(),
    ]);
    return ctx.render({ overview, timeZone });
  },
};

/** The portal start page: the next appointment, licenses and what is owed. */
export default function PortalHome(
  { state, data }: PageProps<Data, State>,
) {
  assertContact(state);
  const { t, csrf, locale } = state;
  const { nextBooking, licenses, openInvoices } = data.overview;
  const { timeZone } = data;
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
      <p>{t("portal.welcome", { name: state.contactSession.user.name })}</p>
      <div class="dashboard-grid portal-home">
        <section class="card dashboard-card" aria-labelledby="next-booking">
          <div class="card-heading">
            <h2 id="next-booking">{t("portal.home.next")}</h2>
            <a href="/clients/booking">{t("dashboard.showAll")}</a>
          </div>
          {nextBooking
            ? (
              <p>
                <strong>
                  {formatDateTime(locale, nextBooking.startsAt, timeZone)}
                </strong>
                <br />
                <span class="muted">
                  {`${
                    locale === "de"
                      ? nextBooking.serviceNameDe
                      : nextBooking.serviceNameEn
                  } · ${nextBooking.staffName} · ${
                    t(`booking.status.${nextBooking.status}`)
                  }`}
                </span>
              </p>
            )
            : (
              <>
                <p class="muted">{t("portal.home.noBooking")}</p>
                <a class="button" href="/booking">
                  {t("booking.portal.book")}
                </a>
              </>
            )}
        </section>
        <section class="card dashboard-card" aria-labelledby="open-invoices">
          <div class="card-heading">
            <h2 id="open-invoices">{t("portal.home.invoices")}</h2>
            <a href="/clients/invoices">{t("dashboard.showAll")}</a>
          </div>
          {openInvoices.length === 0
            ? <p class="muted">{t("portal.home.noInvoices")}</p>
            : (
              <ul class="dashboard-list">
                {openInvoices.map((invoice) => (
                  <li>
                    <a href={`/clients/invoices/${invoice.id}`}>
                      {invoice.number}
                    </a>
                    <span class="muted">
                      {` · ${
                        formatMoney(
                          locale,
                          invoice.totalCents,
                          invoice.currency,
                        )
                      } · ${
                        t("portal.home.due", {
                          date: formatDate(locale, invoice.dueAt, timeZone),
                        })
                      }`}
                    </span>
                    {invoice.overdue && (
                      <>
                        {" "}
                        <span class="badge badge-revoked">
                          {t("shopAdmin.invoice.status.overdue")}
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
        </section>
        <section class="card dashboard-card" aria-labelledby="my-licenses">
          <div class="card-heading">
            <h2 id="my-licenses">{t("portal.home.licenses")}</h2>
            <a href="/clients/licenses">{t("dashboard.showAll")}</a>
          </div>
          {licenses.length === 0
            ? <p class="muted">{t("portal.home.noLicenses")}</p>
            : (
              <ul class="dashboard-list">
                {licenses.map((license) => (
                  <li>
                    <strong>
                      {(locale === "de"
                        ? license.productNameDe
                        : license.productNameEn) ?? license.product}
                    </strong>
                    <span class="muted">
                      {license.domain ? ` · ${license.domain}` : ""}
                      {license.expiresAt
                        ? ` · ${
                          t("crm.overview.until", {
                            date: formatDate(
                              locale,
                              license.expiresAt,
                              timeZone,
                            ),
                          })
                        }`
                        : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
        </section>
      </div>
    </>
  );
}
