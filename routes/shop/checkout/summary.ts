import type { FreshContext } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { State } from "@/lib/http/state.ts";
import { jsonEndpoint } from "@/lib/http/api.ts";
import { InvalidQueryError } from "@/lib/validation.ts";
import { quoteCheckout } from "@/lib/shop/pricing.ts";
import { checkoutSummaryView } from "@/components/shop/checkout_summary.ts";

/** What the checkout form sends; anything odd in the optional ones is ignored. */
const query = z.object({
  item: z.string().regex(/^[a-z0-9-]{2,60}$/),
  mode: z.enum(["buy", "trial"]).catch("buy"),
  buyer: z.enum(["consumer", "business"]).catch("consumer"),
  country: z.string().max(10).catch(""),
  vat_id: z.string().max(30).catch(""),
});

/**
 * The checkout summary for the form's current fields, as JSON for the
 * CheckoutSummary island: the same totals the form's "Update total"
 * button renders. Reads only.
 */
export const handler = {
  GET: jsonEndpoint(async (_req: Request, ctx: FreshContext<State>) => {
    const parsed = query.safeParse(Object.fromEntries(ctx.url.searchParams));
    if (!parsed.success) {
      throw new InvalidQueryError(
        "item (a product or package slug) is required.",
      );
    }
    const { db, now } = ctx.state.services;
    const quote = await quoteCheckout(db, {
      slug: parsed.data.item,
      mode: parsed.data.mode,
      kind: parsed.data.buyer,
      country: parsed.data.country.trim(),
      vatId: parsed.data.vat_id.trim() || undefined,
      locale: ctx.state.locale,
    }, now());
    return Response.json(checkoutSummaryView(quote, ctx.state), {
      headers: { "cache-control": "no-store" },
    });
  }),
};
