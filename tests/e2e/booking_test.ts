import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { browserTest } from "../helpers/browser.ts";
import type { TestApp } from "../helpers/app.ts";
import { createBookable } from "../helpers/booking.ts";
import { createBooking } from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";

/**
 * The 10th of next month, 08:00 UTC: the calendar opens on a month with
 * several free days left whatever the real date (on the 30th the current
 * month has one day at most), and it is still in the browser's future.
 */
function midNextMonth(): Date {
  const today = new Date();
  return new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 10, 8),
  );
}

/** Every test here runs on the mid-month clock. */
const bookingTest = (
  name: string,
  fn: (app: TestApp, browser: Browser) => Promise<void>,
) =>
  browserTest(name, fn, () => {
    const clock = midNextMonth();
    return { now: () => clock };
  });

bookingTest(
  "a complete booking with JavaScript disabled",
  async (app, browser) => {
    const { serviceId } = await createBookable(app.services.db, {
      prefix: "nojs",
    });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.url + "/booking");
    await page.click(`a[href="/booking?service=${serviceId}"]`);
    await page.click("text=Any available");
    // The server preselects the first day with free times and lists them as links.
    await page.locator("a.time").first().click();
    await page.fill("#field-name", "Nora Nojs");
    await page.fill("#field-email", "nora@example.com");
    await page.click(".booking-step button[type=submit]");
    await page.waitForURL(/\/booking\/manage\//);
    assert.match(
      await page.textContent("body") ?? "",
      /Thank you, we received your request/,
    );
    const row = await app.services.db.selectFrom("bookings").select("status")
      .where("email", "=", "nora@example.com").executeTakeFirstOrThrow();
    assert.equal(row.status, "pending");
    await context.close();
  },
);

bookingTest(
  "a booking through the SlotPicker island, picking a day in place",
  async (app, browser) => {
    const { serviceId, staffIds } = await createBookable(app.services.db, {
      prefix: "island",
    });
    // A visitor in the business zone: elsewhere the page first reloads
    // with their zone (tested below).
    const page = await browser.newPage({ timezoneId: "Europe/Berlin" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on(
      "console",
      (msg) => msg.type() === "error" && errors.push(msg.text()),
    );
    await page.goto(
      `${app.url}/booking?service=${serviceId}&staff=${staffIds[0]}`,
    );
    // Hydrated once the theme toggle (also an island) is enabled.
    await page.locator("button.theme-toggle:enabled").waitFor();
    const url = page.url();
    const days = page.locator("a.calendar-day.available");
    const count = await days.count();
    assert.ok(count >= 2, "several days are free");
    const second = days.nth(1);
    const label = await second.textContent();
    await second.click();
    assert.equal(page.url(), url, "choosing a day does not reload the page");
    assert.equal(
      await page.getAttribute('a.calendar-day[aria-current="date"]', "href") !==
        null,
      true,
    );
    assert.equal(
      await page.textContent('a.calendar-day[aria-current="date"]'),
      label,
    );
    // The month shown changes once its slots are in: until then the days
    // on the page are the old month's, and a click there would be undone.
    const title = await page.textContent(".calendar-header h3");
    await page.click("a.calendar-nav[aria-label='Next month']");
    await page.waitForFunction(
      (before) =>
        document.querySelector(".calendar-header h3")?.textContent !== before,
      title,
    );
    assert.equal(page.url(), url, "months load in place too");
    await page.locator("a.calendar-day.available").first().click();
    await page.locator("a.time").first().click();
    await page.fill("#field-name", "Ida Island");
    await page.fill("#field-email", "ida@example.com");
    await page.click(".booking-step button[type=submit]");
    await page.waitForURL(/\/booking\/manage\//);
    assert.match(await page.textContent("body") ?? "", /Your appointment/);
    assert.deepEqual(errors, []);
  },
);

bookingTest(
  "keyboard: each step focuses its heading, the month moves with the arrows, cards show focus",
  async (app, browser) => {
    await createBookable(app.services.db, { prefix: "keys" });
    const page = await browser.newPage({ timezoneId: "Europe/Berlin" });
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          id: el.id,
          tag: el.tagName,
          day: el.dataset.day ?? null,
          text: el.textContent?.trim() ?? "",
          shadow: getComputedStyle(el).boxShadow,
        };
      });
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        if (
          await page.evaluate(
            (s) => document.activeElement?.matches(s),
            selector,
          )
        ) {
          return;
        }
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    const headingFocused = async (text: RegExp) => {
      await page.waitForFunction(() =>
        document.activeElement?.id === "booking-step-heading"
      );
      assert.match((await active()).text, text);
    };

    await page.goto(`${app.url}/booking`);
    await page.locator("button.theme-toggle:enabled").waitFor();
    const resting = await page.evaluate(() =>
      getComputedStyle(document.querySelector("a.card-link")!).boxShadow
    );
    await tabTo("a.card-link");
    const card = await active();
    assert.notEqual(card.shadow, resting, "a focused card shows its focus");
    assert.notEqual(card.shadow, "none");
    await page.keyboard.press("Enter");
    await headingFocused(/With whom/);

    await tabTo("a.card-link");
    await page.keyboard.press("Enter");
    await headingFocused(/Day and time/);
    await page.locator("button.theme-toggle:enabled").waitFor();

    const stops = await page.evaluate(() =>
      [...document.querySelectorAll("a.calendar-day.available")]
        .filter((a) => (a as HTMLElement).tabIndex !== -1).length
    );
    assert.equal(stops, 1, "the month is one tab stop");
    await tabTo("a.calendar-day");
    const first = (await active()).day!;
    const plus = (days: number) => {
      const date = new Date(`${first}T12:00:00Z`);
      date.setUTCDate(date.getUTCDate() + days);
      return date.toISOString().slice(0, 10);
    };
    assert.notEqual((await active()).shadow, "none", "a focused day shows it");
    const focusedDay = (day: string) =>
      page.waitForFunction(
        (d) => (document.activeElement as HTMLElement).dataset.day === d,
        day,
        { timeout: 2000 },
      );
    await page.keyboard.press("ArrowRight");
    await focusedDay(plus(1));
    await page.keyboard.press("ArrowDown");
    await focusedDay(plus(8));
    await page.keyboard.press("ArrowUp");
    await focusedDay(plus(1));
    await page.keyboard.press("ArrowLeft");
    await focusedDay(first);
    await page.keyboard.press("ArrowRight");
    await focusedDay(plus(1));
    const stopsAfter = await page.evaluate(() =>
      [...document.querySelectorAll("a.calendar-day.available")]
        .filter((a) => (a as HTMLElement).tabIndex !== -1)
        .map((a) => (a as HTMLElement).dataset.day)
    );
    assert.deepEqual(stopsAfter, [plus(1)], "the tab stop moves along");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      document.activeElement?.matches(".times h3")
    );
    await tabTo("a.time");
    assert.notEqual((await active()).shadow, "none", "a focused time shows it");
    await page.keyboard.press("Enter");
    await headingFocused(/Your details/);
  },
);

/** A booking two days after the clock, as the emailed manage link opens it. */
async function bookedForMove(app: TestApp, prefix: string) {
  const { serviceId, staffIds } = await createBookable(app.services.db, {
    prefix,
  });
  const start = new Date(midNextMonth().getTime() + 2 * 86_400_000);
  start.setUTCHours(10, 0, 0, 0);
  const booking = await createBooking(
    app.services.db,
    await bookingEnv(app.services),
    {
      serviceId,
      staff: staffIds[0],
      start,
      name: "Mo Mover",
      email: `${prefix}@example.com`,
      locale: "en",
    },
    { type: "contact" },
    midNextMonth(),
  );
  const mail = await app.services.db.selectFrom("email_outbox")
    .select("text").where("to_address", "=", `${prefix}@example.com`)
    .executeTakeFirstOrThrow();
  const link = mail.text.match(/https?:\/\/\S+\/booking\/manage\/[\w-]+/)?.[0];
  assert.ok(link, "the email carries the manage link");
  return { id: booking.id, start, path: new URL(link).pathname };
}

async function startOf(app: TestApp, id: string): Promise<Date> {
  return (await app.services.db.selectFrom("bookings").select("starts_at")
    .where("id", "=", id).executeTakeFirstOrThrow()).starts_at;
}

bookingTest(
  "a move from the emailed link with JavaScript disabled",
  async (app, browser) => {
    const { id, start, path } = await bookedForMove(app, "move-nojs");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.url + path);
    await page.click("text=Move appointment");
    await page.locator("a.time").first().click();
    await page.click(".reschedule button[type=submit]");
    await page.waitForURL((url) => url.pathname === path);
    assert.match(
      await page.textContent("body") ?? "",
      /Your appointment is moved/,
    );
    assert.notEqual((await startOf(app, id)).getTime(), start.getTime());
    await context.close();
  },
);

bookingTest(
  "a move from the emailed link through the SlotPicker island",
  async (app, browser) => {
    const { id, start, path } = await bookedForMove(app, "move-island");
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(app.url + path);
    await page.click("text=Move appointment");
    await page.locator("button.theme-toggle:enabled").waitFor();
    const url = page.url();
    await page.locator("a.calendar-day.available").nth(1).click();
    assert.equal(page.url(), url, "choosing a day does not reload the page");
    await page.locator("a.time").first().click();
    await page.click(".reschedule button[type=submit]");
    await page.waitForURL((url) => url.pathname === path);
    assert.match(
      await page.textContent("body") ?? "",
      /Your appointment is moved/,
    );
    assert.notEqual((await startOf(app, id)).getTime(), start.getTime());
    assert.deepEqual(errors, []);
  },
);

bookingTest(
  "a visitor elsewhere sees times in their own zone, kept in the address",
  async (app, browser) => {
    const { serviceId, staffIds } = await createBookable(app.services.db, {
      prefix: "zone",
    });
    const context = await browser.newContext({
      timezoneId: "America/New_York",
    });
    const page = await context.newPage();
    await page.goto(
      `${app.url}/booking?service=${serviceId}&staff=${staffIds[0]}`,
    );
    await page.waitForURL(/tz=America%2FNew_York/);
    assert.match(
      await page.textContent(".booking-summary") ?? "",
      /New York time\. We are on Berlin time\./,
    );
    // Each time reads as the clock in New York shows it.
    const first = page.locator("a.time").first();
    const start = new URL(app.url + await first.getAttribute("href"))
      .searchParams.get("start")!;
    assert.equal(
      await first.textContent(),
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "America/New_York",
        hour: "2-digit",
        minute: "2-digit",
      }).format(new Date(start)),
    );
    await context.close();
  },
);
