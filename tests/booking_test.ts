import assert from "node:assert/strict";
import {
  BOOKING_CLOCK,
  createBookable,
  setBookingSettings,
  startBookingTestApp,
} from "./helpers/booking.ts";
import { createClientWithContact, signIn, TestClient } from "./helpers/http.ts";
import { sendBookingReminders } from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailer } from "@/lib/mail/worker.ts";

const clock = BOOKING_CLOCK;
const app = await startBookingTestApp({ TRUST_PROXY: "1" });
const { db } = app.services;

const bookingCount = async () =>
  Number(
    (await db.selectFrom("bookings").select(db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow()).n,
  );

let ip = 0;
/** Each request from its own address, so the per-IP limit stays out of the way. */
function fromNewAddress(): HeadersInit {
  ip++;
  return { "x-forwarded-for": `10.0.${Math.floor(ip / 250)}.${ip % 250}` };
}

async function book(
  client: TestClient,
  fields: Record<string, string>,
  headers: HeadersInit = fromNewAddress(),
): Promise<Response> {
  const body = new URLSearchParams({
    _csrf: client.csrf!,
    name: "Erika Muster",
    ...fields,
  });
  return await client.request("/booking", { method: "POST", body, headers });
}

Deno.test("the slots API lists free times as instants in the business zone", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const res = await app.request(
    `/booking/api/slots?service=${serviceId}&staff=${
      staffIds[0]
    }&from=2027-01-05&days=1`,
  );
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.timeZone, "Europe/Berlin");
  assert.equal(body.slots[0].start, "2027-01-05T08:00:00.000Z");
  assert.equal(body.slots[0].end, "2027-01-05T09:00:00.000Z");
  assert.equal(body.slots[0].staff, staffIds[0]);
  assert.equal(
    body.slots.at(-1).start,
    "2027-01-05T15:00:00.000Z",
    "16:00–17:00 is the last",
  );
  const bad = await app.request(
    `/booking/api/slots?service=nope&staff=any&from=2027-01-05`,
  );
  assert.equal(bad.status, 400);
  assert.equal((await bad.json()).error.code, "INVALID_QUERY");
});

Deno.test("50 concurrent bookings of one slot: one booking, 49 × 409, no overlap", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  await client.page(`/booking?service=${serviceId}&staff=${staffIds[0]}`);
  const start = "2027-01-06T09:00:00.000Z";
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      book(client, {
        service: serviceId,
        staff: staffIds[0],
        start,
        email: `racer${i}@example.com`,
      })),
  );
  const statuses = responses.map((r) => r.status).sort();
  await Promise.all(responses.map((r) => r.body?.cancel()));
  assert.deepEqual(statuses.filter((s) => s === 303).length, 1);
  assert.deepEqual(statuses.filter((s) => s === 409).length, 49);
  const rows = await db.selectFrom("bookings").select([
    "starts_at",
    "blocked_until",
  ])
    .where("staff_id", "=", staffIds[0]).where("status", "<>", "cancelled")
    .execute();
  assert.equal(rows.length, 1);
});

Deno.test("the 409 page offers the nearest free times, one click to book", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  await client.page(`/booking?service=${serviceId}&staff=${staffIds[0]}`);
  const fields = {
    service: serviceId,
    staff: staffIds[0],
    start: "2027-01-07T10:00:00.000Z",
  };
  const first = await book(client, { ...fields, email: "first@example.com" });
  assert.equal(first.status, 303);
  await first.body?.cancel();
  const second = await book(client, { ...fields, email: "second@example.com" });
  assert.equal(second.status, 409);
  const html = await second.text();
  assert.match(html, /This time was just taken/);
  const offered = [...html.matchAll(/name="start" value="([^"]+)"/g)].map((m) =>
    m[1]
  );
  assert.ok(offered.length >= 3);
  assert.ok(!offered.includes(fields.start));
  assert.ok(
    html.includes('value="second@example.com"'),
    "details kept for the one-click retry",
  );
});

Deno.test("bad requests are refused with the right status and write nothing", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  await client.page(`/booking?service=${serviceId}&staff=${staffIds[0]}`);
  const before = await bookingCount();
  const valid = {
    service: serviceId,
    staff: staffIds[0],
    email: "ok@example.com",
  };
  const cases: [string, Record<string, string>, number][] = [
    ["a past time", { ...valid, start: "2027-01-03T09:00:00.000Z" }, 422],
    ["inside the minimum notice", {
      ...valid,
      start: "2027-01-04T06:30:00.000Z",
    }, 422],
    ["off the slot grid", { ...valid, start: "2027-01-08T09:10:00.000Z" }, 422],
    [
      "outside working hours",
      { ...valid, start: "2027-01-08T20:00:00.000Z" },
      422,
    ],
    [
      "beyond the horizon",
      { ...valid, start: "2027-06-08T09:00:00.000Z" },
      422,
    ],
    ["a bad email", {
      ...valid,
      start: "2027-01-08T09:00:00.000Z",
      email: "not-an-email",
    }, 422],
    ["no name", { ...valid, start: "2027-01-08T09:00:00.000Z", name: "" }, 422],
    ["an unknown service", {
      ...valid,
      service: crypto.randomUUID(),
      start: "2027-01-08T09:00:00.000Z",
    }, 404],
    ["an unknown staff member", {
      ...valid,
      staff: crypto.randomUUID(),
      start: "2027-01-08T09:00:00.000Z",
    }, 404],
  ];
  for (const [label, fields, status] of cases) {
    const res = await book(client, fields);
    assert.equal(res.status, status, label);
    await res.body?.cancel();
  }
  const noCsrf = await client.request("/booking", {
    method: "POST",
    headers: fromNewAddress(),
    body: new URLSearchParams({
      ...valid,
      name: "X",
      start: "2027-01-08T09:00:00.000Z",
    }),
  });
  assert.equal(noCsrf.status, 403);
  await noCsrf.body?.cancel();
  assert.equal(await bookingCount(), before);
});

Deno.test("invalid input re-renders the form in the visitor's language with values kept", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  await client.page(`/booking?service=${serviceId}&staff=${staffIds[0]}`);
  const res = await client.request("/booking", {
    method: "POST",
    headers: { ...fromNewAddress(), "accept-language": "de-DE" },
    body: new URLSearchParams({
      _csrf: client.csrf!,
      service: serviceId,
      staff: staffIds[0],
      start: "2027-01-08T09:00:00.000Z",
      name: "Erika",
      email: "kaputt",
    }),
  });
  assert.equal(res.status, 422);
  const html = await res.text();
  assert.match(html, /Bitte geben Sie eine gültige E-Mail-Adresse ein/);
  assert.match(html, /value="Erika"/);
  assert.match(
    html,
    /id="field-email"[^>]*autofocus|autofocus[^>]*id="field-email"/,
  );
});

Deno.test("the honeypot drops bots without writing", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  await client.page("/booking");
  const before = await bookingCount();
  const res = await book(client, {
    service: serviceId,
    staff: staffIds[0],
    start: "2027-01-08T09:00:00.000Z",
    email: "bot@example.com",
    website: "http://spam.example",
  });
  assert.equal(res.status, 303);
  await res.body?.cancel();
  assert.equal(await bookingCount(), before);
});

Deno.test("POST /booking is rate limited per address", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  await client.page("/booking");
  const address = { "x-forwarded-for": "192.0.2.77" };
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) {
    const res = await book(client, {
      service: serviceId,
      staff: staffIds[0],
      start: "2027-01-04T06:00:00.000Z", // never offered: cheap 422s
      email: "limit@example.com",
    }, address);
    statuses.push(res.status);
    await res.body?.cancel();
  }
  assert.equal(statuses.filter((s) => s === 422).length, 10);
  assert.equal(statuses[10], 429);
});

Deno.test("a booking queues its email in the booking's language with a calendar file", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  await client.page("/booking");
  const res = await client.request("/booking", {
    method: "POST",
    headers: { ...fromNewAddress(), "accept-language": "de" },
    body: new URLSearchParams({
      _csrf: client.csrf!,
      service: serviceId,
      staff: staffIds[0],
      start: "2027-01-11T12:00:00.000Z",
      name: "Max Mustermann",
      email: "max@example.com",
    }),
  });
  assert.equal(res.status, 303);
  const location = res.headers.get("location")!;
  assert.match(location, /^\/booking\/manage\/[\w-]{43}\?new=1$/);
  await res.body?.cancel();
  const mail = await db.selectFrom("email_outbox").selectAll()
    .where("to_address", "=", "max@example.com").executeTakeFirstOrThrow();
  assert.match(mail.subject, /^Ihre Terminanfrage ist eingegangen: Beratung/);
  assert.ok(
    mail.text.includes(app.url + location.replace("?new=1", "")),
    "manage link in the mail",
  );
  const [ics] = mail.attachments;
  const calendar = new TextDecoder().decode(
    Uint8Array.from(atob(ics.content), (c) => c.charCodeAt(0)),
  );
  assert.match(calendar, /DTSTART:20270111T120000Z\r\n/);
  assert.match(calendar, /STATUS:TENTATIVE/);

  const page = await client.page(location);
  assert.match(page.html, /Thank you, we received your request/);
});

Deno.test("the client cancels from the manage link until the cutoff", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  await client.page("/booking");
  const res = await book(client, {
    service: serviceId,
    staff: staffIds[0],
    start: "2027-01-12T09:00:00.000Z",
    email: "cancel@example.com",
  });
  const manage = res.headers.get("location")!.replace("?new=1", "");
  await res.body?.cancel();
  const page = await client.page(manage);
  assert.ok(page.html.includes(`href="${manage}/cancel"`), "a quiet link");
  const confirm = await client.page(`${manage}/cancel`);
  assert.match(confirm.html, /Do you really want to cancel/);
  assert.match(confirm.html, /name="reason"/);
  const cancel = await client.post(`${manage}/cancel`, {
    reason: "I am ill",
  });
  assert.equal(cancel.status, 303);
  await cancel.body?.cancel();
  const row = await db.selectFrom("bookings")
    .select(["status", "cancel_reason"])
    .where("email", "=", "cancel@example.com").executeTakeFirstOrThrow();
  assert.equal(row.status, "cancelled");
  assert.equal(row.cancel_reason, "I am ill");
  const after = await client.page(manage);
  assert.match(after.html, /This appointment is cancelled/);
  assert.ok(
    after.html.includes(`href="/booking?service=${serviceId}"`),
    "Book again",
  );
  const twice = await client.post(`${manage}/cancel`, {});
  assert.equal(twice.status, 303, "a second cancel only says so");
  await twice.body?.cancel();
  const events = await db.selectFrom("booking_events").select([
    "from_status",
    "to_status",
  ])
    .innerJoin("bookings", "bookings.id", "booking_events.booking_id")
    .where("bookings.email", "=", "cancel@example.com").orderBy(
      "booking_events.id",
    ).execute();
  assert.deepEqual(events.map((e) => `${e.from_status}->${e.to_status}`), [
    "null->pending",
    "pending->cancelled",
  ]);
  const mails = await db.selectFrom("email_outbox").select("subject")
    .where("to_address", "=", "cancel@example.com").orderBy("created_at")
    .execute();
  assert.equal(mails.length, 2);
  assert.match(mails[1].subject, /cancelled/);

  // The slot is free again.
  const again = await book(client, {
    service: serviceId,
    staff: staffIds[0],
    start: "2027-01-12T09:00:00.000Z",
    email: "again@example.com",
  });
  assert.equal(again.status, 303);
  await again.body?.cancel();
});

Deno.test("any available goes to the least busy qualified member", async () => {
  const { serviceId, staffIds } = await createBookable(db, { staffCount: 2 });
  const client = new TestClient(app.url);
  await client.page("/booking");
  const first = await book(client, {
    service: serviceId,
    staff: "any",
    start: "2027-01-13T09:00:00.000Z",
    email: "any1@example.com",
  });
  await first.body?.cancel();
  const second = await book(client, {
    service: serviceId,
    staff: "any",
    start: "2027-01-13T12:00:00.000Z",
    email: "any2@example.com",
  });
  await second.body?.cancel();
  const rows = await db.selectFrom("bookings").select("staff_id")
    .where("service_id", "=", serviceId).execute();
  assert.equal(new Set(rows.map((r) => r.staff_id)).size, 2, "one each");
  assert.ok(rows.every((r) => staffIds.includes(r.staff_id)));
});

Deno.test("auto-confirm books at once and says so", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  await setBookingSettings(db, {
    minNoticeMinutes: 60,
    slotStepMinutes: 30,
    autoConfirm: true,
  });
  try {
    const client = new TestClient(app.url);
    await client.page("/booking");
    const res = await book(client, {
      service: serviceId,
      staff: staffIds[0],
      start: "2027-01-14T09:00:00.000Z",
      email: "auto@example.com",
    });
    const page = await client.page(res.headers.get("location")!);
    assert.match(page.html, /Your appointment is booked/);
    const row = await db.selectFrom("bookings").select("status")
      .where("email", "=", "auto@example.com").executeTakeFirstOrThrow();
    assert.equal(row.status, "confirmed");
  } finally {
    await setBookingSettings(db, {
      minNoticeMinutes: 60,
      horizonDays: 60,
      slotStepMinutes: 30,
    });
  }
});

Deno.test("the 24-hour reminder is queued once, however often the job runs", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  await setBookingSettings(db, {
    minNoticeMinutes: 60,
    slotStepMinutes: 30,
    autoConfirm: true,
  });
  const client = new TestClient(app.url);
  await client.page("/booking");
  const res = await book(client, {
    service: serviceId,
    staff: staffIds[0],
    start: "2027-01-05T10:00:00.000Z",
    email: "remind@example.com",
  });
  await res.body?.cancel();
  await setBookingSettings(db, {
    minNoticeMinutes: 60,
    horizonDays: 60,
    slotStepMinutes: 30,
  });
  const env = await bookingEnv(app.services);
  const tooEarly = await sendBookingReminders(
    db,
    env,
    new Date("2027-01-04T09:00:00Z"),
  );
  assert.equal(tooEarly, 0);
  const at = new Date("2027-01-04T11:00:00Z");
  const runs = await Promise.all([
    sendBookingReminders(db, env, at),
    sendBookingReminders(db, env, at),
  ]);
  await sendBookingReminders(db, env, new Date("2027-01-04T12:00:00Z"));
  assert.equal(runs[0] + runs[1] >= 1, true);
  const reminders = await db.selectFrom("email_outbox").select("subject")
    .where("to_address", "=", "remind@example.com")
    .where("dedupe_key", "like", "%:reminder").execute();
  assert.equal(reminders.length, 1);
  assert.match(reminders[0].subject, /^Reminder: Consultation/);
});

Deno.test("the portal shows a contact's own bookings, including ones made before signing up", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const visitor = new TestClient(app.url);
  await visitor.page("/booking");
  for (
    const [email, start] of [["anna@example.com", "2027-01-15T09:00:00.000Z"], [
      "ben@example.com",
      "2027-01-15T11:00:00.000Z",
    ]]
  ) {
    const res = await book(visitor, {
      service: serviceId,
      staff: staffIds[0],
      start,
      email,
    });
    assert.equal(res.status, 303);
    await res.body?.cancel();
  }
  await createClientWithContact(db, {
    email: "anna@example.com",
    password: "anna password 1",
    name: "Anna",
  });
  await createClientWithContact(db, {
    email: "ben@example.com",
    password: "ben password 12",
    name: "Ben",
  });
  const anna = await signIn(
    app.url,
    "clients",
    "anna@example.com",
    "anna password 1",
  );
  const page = await anna.page("/clients/booking");
  assert.equal(page.status, 200);
  assert.match(page.html, /Consultation/);
  const annaRows =
    page.html.match(/href="\/clients\/booking\?cancel=[^"]+"/g) ??
      [];
  assert.equal(annaRows.length, 1, "only her own booking is listed");
  const annas = await db.selectFrom("bookings").select("id")
    .where("email", "=", "anna@example.com").executeTakeFirstOrThrow();
  // Cancelling asks first: the link shows the step, only its button posts.
  const ask = await anna.page(`/clients/booking?cancel=${annas.id}`);
  assert.match(ask.html, /Do you really want to cancel/);
  assert.match(ask.html, /name="reason"/);
  const long = await anna.post("/clients/booking", {
    booking: annas.id,
    reason: "x".repeat(501),
  });
  assert.equal(long.status, 422);
  assert.match(await long.text(), /too long/);

  const bens = await db.selectFrom("bookings").select("id")
    .where("email", "=", "ben@example.com").executeTakeFirstOrThrow();
  const steal = await anna.post("/clients/booking", { booking: bens.id });
  assert.equal(steal.status, 404);
  await steal.body?.cancel();
  const peek = await anna.page(`/clients/booking?cancel=${bens.id}`);
  assert.equal(peek.status, 404, "nor asks about another's");
  const own = await anna.post("/clients/booking", {
    booking: annas.id,
    reason: "Moving away",
  });
  assert.equal(own.status, 303);
  await own.body?.cancel();
  const cancelled = await db.selectFrom("bookings")
    .select(["status", "cancel_reason"]).where("id", "=", annas.id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(cancelled, {
    status: "cancelled",
    cancel_reason: "Moving away",
  });
  const still = await db.selectFrom("bookings").select("status")
    .where("id", "=", bens.id).executeTakeFirstOrThrow();
  assert.equal(still.status, "pending");
});

Deno.test("the public pages work step by step without JavaScript", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  const services = await client.page("/booking");
  assert.ok(services.html.includes(`href="/booking?service=${serviceId}"`));
  const staff = await client.page(`/booking?service=${serviceId}`);
  assert.ok(staff.html.includes(`staff=${staffIds[0]}`));
  assert.ok(staff.html.includes("staff=any"));
  const times = await client.page(`/booking?service=${serviceId}&staff=any`);
  const link = times.html.match(
    /href="(\/booking\?service=[^"]+&amp;start=[^"]+)"/,
  )?.[1];
  assert.ok(link, "a time is a plain link");
  const details = await client.page(link.replaceAll("&amp;", "&"));
  assert.match(details.html, /name="email"/);
  assert.equal(clock.toISOString(), "2027-01-04T06:00:00.000Z");
});

Deno.test("booking emails reach a real SMTP server in German with a valid calendar file", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const smtp = await startTestSmtpServer();
  const mailer = createMailer({
    db,
    smtpUrl: smtp.url,
    from: "Portico <booking@example.com>",
    appUrl: app.services.config.appUrl,
  });
  try {
    const client = new TestClient(app.url);
    await client.page("/booking");
    const res = await client.request("/booking", {
      method: "POST",
      headers: { ...fromNewAddress(), "accept-language": "de-DE" },
      body: new URLSearchParams({
        _csrf: client.csrf!,
        service: serviceId,
        staff: staffIds[0],
        start: "2027-01-18T13:00:00.000Z",
        name: "Greta Graf",
        email: "greta@example.com",
      }),
    });
    assert.equal(res.status, 303);
    await res.body?.cancel();
    await mailer.sendDue(clock);
    await smtp.waitUntil((all) =>
      all.some((m) => m.to.includes("greta@example.com"))
    );
    const message = smtp.received.find((m) =>
      m.to.includes("greta@example.com")
    )!;
    assert.match(
      message.raw,
      /Subject: =\?UTF-8\?Q\?Ihre_Terminanfrage|Subject: Ihre Terminanfrage/,
    );
    assert.match(
      message.raw,
      /Content-Type: text\/calendar; charset=utf-8; method=REQUEST/,
    );
    const ics = message.raw.split(/filename="?appointment\.ics"?/)[1];
    const base64 = ics.split(/\r?\n\r?\n/)[1].split(/\r?\n--/)[0].replace(
      /\s+/g,
      "",
    );
    const calendar = new TextDecoder().decode(
      Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
    );
    assert.match(calendar, /^BEGIN:VCALENDAR\r\n/);
    assert.match(calendar, /DTSTART:20270118T130000Z/);
    assert.match(calendar, /END:VCALENDAR\r\n$/);
    await mailer.sendDue(clock);
    assert.equal(
      smtp.received.filter((m) => m.to.includes("greta@example.com")).length,
      1,
    );
  } finally {
    await mailer.stop();
    await smtp.close();
  }
});

Deno.test("no dead ends: a service nobody active performs is not listed", async () => {
  const nobody = await db.insertInto("services").values({
    name_en: "Orphan service",
    name_de: "Verwaiste Leistung",
    duration_minutes: 30,
  }).returning("id").executeTakeFirstOrThrow();
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  const listed = async () => (await client.page("/booking")).html;
  assert.ok(!(await listed()).includes(nobody.id));
  assert.ok((await listed()).includes(serviceId));
  await db.updateTable("staff").set({ active: false })
    .where("id", "=", staffIds[0]).execute();
  assert.ok(!(await listed()).includes(serviceId), "its only performer left");
  await db.updateTable("staff").set({ active: true })
    .where("id", "=", staffIds[0]).execute();
  await db.insertInto("staff_services")
    .values({ staff_id: staffIds[0], service_id: nobody.id }).execute();
  assert.ok((await listed()).includes(nobody.id), "listed once performed");
});

Deno.test("no dead ends: a month without free times links to the next free day", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  await db.insertInto("time_off").values({
    staff_id: staffIds[0],
    starts_at: new Date("2027-01-01T00:00:00+01:00"),
    ends_at: new Date("2027-01-14T00:00:00+01:00"),
  }).execute();
  await db.insertInto("time_off").values({
    staff_id: staffIds[0],
    starts_at: new Date("2027-01-14T00:00:00+01:00"),
    ends_at: new Date("2027-02-03T00:00:00+01:00"),
  }).execute();
  const client = new TestClient(app.url);
  const page = await client.page(
    `/booking?service=${serviceId}&staff=${staffIds[0]}`,
  );
  assert.match(page.html, /Next available: 3 February 2027/);
  const href = page.html.match(/class="next-available" href="([^"]+)"/)?.[1]
    ?.replaceAll("&amp;", "&");
  assert.equal(
    href,
    `/booking?service=${serviceId}&staff=${
      staffIds[0]
    }&month=2027-02&date=2027-02-03`,
  );
  const next = await client.page(href!);
  assert.match(next.html, /class="time" href=/, "its times are listed");
});

Deno.test("no dead ends: each Change goes back one choice and keeps the others", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  const start = "2027-01-08T09:00:00.000Z";
  const details = await client.page(
    `/booking?service=${serviceId}&staff=${staffIds[0]}&start=${start}`,
  );
  const links = [
    ...details.html.matchAll(/class="summary-change" href="([^"]+)"/g),
  ]
    .map((m) => m[1].replaceAll("&amp;", "&"));
  assert.deepEqual(links, [
    "/booking",
    `/booking?service=${serviceId}`,
    `/booking?service=${serviceId}&staff=${
      staffIds[0]
    }&month=2027-01&date=2027-01-08`,
  ]);
  const times = await client.page(links[2]);
  assert.match(times.html, /aria-current="date"[^>]*>8</);
});

Deno.test("the visitor's time zone: times in it, kept in the links, the business zone named in words", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const client = new TestClient(app.url);
  const base = `/booking?service=${serviceId}&staff=${staffIds[0]}`;
  const berlin = await client.page(`${base}&date=2027-01-08`);
  assert.match(berlin.html, /Times are shown in Berlin time\./);
  assert.match(berlin.html, /class="time" href="[^"]+">09:00</);
  assert.match(berlin.html, /<select id="field-tz" name="tz">/, "no-JS choice");

  const york = await client.page(
    `${base}&date=2027-01-08&tz=America/New_York`,
  );
  assert.match(
    york.html,
    /Times are shown in New York time\. We are on Berlin time\./,
  );
  assert.match(
    york.html,
    /class="time" href="[^"]+tz=America%2FNew_York[^"]*">03:00</,
  );

  const mars = await client.page(`${base}&date=2027-01-08&tz=Mars/Olympus`);
  assert.equal(mars.status, 200);
  assert.match(
    mars.html,
    /That time zone does not exist; times are shown in Berlin time/,
  );
  assert.match(mars.html, /class="time" href="[^"]+">09:00</);

  const details = await client.page(
    `${base}&start=2027-01-08T09:00:00.000Z&tz=America/New_York`,
  );
  assert.match(details.html, /name="tz" value="America\/New_York"/);
  const res = await book(client, {
    service: serviceId,
    staff: staffIds[0],
    start: "2027-01-08T09:00:00.000Z",
    email: "yorker@example.com",
    tz: "America/New_York",
  });
  assert.equal(res.status, 303);
  const location = res.headers.get("location")!;
  await res.body?.cancel();
  assert.match(location, /\?new=1&tz=America%2FNew_York$/);
  const manage = await client.page(location);
  assert.match(manage.html, /8 January 2027 at 04:00–05:00 \(New York time\)/);
});
