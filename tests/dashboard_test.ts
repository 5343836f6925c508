/**
 * The admin dashboard on real data: bookings awaiting confirmation with
 * Confirm and Decline in place, today's and tomorrow's agenda, open and
 * overdue invoices, weekly charts drawn on the server with their numbers
 * as a table, trials ending this week and new clients; the booking parts
 * only while the booking module is open.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createBookable } from "./helpers/booking.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { createStaff, TestClient } from "./helpers/http.ts";
import { bookingEnv, ownLicensingEnv, shopEnv } from "@/lib/app/domains.ts";
import { licenseOwnModules } from "@/lib/licensing/own.ts";
import { createBooking } from "@/lib/booking/bookings.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import { issuePendingLicenses } from "@/lib/shop/issuing.ts";
import {
  openInvoiceTotals,
  weeklyBookings,
  weeklyRevenue,
  weekStarts,
} from "@/lib/dashboard/overview.ts";
import { niceMax } from "@/components/charts/BarChart.tsx";

// A Wednesday, 10:00 in Berlin.
const NOW = new Date("2027-06-09T08:00:00Z");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const app = await startTestApp({ now: () => NOW });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const timeZone = "Europe/Berlin";
const bookable = await createBookable(db, { prefix: "dash" });
const catalog = await createCatalog(db, "dash");
await createStaff(db, {
  email: "boss@example.com",
  password: "boss pass 1234",
});

async function book(start: Date, name: string, actor: "visitor" | "staff") {
  return await createBooking(
    db,
    await bookingEnv(app.services),
    {
      serviceId: bookable.serviceId,
      staff: bookable.staffIds[0],
      start,
      name,
      email: `${name.toLowerCase().replace(/\W/g, "")}@example.com`,
      locale: "en",
    },
    actor === "staff" ? { type: "staff", id: bookable.staffIds[0] } : {
      type: "contact",
    },
    new Date(start.getTime() - 3 * DAY),
  );
}

// Today 14:00 (staff entered: confirmed), tomorrow 11:00 (pending), in 5 days (pending).
await book(new Date("2027-06-09T12:00:00Z"), "Tina Today", "staff");
const tomorrow = await book(
  new Date("2027-06-10T09:00:00Z"),
  "Tom Tomorrow",
  "visitor",
);
const later = await book(
  new Date("2027-06-14T09:00:00Z"),
  "Lara Later",
  "visitor",
);
// Last week, two bookings.
await book(new Date("2027-06-01T09:00:00Z"), "Past One", "staff");
await book(new Date("2027-06-02T09:00:00Z"), "Past Two", "staff");

// Two invoices of 119 € each: one paid last week, one overdue by now.
const ordered = new Date(NOW.getTime() - 20 * DAY);
const paid = await checkout(
  db,
  await shopEnv(app.services),
  checkoutInput(catalog.paid, "payer@example.com"),
  ordered,
);
await checkout(
  db,
  await shopEnv(app.services),
  checkoutInput(catalog.paid, "late@example.com"),
  ordered,
);
await recordPayment(
  db,
  {
    invoice: paid.invoiceId!,
    amountCents: 11900,
    currency: "EUR",
    transactionId: "tx-dashboard",
    method: "bank_transfer",
    paidAt: new Date("2027-06-03T10:00:00Z"),
  },
  { type: "system" },
  new Date("2027-06-03T10:00:00Z"),
);
// A trial ending in three days.
await checkout(
  db,
  await shopEnv(app.services),
  checkoutInput(catalog.trial, "trier@example.com", { mode: "trial" }),
  new Date(NOW.getTime() - 27 * DAY),
);
await issuePendingLicenses(
  db,
  await shopEnv(app.services),
  new Date(NOW.getTime() - 27 * DAY),
);

Deno.test("weekly series: twelve Mondays in the business zone, empty weeks zero", async () => {
  const starts = weekStarts(NOW, timeZone, 12);
  assert.equal(starts.length, 12);
  assert.equal(starts.at(-1)!.toString(), "2027-06-07");
  assert.equal(starts[0].toString(), "2027-03-22");
  const bookings = await weeklyBookings(db, { timeZone, weeks: 12 }, NOW);
  assert.deepEqual(bookings.slice(-2), [
    { weekStart: "2027-05-31", value: 2 },
    // Lara's booking on Monday the 14th is next week's.
    { weekStart: "2027-06-07", value: 2 },
  ]);
  assert.ok(bookings.slice(0, -2).every((week) => week.value === 0));
  const revenue = await weeklyRevenue(
    db,
    { timeZone, currency: "EUR", weeks: 12 },
    NOW,
  );
  assert.deepEqual(revenue.at(-2), { weekStart: "2027-05-31", value: 11900 });
  assert.equal(revenue.reduce((sum, week) => sum + week.value, 0), 11900);
});

Deno.test("open invoice totals: what is owed, the overdue part apart", async () => {
  const totals = await openInvoiceTotals(db, "EUR", NOW);
  assert.deepEqual(totals.open, { count: 1, balanceCents: 11900 });
  assert.deepEqual(totals.overdue, { count: 1, balanceCents: 11900 });
  const before = await openInvoiceTotals(db, "EUR", ordered);
  assert.equal(before.overdue.count, 0);
});

Deno.test("chart axes end on round numbers", () => {
  assert.deepEqual([0, 1, 3, 7, 11, 180, 11900].map(niceMax), [
    1,
    1,
    5,
    10,
    20,
    200,
    20000,
  ]);
});

Deno.test("the dashboard page shows every part, and Confirm works in place", async (t) => {
  const admin = new TestClient(app.url);
  await admin.page("/admin/login");
  await admin.post("/admin/login", {
    email: "boss@example.com",
    password: "boss pass 1234",
  });
  const { status, html } = await admin.page("/admin");
  assert.equal(status, 200);

  await t.step("pending bookings, soonest first, with both actions", () => {
    const pending = html.slice(html.indexOf('id="pending-title"'));
    assert.ok(pending.indexOf("Tom Tomorrow") < pending.indexOf("Lara Later"));
    assert.match(
      html,
      new RegExp(`action="/admin/booking/${tomorrow.id}"`),
    );
    assert.match(html, /<details class="confirm-step">/);
  });

  await t.step("today and tomorrow", () => {
    const agenda = html.slice(html.indexOf('id="agenda-title"'));
    assert.match(agenda, /Tina Today/);
    assert.match(agenda, /Tom Tomorrow/);
    assert.doesNotMatch(agenda.slice(0, agenda.indexOf("</section>")), /Lara/);
  });

  await t.step("invoices, trials, clients and both charts", () => {
    assert.match(html, /Unpaid on 1 open invoices/);
    assert.match(html, /Overdue on 1 invoices/);
    assert.match(html, /id="trials-title"[\s\S]*>trial module<\/a>/);
    assert.match(html, /id="new-clients-title"[\s\S]*Buyer GmbH/);
    assert.match(html, /<svg[^>]*role="img"[^>]*aria-label="Payments received/);
    assert.match(html, /<svg[^>]*role="img"[^>]*aria-label="Bookings per week/);
    assert.match(html, /<td class="numeric">€119.00<\/td>/);
  });

  await t.step("Confirm in place comes back to the dashboard", async () => {
    const res = await admin.post(`/admin/booking/${tomorrow.id}`, {
      intent: "confirm",
      back: "/admin",
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), "/admin");
    const row = await db.selectFrom("bookings").select("status")
      .where("id", "=", tomorrow.id).executeTakeFirstOrThrow();
    assert.equal(row.status, "confirmed");
  });

  await t.step("Decline with a reason, back to the dashboard", async () => {
    await admin.page("/admin");
    const res = await admin.post(`/admin/booking/${later.id}`, {
      intent: "cancel",
      reason: "Closed that day",
      back: "https://evil.example/",
    });
    assert.equal(res.status, 303);
    // Only a path on this site: anything else goes back to the booking.
    assert.equal(res.headers.get("location"), `/admin/booking/${later.id}`);
    const row = await db.selectFrom("bookings")
      .select(["status", "cancel_reason"])
      .where("id", "=", later.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, {
      status: "cancelled",
      cancel_reason: "Closed that day",
    });
    const after = await admin.page("/admin");
    assert.match(after.html, /No booking is waiting for a decision/);
  });
});

Deno.test("booking locked: the dashboard leaves its parts out", async () => {
  await db.deleteFrom("options").where("name", "=", "license.client.booking")
    .execute();
  try {
    const admin = new TestClient(app.url);
    await admin.page("/admin/login");
    await admin.post("/admin/login", {
      email: "boss@example.com",
      password: "boss pass 1234",
    });
    const { status, html } = await admin.page("/admin");
    assert.equal(status, 200);
    assert.doesNotMatch(html, /id="pending-title"|id="agenda-title"/);
    assert.doesNotMatch(html, /Bookings per week/);
    assert.match(html, /Payments received/);
  } finally {
    // The module's own license again, for any test after this one.
    await licenseOwnModules(
      db,
      ownLicensingEnv(app.services)!,
      { email: "boss@example.com", name: "Boss" },
      NOW,
    );
  }
});
