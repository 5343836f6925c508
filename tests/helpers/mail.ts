/**
 * Reading what Portico sends the way mail and calendar apps do: messages
 * through a real MIME parser (`mailparser`), calendar files through a
 * real iCalendar parser (`ical.js`).
 */
import { type ParsedMail, simpleParser } from "mailparser";
import ICAL from "ical.js";
import type { ReceivedEmail } from "@/lib/mail/testing.ts";

/** A message as received by the test SMTP server, parsed. */
export async function parseReceived(email: ReceivedEmail): Promise<ParsedMail> {
  return await simpleParser(email.raw);
}

/** A person in a calendar file: ORGANIZER or ATTENDEE with its parameters. */
export interface CalendarParty {
  email: string;
  params: Record<string, string>;
}

/** What a calendar app reads from a one-event iTIP file. */
export interface CalendarFile {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  start: Date;
  end: Date;
  organizer: CalendarParty | null;
  attendees: CalendarParty[];
}

function party(property: ICAL.Property): CalendarParty {
  const params: Record<string, string> = {};
  for (const name of ["cn", "role", "partstat", "rsvp"]) {
    const value = property.getParameter(name);
    if (typeof value === "string") params[name] = value;
  }
  const address = String(property.getFirstValue());
  return { email: address.replace(/^mailto:/i, ""), params };
}

/** Parses `text` (throws on what a strict parser refuses). */
export function readCalendar(text: string): CalendarFile {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");
  if (events.length !== 1) {
    throw new Error(`expected one VEVENT, got ${events.length}`);
  }
  const event = events[0];
  const time = (name: string) =>
    (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate();
  const organizer = event.getFirstProperty("organizer");
  return {
    method: String(calendar.getFirstPropertyValue("method")),
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: Number(event.getFirstPropertyValue("sequence") ?? 0),
    status: String(event.getFirstPropertyValue("status")),
    start: time("dtstart"),
    end: time("dtend"),
    organizer: organizer ? party(organizer) : null,
    attendees: event.getAllProperties("attendee").map(party),
  };
}

/** The calendar attachment of a parsed message, read; null without one. */
export function calendarOf(mail: ParsedMail): CalendarFile | null {
  const file = mail.attachments.find((a) => a.contentType === "text/calendar");
  return file ? readCalendar(file.content.toString("utf-8")) : null;
}
