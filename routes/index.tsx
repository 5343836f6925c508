import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { needsSetup } from "@/lib/auth/accounts.ts";

interface Data {
  /** No staff account exists yet: the first run starts at /setup. */
  setupOpen: boolean;
}

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    return ctx.render({ setupOpen: await needsSetup(ctx.state.services.db) });
  },
};

/** The landing page: one card per surface (and, on a fresh install, the way to /setup). */
export default function Home(
  { state: { t }, data }: PageProps<Data, State>,
) {
  const cards = [
    {
      href: "/booking",
      title: t("home.booking.title"),
      text: t("home.booking.text"),
    },
    { href: "/shop", title: t("home.shop.title"), text: t("home.shop.text") },
    {
      href: "/clients",
      title: t("home.portal.title"),
      text: t("home.portal.text"),
    },
  ];
  return (
    <>
      <Head>
        <title>{t("app.name")}</title>
      </Head>
      <section class="hero">
        <h1>{t("home.title")}</h1>
        <p class="lead">{t("home.lead")}</p>
      </section>
      {data.setupOpen && (
        <section class="card first-run" aria-labelledby="first-run-title">
          <h2 id="first-run-title">{t("home.setup.title")}</h2>
          <p>{t("home.setup.text")}</p>
          <a class="button" href="/setup">{t("home.setup.action")}</a>
        </section>
      )}
      <div class="card-grid">
        {cards.map((card) => (
          <a class="card card-link" href={card.href}>
            <h2>{card.title}</h2>
            <p>{card.text}</p>
          </a>
        ))}
      </div>
    </>
  );
}
