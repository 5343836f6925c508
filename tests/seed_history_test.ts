/** `deno task seed`'s demo history: realistic content for every chart and list, once. */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { seedDemoData } from "@/lib/seed.ts";
import { seedDemoHistory } from "@/lib/seed_history.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import {
  listTrialsEnding,
  openInvoiceTotals,
  weeklyBookings,
  weeklyRevenue,
} from "@/lib/dashboard/overview.ts";

// A Thursday morning in Berlin.
const NOW = new Date("2027-03-04T08:00:00Z");
const app = await startTestApp({ now: () => NOW });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const timeZone = "Europe/Berlin";

async function history() {
  return await seedDemoHistory(db, {
    keys: app.services.keys,
    shop: await shopEnv(app.services),
    licenseServer: app.services.licenseServer,
    timeZone,
  }, NOW);
}

const count = async (
  table:
    | "bookings"
    | "invoices"
    | "payments"
    | "licenses"
    | "license_activations"
    | "activity_sessions"
    | "page_visits",
) =>
  Number(
    (await db.selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow()).n,
  );

Deno.test("the demo history fills every chart and list, and a second run adds nothing", async (t) => {
  await seedDemoData(db, NOW);
  assert.equal(await history(), true);

  await t.step(
    "bookings in every status, past eight weeks and next two",
    async () => {
      const statuses = await db.selectFrom("bookings").select("status")
        .distinct().orderBy("status").execute();
      assert.deepEqual(statuses.map((row) => row.status), [
        "cancelled",
        "confirmed",
        "pending",
      ]);
      const span = await db.selectFrom("bookings")
        .select((eb) => [
          eb.fn.min("starts_at").as("first"),
          eb.fn.max("starts_at").as("last"),
        ]).executeTakeFirstOrThrow();
      const days = (at: Date) => (at.getTime() - NOW.getTime()) / 86_400_000;
      assert.ok(days(span.first as Date) < -50, "eight weeks back");
      assert.ok(days(span.last as Date) > 10, "two weeks ahead");
      const weekly = await weeklyBookings(db, { timeZone, weeks: 8 }, NOW);
      assert.ok(weekly.every((week) => week.value > 0), "no empty week");
    },
  );

  await t.step(
    "invoices paid, open and overdue; revenue over the weeks",
    async () => {
      const totals = await openInvoiceTotals(db, "EUR", NOW);
      assert.ok(totals.open.count > totals.overdue.count);
      assert.ok(totals.overdue.count > 0);
      assert.ok(await count("payments") > 0);
      const revenue = await weeklyRevenue(
        db,
        { timeZone, currency: "EUR", weeks: 12 },
        NOW,
      );
      assert.ok(revenue.filter((week) => week.value > 0).length >= 3);
    },
  );

  await t.step(
    "trials ending this week, licenses activated, activity",
    async () => {
      assert.ok((await listTrialsEnding(db, NOW)).length > 0);
      assert.ok(await count("license_activations") > 0);
      assert.ok(await count("activity_sessions") > 10);
      assert.ok(await count("page_visits") > await count("activity_sessions"));
    },
  );

  await t.step("no email to a made-up person about a booking", async () => {
    const bookingMail = await db.selectFrom("email_outbox").select("id")
      .where("dedupe_key", "like", "booking%").execute();
    assert.deepEqual(bookingMail, []);
  });

  await t.step("seeding again changes nothing", async () => {
    const tables = [
      "bookings",
      "invoices",
      "payments",
      "licenses",
      "license_activations",
      "activity_sessions",
      "page_visits",
    ] as const;
    const before = await Promise.all(tables.map(count));
    await seedDemoData(db, NOW);
    assert.equal(await history(), false);
    assert.deepEqual(await Promise.all(tables.map(count)), before);
  });
});
