import assert from "node:assert/strict";
import { buildIcs, type CalendarEvent, foldLine } from "./ics.ts";
import { readCalendar } from "@/tests/helpers/mail.ts";

const event: CalendarEvent = {
  uid: "booking-b1@crm.example.com",
  start: new Date("2027-03-28T01:00:00Z"),
  end: new Date("2027-03-28T02:00:00Z"),
  stamp: new Date("2027-03-01T12:00:00Z"),
  summary: "Beratung, 60 min; Raum 2",
  description: "Line one\nLine two",
  organizer: { name: "Praxis Müller, Berlin", email: "termine@praxis.example" },
  attendee: { name: 'Greta "G" Graf', email: "greta@example.com" },
  method: "REQUEST",
  status: "CONFIRMED",
  sequence: 1,
};

Deno.test("an .ics has one event in UTC with escaped text and CRLF lines", () => {
  const ics = buildIcs(event);
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  assert.ok(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
  assert.match(ics, /\r\nDTSTART:20270328T010000Z\r\n/);
  assert.match(ics, /\r\nDTEND:20270328T020000Z\r\n/);
  assert.match(ics, /\r\nSUMMARY:Beratung\\, 60 min\\; Raum 2\r\n/);
  assert.match(ics, /\r\nDESCRIPTION:Line one\\nLine two\r\n/);
  assert.ok(!/[^\r]\n/.test(ics), "every line ends in CRLF");
});

Deno.test("REQUEST and CANCEL name the organizer and the attendee as RFC 5546 asks", () => {
  for (const method of ["REQUEST", "CANCEL"] as const) {
    const read = readCalendar(buildIcs({
      ...event,
      method,
      status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
      sequence: 2,
    }));
    assert.equal(read.method, method);
    assert.equal(read.uid, event.uid);
    assert.equal(read.sequence, 2);
    assert.deepEqual(read.start, event.start);
    assert.deepEqual(read.organizer, {
      email: "termine@praxis.example",
      params: { cn: "Praxis Müller, Berlin" },
    });
    assert.deepEqual(read.attendees, [{
      email: "greta@example.com",
      params: {
        cn: "Greta 'G' Graf",
        role: "REQ-PARTICIPANT",
        partstat: "ACCEPTED",
        rsvp: "FALSE",
      },
    }]);
  }
});

Deno.test("long lines fold at 75 octets without splitting characters", () => {
  const line = "DESCRIPTION:" + "ä".repeat(100);
  const folded = foldLine(line).split("\r\n");
  const encoder = new TextEncoder();
  assert.ok(folded.length > 1);
  assert.ok(folded.every((part) => encoder.encode(part).length <= 75));
  assert.equal(
    folded.map((part, i) => i === 0 ? part : part.slice(1)).join(""),
    line,
  );
});
