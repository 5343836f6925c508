/**
 * The booking widget's HTTP side: framing refused by default and allowed
 * only for the listed origins (frame-ancestors, no X-Frame-Options then),
 * the minimal layout, the validated accent colour, the admin page with
 * the snippet and the origins setting, and the widget's cookie-less form
 * token.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import { createBookable } from "./helpers/booking.ts";
import { createBooking } from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import { randomToken } from "@/lib/crypto.ts";
import { createClientWithContact, sessionClient } from "./helpers/http.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const bookable = await createBookable(app.services.db);
const PASSWORD = "a long test password";
await createStaff(app.services.db, {
  email: "ada@example.com",
  password: PASSWORD,
  name: "Ada Admin",
  role: "admin",
});
const admin = await signIn(app.url, "admin", "ada@example.com", PASSWORD);

async function headersOf(path: string) {
  const res = await app.request(path);
  const html = await res.text();
  return {
    csp: res.headers.get("content-security-policy") ?? "",
    xfo: res.headers.get("x-frame-options"),
    html,
  };
}

Deno.test("framing is refused until origins are listed, then allowed for them only", async () => {
  for (const path of ["/booking", "/booking?embed=1"]) {
    const { csp, xfo } = await headersOf(path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.equal(xfo, "DENY", path);
  }
  const page = await admin.page("/admin/booking/embed");
  assert.equal(page.status, 200);
  assert.ok(page.html.includes(`${app.url}/embed.js`), "the snippet is shown");

  const bad = await admin.post("/admin/booking/embed", {
    origins: "https://shop.example.com/booking",
  });
  assert.equal(bad.status, 422);
  assert.match(await bad.text(), /is no origin/);

  const saved = await admin.post("/admin/booking/embed", {
    origins: "https://www.example.com\n\nhttp://localhost:8080/\n",
  });
  assert.equal(saved.status, 303);
  const embedded = await headersOf("/booking?embed=1&accent=0F766E");
  assert.match(
    embedded.csp,
    /frame-ancestors https:\/\/www\.example\.com http:\/\/localhost:8080(;|$)/,
  );
  assert.match(
    embedded.csp,
    /script-src 'self'/,
    "the rest of the policy holds",
  );
  assert.equal(embedded.xfo, null);
  assert.ok(!embedded.html.includes("site-header"), "minimal layout");
  assert.ok(embedded.html.includes("/booking/accent.css?accent=0f766e"));
  assert.ok(embedded.html.includes("embed-frame.js"));
  // Links keep the widget.
  assert.match(
    embedded.html,
    /href="\/booking\?[^"]*embed=1&amp;accent=0f766e/,
  );

  // The full page still refuses every frame.
  const full = await headersOf("/booking");
  assert.match(full.csp, /frame-ancestors 'none'/);
  assert.equal(full.xfo, "DENY");
  assert.ok(full.html.includes("site-header"));
});

Deno.test("the accent colour is six hex digits or nothing", async () => {
  const page = await headersOf(
    "/booking?embed=1&accent=red%7D%3Cscript%3E",
  );
  assert.ok(
    !page.html.includes("accent.css"),
    "no stylesheet for a bad colour",
  );
  const css = await app.request("/booking/accent.css?accent=0f766e");
  assert.equal(css.status, 200);
  assert.match(css.headers.get("content-type")!, /^text\/css/);
  assert.match(await css.text(), /--accent:#0f766e/);
  const bad = await app.request("/booking/accent.css?accent=javascript:1");
  assert.equal(bad.status, 400);
  await bad.body?.cancel();
  const script = await app.request("/embed.js");
  assert.equal(script.status, 200);
  assert.match(script.headers.get("content-type")!, /javascript/);
  await script.body?.cancel();
});

Deno.test("from the widget, moving or cancelling opens the full page", async () => {
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const { manageToken } = await createBooking(
    app.services.db,
    await bookingEnv(app.services),
    {
      serviceId: bookable.serviceId,
      staff: bookable.staffIds[0],
      start: new Date(`${day}T10:00:00+01:00`),
      name: "Wendy Widget",
      email: "wendy@example.com",
      locale: "en",
    },
    { type: "contact" },
    new Date(),
  );
  const framed = await headersOf(
    `/booking/manage/${manageToken}?new=1&embed=1`,
  );
  assert.match(framed.html, /href="[^"]*\/cancel" target="_top"/);
  assert.match(framed.html, /href="[^"]*\/reschedule" target="_top"/);
  const full = await headersOf(`/booking/manage/${manageToken}`);
  assert.doesNotMatch(full.html, /target="_top"/);
});

Deno.test("the widget's form books with no cookie, from this app's own document only", async (t) => {
  const day = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
  const fields = (hour: number) => ({
    service: bookable.serviceId,
    staff: "any",
    start: new Date(`${day}T${hour}:00:00+01:00`).toISOString(),
    name: "Fiona Frame",
    email: `fiona-${hour}@example.com`,
  });
  /** The details step in the widget, as a frame on another site loads it: no cookie sent. */
  async function widgetToken(): Promise<string> {
    const { start, service } = fields(10);
    const { html } = await headersOf(
      `/booking?embed=1&service=${service}&staff=any&start=${start}`,
    );
    return html.match(/name="_csrf" value="([^"]+)"/)![1];
  }
  function post(
    token: string,
    headers: Record<string, string>,
    hour: number,
    path = "/booking?embed=1",
  ) {
    return app.request(path, {
      method: "POST",
      headers,
      body: new URLSearchParams({ ...fields(hour), _csrf: token }),
    });
  }
  const own = { origin: app.url, "sec-fetch-site": "same-origin" };
  async function status(res: Response) {
    await res.body?.cancel();
    return res.status;
  }
  async function booked(hour: number) {
    return await app.services.db.selectFrom("bookings")
      .innerJoin("booking_events", "booking_events.booking_id", "bookings.id")
      .select(["bookings.status", "booking_events.actor_id"])
      .where("bookings.email", "=", fields(hour).email).executeTakeFirst();
  }

  await t.step(
    "its pages set no cookie it needs, and carry a token of their own",
    async () => {
      const token = await widgetToken();
      assert.match(token, /^w1\./);
      const page = await app.request("/booking");
      const cookie = page.headers.getSetCookie().find((c) =>
        c.includes("portico_csrf=")
      );
      await page.body?.cancel();
      assert.match(cookie ?? "", /SameSite=Lax/, "other pages keep Lax");
      assert.doesNotMatch(cookie ?? "", /SameSite=None/);
    },
  );

  await t.step(
    "refused: another site, a cross-site fetch, no Origin, a bad or old token, another form",
    async () => {
      const token = await widgetToken();
      const refusals: [string, Response][] = [
        [
          "another site",
          await post(token, { origin: "https://evil.example" }, 11),
        ],
        [
          "cross-site fetch",
          await post(
            token,
            { origin: app.url, "sec-fetch-site": "cross-site" },
            11,
          ),
        ],
        [
          "same-site fetch",
          await post(
            token,
            { origin: app.url, "sec-fetch-site": "same-site" },
            11,
          ),
        ],
        [
          "no Origin",
          await post(token, { "sec-fetch-site": "same-origin" }, 11),
        ],
        ["altered", await post(token.slice(0, -2) + "AA", own, 11)],
        ["no token", await post("", own, 11)],
        [
          "the page's form outside the widget",
          await post(token, own, 11, "/booking"),
        ],
      ];
      const old = Math.floor(Date.now() / 1000 - 7 * 3600).toString();
      const nonce = randomToken(16);
      const mac = await app.services.keys.sign(
        "csrf-widget",
        `${old}.${nonce}`,
      );
      refusals.push([
        "older than six hours",
        await post(`w1.${old}.${nonce}.${mac}`, own, 11),
      ]);
      for (const [why, res] of refusals) {
        assert.equal(await status(res), 403, why);
      }
      assert.equal(await booked(11), undefined, "nothing written");
    },
  );

  await t.step(
    "accepted from the frame's own document, without a cookie",
    async () => {
      const res = await post(await widgetToken(), own, 11);
      assert.equal(res.status, 303);
      assert.match(
        res.headers.get("location")!,
        /^\/booking\/manage\/.+embed=1/,
      );
      assert.equal((await booked(11))?.status, "pending");
      // Browsers without Fetch Metadata send the Origin alone.
      const older = await post(await widgetToken(), { origin: app.url }, 13);
      assert.equal(await status(older), 303);
    },
  );

  await t.step(
    "it acts as nobody: a signed-in client's session is not used",
    async () => {
      const { contactId } = await createClientWithContact(app.services.db, {
        email: "carla@example.com",
      });
      const carla = await sessionClient(
        app.url,
        app.services.db,
        "contact",
        contactId,
      );
      const res = await carla.request("/booking?embed=1", {
        method: "POST",
        headers: { "sec-fetch-site": "same-origin" },
        body: new URLSearchParams({
          ...fields(15),
          _csrf: await widgetToken(),
        }),
      });
      assert.equal(await status(res), 303);
      assert.equal((await booked(15))?.actor_id, null);
    },
  );
});
