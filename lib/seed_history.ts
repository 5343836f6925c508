/**
 * The demo's past and near future (`deno task seed`, after the accounts
 * and catalog of `seed.ts`): bookings over the last eight weeks and the
 * next two in every status, orders whose invoices are paid, open or
 * overdue, trials (some ending this week), activated licenses, and portal
 * activity over 30 days, so every page and chart has something real to
 * show. Bookings and activity are written as rows (no emails to made-up
 * people); orders go through the real checkout, payment and issuing.
 * Each part runs once per database: it looks for its demo rows first.
 */
import type { Database } from "./db/database.ts";
import type { BookingStatus, Service } from "./db/schema.ts";
import type { Keyring } from "./crypto.ts";
import { sha256Hex } from "./crypto.ts";
import { manageToken } from "./booking/bookings.ts";
import { bookingSpan } from "./booking/availability.ts";
import {
  type BookingSettings,
  getBookingSettings,
} from "./booking/settings.ts";
import { checkout, type ShopEnv } from "./shop/checkout.ts";
import { recordPayment } from "./shop/payments.ts";
import { issuePendingLicenses, type IssuingEnv } from "./shop/issuing.ts";
import { activateLicense, type LicenseServerEnv } from "./licensing/server.ts";
import { recordConsent } from "./activity/consent.ts";
import { dateIn } from "./wall_clock.ts";

/** PostgreSQL's code for an exclusion constraint (no double booking). */
const EXCLUSION_VIOLATION = "23P01";
const DAY = 24 * 3600_000;

/** What the history needs besides the database and the clock. */
export interface HistoryEnv {
  keys: Keyring;
  shop: ShopEnv & IssuingEnv;
  licenseServer: LicenseServerEnv;
  timeZone: string;
}

const PEOPLE = [
  "Mia Schneider",
  "Jonas Weber",
  "Emma Fischer",
  "Luca Rossi",
  "Sofia Wagner",
  "Noah Becker",
  "Hanna Koch",
  "Elias Richter",
  "Lina Wolf",
  "Paul Neumann",
  "Clara Braun",
  "Ben Hofmann",
];

/** The demo's buyers: a company, a contact, and when they first bought. */
const BUYERS = [
  { company: "Nordwind Physio GmbH", name: "Greta Nord", daysAgo: 52 },
  { company: "Atelier Lindgren", name: "Sven Lindgren", daysAgo: 45 },
  { company: "Kanzlei Hartmann", name: "Dora Hartmann", daysAgo: 38 },
  { company: "Yoga am Fluss", name: "Ilka Brandt", daysAgo: 31 },
  { company: "Praxis Dr. Sommer", name: "Tim Sommer", daysAgo: 24 },
  { company: "Studio Blau", name: "Rosa Blau", daysAgo: 17 },
  { company: "Bäckerei Kern", name: "Otto Kern", daysAgo: 10 },
  { company: "Fahrschule Vogt", name: "Nele Vogt", daysAgo: 4 },
];

/** Portal pages a client visits, most often first. */
const PORTAL_PAGES = [
  "/clients",
  "/clients/invoices",
  "/clients/booking",
  "/clients/licenses",
  "/clients/orders",
  "/clients/privacy",
];

/** Deterministic "randomness": the same demo on every database. */
const pick = (...parts: number[]) =>
  parts.reduce((hash, part) => (hash * 31 + part) % 9973, 7);

const emailOf = (name: string) =>
  `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@demo.example`;

/**
 * Adds the demo history unless it was added before; true when it did.
 *
 * @example
 * await seedDemoHistory(db, env, new Date());
 */
export async function seedDemoHistory(
  db: Database,
  env: HistoryEnv,
  now: Date,
): Promise<boolean> {
  const added = [
    await seedBookings(db, env, now),
    await seedOrders(db, env, now),
    await seedActivity(db, now),
  ];
  return added.some(Boolean);
}

/** True when a row with a demo address exists in `table` already. */
async function hasDemoRows(
  db: Database,
  table: "bookings" | "contacts",
): Promise<boolean> {
  const row = await db.selectFrom(table).select("id")
    .where("email", "like", "%@demo.example").limit(1).executeTakeFirst();
  return row !== undefined;
}

/** A slot of the demo day: minutes after midnight and which service. */
const SLOTS = [
  { minute: 9 * 60, service: "Introductory call" },
  { minute: 10 * 60 + 30, service: "Consultation" },
  { minute: 14 * 60, service: "Onboarding workshop" },
];

/** Weekday bookings from 8 weeks back to 2 weeks ahead, every status. */
async function seedBookings(db: Database, env: HistoryEnv, now: Date) {
  if (await hasDemoRows(db, "bookings")) return false;
  const [team, services, settings] = await Promise.all([
    db.selectFrom("staff_services as ss")
      .innerJoin("staff as s", "s.id", "ss.staff_id")
      .select(["s.id", "ss.service_id"]).where("s.active", "=", true)
      .execute(),
    db.selectFrom("services").selectAll().execute(),
    getBookingSettings(db),
  ]);
  const staffIds = [...new Set(team.map((row) => row.id))].sort();
  const today = dateIn(now, env.timeZone);
  for (let offset = -56; offset <= 14; offset++) {
    const day = today.add({ days: offset });
    if (day.dayOfWeek > 5) continue;
    for (const [s, staffId] of staffIds.entries()) {
      for (const [k, slot] of SLOTS.entries()) {
        const roll = pick(offset + 100, s, k);
        if (roll % 5 < 2) continue;
        const service = services.find((row) =>
          row.name_en === slot.service &&
          team.some((t) => t.id === staffId && t.service_id === row.id)
        );
        if (!service) continue;
        const startsAt = new Date(
          day.toZonedDateTime({ timeZone: env.timeZone })
            .add({ minutes: slot.minute }).epochMilliseconds,
        );
        const past = startsAt < now;
        const status = roll % 11 === 0
          ? "cancelled"
          : !past && roll % 3 === 0
          ? "pending"
          : "confirmed";
        const name = PEOPLE[roll % PEOPLE.length];
        await insertBooking(db, env.keys, settings, {
          service,
          staffId,
          startsAt,
          name,
          status,
          bookedAt: new Date(startsAt.getTime() - (2 + roll % 9) * DAY),
          past,
        });
      }
    }
  }
  return true;
}

async function insertBooking(
  db: Database,
  keys: Keyring,
  settings: BookingSettings,
  booking: {
    service: Service;
    staffId: string;
    startsAt: Date;
    name: string;
    status: "pending" | "confirmed" | "cancelled";
    bookedAt: Date;
    past: boolean;
  },
) {
  const id = crypto.randomUUID();
  const span = bookingSpan(settings, booking.service, booking.startsAt);
  const inserted = await db.insertInto("bookings").values({
    id,
    service_id: booking.service.id,
    staff_id: booking.staffId,
    name: booking.name,
    email: emailOf(booking.name),
    starts_at: booking.startsAt,
    ends_at: span.endsAt,
    blocked_from: span.blockedFrom,
    blocked_until: span.blockedUntil,
    status: booking.status,
    locale: "en",
    manage_token_hash: await sha256Hex(await manageToken(keys, id)),
    cancel_reason: booking.status === "cancelled"
      ? "Demo: the client had to cancel."
      : null,
    // Past appointments had their reminder; upcoming ones get it from the job.
    reminder_sent_at: booking.past && booking.status === "confirmed"
      ? new Date(booking.startsAt.getTime() - DAY)
      : null,
    created_at: booking.bookedAt,
    updated_at: booking.bookedAt,
  }).execute().then(() => true, (error) => {
    // A real booking holds that time already: the demo leaves it be.
    if (error?.code === EXCLUSION_VIOLATION) return false;
    throw error;
  });
  if (!inserted) return;
  const events: { from: BookingStatus | null; to: BookingStatus }[] = [
    { from: null, to: "pending" },
  ];
  if (booking.status !== "pending") {
    events.push({ from: "pending", to: booking.status });
  }
  await db.insertInto("booking_events").values(events.map((event, i) => ({
    booking_id: id,
    at: new Date(booking.bookedAt.getTime() + i * 3600_000),
    from_status: event.from,
    to_status: event.to,
    actor_type: i === 0 ? "contact" as const : "staff" as const,
  }))).execute();
}

/**
 * Each buyer orders the booking module (paid, later overdue or open as
 * its age says) and tries the activity tracker; most pay, their keys are
 * issued and activated on the buyer's domain.
 */
async function seedOrders(db: Database, env: HistoryEnv, now: Date) {
  if (await hasDemoRows(db, "contacts")) return false;
  const products = await db.selectFrom("products")
    .select(["slug", "module_key", "price_cents", "trial_days"])
    .where("active", "=", true).execute();
  const paid = products.find((p) => p.price_cents > 0 && p.trial_days === 0);
  const trial = products.find((p) => p.trial_days > 0);
  for (const [i, buyer] of BUYERS.entries()) {
    const at = new Date(now.getTime() - buyer.daysAgo * DAY);
    const email = emailOf(buyer.name);
    const base = {
      buyer: "business" as const,
      name: buyer.name,
      company: buyer.company,
      email,
      address: `Demostraße ${i + 1}`,
      postalCode: "10115",
      city: "Berlin",
      country: "DE",
      locale: "en" as const,
    };
    let contactId: string | undefined;
    if (paid) {
      const order = await checkout(
        db,
        env.shop,
        { ...base, slug: paid.slug, mode: "buy" },
        at,
      );
      contactId = order.contactId;
      // Every other older buyer paid after a few days; the rest still owe.
      if (order.invoiceId && (i % 3 !== 2)) {
        const paidAt = new Date(at.getTime() + (1 + i % 4) * DAY);
        if (paidAt < now) {
          const invoice = await db.selectFrom("invoices")
            .select(["total_cents", "currency"])
            .where("id", "=", order.invoiceId).executeTakeFirstOrThrow();
          await recordPayment(
            db,
            {
              invoice: order.invoiceId,
              amountCents: invoice.total_cents,
              currency: invoice.currency,
              transactionId: `demo-${i}`,
              method: "bank_transfer",
              paidAt,
            },
            { type: "system" },
            paidAt,
          );
        }
      }
    }
    if (trial) {
      // Trials of 30 days started 24–28 days ago end this week.
      const started = i % 2 === 0
        ? new Date(now.getTime() - (24 + i % 5) * DAY)
        : at;
      await checkout(
        db,
        env.shop,
        // The buyer is a client now: signed in, as a returning buyer is.
        { ...base, slug: trial.slug, mode: "trial", contactId },
        started,
      );
      await issuePendingLicenses(db, env.shop, started);
    }
  }
  await issuePendingLicenses(db, env.shop, now);
  await activateDemoLicenses(db, env, now);
  return true;
}

/** Half the issued demo licenses run on their buyer's site. */
async function activateDemoLicenses(db: Database, env: HistoryEnv, now: Date) {
  const licenses = await db.selectFrom("licenses")
    .select(["id", "key_ciphertext", "email"])
    .where("email", "like", "%@demo.example")
    .where("own_installation", "=", false).where("status", "=", "active")
    .where((eb) =>
      eb.or([eb("expires_at", "is", null), eb("expires_at", ">", now)])
    )
    .orderBy("created_at").execute();
  for (const [i, license] of licenses.entries()) {
    if (i % 2 === 1) continue;
    const key = await env.keys.decrypt("license-keys", license.key_ciphertext);
    const site = license.email.split("@")[0].replace(/\./g, "-");
    await activateLicense(db, env.licenseServer, {
      key,
      domain: `${site}.example.com`,
    }, now);
  }
}

/**
 * The buyers' contacts consent to activity tracking and use the portal
 * on some of the last 30 days, a few pages per visit.
 */
async function seedActivity(db: Database, now: Date) {
  const contacts = await db.selectFrom("contacts").select(["id"])
    .where("email", "like", "%@demo.example").orderBy("email").execute();
  if (!contacts.length) return false;
  const tracked = await db.selectFrom("activity_sessions").select("id")
    .where("contact_id", "in", contacts.map((c) => c.id))
    .limit(1).executeTakeFirst();
  if (tracked) return false;
  for (const [c, contact] of contacts.entries()) {
    await recordConsent(
      db,
      contact.id,
      "granted",
      "demo",
      new Date(now.getTime() - 31 * DAY),
    );
    for (let daysAgo = 30; daysAgo >= 1; daysAgo--) {
      const roll = pick(c, daysAgo);
      if (roll % 3 !== 0) continue;
      const started = new Date(
        now.getTime() - daysAgo * DAY + (8 + roll % 10) * 3600_000,
      );
      const pages = 2 + roll % 5;
      const visits = Array.from({ length: pages }, (_, v) => ({
        path: PORTAL_PAGES[pick(roll, v) % PORTAL_PAGES.length],
        at: new Date(started.getTime() + v * 70_000),
      }));
      const last = visits.at(-1)!;
      const session = await db.insertInto("activity_sessions").values({
        contact_id: contact.id,
        started_at: started,
        last_seen_at: last.at,
        ended_at: last.at,
        current_path: last.path,
        page_views: pages,
      }).returning("id").executeTakeFirstOrThrow();
      await db.insertInto("page_visits").values(visits.map((visit) => ({
        session_id: session.id,
        contact_id: contact.id,
        path: visit.path,
        visited_at: visit.at,
      }))).execute();
    }
  }
  return true;
}
