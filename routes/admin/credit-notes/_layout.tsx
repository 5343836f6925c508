import type { AppProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { ShopAdminNav } from "@/components/shop/ShopAdminNav.tsx";

/** Credit notes are part of the shop: the same section tabs above the page. */
export default function CreditNotesLayout(
  { Component, state, url }: AppProps<State>,
) {
  return (
    <>
      <ShopAdminNav state={state} path={url.pathname} />
      <Component />
    </>
  );
}
