/** Fixtures for booking tests: a service, staff who perform it, their hours. */
import type { Database } from "@/lib/db/database.ts";
import { saveBookingSettings } from "@/lib/booking/settings.ts";
import { bookingSettingsSchema } from "@/lib/booking/settings.ts";
import type { BookingSettings } from "@/lib/booking/settings.ts";
import { createStaff } from "./http.ts";
import { startTestApp, type TestApp } from "./app.ts";

export interface BookableFixture {
  serviceId: string;
  staffIds: string[];
}

/**
 * One 60-minute service (15-minute buffer) performed by `staffCount` staff
 * who work 09:00–17:00 every day in Europe/Berlin.
 */
export async function createBookable(
  db: Database,
  options: {
    staffCount?: number;
    durationMinutes?: number;
    bufferMinutes?: number;
    prefix?: string;
  } = {},
): Promise<BookableFixture> {
  const prefix = options.prefix ?? crypto.randomUUID().slice(0, 8);
  const { id: serviceId } = await db.insertInto("services").values({
    name_en: `Consultation ${prefix}`,
    name_de: `Beratung ${prefix}`,
    description_en: "A first conversation.",
    description_de: "Ein erstes Gespräch.",
    duration_minutes: options.durationMinutes ?? 60,
    buffer_minutes: options.bufferMinutes ?? 15,
    price_cents: 9900,
  }).returning("id").executeTakeFirstOrThrow();
  const staffIds: string[] = [];
  for (let i = 0; i < (options.staffCount ?? 1); i++) {
    const staffId = await createStaff(db, {
      email: `staff-${prefix}-${i}@example.com`,
      password: "staff password 1",
      name: `Staff ${prefix} ${i}`,
      role: "staff",
    });
    staffIds.push(staffId);
    await db.insertInto("staff_services").values({
      staff_id: staffId,
      service_id: serviceId,
    }).execute();
    await db.insertInto("availability").values(
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        staff_id: staffId,
        weekday,
        start_minute: 9 * 60,
        end_minute: 17 * 60,
      })),
    ).execute();
  }
  return { serviceId, staffIds };
}

/** Stores booking settings (defaults for anything not given). */
export async function setBookingSettings(
  db: Database,
  settings: Partial<BookingSettings>,
  now = new Date(),
): Promise<void> {
  await saveBookingSettings(db, {
    ...bookingSettingsSchema.parse({}),
    ...settings,
  }, now);
}

/** Monday 4 January 2027, 07:00 in Berlin: the booking tests' fixed "now". */
export const BOOKING_CLOCK = new Date("2027-01-04T06:00:00Z");

/**
 * A test app whose clock stands at `BOOKING_CLOCK`, closed after the
 * file's tests, with the rules most booking tests assume: an hour's
 * notice, 60 days ahead, a slot every 30 minutes.
 */
export async function startBookingTestApp(
  env?: Record<string, string>,
): Promise<TestApp> {
  const app = await startTestApp({ env, now: () => BOOKING_CLOCK });
  Deno.test.afterAll(() => app.close());
  await setBookingSettings(app.services.db, {
    minNoticeMinutes: 60,
    horizonDays: 60,
    slotStepMinutes: 30,
  });
  return app;
}
