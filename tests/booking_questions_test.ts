/**
 * Questions per service: staff add them in admin, the booking form asks
 * them and checks the answers like every other field (nothing is written
 * when one is missing or too long), so does the form staff enter a
 * booking on, and the answers travel with the booking to admin, the staff
 * notice, the client's emails, the manage page and the portal.
 */
import assert from "node:assert/strict";
import {
  BOOKING_CLOCK,
  createBookable,
  startBookingTestApp,
} from "./helpers/booking.ts";
import {
  createClientWithContact,
  createStaff,
  signIn,
  TestClient,
} from "./helpers/http.ts";
import { parseReceived } from "./helpers/mail.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailer } from "@/lib/mail/worker.ts";

const clock = BOOKING_CLOCK;
const app = await startBookingTestApp();
const { db } = app.services;
await createStaff(db, {
  email: "boss-q@example.com",
  password: "admin password 1",
  name: "Bea Boss",
  role: "admin",
});
const admin = await signIn(
  app.url,
  "admin",
  "boss-q@example.com",
  "admin password 1",
);

let ip = 0;
function fromNewAddress(): HeadersInit {
  ip++;
  return { "x-forwarded-for": `10.9.${Math.floor(ip / 250)}.${ip % 250}` };
}

async function addQuestion(serviceId: string, fields: Record<string, string>) {
  const page = `/admin/booking/services/${serviceId}`;
  await admin.page(page);
  const res = await admin.post(page, { intent: "addQuestion", ...fields });
  const html = res.status === 303 ? "" : await res.text();
  if (res.status === 303) await res.body?.cancel();
  return { status: res.status, html };
}

async function questionIds(serviceId: string) {
  return (await db.selectFrom("service_questions").select(["id", "label"])
    .where("service_id", "=", serviceId).orderBy("position").execute());
}

/** Books on the public form as a new visitor in English; answers the 303. */
async function bookPublicly(fields: Record<string, string>) {
  const client = new TestClient(app.url);
  await client.page("/booking");
  const res = await client.request("/booking", {
    method: "POST",
    headers: { ...fromNewAddress(), "accept-language": "en" },
    body: new URLSearchParams({ _csrf: client.csrf!, ...fields }),
  });
  assert.equal(res.status, 303);
  await res.body?.cancel();
  return { client, location: res.headers.get("location")! };
}

Deno.test("staff add questions of each kind; a choice without options is refused with a message", async () => {
  const { serviceId } = await createBookable(db, { prefix: "q-admin" });
  const refused = await addQuestion(serviceId, {
    questionLabel: "Parking?",
    questionKind: "choice",
    questionOptions: "Only one\n\n",
  });
  assert.equal(refused.status, 422);
  assert.match(refused.html, /A choice needs 2 to 20 options/);
  assert.equal((await questionIds(serviceId)).length, 0);

  const kinds: Record<string, string>[] = [
    { questionLabel: "Your topic", questionKind: "text" },
    { questionLabel: "Background", questionKind: "long_text" },
    {
      questionLabel: "How do you come?",
      questionKind: "choice",
      questionOptions: "Car\nBike\nCar",
      questionRequired: "on",
    },
    { questionLabel: "I accept the terms", questionKind: "checkbox" },
  ];
  for (const fields of kinds) {
    assert.equal((await addQuestion(serviceId, fields)).status, 303);
  }
  const rows = await db.selectFrom("service_questions")
    .select(["label", "kind", "options", "required"])
    .where("service_id", "=", serviceId).orderBy("position").execute();
  assert.deepEqual(rows.map((r) => [r.label, r.kind, r.required]), [
    ["Your topic", "text", false],
    ["Background", "long_text", false],
    ["How do you come?", "choice", true],
    ["I accept the terms", "checkbox", false],
  ]);
  assert.deepEqual(rows[2].options, ["Car", "Bike"]);

  const page = await admin.page(`/admin/booking/services/${serviceId}`);
  assert.match(page.html, /How do you come\?/);
  const [first] = await questionIds(serviceId);
  const removed = await admin.post(`/admin/booking/services/${serviceId}`, {
    intent: "removeQuestion",
    question: first.id,
  });
  assert.equal(removed.status, 303);
  await removed.body?.cancel();
  assert.deepEqual((await questionIds(serviceId)).map((q) => q.label), [
    "Background",
    "How do you come?",
    "I accept the terms",
  ]);
});

Deno.test("the booking form asks the questions; a missing or too long answer is a German field error and nothing is booked", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "q-form",
  });
  await addQuestion(serviceId, {
    questionLabel: "Ihr Anliegen",
    questionKind: "long_text",
    questionRequired: "on",
  });
  await addQuestion(serviceId, {
    questionLabel: "Anreise",
    questionKind: "choice",
    questionOptions: "Auto\nRad",
  });
  const [topic, travel] = await questionIds(serviceId);
  const start = "2027-01-07T09:00:00.000Z";
  const client = new TestClient(app.url);
  const details = await client.page(
    `/booking?service=${serviceId}&staff=${staffIds[0]}&start=${start}`,
  );
  assert.match(details.html, /Ihr Anliegen/);
  assert.ok(details.html.includes(`name="q_${travel.id}"`));
  assert.match(details.html, /<option value="Rad">Rad<\/option>/);

  const send = (answers: Record<string, string>) =>
    client.request("/booking", {
      method: "POST",
      headers: { ...fromNewAddress(), "accept-language": "de-DE" },
      body: new URLSearchParams({
        _csrf: client.csrf!,
        service: serviceId,
        staff: staffIds[0],
        start,
        name: "",
        email: "quinn@example.com",
        ...answers,
      }),
    });
  const missing = await send({ [`q_${travel.id}`]: "Zug" });
  assert.equal(missing.status, 422);
  const missingHtml = await missing.text();
  // Every error at once: the name, the required answer, the option not offered.
  assert.equal(
    missingHtml.match(/Bitte füllen Sie dieses Feld aus\./g)?.length,
    2,
  );
  assert.match(missingHtml, /Bitte prüfen Sie diesen Wert\./);

  const tooLong = await send({
    name: "Quinn",
    [`q_${topic.id}`]: "x".repeat(5001),
  });
  assert.equal(tooLong.status, 422);
  assert.match(
    await tooLong.text(),
    /Das ist zu lang \(höchstens 5000 Zeichen\)/,
  );
  const written = await db.selectFrom("bookings").select("id")
    .where("email", "=", "quinn@example.com").execute();
  assert.equal(written.length, 0, "nothing is booked");
});

Deno.test("answers are stored with the booking and shown in admin, the staff notice and the client's email over SMTP", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "q-mail",
  });
  await addQuestion(serviceId, {
    questionLabel: "Your topic",
    questionKind: "text",
    questionRequired: "on",
  });
  await addQuestion(serviceId, {
    questionLabel: "First visit",
    questionKind: "checkbox",
  });
  const [topic, first] = await questionIds(serviceId);
  const smtp = await startTestSmtpServer();
  const mailer = createMailer({
    db,
    smtpUrl: smtp.url,
    from: "Portico <booking@example.com>",
    appUrl: app.services.config.appUrl,
  });
  try {
    await bookPublicly({
      service: serviceId,
      staff: staffIds[0],
      start: "2027-01-08T10:00:00.000Z",
      name: "Rita Reed",
      email: "rita-q@example.com",
      [`q_${topic.id}`]: "Roof <repair>",
      [`q_${first.id}`]: "on",
    });
    const booking = await db.selectFrom("bookings").select(["id", "answers"])
      .where("email", "=", "rita-q@example.com").executeTakeFirstOrThrow();
    assert.deepEqual(booking.answers, [
      { label: "Your topic", kind: "text", answer: "Roof <repair>" },
      { label: "First visit", kind: "checkbox", answer: "yes" },
    ]);

    const detail = await admin.page(`/admin/booking/${booking.id}`);
    assert.match(detail.html, /Your topic/);
    assert.match(detail.html, /Roof &lt;repair>/);

    await mailer.sendDue(clock);
    const staffEmail = "staff-q-mail-0@example.com";
    await smtp.waitUntil((all) =>
      all.some((m) => m.to.includes("rita-q@example.com")) &&
      all.some((m) => m.to.includes(staffEmail))
    );
    for (const address of ["rita-q@example.com", staffEmail]) {
      const received = smtp.received.find((m) => m.to.includes(address))!;
      const mail = await parseReceived(received);
      assert.match(mail.text ?? "", /Your topic/, address);
      assert.match(mail.text ?? "", /Roof <repair>/, address);
      assert.match(mail.text ?? "", /First visit\W+Yes/, address);
    }
  } finally {
    await mailer.stop();
    await smtp.close();
  }
});

Deno.test("a time taken meanwhile: the nearby times carry the answers along", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "q-conflict",
  });
  await addQuestion(serviceId, {
    questionLabel: "Your topic",
    questionKind: "text",
    questionRequired: "on",
  });
  const [topic] = await questionIds(serviceId);
  const start = "2027-01-11T09:00:00.000Z";
  const client = new TestClient(app.url);
  await client.page("/booking");
  const book = (email: string) =>
    client.request("/booking", {
      method: "POST",
      headers: fromNewAddress(),
      body: new URLSearchParams({
        _csrf: client.csrf!,
        service: serviceId,
        staff: staffIds[0],
        start,
        name: "Sam",
        email,
        [`q_${topic.id}`]: "Gutters",
      }),
    });
  const first = await book("sam-1@example.com");
  assert.equal(first.status, 303);
  await first.body?.cancel();
  const second = await book("sam-2@example.com");
  assert.equal(second.status, 409);
  const html = await second.text();
  assert.ok(
    html.includes(`name="q_${topic.id}" value="Gutters"`),
    "each nearby time re-sends the answer",
  );
});

Deno.test("staff entering a booking are asked the service's questions, checked as on the public form", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db, {
    prefix: "q-staff",
  });
  await addQuestion(serviceId, {
    questionLabel: "Your topic",
    questionKind: "text",
    questionRequired: "on",
  });
  const [topic] = await questionIds(serviceId);
  const form = await admin.page(`/admin/booking/new?service=${serviceId}`);
  assert.match(form.html, /Your topic/);
  assert.ok(form.html.includes(`name="asked" value="${serviceId}"`));

  const fields = {
    service: serviceId,
    staff: ann,
    date: "2027-01-12",
    time: "10:00",
    name: "Paula Phone",
    email: "paula-q@example.com",
    locale: "en",
  };
  const send = async (extra: Record<string, string>) => {
    const res = await admin.post("/admin/booking/new", {
      ...fields,
      ...extra,
    });
    return { status: res.status, html: await res.text() };
  };
  const unasked = await send({});
  assert.equal(unasked.status, 422, "a form that did not show the questions");
  assert.ok(unasked.html.includes(`name="q_${topic.id}"`), "now it asks");
  const otherService = await send({ [`q_${topic.id}`]: "Roof" });
  assert.equal(otherService.status, 422, "answers from a form not asking them");
  assert.match(
    otherService.html,
    /This service asks the client some questions/,
  );
  const missing = await send({ asked: serviceId });
  assert.equal(missing.status, 422);
  assert.ok(missing.html.includes(`id="field-q_${topic.id}-error"`));
  const tooLong = await send({
    asked: serviceId,
    [`q_${topic.id}`]: "x".repeat(501),
  });
  assert.equal(tooLong.status, 422);
  assert.match(tooLong.html, /at most 500 characters/);
  const stored = () =>
    db.selectFrom("bookings").select("answers")
      .where("email", "=", "paula-q@example.com").execute();
  assert.equal((await stored()).length, 0, "nothing is booked");

  const created = await send({ asked: serviceId, [`q_${topic.id}`]: "Roof" });
  assert.equal(created.status, 303);
  assert.deepEqual(await stored(), [{
    answers: [{ label: "Your topic", kind: "text", answer: "Roof" }],
  }]);
});

Deno.test("the client's manage page and portal show their answers", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "q-client",
  });
  await addQuestion(serviceId, {
    questionLabel: "Your topic",
    questionKind: "text",
  });
  await addQuestion(serviceId, {
    questionLabel: "First visit",
    questionKind: "checkbox",
  });
  const [topic, first] = await questionIds(serviceId);
  await createClientWithContact(db, {
    email: "olga-q@example.com",
    password: "client password 1",
  });
  const { client, location } = await bookPublicly({
    service: serviceId,
    staff: staffIds[0],
    start: "2027-01-13T10:00:00.000Z",
    name: "Olga",
    email: "olga-q@example.com",
    [`q_${topic.id}`]: "Garden <shed>",
    [`q_${first.id}`]: "on",
  });
  const shown = (html: string, where: string) => {
    assert.match(
      html,
      /<dt>Your topic<\/dt>\s*<dd[^>]*>Garden &lt;shed><\/dd>/,
      where,
    );
    assert.match(html, /<dt>First visit<\/dt>\s*<dd[^>]*>Yes<\/dd>/, where);
  };
  shown((await client.page(location)).html, "manage page");
  const portal = await signIn(
    app.url,
    "clients",
    "olga-q@example.com",
    "client password 1",
  );
  shown((await portal.page("/clients/booking")).html, "portal");
});
