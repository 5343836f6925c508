/** The price view of whoever looks at a shop page: the signed-in client, else a consumer in Germany. */
import type { State } from "@/lib/http/state.ts";
import {
  clientViewer,
  type PriceView,
  priceView,
  UNKNOWN_VISITOR,
} from "@/lib/shop/pricing.ts";

/** How the shop shows prices to this request's visitor. */
export async function visitorPriceView(state: State): Promise<PriceView> {
  const { db, now } = state.services;
  const contact = state.contactSession?.user;
  const viewer = contact
    ? await clientViewer(db, contact.clientId)
    : UNKNOWN_VISITOR;
  return await priceView(db, viewer, now());
}
