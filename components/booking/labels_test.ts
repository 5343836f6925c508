import "@/lib/temporal.ts";
import assert from "node:assert/strict";
import { formatPeriod } from "./labels.ts";

const tz = "Europe/Berlin";
const at = (iso: string) => new Date(iso);

Deno.test("time off reads as dates when it is whole days, with times otherwise", () => {
  // 23 Dec 00:00 to 3 Jan 00:00 Berlin: the last day off is 2 Jan.
  const holiday = [at("2026-12-22T23:00:00Z"), at("2027-01-02T23:00:00Z")];
  assert.equal(
    formatPeriod("en", holiday[0], holiday[1], tz),
    "23 Dec 2026 – 2 Jan 2027",
  );
  assert.equal(
    formatPeriod("de", holiday[0], holiday[1], tz),
    "23.12.2026 – 02.01.2027",
  );
  assert.equal(
    formatPeriod(
      "en",
      at("2026-12-22T23:00:00Z"),
      at("2026-12-23T23:00:00Z"),
      tz,
    ),
    "23 Dec 2026",
  );
  assert.equal(
    formatPeriod(
      "en",
      at("2026-12-23T08:00:00Z"),
      at("2026-12-23T11:00:00Z"),
      tz,
    ),
    "23 Dec 2026, 09:00–12:00",
  );
});
