/**
 * The booking widget in Chromium: a page on another local origin includes
 * the one-line snippet, the frame sizes itself to its content, and a
 * visitor books through it. A site not listed gets no frame.
 */
import assert from "node:assert/strict";
import { browserTest } from "../helpers/browser.ts";
import { createBookable } from "../helpers/booking.ts";
import { waitFor } from "../helpers/wait.ts";
import { saveEmbedOrigins } from "@/lib/booking/embed.ts";
import { createStaff } from "../helpers/http.ts";

/** The 10th of next month, 08:00 UTC: several free days ahead (see booking_test.ts). */
function midNextMonth(): Date {
  const today = new Date();
  return new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 10, 8),
  );
}

/**
 * A page of another site with the snippet: the app is on 127.0.0.1, the
 * page on `localhost` (another port on 127.0.0.1 would be the same site,
 * and the browser would send the app's SameSite=Lax cookies into the frame).
 */
function hostSite(appUrl: string) {
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    () =>
      new Response(
        `<!DOCTYPE html><html><head><title>Studio</title></head><body>` +
          `<h1>Studio Nord</h1>` +
          `<script src="${appUrl}/embed.js" data-accent="0f766e" async></script>` +
          `</body></html>`,
        { headers: { "content-type": "text/html; charset=utf-8" } },
      ),
  );
  return { url: `http://localhost:${server.addr.port}`, server };
}

browserTest(
  "a booking through the widget on another origin",
  async (app, browser) => {
    const { db } = app.services;
    const { serviceId } = await createBookable(db, { prefix: "embed" });
    const listed = hostSite(app.url);
    const unlisted = hostSite(app.url);
    try {
      const adminId = await createStaff(db, {
        email: "ada@example.com",
        password: "a long test password",
        name: "Ada Admin",
        role: "admin",
      });
      await saveEmbedOrigins(db, listed.url, adminId, new Date());

      const page = await browser.newPage({ timezoneId: "Europe/Berlin" });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(listed.url);
      const frameElement = page.locator("iframe.portico-booking");
      await frameElement.waitFor();
      const frame = page.frameLocator("iframe.portico-booking");
      await frame.locator(`a[href^="/booking?service=${serviceId}"]`).click();
      await frame.locator("text=Any available").click();
      // The time step has loaded: nothing navigates the frame below.
      await frame.locator("a.time").first().waitFor();
      // Sized to its content by the frame's own messages.
      await waitFor("the frame is resized", async () => {
        const height = await frameElement.evaluate((el) =>
          (el as HTMLIFrameElement).style.height
        );
        return /^\d+px$/.test(height);
      });
      // The site's accent colour reaches the widget's buttons.
      const accent = await frame.locator("body").evaluate((body) =>
        getComputedStyle(body).getPropertyValue("--accent").trim()
      );
      assert.equal(accent, "#0f766e");
      assert.equal(await frame.locator(".site-header").count(), 0);
      await frame.locator("a.time").first().click();
      await frame.locator("#field-name").fill("Wendy Widget");
      await frame.locator("#field-email").fill("wendy@example.com");
      await frame.locator(".booking-step button[type=submit]").click();
      await frame.locator("text=Thank you, we received your request")
        .waitFor();
      assert.equal(page.url(), listed.url + "/", "the site stays where it is");
      const row = await db.selectFrom("bookings").select("status")
        .where("email", "=", "wendy@example.com").executeTakeFirstOrThrow();
      assert.equal(row.status, "pending");
      assert.deepEqual(errors, []);

      // A site that is not listed: the browser refuses to show the page.
      const other = await browser.newPage();
      await other.goto(unlisted.url);
      await other.locator("iframe.portico-booking").waitFor();
      const shown = other.frames().find((f) => f.url().includes("/booking"));
      const text = shown
        ? await shown.evaluate(() => document.body?.innerText ?? "")
          .catch(() => "")
        : "";
      assert.ok(!text.includes("Book an appointment"), "refused to frame");
    } finally {
      await listed.server.shutdown();
      await unlisted.server.shutdown();
    }
  },
  () => {
    const clock = midNextMonth();
    return { now: () => clock };
  },
);
