import type { AppProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { ShopAdminNav } from "@/components/shop/ShopAdminNav.tsx";

/** Every shop admin page: the section tabs above the page. */
export default function ShopAdminLayout(
  { Component, state, url }: AppProps<State>,
) {
  return (
    <>
      <ShopAdminNav state={state} path={url.pathname} />
      <Component />
    </>
  );
}
