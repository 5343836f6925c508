import assert from "node:assert/strict";
import { buildIcs, foldLine } from "./ics.ts";

Deno.test("an .ics has one event in UTC with escaped text and CRLF lines", () => {
  const ics = buildIcs({
    uid: "b1@portico",
    start: new Date("2027-03-28T01:00:00Z"),
    end: new Date("2027-03-28T02:00:00Z"),
    stamp: new Date("2027-03-01T12:00:00Z"),
    summary: "Beratung, 60 min; Raum 2",
    description: "Line one\nLine two",
    method: "REQUEST",
    status: "CONFIRMED",
    sequence: 1,
  });
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  assert.ok(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
  assert.match(ics, /\r\nDTSTART:20270328T010000Z\r\n/);
  assert.match(ics, /\r\nDTEND:20270328T020000Z\r\n/);
  assert.match(ics, /\r\nSUMMARY:Beratung\\, 60 min\\; Raum 2\r\n/);
  assert.match(ics, /\r\nDESCRIPTION:Line one\\nLine two\r\n/);
  assert.ok(!/[^\r]\n/.test(ics), "every line ends in CRLF");
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
