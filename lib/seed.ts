/**
 * Demo data for trying Portico out (`deno task seed`). Every section is
 * idempotent: it looks its records up by a natural key (an email address)
 * and creates only what is missing, so a second run changes nothing and
 * reports the same logins. Later areas (services, availability, products)
 * add their own section to `seedDemoData`.
 */
import type { Database } from "./db/database.ts";
import type { Locale, StaffRole } from "./db/schema.ts";
import type { Actor } from "./audit.ts";
import { hashPassword } from "./crypto.ts";
import { createClient } from "./crm/clients.ts";
import { createStaff } from "./crm/staff.ts";
import {
  getSellerSettings,
  missingSellerSettings,
  saveSellerSettings,
} from "./billing/seller.ts";

/** A sign-in the seed guarantees, printed for the person trying Portico. */
export interface DemoLogin {
  /** `/admin/login` for staff, `/clients/login` for the portal. */
  area: "staff" | "portal";
  name: string;
  email: string;
  password: string;
}

const SEED_ACTOR: Actor = { type: "system" };

/** Demo accounts are for trying Portico out; the passwords are public. */
const DEMO_STAFF: {
  name: string;
  email: string;
  role: StaffRole;
  locale: Locale;
  password: string;
}[] = [
  {
    name: "Ada Admin",
    email: "admin@example.com",
    role: "admin",
    locale: "en",
    password: "portico-admin-demo",
  },
  {
    name: "Sam Berger",
    email: "sam@example.com",
    role: "staff",
    locale: "de",
    password: "portico-staff-demo",
  },
  {
    name: "Lea Novak",
    email: "lea@example.com",
    role: "staff",
    locale: "en",
    password: "portico-staff-demo",
  },
];

const DEMO_CLIENT = {
  client: {
    company: "Nordlicht Software GmbH",
    vat_number: "DE123456789",
    address: "Hafenstraße 12",
    postal_code: "20457",
    city: "Hamburg",
    country: "DE",
    phone: "+49 40 1234567",
  },
  contact: {
    name: "Clara Client",
    email: "clara@example.com",
    phone: "+49 40 1234568",
    locale: "de" as Locale,
  },
  password: "portico-client-demo",
};

/** Staff: one administrator and two team members. */
async function seedStaff(db: Database, now: Date): Promise<DemoLogin[]> {
  for (const member of DEMO_STAFF) {
    const existing = await db.selectFrom("staff").select("id")
      .where("email", "=", member.email).executeTakeFirst();
    if (!existing) await createStaff(db, SEED_ACTOR, member, now);
  }
  return DEMO_STAFF.map((member) => ({
    area: "staff",
    name: member.name,
    email: member.email,
    password: member.password,
  }));
}

/** Clients: one company whose primary contact has a portal password. */
async function seedClients(db: Database, now: Date): Promise<DemoLogin[]> {
  const { contact, password } = DEMO_CLIENT;
  const exists = await db.selectFrom("contacts").select("id")
    .where("email", "=", contact.email).executeTakeFirst();
  if (!exists) await createClient(db, SEED_ACTOR, DEMO_CLIENT, now);
  // Portal contacts normally choose their password from an invitation; the
  // demo contact gets one directly (once) so it can sign in at once.
  const withoutPassword = await db.selectFrom("contacts").select("id")
    .where("email", "=", contact.email).where("password_hash", "is", null)
    .executeTakeFirst();
  if (withoutPassword) {
    await db.updateTable("contacts")
      .set({ password_hash: await hashPassword(password), updated_at: now })
      .where("id", "=", withoutPassword.id).execute();
  }
  return [{
    area: "portal",
    name: contact.name,
    email: contact.email,
    password,
  }];
}

const DEMO_SERVICES = [
  {
    name_en: "Introductory call",
    name_de: "Kennenlerngespräch",
    description_en: "Thirty minutes to understand what you need.",
    description_de: "Dreißig Minuten, um Ihren Bedarf zu verstehen.",
    duration_minutes: 30,
    buffer_minutes: 10,
    price_cents: 0,
    position: 1,
  },
  {
    name_en: "Consultation",
    name_de: "Beratung",
    description_en: "An hour with an expert on your CRM setup.",
    description_de: "Eine Stunde mit einer Expertin für Ihr CRM.",
    duration_minutes: 60,
    buffer_minutes: 15,
    price_cents: 12000,
    position: 2,
  },
  {
    name_en: "Onboarding workshop",
    name_de: "Einführungs-Workshop",
    description_en: "Two hours to get your team productive.",
    description_de: "Zwei Stunden, damit Ihr Team loslegen kann.",
    duration_minutes: 120,
    buffer_minutes: 30,
    price_cents: 34000,
    position: 3,
  },
];

/** Booking: three services performed by the two team members, Monday–Friday. */
async function seedBooking(db: Database): Promise<void> {
  const team = await db.selectFrom("staff").select("id")
    .where(
      "email",
      "in",
      DEMO_STAFF.filter((m) => m.role === "staff").map((m) => m.email),
    )
    .execute();
  for (const service of DEMO_SERVICES) {
    const existing = await db.selectFrom("services").select("id")
      .where("name_en", "=", service.name_en).executeTakeFirst();
    const id = existing?.id ?? (await db.insertInto("services").values(service)
      .returning("id").executeTakeFirstOrThrow()).id;
    for (const member of team) {
      await db.insertInto("staff_services").values({
        staff_id: member.id,
        service_id: id,
      })
        .onConflict((oc) => oc.doNothing()).execute();
    }
  }
  for (const member of team) {
    const hasHours = await db.selectFrom("availability").select("id")
      .where("staff_id", "=", member.id).executeTakeFirst();
    if (hasHours) continue;
    await db.insertInto("availability").values(
      [1, 2, 3, 4, 5].flatMap((weekday) => [
        {
          staff_id: member.id,
          weekday,
          start_minute: 9 * 60,
          end_minute: 12 * 60,
        },
        {
          staff_id: member.id,
          weekday,
          start_minute: 13 * 60,
          end_minute: 17 * 60,
        },
      ]),
    ).execute();
  }
}

const DEMO_PRODUCTS = [
  {
    slug: "booking-module",
    module_key: "booking",
    name_en: "Client Booking Service",
    name_de: "Client Booking Service",
    description_en:
      "A public booking page, staff availability and a client portal list.",
    description_de:
      "Öffentliche Buchungsseite, Verfügbarkeiten und Terminliste im Kundenportal.",
    price_cents: 14900,
    trial_days: 0,
    position: 1,
  },
  {
    slug: "activity-tracker",
    module_key: "activity",
    name_en: "Client Activity Tracker",
    name_de: "Client Activity Tracker",
    description_en:
      "See who is online in your client portal, with GDPR consent built in.",
    description_de:
      "Sehen Sie, wer im Kundenportal online ist – mit DSGVO-Einwilligung.",
    price_cents: 9900,
    trial_days: 30,
    position: 2,
  },
  {
    slug: "starter-theme",
    module_key: "theme",
    name_en: "Starter theme",
    name_de: "Starter-Theme",
    description_en: "A clean theme for your client portal, free.",
    description_de: "Ein schlichtes Theme für Ihr Kundenportal, kostenlos.",
    price_cents: 0,
    trial_days: 0,
    position: 3,
  },
];

/**
 * Shop: a paid product, one with a 30-day trial, and a free one; and a
 * made-up German seller, unless one is set, so the paid product can be
 * bought and invoiced.
 */
async function seedShop(db: Database, now: Date): Promise<void> {
  if (missingSellerSettings(await getSellerSettings(db)).length > 0) {
    await saveSellerSettings(db, SEED_ACTOR, {
      legalName: "Portico Demo GmbH",
      street: "Beispielweg 7",
      postalCode: "10115",
      city: "Berlin",
      vatId: "DE123456789",
      taxNumber: "",
      registerCourt: "Amtsgericht Charlottenburg",
      registerNumber: "HRB 000000 (demo)",
      managingDirector: "Ada Admin",
      email: "billing@example.com",
      phone: "",
      iban: "DE89370400440532013000",
      bic: "",
      bankName: "Demo Bank",
      invoiceFooter: "Demo data: this invoice is not real.",
      smallBusiness: false,
      belowOssThreshold: false,
      // English, as a fresh install: browsers asking for German get German.
      defaultLocale: "en",
    }, now);
  }
  for (const product of DEMO_PRODUCTS) {
    await db.insertInto("products").values(product)
      .onConflict((oc) => oc.column("slug").doNothing()).execute();
  }
}

/** Creates whatever demo data is missing; returns every demo login. */
export async function seedDemoData(
  db: Database,
  now: Date,
): Promise<DemoLogin[]> {
  const logins = [
    ...await seedStaff(db, now),
    ...await seedClients(db, now),
  ];
  await seedBooking(db);
  await seedShop(db, now);
  return logins;
}
