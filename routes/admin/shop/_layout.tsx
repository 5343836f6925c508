import type { AppProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/state.ts";
import { type Section, SectionNav } from "@/components/admin/SectionNav.tsx";

const SECTIONS: Section[] = [
  { href: "/admin/shop", label: "shopAdmin.nav.catalog" },
  { href: "/admin/shop/orders", label: "shopAdmin.nav.orders" },
  { href: "/admin/invoices", label: "shopAdmin.nav.invoices" },
  {
    href: "/admin/shop/settings",
    label: "shopAdmin.nav.settings",
    adminOnly: true,
  },
];

/** Every shop admin page: the section tabs above the page. */
export default function ShopAdminLayout(
  { Component, state, url }: AppProps<State>,
) {
  return (
    <>
      <SectionNav
        sections={SECTIONS}
        path={url.pathname}
        isAdmin={state.staffSession?.user.role === "admin"}
        label={state.t("shopAdmin.nav")}
        t={state.t}
      />
      <Component />
    </>
  );
}
