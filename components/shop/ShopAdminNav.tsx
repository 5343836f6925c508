import type { State } from "@/lib/http/state.ts";
import { type Section, SectionNav } from "../admin/SectionNav.tsx";

const SECTIONS: Section[] = [
  { href: "/admin/shop", label: "shopAdmin.nav.catalog" },
  { href: "/admin/shop/orders", label: "shopAdmin.nav.orders" },
  { href: "/admin/invoices", label: "shopAdmin.nav.invoices" },
  {
    href: "/admin/shop/legal",
    label: "shopAdmin.nav.legal",
    adminOnly: true,
  },
  {
    href: "/admin/shop/payments",
    label: "payments.admin.nav",
    adminOnly: true,
  },
  {
    href: "/admin/shop/settings",
    label: "shopAdmin.nav.settings",
    adminOnly: true,
  },
];

/** Tabs across the shop admin pages (invoices included); settings only for administrators. */
export function ShopAdminNav({ state, path }: { state: State; path: string }) {
  return (
    <SectionNav
      sections={SECTIONS}
      path={path}
      isAdmin={state.staffSession?.user.role === "admin"}
      label={state.t("shopAdmin.nav")}
      t={state.t}
    />
  );
}
