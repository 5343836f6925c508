// `deno bench tests/bench/slots_bench.ts`: slot computation at the size of
// a busy business (30 days × 10 staff, 500 existing bookings, calendar
// busy times).
import { busyQuery } from "./slots_fixture.ts";
import { computeSlots } from "@/lib/booking/slots.ts";

const query = busyQuery();
Deno.bench("slots: 30 days × 10 staff, 500 bookings, CalDAV busy times", () => {
  computeSlots(query);
});
