import assert from "node:assert/strict";
import { translator } from "@/lib/i18n/mod.ts";
import { scheduleInWords } from "./ZonedTime.tsx";

Deno.test("cron schedules in words, the time of day in the business zone", () => {
  const en = translator("en");
  const words = (schedule: string, zone = "UTC") =>
    scheduleInWords(schedule, en, "en", zone);
  assert.equal(words("* * * * *"), "Every minute");
  assert.equal(words("*/15 * * * *"), "Every 15 minutes");
  assert.equal(words("7 * * * *"), "Every hour at :07");
  assert.equal(words("17 3 * * *"), "Daily at 03:17");
  // 03:17 UTC is 04:17 or 05:17 in Berlin, by the season.
  assert.match(words("17 3 * * *", "Europe/Berlin"), /^Daily at 0[45]:17$/);
  assert.equal(words("0 8 * * 1"), "0 8 * * 1");
  assert.equal(
    scheduleInWords("*/15 * * * *", translator("de"), "de", "UTC"),
    "Alle 15 Minuten",
  );
});
