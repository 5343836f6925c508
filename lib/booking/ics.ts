/**
 * iCalendar (RFC 5545) for booking emails: one VEVENT, times in UTC,
 * text escaped, lines folded at 75 octets, CRLF line ends. As iTIP (RFC
 * 5546) asks of a REQUEST and a CANCEL, each names its ORGANIZER and its
 * ATTENDEE; every version of a booking keeps one UID with a higher
 * SEQUENCE, so calendars update the event instead of adding one.
 */
import type { Mailbox } from "../mail/address.ts";

export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  /** When this version was made. */
  stamp: Date;
  summary: string;
  description: string;
  url?: string;
  location?: string;
  /** The business, which sends every version. */
  organizer: Mailbox;
  /** The client the appointment is for. */
  attendee: Mailbox;
  /** REQUEST and CANCEL go by email (iTIP); PUBLISH is a download. */
  method: "REQUEST" | "CANCEL" | "PUBLISH";
  status: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
  sequence: number;
}

function utc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/**
 * A property naming a person: `NAME;CN="…";params:mailto:…`. The name is
 * quoted, since names hold commas and colons; parameters have no escapes,
 * so a double quote becomes a single one and a line break a space
 * (RFC 5545 3.2).
 */
function calAddress(name: string, who: Mailbox, params: string[]): string {
  const cn = (who.name || who.email).replaceAll('"', "'")
    .replace(/\s+/g, " ").trim();
  return [name, `CN="${cn}"`, ...params].join(";") + `:mailto:${who.email}`;
}

const encoder = new TextEncoder();

/** Folds a content line so no line exceeds 75 octets (continuations start with a space). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + octets > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** An event as a calendar keeps it, without the people of an invitation. */
export type StoredEvent = Omit<
  CalendarEvent,
  "organizer" | "attendee" | "method"
>;

/** A VEVENT's own properties, between its BEGIN and its people. */
function eventLines(event: StoredEvent): string[] {
  return [
    `UID:${event.uid}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
  ];
}

const CALENDAR_HEAD = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Portico//Booking//EN",
  "CALSCALE:GREGORIAN",
];

function serialize(lines: string[]): string {
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** The `.ics` file for one event. */
export function buildIcs(event: CalendarEvent): string {
  const lines = [
    ...CALENDAR_HEAD,
    `METHOD:${event.method}`,
    "BEGIN:VEVENT",
    ...eventLines(event),
    calAddress("ORGANIZER", event.organizer, []),
    // The client booked the time themselves, and replies go nowhere
    // Portico reads: accepted, and no answer asked for.
    calAddress("ATTENDEE", event.attendee, [
      "ROLE=REQ-PARTICIPANT",
      "PARTSTAT=ACCEPTED",
      "RSVP=FALSE",
    ]),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return serialize(lines);
}

export interface StoredCalendar {
  /** Shown as the calendar's name by apps that read X-WR-CALNAME. */
  name?: string;
  /** The business time zone, for apps that show a feed in its own zone. */
  timeZone?: string;
  /** How often a subscriber should fetch again (RFC 7986 REFRESH-INTERVAL). */
  refreshMinutes?: number;
  events: StoredEvent[];
}

/**
 * A calendar of stored events with no iTIP METHOD: a subscription feed,
 * or one event as a CalDAV server keeps it (RFC 4791 forbids METHOD
 * there). Times stay in UTC, which every client converts to its own
 * zone correctly, daylight saving included.
 */
export function buildCalendar(calendar: StoredCalendar): string {
  const refresh = calendar.refreshMinutes;
  return serialize([
    ...CALENDAR_HEAD,
    ...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
    ...(calendar.timeZone ? [`X-WR-TIMEZONE:${calendar.timeZone}`] : []),
    ...(refresh
      ? [
        `REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}M`,
        `X-PUBLISHED-TTL:PT${refresh}M`,
      ]
      : []),
    ...calendar.events.flatMap((event) => [
      "BEGIN:VEVENT",
      ...eventLines(event),
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
  ]);
}
