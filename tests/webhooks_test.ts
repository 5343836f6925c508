/**
 * Signed outbound webhooks against a local receiver that checks every
 * request with the `standardwebhooks` package: registered in admin, queued
 * in the transaction of the change, sent after the commit, retried with
 * backoff, timed out when the receiver hangs, re-sent from admin, and an
 * endpoint failing for days switched off with an email to the admins.
 * Private addresses are refused unless WEBHOOK_ALLOW_PRIVATE is set.
 */
import assert from "node:assert/strict";
import { Webhook } from "standardwebhooks";
import { startTestApp } from "./helpers/app.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import { waitFor } from "./helpers/wait.ts";
import { changeBookingStatus, createBooking } from "@/lib/booking/bookings.ts";
import { bookingEnv, webhookEnv } from "@/lib/app/domains.ts";
import { inTransaction } from "@/lib/db/transaction.ts";
import { ValidationError } from "@/lib/errors.ts";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints.ts";
import { queueWebhookEvent } from "@/lib/webhooks/events.ts";
import {
  deliverDueWebhooks,
  DISABLE_AFTER_MS,
} from "@/lib/webhooks/delivery.tsx";
import {
  AddressRefusedError,
  checkedAddresses,
} from "@/lib/webhooks/addresses.ts";
import { pinnedFetch } from "@/lib/webhooks/pinned_fetch.ts";

// Monday 4 January 2027, 07:00 in Berlin.
const clock = new Date("2027-01-04T06:00:00Z");
const app = await startTestApp({
  now: () => clock,
  env: { WEBHOOK_ALLOW_PRIVATE: "1" },
});
const { db } = app.services;
await setBookingSettings(db, { minNoticeMinutes: 60, horizonDays: 60 });
const fixture = await createBookable(db);
const env = await bookingEnv(app.services);

const PASSWORD = "a long test password";
await createStaff(db, {
  email: "ada@example.com",
  password: PASSWORD,
  name: "Ada Admin",
  role: "admin",
});
const admin = await signIn(app.url, "admin", "ada@example.com", PASSWORD);

/** What the receiver answers next: a status, or "hang" (never answers). */
let answer: number | "hang" = 200;
const received: { type: string; data: Record<string, unknown> }[] = [];
const hung = new Set<() => void>();
let secret = "";
const receiver = Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen: () => {} },
  async (req) => {
    const body = await req.text();
    if (answer === "hang") {
      await new Promise<void>((resolve) => hung.add(resolve));
      return new Response("late");
    }
    // Throws unless id, timestamp and signature match the body and secret.
    const payload = new Webhook(secret).verify(
      body,
      Object.fromEntries(req.headers),
    ) as { type: string; data: Record<string, unknown> };
    if (answer === 200) received.push(payload);
    return new Response(answer === 200 ? "thanks" : "busy", { status: answer });
  },
);
const receiverUrl = `http://127.0.0.1:${receiver.addr.port}/hooks`;
Deno.test.afterAll(async () => {
  for (const release of hung) release();
  await app.close();
  await receiver.shutdown();
});

let nextDay = 5;
async function book() {
  const start = new Date(
    `2027-01-${String(nextDay++).padStart(2, "0")}T10:00:00+01:00`,
  );
  return await createBooking(
    db,
    env,
    {
      serviceId: fixture.serviceId,
      staff: fixture.staffIds[0],
      start,
      name: "Greta Graf",
      email: "greta@example.com",
      locale: "en",
    },
    { type: "contact" },
    clock,
  );
}

let endpointId = "";

Deno.test("an admin registers an endpoint and sees its secret once", async () => {
  await admin.page("/admin/webhooks");
  const res = await admin.post("/admin/webhooks", {
    url: receiverUrl,
    description: "CRM",
    "event.booking.created": "on",
    "event.booking.confirmed": "on",
    "event.booking.cancelled": "on",
    "event.license.revoked": "on",
  });
  assert.equal(res.status, 201);
  const html = await res.text();
  secret = html.match(/whsec_[A-Za-z0-9+/=]+/)![0];
  const row = await db.selectFrom("webhook_endpoints").selectAll()
    .executeTakeFirstOrThrow();
  endpointId = row.id;
  assert.deepEqual(row.events, [
    "booking.created",
    "booking.confirmed",
    "booking.cancelled",
    "license.revoked",
  ]);
  assert.ok(!row.secret_sealed.includes(secret.slice(6)), "stored sealed");
  const again = await admin.page("/admin/webhooks");
  assert.ok(!again.html.includes(secret), "shown only once");

  const none = await admin.post("/admin/webhooks", { url: receiverUrl });
  assert.equal(none.status, 422);
  assert.match(await none.text(), /Choose at least one event/);
  const ftp = await admin.post("/admin/webhooks", {
    url: "ftp://example.com/x",
    "event.order.paid": "on",
  });
  assert.equal(ftp.status, 422);
  assert.match(await ftp.text(), /http:\/\/ or https:\/\//);
});

Deno.test("a booking is delivered, signed, after its commit", async () => {
  const { id } = await book();
  await waitFor("booking.created received", () => received.length === 1).catch(
    async (e) => {
      console.log(
        await db.selectFrom("webhook_deliveries").selectAll().execute(),
      );
      throw e;
    },
  );
  assert.equal(received[0].type, "booking.created");
  assert.equal(received[0].data.id, id);
  assert.equal(received[0].data.status, "pending");
  await changeBookingStatus(db, env, id, "confirmed", { type: "staff" }, clock);
  await waitFor("booking.confirmed received", () => received.length === 2);
  assert.equal(received[1].type, "booking.confirmed");
  const confirmed = () =>
    db.selectFrom("webhook_deliveries").selectAll()
      .where("event", "=", "booking.confirmed").executeTakeFirstOrThrow();
  // The receiver answered; the outcome is recorded right after.
  await waitFor(
    "delivery recorded",
    async () => (await confirmed()).status === "delivered",
  );
  const delivery = await confirmed();
  assert.equal(delivery.status, "delivered");
  assert.equal(delivery.response_status, 200);
  assert.equal(delivery.response_body, "thanks");
});

Deno.test("a rolled-back change queues nothing", async () => {
  const before = await db.selectFrom("webhook_deliveries")
    .select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
  const booking = await db.selectFrom("bookings").select("id")
    .executeTakeFirstOrThrow();
  await assert.rejects(
    inTransaction(db, async (tx) => {
      await queueWebhookEvent(tx, "booking.cancelled", booking.id, clock);
      throw new Error("rolled back");
    }),
    /rolled back/,
  );
  const after = await db.selectFrom("webhook_deliveries")
    .select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
  assert.equal(after.n, before.n);
});

Deno.test("a failure is retried with backoff, a hang times out, admin re-sends", async () => {
  answer = 503;
  const { id } = await book();
  const delivery = () =>
    db.selectFrom("webhook_deliveries").selectAll()
      .where("event", "=", "booking.created")
      .where("payload", "like", `%${id}%`).executeTakeFirstOrThrow();
  await waitFor(
    "first attempt recorded",
    async () =>
      (await delivery()).attempts === 1 &&
      (await delivery()).claimed_until === null,
  );
  let row = await delivery();
  assert.equal(row.status, "pending");
  assert.equal(row.response_status, 503);
  assert.equal(row.next_attempt_at.getTime(), clock.getTime() + 60_000);

  // Not due yet: nothing is sent.
  const deliveryEnv = { ...webhookEnv(app.services), timeoutMs: 300 };
  assert.equal((await deliverDueWebhooks(db, deliveryEnv, clock)).retrying, 0);

  answer = "hang";
  const later = new Date(clock.getTime() + 2 * 60_000);
  const summary = await deliverDueWebhooks(db, deliveryEnv, later);
  assert.equal(summary.retrying, 1);
  row = await delivery();
  assert.equal(row.attempts, 2);
  assert.equal(row.last_error, "timed out");
  assert.equal(row.next_attempt_at.getTime(), later.getTime() + 5 * 60_000);

  answer = 200;
  const count = received.length;
  const afterPause = new Date(later.getTime() + 6 * 60_000);
  assert.equal(
    (await deliverDueWebhooks(db, deliveryEnv, afterPause)).delivered,
    1,
  );
  assert.equal(received.length, count + 1);
  assert.equal((await delivery()).status, "delivered");

  const page = await admin.page(`/admin/webhooks/${endpointId}`);
  assert.match(page.html, /Delivered/);
  assert.match(page.html, /thanks/);
  const resend = await admin.post(`/admin/webhooks/${endpointId}`, {
    intent: "resend",
    delivery_id: row.id,
  });
  assert.equal(resend.status, 303);
  await waitFor("re-sent", () => received.length === count + 2);
  assert.equal(received.at(-1)!.data.id, id);
});

Deno.test("an endpoint failing for days is switched off and the admins are told", async () => {
  answer = 500;
  const { id } = await book();
  await waitFor("failure recorded", async () => {
    const row = await db.selectFrom("webhook_endpoints")
      .select("failing_since").where("id", "=", endpointId)
      .executeTakeFirstOrThrow();
    return row.failing_since !== null;
  });
  await db.updateTable("webhook_deliveries").set({ next_attempt_at: clock })
    .where("payload", "like", `%${id}%`).execute();
  const days = new Date(clock.getTime() + DISABLE_AFTER_MS + 60_000);
  await deliverDueWebhooks(db, webhookEnv(app.services), days);
  const endpoint = await db.selectFrom("webhook_endpoints").selectAll()
    .where("id", "=", endpointId).executeTakeFirstOrThrow();
  assert.equal(endpoint.enabled, false);
  const mail = await db.selectFrom("email_outbox").selectAll()
    .where("to_address", "=", "ada@example.com")
    .where("subject", "=", "A webhook endpoint was switched off")
    .executeTakeFirstOrThrow();
  assert.match(mail.text, new RegExp(receiverUrl));

  // Switched off, it gets nothing; switched on, the waiting delivery goes.
  answer = 200;
  const count = received.length;
  await book();
  assert.equal(
    await db.selectFrom("webhook_deliveries").select("id")
      .where("created_at", ">", clock).executeTakeFirst(),
    undefined,
  );
  const on = await admin.post(`/admin/webhooks/${endpointId}`, {
    intent: "enable",
  });
  assert.equal(on.status, 303);
  const retryDue = new Date(days.getTime() + 2 * 24 * 3600_000);
  await deliverDueWebhooks(db, webhookEnv(app.services), retryDue);
  await waitFor("waiting delivery sent", () => received.length > count);
});

Deno.test("private addresses are refused unless allowed", async () => {
  const refused = { ...webhookEnv(app.services), allowPrivate: false };
  for (
    const url of [
      "http://127.0.0.1:9/x",
      "http://localhost/x",
      "http://10.1.2.3/x",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/x",
      "http://[fd00::1]/x",
      "http://192.168.0.10/x",
    ]
  ) {
    await assert.rejects(
      createWebhookEndpoint(
        db,
        refused,
        {
          url,
          description: "",
          events: ["order.paid"],
        },
        (await db.selectFrom("staff").select("id").executeTakeFirstOrThrow())
          .id,
        clock,
      ),
      (error) =>
        error instanceof ValidationError &&
        error.fields.url === "webhooks.url.private",
      url,
    );
  }
  // A public name that resolves inside is refused at delivery time.
  const refusedFor = (reason: string) => (error: unknown) =>
    error instanceof AddressRefusedError && error.reason === reason;
  const inside = () => Promise.resolve(["93.184.215.14", "10.0.0.5"]);
  await assert.rejects(
    checkedAddresses(new URL("https://hooks.example.com/"), false, inside),
    refusedFor("private"),
  );
  const outside = () => Promise.resolve(["93.184.215.14"]);
  assert.deepEqual(
    await checkedAddresses(
      new URL("https://hooks.example.com/"),
      false,
      outside,
    ),
    ["93.184.215.14"],
  );
  await assert.rejects(
    checkedAddresses(new URL("file:///etc/passwd"), true),
    refusedFor("scheme"),
  );
});

Deno.test("a request goes only to the addresses checked for its name (DNS rebinding)", async (t) => {
  const hosts: string[] = [];
  const local = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    (req) => {
      hosts.push(req.headers.get("host") ?? "");
      return new Response("inside");
    },
  );
  // A name no resolver here knows: only the test's lookup can lead to it.
  const url = `http://hooks.example.test:${local.addr.port}/hooks`;
  const loopback = () => Promise.resolve(["127.0.0.1"]);
  try {
    await t.step(
      "a name resolving to loopback: refused unless allowed",
      async () => {
        await assert.rejects(
          pinnedFetch({ allowPrivate: false, resolve: loopback })(url),
          (error) =>
            error instanceof AddressRefusedError && error.reason === "private",
        );
        assert.deepEqual(hosts, [], "nothing was sent");
        const res = await pinnedFetch({
          allowPrivate: true,
          resolve: loopback,
        })(url);
        assert.equal(await res.text(), "inside");
        // Connected to the address the check saw, asking for the name.
        assert.deepEqual(hosts, [`hooks.example.test:${local.addr.port}`]);
      },
    );

    await t.step(
      "a name re-pointed after the check: looked up once, its checked address used",
      async () => {
        hosts.length = 0;
        let lookups = 0;
        // Public at the check, then inside: what a rebinding name answers.
        const rebinding = () =>
          Promise.resolve(++lookups === 1 ? ["192.0.2.10"] : ["127.0.0.1"]);
        await assert.rejects(
          // 192.0.2.10 (TEST-NET-1) answers nothing here.
          pinnedFetch({ allowPrivate: false, resolve: rebinding })(url, {
            signal: AbortSignal.timeout(1000),
          }),
        );
        assert.equal(lookups, 1);
        assert.deepEqual(hosts, [], "the name's second answer was never used");
      },
    );
  } finally {
    await local.shutdown();
  }
});
