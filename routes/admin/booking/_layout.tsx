import type { AppProps } from "@/lib/web/mod.ts";
import type { BookingAdminState } from "./_middleware.ts";
import { AdminBookingNav } from "@/components/booking/AdminBookingNav.tsx";

/** Every booking admin page: the section tabs above the page. */
export default function BookingAdminLayout(
  { Component, state, url }: AppProps<BookingAdminState>,
) {
  return (
    <>
      <AdminBookingNav
        path={url.pathname}
        isAdmin={state.staffSession?.user.role === "admin"}
        t={state.t}
      />
      <Component />
    </>
  );
}
