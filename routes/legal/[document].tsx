import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { NotFoundError } from "@/lib/errors.ts";
import {
  LEGAL_DOCUMENTS,
  type LegalDocument,
  legalTextParagraphs,
} from "@/lib/shop/legal_texts.ts";
import { getSellerSettings } from "@/lib/billing/seller.ts";

interface Data {
  document: LegalDocument;
  paragraphs: string[];
  /** Whom to ask while a text is not published. */
  contactEmail: string;
}

const TITLES = {
  terms: "shop.terms.title",
  privacy: "shop.privacy.title",
} as const;

const isDocument = (name: string): name is LegalDocument =>
  (LEGAL_DOCUMENTS as readonly string[]).includes(name);

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const { document } = ctx.params;
    if (!isDocument(document)) throw new NotFoundError();
    const { db } = ctx.state.services;
    const [paragraphs, seller] = await Promise.all([
      legalTextParagraphs(db, document, ctx.state.locale),
      getSellerSettings(db),
    ]);
    return ctx.render({ document, paragraphs, contactEmail: seller.email });
  },
};

/** `/legal/terms`, `/legal/privacy`: the texts the checkout links. */
export default function LegalText({ state, data }: PageProps<Data, State>) {
  const { t } = state;
  const title = t(TITLES[data.document]);
  return (
    <article class="card offer-detail legal-text">
      <Head>
        <title>{`${title} · Portico`}</title>
      </Head>
      <h1>{title}</h1>
      {data.paragraphs.length
        ? data.paragraphs.map((paragraph, i) => <p key={i}>{paragraph}</p>)
        : (
          <p class="empty-state">
            {t("shop.legal.unset", { email: data.contactEmail || "—" })}
          </p>
        )}
    </article>
  );
}
