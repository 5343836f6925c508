/**
 * Staff are told at once: the assigned staff member (in their language)
 * and the optional notification address get an email for every new,
 * cancelled and moved booking, with a link to it in admin and, while it
 * is pending, to a Confirm page whose button is a signed-in CSRF-checked
 * POST.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import { signIn, TestClient } from "./helpers/http.ts";
import {
  changeBookingStatus,
  createBooking,
  rescheduleBooking,
} from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";

// Monday 4 January 2027, 07:00 in Berlin.
const clock = new Date("2027-01-04T06:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const appUrl = app.services.config.appUrl;
const SETTINGS = { minNoticeMinutes: 60, horizonDays: 60, slotStepMinutes: 30 };
await setBookingSettings(db, SETTINGS);

async function mailsTo(address: string) {
  return await db.selectFrom("email_outbox")
    .select(["subject", "text", "html"])
    .where("to_address", "=", address).orderBy("created_at").execute();
}

Deno.test("the assigned staff member hears of a new, moved and cancelled booking, in German when that is theirs", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "notice-de",
  });
  await db.updateTable("staff").set({ locale: "de" })
    .where("id", "=", staffIds[0]).execute();
  const staffEmail = "staff-notice-de-0@example.com";
  const client = new TestClient(app.url);
  await client.page("/booking");
  const res = await client.post("/booking", {
    service: serviceId,
    staff: staffIds[0],
    start: "2027-01-07T09:00:00.000Z",
    name: "Greta Graf",
    email: "greta-notice@example.com",
    phone: "+49 30 123",
    note: "Bitte mit Parkplatz",
  });
  assert.equal(res.status, 303);
  const manage = res.headers.get("location")!.replace("?new=1", "");
  await res.body?.cancel();
  const { id } = await db.selectFrom("bookings").select("id")
    .where("email", "=", "greta-notice@example.com")
    .executeTakeFirstOrThrow();

  const [created] = await mailsTo(staffEmail);
  assert.match(created.subject, /^Neue Terminanfrage: Beratung notice-de/);
  assert.match(created.subject, /Greta Graf/);
  assert.ok(
    created.text.includes(`${appUrl}/admin/booking/${id}`),
  );
  assert.ok(
    created.html.includes(
      `${appUrl}/admin/booking/${id}/confirm`,
    ),
    "a Confirm link while it is pending",
  );
  assert.match(created.text, /Bitte mit Parkplatz/);
  assert.match(created.text, /\+49 30 123/);

  await client.page(manage);
  const moved = await client.post(`${manage}/reschedule`, {
    start: "2027-01-08T12:00:00.000Z",
  });
  assert.equal(moved.status, 303);
  await moved.body?.cancel();
  await client.page(`${manage}/cancel`);
  const cancelled = await client.post(`${manage}/cancel`, {
    reason: "Krank geworden",
  });
  assert.equal(cancelled.status, 303);
  await cancelled.body?.cancel();

  const notices = await mailsTo(staffEmail);
  assert.deepEqual(
    notices.map((m) => m.subject.split(":")[0]),
    ["Neue Terminanfrage", "Termin verschoben", "Termin abgesagt"],
  );
  assert.match(notices[1].text, /Bisher/);
  assert.match(notices[2].text, /Krank geworden/);
  assert.ok(
    !notices[2].html.includes("/confirm"),
    "no Confirm link once cancelled",
  );
});

Deno.test("the notification address gets a copy in its own language; a confirmed booking has no Confirm link", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "notice-copy",
  });
  await setBookingSettings(db, {
    ...SETTINGS,
    autoConfirm: true,
    notifyEmail: "frontdesk@example.com",
    notifyLocale: "de",
  });
  try {
    const env = await bookingEnv(app.services);
    const { id } = await createBooking(
      db,
      env,
      {
        serviceId,
        staff: staffIds[0],
        start: new Date("2027-01-11T09:00:00Z"),
        name: "Max Muster",
        email: "max-notice@example.com",
        locale: "en",
      },
      { type: "contact" },
      clock,
    );
    const [toStaff] = await mailsTo("staff-notice-copy-0@example.com");
    assert.match(toStaff.subject, /^New booking: Consultation notice-copy/);
    assert.ok(!toStaff.html.includes("/confirm"));
    const copies = await mailsTo("frontdesk@example.com");
    assert.equal(copies.length, 1);
    assert.match(copies[0].subject, /^Neuer Termin: Beratung notice-copy/);

    await rescheduleBooking(
      db,
      env,
      id,
      new Date("2027-01-12T09:00:00Z"),
      { type: "staff" },
      clock,
    );
    await rescheduleBooking(
      db,
      env,
      id,
      new Date("2027-01-13T09:00:00Z"),
      { type: "staff" },
      clock,
    );
    await changeBookingStatus(
      db,
      env,
      id,
      "cancelled",
      { type: "staff" },
      clock,
    );
    assert.deepEqual(
      (await mailsTo("frontdesk@example.com")).map((m) =>
        m.subject.split(":")[0]
      ),
      [
        "Neuer Termin",
        "Termin verschoben",
        "Termin verschoben",
        "Termin abgesagt",
      ],
      "each move is its own notice",
    );
  } finally {
    await setBookingSettings(db, SETTINGS);
  }
});

Deno.test("the Confirm link leads to a page; only its signed-in CSRF-checked POST confirms", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "notice-confirm",
  });
  const env = await bookingEnv(app.services);
  const { id } = await createBooking(
    db,
    env,
    {
      serviceId,
      staff: staffIds[0],
      start: new Date("2027-01-14T09:00:00Z"),
      name: "Paula Pending",
      email: "paula-notice@example.com",
      locale: "en",
    },
    { type: "contact" },
    clock,
  );
  const path = `/admin/booking/${id}/confirm`;
  const status = async () =>
    (await db.selectFrom("bookings").select("status").where("id", "=", id)
      .executeTakeFirstOrThrow()).status;

  const anonymous = new TestClient(app.url);
  const away = await anonymous.request(path);
  assert.equal(away.status, 303);
  assert.match(away.headers.get("location") ?? "", /^\/admin\/login/);
  await away.body?.cancel();

  const staff = await signIn(
    app.url,
    "admin",
    "staff-notice-confirm-0@example.com",
    "staff password 1",
  );
  const page = await staff.page(path);
  assert.equal(page.status, 200);
  assert.match(page.html, /Paula Pending/);
  assert.match(page.html, /<form method="post"/);
  assert.equal(await status(), "pending", "opening the page confirms nothing");

  const forged = await staff.post(path, {}, { csrf: false });
  assert.equal(forged.status, 403);
  await forged.body?.cancel();
  assert.equal(await status(), "pending");

  const confirmed = await staff.post(path, {});
  assert.equal(confirmed.status, 303);
  assert.equal(confirmed.headers.get("location"), `/admin/booking/${id}`);
  await confirmed.body?.cancel();
  assert.equal(await status(), "confirmed");
  const again = await staff.page(path);
  assert.match(again.html, /no longer waiting for confirmation/);
});
