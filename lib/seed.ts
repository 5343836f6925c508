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

/** Creates whatever demo data is missing; returns every demo login. */
export async function seedDemoData(
  db: Database,
  now: Date,
): Promise<DemoLogin[]> {
  return [
    ...await seedStaff(db, now),
    ...await seedClients(db, now),
  ];
}
