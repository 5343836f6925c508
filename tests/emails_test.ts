/**
 * Every kind of email Portico sends, in both languages, as a mail client
 * reads it: queued in the outbox, delivered by the worker to a real SMTP
 * server and parsed with mailparser. The plain-text part must read on
 * its own (labels apart from values, each link once), the cancellation
 * must not offer to cancel, and Message-IDs carry APP_URL's host.
 */
import assert from "node:assert/strict";
import { useTestDatabase } from "@/lib/db/testing.ts";
import { type Locale, LOCALES, t } from "@/lib/i18n/mod.ts";
import { bookingEmail, type BookingEmailKind } from "@/lib/booking/emails.tsx";
import {
  confirmOrderEmail,
  licenseEmail,
  orderEmail,
  trialReminderEmail,
} from "@/lib/shop/emails.tsx";
import { accountLinkEmail } from "@/lib/mail/templates/account.tsx";
import { type EmailMessage, enqueueEmail } from "@/lib/mail/outbox.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailTransport, sendDueEmails } from "@/lib/mail/worker.ts";
import { calendarOf, parseReceived } from "./helpers/mail.ts";

const { db } = await useTestDatabase();
const APP_URL = "https://crm.example.com";
const KEY = "BOOKING-7K3M-Q8ZC-4TXW-1D9P-HB6N-RJ2V-F5EA";

const BOOKING_KINDS: BookingEmailKind[] = [
  "received",
  "confirmed",
  "cancelled",
  "rescheduled",
  "reminder",
];

function booking(kind: BookingEmailKind, locale: Locale): EmailMessage {
  return bookingEmail(kind, {
    id: "0b7f3c1e-5d0a-4c8e-9a51-2f4e6d8c1a3b",
    name: "Greta Graf",
    email: "greta@example.com",
    locale,
    status: kind === "cancelled"
      ? "cancelled"
      : kind === "received"
      ? "pending"
      : "confirmed",
    serviceName: locale === "de" ? "Beratung" : "Consultation",
    staffName: "Anna Berg",
    startsAt: new Date("2027-01-05T09:00:00Z"),
    endsAt: new Date("2027-01-05T10:00:00Z"),
    timeZone: "Europe/Berlin",
    manageUrl: `${APP_URL}/booking/manage/tok3n`,
    cancelReason: kind === "cancelled" ? "Krank" : null,
    previousStartsAt: kind === "rescheduled"
      ? new Date("2027-01-04T13:00:00Z")
      : undefined,
    sequence: 2,
    organizer: { name: "Praxis", email: "termine@praxis.example" },
    appHost: "crm.example.com",
    now: new Date("2027-01-04T06:00:00Z"),
  });
}

/** Every email kind in `locale`, named for the messages of a failure. */
function everyEmail(locale: Locale): Record<string, EmailMessage> {
  const to = "greta@example.com";
  const name = "Greta";
  const emails: Record<string, EmailMessage> = {};
  for (const kind of BOOKING_KINDS) {
    emails[`booking ${kind}`] = booking(kind, locale);
  }
  const portalUrl = `${APP_URL}/clients/licenses`;
  emails["order"] = orderEmail({
    to,
    name,
    locale,
    item: "Booking",
    invoiceNumber: "RE-2027-0001",
    portalUrl,
    trial: false,
  });
  emails["trial order"] = orderEmail({
    to,
    name,
    locale,
    item: "Booking",
    invoiceNumber: null,
    portalUrl,
    trial: true,
  });
  emails["confirm order"] = confirmOrderEmail({
    to,
    name,
    locale,
    item: "Booking",
    url: `${APP_URL}/shop/confirm/abc`,
    hours: 48,
  });
  emails["license"] = licenseEmail({
    to,
    name,
    locale,
    product: "Booking",
    key: KEY,
    trialEnds: "2027-02-03",
    upgraded: false,
    portalUrl,
  });
  emails["license upgraded"] = licenseEmail({
    to,
    name,
    locale,
    product: "Booking",
    key: KEY,
    trialEnds: null,
    upgraded: true,
    portalUrl,
  });
  emails["trial reminder"] = trialReminderEmail({
    to,
    name,
    locale,
    product: "Booking",
    day: 7,
    daysLeft: 23,
    shopUrl: `${APP_URL}/shop`,
  });
  for (const kind of ["sign_in", "password_reset", "invite"] as const) {
    emails[`account ${kind}`] = accountLinkEmail(kind, {
      to,
      name,
      locale,
      url: `${APP_URL}/clients/login/${kind}-t0ken`,
    });
  }
  return emails;
}

/** Each message goes to its own address, to be found again. */
function addressFor(locale: Locale, kind: string): string {
  return `${locale}.${kind.replaceAll(" ", "-")}@example.com`;
}

/** Sends every email of every kind in both languages; the parsed messages by name. */
async function sendAll() {
  const smtp = await startTestSmtpServer();
  const transport = createMailTransport(smtp.url);
  try {
    let queued = 0;
    for (const locale of LOCALES) {
      for (const [kind, email] of Object.entries(everyEmail(locale))) {
        const to = addressFor(locale, kind);
        await enqueueEmail(db, to, { ...email, to });
        queued++;
      }
    }
    const now = new Date(Date.now() + 60_000);
    const summary = await sendDueEmails(db, transport, now, {
      from: "Praxis <termine@praxis.example>",
      appUrl: APP_URL,
      batchSize: 100,
    });
    assert.equal(summary.sent, queued);
    const rows = await db.selectFrom("email_outbox")
      .select(["id", "to_address"]).execute();
    const ids = new Map(rows.map((row) => [row.to_address, row.id]));
    const parsed = await Promise.all(
      smtp.received.map(async (email) => ({
        to: email.to[0],
        mail: await parseReceived(email),
      })),
    );
    return { parsed, ids, count: queued };
  } finally {
    transport.close();
    await smtp.close();
  }
}

const sent = await sendAll();

/** The parsed message queued under `locale` and `kind`. */
function message(locale: Locale, kind: string) {
  const to = addressFor(locale, kind);
  const found = sent.parsed.find((received) => received.to === to);
  assert.ok(found, to);
  return found.mail;
}

const lines = (text: string | undefined) => (text ?? "").split("\n");

Deno.test("every email in both languages arrives with a Message-ID at APP_URL's host", () => {
  assert.equal(sent.parsed.length, sent.count);
  for (const { to, mail } of sent.parsed) {
    assert.equal(mail.messageId, `<${sent.ids.get(to)}@crm.example.com>`);
  }
});

Deno.test("the plain-text part reads on its own: no markup, each link once", () => {
  for (const { mail } of sent.parsed) {
    const text = mail.text ?? "";
    assert.ok(text.trim(), `${mail.subject}: a text part`);
    assert.doesNotMatch(text, /<[a-z/][^>]*>|&(amp|lt|gt|quot|nbsp);/);
    const links = [...String(mail.html).matchAll(/href="([^"]+)"/g)]
      .map((match) => match[1].replaceAll("&amp;", "&"));
    assert.ok(links.length > 0, mail.subject);
    for (const link of links) {
      assert.equal(
        text.split(link).length - 1,
        1,
        `${mail.subject}: ${link} appears once in\n${text}`,
      );
    }
  }
});

Deno.test("booking emails list their details as 'Label: value' lines", () => {
  for (const locale of LOCALES) {
    const service = locale === "de" ? "Beratung" : "Consultation";
    for (const kind of BOOKING_KINDS) {
      const text = lines(message(locale, `booking ${kind}`).text);
      const field = (
        key: `booking.field.${"service" | "staff" | "when" | "reason"}`,
      ) => `${t(locale, key)}: `;
      assert.ok(text.includes(field("booking.field.service") + service), kind);
      assert.ok(text.includes(field("booking.field.staff") + "Anna Berg"));
      assert.ok(
        text.some((line) =>
          line.startsWith(field("booking.field.when")) &&
          line.endsWith("(Europe/Berlin)")
        ),
        text.join("\n"),
      );
      assert.equal(
        text.includes(field("booking.field.reason") + "Krank"),
        kind === "cancelled",
      );
    }
  }
});

Deno.test("the cancellation neither offers to cancel nor adds the appointment", () => {
  for (const locale of LOCALES) {
    const mail = message(locale, "booking cancelled");
    for (const part of [mail.text ?? "", String(mail.html)]) {
      assert.ok(!part.includes(t(locale, "booking.email.manage")), locale);
      assert.ok(!part.includes(t(locale, "booking.email.calendar")), locale);
      assert.ok(part.includes(t(locale, "booking.email.calendarCancel")));
      assert.ok(part.includes(t(locale, "booking.email.view")));
    }
    assert.equal(calendarOf(mail)?.method, "CANCEL");
    const confirmed = message(locale, "booking confirmed");
    assert.ok(confirmed.text?.includes(t(locale, "booking.email.manage")));
    assert.ok(confirmed.text?.includes(t(locale, "booking.email.calendar")));
    assert.equal(calendarOf(confirmed)?.method, "REQUEST");
  }
});

Deno.test("the license key stands on its own line and the steps are numbered", () => {
  for (const locale of LOCALES) {
    const text = lines(message(locale, "license").text);
    assert.ok(text.includes(KEY), text.join("\n"));
    for (const [i, step] of ["step1", "step2", "step3"].entries()) {
      const key = `shop.email.license.${step}` as "shop.email.license.step1";
      assert.ok(text.includes(`${i + 1}. ${t(locale, key)}`), step);
    }
  }
});
