import { Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";

/** The landing page: one card per surface. */
export default function Home({ state: { t } }: PageProps<unknown, State>) {
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
