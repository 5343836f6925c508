import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import { createStaff, signIn, TestClient } from "./helpers/http.ts";
import { changeBookingStatus, createBooking } from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";

// Monday 4 January 2027, 07:00 in Berlin.
const clock = new Date("2027-01-04T06:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const SETTINGS = {
  minNoticeMinutes: 60,
  horizonDays: 60,
  slotStepMinutes: 30,
  autoConfirm: false,
};
await setBookingSettings(db, SETTINGS);

const adminId = await createStaff(db, {
  email: "boss@example.com",
  password: "admin password 1",
  name: "Bea Boss",
  role: "admin",
});
const admin = await signIn(
  app.url,
  "admin",
  "boss@example.com",
  "admin password 1",
);
await createStaff(db, {
  email: "worker@example.com",
  password: "staff password 1",
  name: "Wim Worker",
  role: "staff",
});
const worker = await signIn(
  app.url,
  "admin",
  "worker@example.com",
  "staff password 1",
);

/** A booking as a visitor would make it (pending unless auto-confirm is on). */
async function visitorBooking(
  input: {
    serviceId: string;
    staffId: string;
    start: string;
    name: string;
    email: string;
  },
): Promise<string> {
  const { id } = await createBooking(
    db,
    await bookingEnv(app.services),
    {
      serviceId: input.serviceId,
      staff: input.staffId,
      start: new Date(input.start),
      name: input.name,
      email: input.email,
      locale: "en",
    },
    { type: "contact" },
    clock,
  );
  return id;
}

/** POSTs a form and returns the status, discarding the body. */
async function postStatus(
  client: TestClient,
  path: string,
  fields: Record<string, string>,
  options: { csrf?: boolean } = {},
): Promise<number> {
  const res = await client.post(path, fields, options);
  await res.body?.cancel();
  return res.status;
}

const bookingRows = (html: string) =>
  [...html.matchAll(/<a href="\/admin\/booking\/([0-9a-f-]{36})">/g)].map((m) =>
    m[1]
  );

async function slotStarts(
  serviceId: string,
  staffId: string,
  day: string,
): Promise<string[]> {
  const res = await app.request(
    `/booking/api/slots?service=${serviceId}&staff=${staffId}&from=${day}&days=1`,
  );
  assert.equal(res.status, 200);
  return (await res.json()).slots.map((slot: { start: string }) => slot.start);
}

Deno.test("the bookings list filters by status, staff, service, dates and name or email, page by page", async () => {
  const { serviceId, staffIds: [ann, bob] } = await createBookable(db, {
    staffCount: 2,
  });
  const erika = await visitorBooking({
    serviceId,
    staffId: ann,
    start: "2027-01-05T09:00:00Z",
    name: "Erika Filter",
    email: "erika@example.com",
  });
  const max = await visitorBooking({
    serviceId,
    staffId: bob,
    start: "2027-01-06T09:00:00Z",
    name: "Max Filter",
    email: "max.filter@example.org",
  });
  const lea = await visitorBooking({
    serviceId,
    staffId: ann,
    start: "2027-01-08T09:00:00Z",
    name: "Lea Filter",
    email: "lea@example.com",
  });
  await changeBookingStatus(
    db,
    await bookingEnv(app.services),
    lea,
    "cancelled",
    { type: "system" },
    clock,
  );

  const list = async (query: string) => {
    const page = await admin.page(
      `/admin/booking?service=${serviceId}&${query}`,
    );
    assert.equal(page.status, 200);
    return bookingRows(page.html).sort();
  };
  assert.deepEqual(await list(""), [erika, max, lea].sort());
  assert.deepEqual(await list("status=cancelled"), [lea]);
  assert.deepEqual(await list("status=pending"), [erika, max].sort());
  assert.deepEqual(await list(`staff=${bob}`), [max]);
  assert.deepEqual(await list("q=ERIKA"), [erika], "name, case-insensitive");
  assert.deepEqual(await list("q=example.org"), [max], "email");
  assert.deepEqual(await list("from=2027-01-06&to=2027-01-07"), [max]);
  // 23:30 UTC on the 7th is 00:30 on the 8th in Berlin: days are the business zone's.
  const late = await createBooking(
    db,
    await bookingEnv(app.services),
    {
      serviceId,
      staff: bob,
      start: new Date("2027-01-07T23:30:00Z"),
      name: "Nina Night",
      email: "nina@example.com",
      locale: "en",
    },
    { type: "staff", id: adminId },
    clock,
  );
  assert.deepEqual(
    await list("from=2027-01-08&to=2027-01-08"),
    [late.id, lea].sort(),
  );
  assert.deepEqual(await list("from=2027-01-06&to=2027-01-07"), [max]);
  assert.deepEqual(
    await list("status=bogus&q=filter"),
    [erika, max, lea].sort(),
    "a bad filter is ignored",
  );
  const empty = await admin.page(
    `/admin/booking?service=${serviceId}&q=nobody-like-this`,
  );
  assert.match(empty.html, /No bookings match these filters/);

  for (const day of ["2027-01-11", "2027-01-12", "2027-01-13", "2027-01-14"]) {
    for (let hour = 8; hour < 16; hour++) {
      await visitorBooking({
        serviceId,
        staffId: hour % 2 ? ann : bob,
        start: `${day}T${String(hour).padStart(2, "0")}:00:00Z`,
        name: `Many ${day} ${hour}`,
        email: "many@example.com",
      });
    }
  }
  const page1 = await admin.page(`/admin/booking?service=${serviceId}&q=many`);
  const page2 = await admin.page(
    `/admin/booking?service=${serviceId}&q=many&page=2`,
  );
  assert.equal(bookingRows(page1.html).length, 25);
  assert.equal(bookingRows(page2.html).length, 7);
  assert.match(
    page1.html,
    /rel="next" href="\/admin\/booking\?service=[^"]*page=2"/,
  );
  assert.ok(
    !bookingRows(page2.html).some((id) => bookingRows(page1.html).includes(id)),
    "no row on both pages",
  );
});

Deno.test("confirming a pending booking records it and emails the client", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db);
  const id = await visitorBooking({
    serviceId,
    staffId: ann,
    start: "2027-01-05T10:00:00Z",
    name: "Clara Confirm",
    email: "clara@example.com",
  });
  const detail = await admin.page(`/admin/booking/${id}`);
  assert.equal(detail.status, 200);
  assert.match(detail.html, /Confirm booking/);
  assert.match(detail.html, /clara@example.com/);

  const res = await admin.post(`/admin/booking/${id}`, { intent: "confirm" });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), `/admin/booking/${id}`);
  await res.body?.cancel();

  const booking = await db.selectFrom("bookings").select("status").where(
    "id",
    "=",
    id,
  ).executeTakeFirstOrThrow();
  assert.equal(booking.status, "confirmed");
  const events = await db.selectFrom("booking_events").selectAll()
    .where("booking_id", "=", id).orderBy("id").execute();
  assert.deepEqual(events.map((e) => `${e.from_status}->${e.to_status}`), [
    "null->pending",
    "pending->confirmed",
  ]);
  assert.equal(events[1].actor_type, "staff");
  assert.equal(events[1].actor_id, adminId);
  const mail = await db.selectFrom("email_outbox").selectAll()
    .where("dedupe_key", "=", `booking:${id}:confirmed`)
    .executeTakeFirstOrThrow();
  assert.equal(mail.to_address, "clara@example.com");
  assert.match(mail.subject, /^Appointment confirmed/);

  const after = await admin.page(`/admin/booking/${id}`);
  assert.match(
    after.html,
    /The booking is confirmed and the client is being emailed/,
    "flash",
  );
  assert.match(
    after.html,
    /Bea Boss<div class="muted small">Staff<\/div>/,
    "history names who confirmed",
  );
  assert.doesNotMatch(
    after.html,
    /Confirm booking/,
    "confirm is for pending bookings only",
  );

  const again = await admin.post(`/admin/booking/${id}`, { intent: "confirm" });
  assert.equal(again.status, 303, "a repeated click changes nothing");
  await again.body?.cancel();
  const count = await db.selectFrom("booking_events").select(
    db.fn.countAll().as("n"),
  )
    .where("booking_id", "=", id).executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 2);
});

Deno.test("cancelling with a reason records it and queues the cancellation email", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db);
  const id = await visitorBooking({
    serviceId,
    staffId: ann,
    start: "2027-01-05T11:00:00Z",
    name: "Carl Cancel",
    email: "carl@example.com",
  });
  await admin.page(`/admin/booking/${id}`);
  assert.equal(
    await postStatus(admin, `/admin/booking/${id}`, {
      intent: "cancel",
      reason: "The room is flooded.",
    }),
    303,
  );

  const booking = await db.selectFrom("bookings").select([
    "status",
    "cancel_reason",
  ])
    .where("id", "=", id).executeTakeFirstOrThrow();
  assert.deepEqual(booking, {
    status: "cancelled",
    cancel_reason: "The room is flooded.",
  });
  const event = await db.selectFrom("booking_events").selectAll()
    .where("booking_id", "=", id).where("to_status", "=", "cancelled")
    .executeTakeFirstOrThrow();
  assert.equal(event.note, "The room is flooded.");
  assert.equal(event.actor_id, adminId);
  const mail = await db.selectFrom("email_outbox").selectAll()
    .where("dedupe_key", "=", `booking:${id}:cancelled`)
    .executeTakeFirstOrThrow();
  assert.equal(mail.to_address, "carl@example.com");
  assert.ok(
    mail.text.includes("The room is flooded."),
    "the reason reaches the client",
  );

  const page = await admin.page(`/admin/booking/${id}`);
  assert.match(
    page.html,
    /The booking is cancelled and the client is being emailed/,
  );
  assert.match(page.html, /This booking is cancelled/);
  // A stale page trying to confirm a cancelled booking is told so, not crashed.
  const stale = await admin.post(`/admin/booking/${id}`, { intent: "confirm" });
  assert.equal(stale.status, 303);
  await stale.body?.cancel();
  assert.match(
    (await admin.page(`/admin/booking/${id}`)).html,
    /was changed meanwhile/,
  );
});

Deno.test("unknown or malformed booking ids are 404", async () => {
  assert.equal(
    (await admin.page(`/admin/booking/${crypto.randomUUID()}`)).status,
    404,
  );
  assert.equal((await admin.page("/admin/booking/not-a-uuid")).status, 404);
  assert.equal(
    await postStatus(admin, `/admin/booking/${crypto.randomUUID()}`, {
      intent: "confirm",
    }),
    404,
  );
});

Deno.test("staff enter a booking for a client; an overlap is a 409 and writes nothing", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db);
  await admin.page("/admin/booking/new");
  const fields = {
    service: serviceId,
    staff: ann,
    date: "2027-01-07",
    time: "10:00",
    name: "Paula Phone",
    email: "Paula@Example.com",
    phone: "+49 30 123",
    note: "Agreed on the phone.",
    locale: "de",
  };
  const created = await admin.post("/admin/booking/new", fields);
  assert.equal(created.status, 303);
  const location = created.headers.get("location")!;
  await created.body?.cancel();
  const id = location.split("/").at(-1)!;
  const booking = await db.selectFrom("bookings").selectAll().where(
    "id",
    "=",
    id,
  ).executeTakeFirstOrThrow();
  assert.equal(
    booking.starts_at.toISOString(),
    "2027-01-07T09:00:00.000Z",
    "10:00 in Berlin",
  );
  assert.equal(booking.status, "confirmed");
  assert.equal(booking.email, "paula@example.com");
  assert.equal(booking.locale, "de");
  const event = await db.selectFrom("booking_events").selectAll().where(
    "booking_id",
    "=",
    id,
  ).executeTakeFirstOrThrow();
  assert.equal(event.actor_id, adminId);
  assert.ok(
    await db.selectFrom("email_outbox").select("id").where(
      "dedupe_key",
      "=",
      `booking:${id}:confirmed`,
    )
      .executeTakeFirst(),
  );

  const count = async () =>
    Number(
      (await db.selectFrom("bookings").select(db.fn.countAll().as("n")).where(
        "staff_id",
        "=",
        ann,
      )
        .executeTakeFirstOrThrow()).n,
    );
  const before = await count();
  // 10:00–11:00 plus a 15-minute buffer: 11:00 is still blocked.
  const overlap = await admin.post("/admin/booking/new", {
    ...fields,
    time: "11:00",
    name: "Otto Overlap",
  });
  assert.equal(overlap.status, 409);
  const html = await overlap.text();
  assert.match(html, /already has a booking at that time/);
  assert.match(html, /value="Otto Overlap"/, "values kept");
  assert.equal(await count(), before);

  const invalid = await admin.post("/admin/booking/new", {
    ...fields,
    time: "25:00",
    email: "broken",
  });
  assert.equal(invalid.status, 422);
  const invalidHtml = await invalid.text();
  assert.match(invalidHtml, /Please enter a time as HH:MM/);
  assert.match(invalidHtml, /Please enter a valid email address/);
  assert.match(invalidHtml, /value="Paula Phone"/);

  const other = await createBookable(db);
  const notTheirs = await admin.post("/admin/booking/new", {
    ...fields,
    staff: other.staffIds[0],
  });
  assert.equal(notTheirs.status, 422);
  assert.match(await notTheirs.text(), /does not perform this service/);
  assert.equal(await count(), before);
});

Deno.test("the agenda shows a staff member's day in the business time zone", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db);
  await visitorBooking({
    serviceId,
    staffId: ann,
    start: "2027-01-05T13:00:00Z",
    name: "Anton Agenda",
    email: "anton@example.com",
  });
  const day = await admin.page(
    `/admin/booking/agenda?staff=${ann}&view=day&date=2027-01-05`,
  );
  assert.equal(day.status, 200);
  assert.match(day.html, /Anton Agenda/);
  assert.match(day.html, /14:00–15:00/, "13:00 UTC is 14:00 in Berlin");
  assert.match(day.html, /09:00–17:00/, "working hours");
  assert.match(day.html, /date=2027-01-04/, "previous day link");
  assert.match(day.html, /date=2027-01-06/, "next day link");
  const week = await admin.page(
    `/admin/booking/agenda?staff=${ann}&view=week&date=2027-01-07`,
  );
  assert.match(week.html, /Monday, 4 January 2027/);
  assert.match(week.html, /Sunday, 10 January 2027/);
  assert.match(week.html, /Anton Agenda/);
  const next = await admin.page(
    `/admin/booking/agenda?staff=${ann}&view=week&date=2027-01-11`,
  );
  assert.doesNotMatch(next.html, /Anton Agenda/);
});

Deno.test("the week agenda is a grid: a row per day, a column per staff member", async () => {
  const { serviceId, staffIds: [, ben] } = await createBookable(db, {
    staffCount: 2,
    prefix: "grid",
  });
  await visitorBooking({
    serviceId,
    staffId: ben,
    start: "2027-01-06T09:00:00Z",
    name: "Greta Grid",
    email: "greta@example.com",
  });
  const { html } = await admin.page(
    "/admin/booking/agenda?view=week&date=2027-01-06",
  );
  const headers = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)]
    .map((m) => m[1]);
  assert.ok(headers.includes("Staff grid 0"), "a column for Ann");
  assert.ok(headers.includes("Staff grid 1"), "a column for Ben");
  const rows = html.split("<tr").slice(2); // past the header row
  assert.equal(rows.filter((row) => row.includes('<th scope="row"')).length, 7);
  const wednesday = rows.find((row) => row.includes("Wednesday, 6 January"));
  assert.ok(wednesday, "Wednesday's row");
  const cell = (label: string) =>
    wednesday.split("<td").find((td) => td.includes(`data-label="${label}"`));
  assert.match(cell("Staff grid 1") ?? "", /10:00–11:00[\s\S]*Greta Grid/);
  assert.match(cell("Staff grid 1") ?? "", /Pending/, "with its status");
  assert.doesNotMatch(cell("Staff grid 0") ?? "", /Greta Grid/);
  assert.ok(
    !headers.includes("Bea Boss"),
    "members without hours or bookings that week get no column",
  );
  assert.match(html, /href="[^"]*date=2026-12-28" rel="prev"/);
  assert.match(html, /href="[^"]*date=2027-01-11" rel="next"/);
});

Deno.test("services: create and edit with staff, shown on the public booking page", async () => {
  const ida = await createStaff(db, {
    email: "ida@example.com",
    password: "x".repeat(12),
    name: "Ida Ink",
    role: "staff",
  });
  const jon = await createStaff(db, {
    email: "jon@example.com",
    password: "x".repeat(12),
    name: "Jon Jet",
    role: "staff",
  });
  await admin.page("/admin/booking/services/new");
  const fields = {
    intent: "save",
    nameEn: "Tattoo consultation",
    nameDe: "Tattoo-Beratung",
    descriptionEn: "We plan your design.",
    descriptionDe: "Wir planen Ihr Motiv.",
    durationMinutes: "45",
    bufferMinutes: "10",
    price: "49,90",
    currency: "eur",
    position: "-5",
    active: "on",
    locationKind: "address",
    location: "Hauptstraße 1, Berlin",
    [`staff_${ida}`]: "on",
  };
  const invalid = await admin.post("/admin/booking/services/new", {
    ...fields,
    durationMinutes: "2",
    price: "4.999",
  });
  assert.equal(invalid.status, 422);
  const invalidHtml = await invalid.text();
  assert.match(invalidHtml, /whole number in the range/);
  assert.match(invalidHtml, /at most two decimals/);
  assert.match(
    invalidHtml,
    new RegExp(`name="staff_${ida}" checked`),
    "checked staff kept",
  );

  const badLink = await admin.post("/admin/booking/services/new", {
    ...fields,
    locationKind: "video",
    location: "http://meet.example/x",
  });
  assert.equal(badLink.status, 422);
  assert.match(await badLink.text(), /starts with https:\/\//);
  const noPlace = await admin.post("/admin/booking/services/new", {
    ...fields,
    locationKind: "address",
    location: "",
  });
  assert.equal(noPlace.status, 422);
  await noPlace.body?.cancel();

  assert.equal(
    await postStatus(admin, "/admin/booking/services/new", fields),
    303,
  );
  const service = await db.selectFrom("services").selectAll().where(
    "name_en",
    "=",
    "Tattoo consultation",
  )
    .executeTakeFirstOrThrow();
  assert.equal(service.price_cents, 4990);
  assert.equal(service.currency, "EUR");
  assert.equal(service.duration_minutes, 45);
  assert.equal(service.position, -5);
  assert.equal(service.location_kind, "address");
  assert.equal(service.location, "Hauptstraße 1, Berlin");

  const visitor = new TestClient(app.url);
  assert.match((await visitor.page("/booking")).html, /Tattoo consultation/);
  const staffStep = await visitor.page(`/booking?service=${service.id}`);
  assert.match(staffStep.html, /Ida Ink/);
  assert.doesNotMatch(staffStep.html, /Jon Jet/);

  const edit = await admin.page(`/admin/booking/services/${service.id}`);
  assert.match(edit.html, /value="49.90"/);
  assert.equal(
    await postStatus(admin, `/admin/booking/services/${service.id}`, {
      ...fields,
      nameEn: "Tattoo planning",
      [`staff_${ida}`]: "",
      [`staff_${jon}`]: "on",
    }),
    303,
  );
  const edited = await visitor.page(`/booking?service=${service.id}`);
  assert.match(edited.html, /Tattoo planning/);
  assert.match(edited.html, /Jon Jet/);
  assert.doesNotMatch(edited.html, /Ida Ink/);
  const audit = await db.selectFrom("audit_log").select(["action", "details"])
    .where("entity_id", "=", service.id).orderBy("at").orderBy("id").execute();
  assert.deepEqual(audit.map((a) => a.action), [
    "service.create",
    "service.update",
  ]);
  assert.deepEqual((audit[1].details as { changed: string[] }).changed, [
    "name_en",
    "staff",
  ]);

  assert.equal(
    await postStatus(admin, `/admin/booking/services/${service.id}`, {
      intent: "deactivate",
    }),
    303,
  );
  assert.doesNotMatch((await visitor.page("/booking")).html, /Tattoo planning/);
  assert.equal(
    (await visitor.page(`/booking?service=${service.id}`)).status,
    404,
  );
  const list = await admin.page("/admin/booking/services");
  assert.match(list.html, /Tattoo planning/);
  assert.match(list.html, /Inactive/);
});

Deno.test("working hours with overlapping ranges are refused (422) and change nothing", async () => {
  const { staffIds: [ann] } = await createBookable(db);
  const hours = () =>
    db.selectFrom("availability").select([
      "weekday",
      "start_minute",
      "end_minute",
    ])
      .where("staff_id", "=", ann).orderBy("weekday").orderBy("start_minute")
      .execute();
  const before = await hours();
  const page = await admin.page(`/admin/booking/staff/${ann}`);
  assert.match(page.html, /name="start1_0" value="09:00"/);

  const res = await admin.post(`/admin/booking/staff/${ann}`, {
    intent: "hours",
    start1_0: "09:00",
    end1_0: "12:00",
    start1_1: "11:00",
    end1_1: "13:00",
    start2_0: "08:00",
    end2_0: "16:00",
  });
  assert.equal(res.status, 422);
  const html = await res.text();
  assert.match(html, /These ranges overlap/);
  assert.match(html, /name="start1_1" value="11:00"/, "values kept");
  assert.deepEqual(await hours(), before);

  const bad = await admin.post(`/admin/booking/staff/${ann}`, {
    intent: "hours",
    start3_0: "09:00",
    end3_0: "",
  });
  assert.equal(bad.status, 422);
  await bad.body?.cancel();
  assert.deepEqual(await hours(), before);

  assert.equal(
    await postStatus(admin, `/admin/booking/staff/${ann}`, {
      intent: "hours",
      start1_0: "09:00",
      end1_0: "12:00",
      start1_1: "12:00",
      end1_1: "13:30",
      start5_0: "14:00",
      end5_0: "00:00",
    }),
    303,
  );
  assert.deepEqual(await hours(), [
    { weekday: 1, start_minute: 540, end_minute: 720 },
    { weekday: 1, start_minute: 720, end_minute: 810 },
    { weekday: 5, start_minute: 840, end_minute: 1440 },
  ]);
  const audit = await db.selectFrom("audit_log").select("action")
    .where("entity_id", "=", ann).where("action", "=", "availability.replace")
    .execute();
  assert.equal(audit.length, 1);
});

Deno.test("time off removes the public slots it covers, and deleting it brings them back", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db);
  const all = await slotStarts(serviceId, ann, "2027-01-12");
  assert.ok(all.includes("2027-01-12T11:00:00.000Z"));
  await admin.page(`/admin/booking/staff/${ann}`);

  const backwards = await admin.post(`/admin/booking/staff/${ann}`, {
    intent: "addTimeOff",
    start: "2027-01-12T14:00",
    end: "2027-01-12T12:00",
  });
  assert.equal(backwards.status, 422);
  assert.match(await backwards.text(), /The end must be after the start/);

  assert.equal(
    await postStatus(admin, `/admin/booking/staff/${ann}`, {
      intent: "addTimeOff",
      start: "2027-01-12T12:00",
      end: "2027-01-12T14:00",
      reason: "Dentist",
    }),
    303,
  );
  const reduced = await slotStarts(serviceId, ann, "2027-01-12");
  // 12:00–14:00 Berlin is 11:00–13:00 UTC; a 60-minute appointment with a
  // 15-minute buffer cannot start from 10:15 UTC until 13:00 UTC.
  assert.ok(reduced.length < all.length);
  for (const start of reduced) {
    const at = Date.parse(start);
    assert.ok(
      at + 75 * 60_000 <= Date.parse("2027-01-12T11:00:00Z") ||
        at >= Date.parse("2027-01-12T13:00:00Z"),
      `${start} overlaps the time off`,
    );
  }
  const page = await admin.page(`/admin/booking/staff/${ann}`);
  assert.match(page.html, /Dentist/);
  const entry = await db.selectFrom("time_off").select("id").where(
    "staff_id",
    "=",
    ann,
  ).executeTakeFirstOrThrow();
  assert.equal(
    await postStatus(admin, `/admin/booking/staff/${ann}`, {
      intent: "deleteTimeOff",
      id: entry.id,
    }),
    303,
  );
  assert.deepEqual(await slotStarts(serviceId, ann, "2027-01-12"), all);
});

Deno.test("the settings page is for administrators; staff get 403", async () => {
  assert.equal((await worker.page("/admin/booking/settings")).status, 403);
  await worker.page("/admin/booking");
  assert.equal(
    await postStatus(worker, "/admin/booking/settings", { timeZone: "UTC" }),
    403,
  );
  const nav = await worker.page("/admin/booking");
  assert.equal(
    nav.status,
    200,
    "the rest of the booking admin is open to staff",
  );
  assert.doesNotMatch(nav.html, /href="\/admin\/booking\/settings"/);

  const page = await admin.page("/admin/booking/settings");
  assert.equal(page.status, 200);
  assert.match(page.html, /id="license-panel"/);
  assert.match(page.html, /<option value="Europe\/Berlin" selected>/);
});

Deno.test("saving the settings changes the time zone and step of the public slots", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db);
  await admin.page("/admin/booking/settings");
  const fields = {
    timeZone: "America/New_York",
    minNoticeMinutes: "0",
    horizonDays: "90",
    slotStepMinutes: "60",
    cancelCutoffHours: "12",
    autoConfirm: "on",
    headerLabel_0: "Home",
    headerUrl_0: "https://example.com/",
    footerLabel_0: "Imprint",
    footerUrl_0: "/imprint",
  };
  const invalid = await admin.post("/admin/booking/settings", {
    ...fields,
    timeZone: "Mars/Olympus",
    slotStepMinutes: "1",
    footerUrl_0: "javascript:alert(1)",
  });
  assert.equal(invalid.status, 422);
  const invalidHtml = await invalid.text();
  assert.match(invalidHtml, /Please choose a time zone from the list/);
  assert.match(invalidHtml, /The URL must start with/);

  try {
    assert.equal(
      await postStatus(admin, "/admin/booking/settings", fields),
      303,
    );
    const res = await app.request(
      `/booking/api/slots?service=${serviceId}&staff=${ann}&from=2027-01-05&days=1`,
    );
    const body = await res.json();
    assert.equal(body.timeZone, "America/New_York");
    // 09:00–17:00 New York (UTC−5) every 60 minutes: 14:00Z … 21:00Z.
    assert.deepEqual(
      body.slots.map((slot: { start: string }) => slot.start.slice(11, 16)),
      ["14:00", "15:00", "16:00", "17:00", "18:00", "19:00", "20:00", "21:00"],
    );
    const publicPage = await new TestClient(app.url).page("/booking");
    assert.match(publicPage.html, /href="https:\/\/example.com\/"/);
    assert.match(publicPage.html, /href="\/imprint"/);
    const audit = await db.selectFrom("audit_log").select("details")
      .where("action", "=", "booking.settings.update")
      .executeTakeFirstOrThrow();
    assert.ok(
      (audit.details as { changed: string[] }).changed.includes("timeZone"),
    );
  } finally {
    await setBookingSettings(db, SETTINGS);
  }
});

Deno.test("closed days and a region's public holidays offer no times", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db);
  await admin.page("/admin/booking/settings");
  const fields = {
    timeZone: "Europe/Berlin",
    minNoticeMinutes: "60",
    horizonDays: "60",
    slotStepMinutes: "30",
    cancelCutoffHours: "24",
    closedDays: "2027-01-12\n2027-01-20..2027-01-21",
    holidayRegion: "DE-BY",
  };
  for (
    const [closedDays, message] of [
      ["2027-01-12\nnext tuesday", /Line 2: please enter a date/],
      ["2027-01-21..2027-01-20", /Line 1: the range ends before it starts/],
    ] as const
  ) {
    const res = await admin.post("/admin/booking/settings", {
      ...fields,
      closedDays,
    });
    assert.equal(res.status, 422);
    assert.match(await res.text(), message);
  }
  const nowhere = await admin.post("/admin/booking/settings", {
    ...fields,
    holidayRegion: "XX-YY",
  });
  assert.equal(nowhere.status, 422);
  await nowhere.body?.cancel();
  try {
    assert.equal(
      await postStatus(admin, "/admin/booking/settings", fields),
      303,
    );
    const page = await admin.page("/admin/booking/settings");
    assert.match(page.html, /2027-01-20\.\.2027-01-21/, "kept as typed");
    const res = await app.request(
      `/booking/api/slots?service=${serviceId}&staff=${ann}&from=2027-01-05&days=17`,
    );
    const days = new Set(
      (await res.json()).slots.map((slot: { start: string }) =>
        slot.start.slice(0, 10)
      ),
    );
    // 6 January is a public holiday in Bavaria (Epiphany).
    for (
      const closed of ["2027-01-06", "2027-01-12", "2027-01-20", "2027-01-21"]
    ) {
      assert.ok(!days.has(closed), closed);
    }
    for (
      const open of ["2027-01-05", "2027-01-07", "2027-01-19"]
    ) {
      assert.ok(days.has(open), open);
    }
  } finally {
    await setBookingSettings(db, SETTINGS);
  }
});

Deno.test("every booking admin POST without a CSRF token is 403 and changes nothing", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db);
  const id = await visitorBooking({
    serviceId,
    staffId: ann,
    start: "2027-01-05T14:00:00Z",
    name: "Nora Nocsrf",
    email: "nora@example.com",
  });
  const posts: [string, Record<string, string>][] = [
    [`/admin/booking/${id}`, { intent: "confirm" }],
    [`/admin/booking/${id}`, { intent: "cancel", reason: "x" }],
    ["/admin/booking/new", {
      service: serviceId,
      staff: ann,
      date: "2027-01-09",
      time: "10:00",
      name: "N",
      email: "n@example.com",
      locale: "en",
    }],
    ["/admin/booking/services/new", {
      intent: "save",
      nameEn: "Nope",
      nameDe: "Nein",
    }],
    [`/admin/booking/services/${serviceId}`, { intent: "deactivate" }],
    [`/admin/booking/staff/${ann}`, { intent: "hours" }],
    [`/admin/booking/staff/${ann}`, {
      intent: "addTimeOff",
      start: "2027-01-09T10:00",
      end: "2027-01-09T12:00",
    }],
    ["/admin/booking/settings", { timeZone: "UTC" }],
  ];
  for (const [path, fields] of posts) {
    assert.equal(
      await postStatus(admin, path, fields, { csrf: false }),
      403,
      path,
    );
  }
  const booking = await db.selectFrom("bookings").select("status").where(
    "id",
    "=",
    id,
  ).executeTakeFirstOrThrow();
  assert.equal(booking.status, "pending");
  const service = await db.selectFrom("services").select("active").where(
    "id",
    "=",
    serviceId,
  ).executeTakeFirstOrThrow();
  assert.equal(service.active, true);
  const hours = await db.selectFrom("availability").select("id").where(
    "staff_id",
    "=",
    ann,
  ).execute();
  assert.equal(hours.length, 7);
  const timeOff = await db.selectFrom("time_off").select("id").where(
    "staff_id",
    "=",
    ann,
  ).execute();
  assert.equal(timeOff.length, 0);
});
