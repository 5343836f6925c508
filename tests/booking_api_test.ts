/**
 * The read-only booking API: bookings, services and free times for an API
 * key with the bookings:read scope, refused without a key or the scope or
 * past the rate limits, every answer checked against its OpenAPI document.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { ApiContract } from "./helpers/api_contract.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import { createApiKey } from "@/lib/auth/api_keys.ts";
import { createBooking } from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import { BOOKING_API_LIMITS } from "@/lib/booking/api.ts";

// Monday 4 January 2027, 07:00 in Berlin.
const clock = new Date("2027-01-04T06:00:00Z");
const app = await startTestApp({ env: { TRUST_PROXY: "1" }, now: () => clock });
const { db } = app.services;
await setBookingSettings(db, { minNoticeMinutes: 60, horizonDays: 60 });
const fixture = await createBookable(db);
const env = await bookingEnv(app.services);
const reader = (await createApiKey(db, "CRM", null, clock, ["bookings:read"]))
  .key;
const issuer = (await createApiKey(db, "Shop", null, clock)).key;

const document = await (await app.request("/api/booking/openapi.json")).json();
const contract = new ApiContract(document);
Deno.test.afterAll(async () => {
  await app.close();
  assert.deepEqual(contract.violations, []);
});

/** GETs `path` with `key` (from `address`), checks the answer against the document. */
async function get(
  path: string,
  key: string | null,
  template?: string,
  address = "192.0.2.1",
) {
  const res = await app.request(path, {
    headers: {
      "x-forwarded-for": address,
      ...key ? { authorization: `Bearer ${key}` } : {},
    },
  });
  await contract.check("GET", template ?? path.split("?")[0], res.clone());
  return { status: res.status, body: await res.json() };
}

const ids: string[] = [];
for (const [day, status] of [[5, "pending"], [6, "pending"], [7, "pending"]]) {
  const booking = await createBooking(
    db,
    env,
    {
      serviceId: fixture.serviceId,
      staff: fixture.staffIds[0],
      start: new Date(`2027-01-0${day}T10:00:00+01:00`),
      name: `Client ${day}`,
      email: `client${day}@example.com`,
      locale: "en",
    },
    { type: "contact" },
    clock,
  );
  assert.equal(booking.status, status);
  ids.push(booking.id);
}

Deno.test("bookings are listed by start, paged and filtered, and read one by one", async () => {
  const first = await get("/api/booking/bookings?limit=2", reader);
  assert.equal(first.status, 200);
  assert.deepEqual(
    first.body.bookings.map((b: { id: string }) => b.id),
    ids.slice(0, 2),
  );
  assert.equal(first.body.next_offset, 2);
  const rest = await get("/api/booking/bookings?limit=2&offset=2", reader);
  assert.deepEqual(rest.body.bookings.map((b: { id: string }) => b.id), [
    ids[2],
  ]);
  assert.equal(rest.body.next_offset, null);
  const window = await get(
    "/api/booking/bookings?from=2027-01-06T00:00:00Z&to=2027-01-07T00:00:00Z",
    reader,
  );
  assert.deepEqual(window.body.bookings.map((b: { id: string }) => b.id), [
    ids[1],
  ]);
  const none = await get("/api/booking/bookings?status=cancelled", reader);
  assert.deepEqual(none.body.bookings, []);

  const one = await get(
    `/api/booking/bookings/${ids[0]}`,
    reader,
    "/api/booking/bookings/{id}",
  );
  assert.equal(one.status, 200);
  assert.equal(one.body.booking.email, "client5@example.com");
  assert.equal(one.body.booking.starts_at, "2027-01-05T09:00:00.000Z");
  const missing = await get(
    `/api/booking/bookings/${crypto.randomUUID()}`,
    reader,
    "/api/booking/bookings/{id}",
  );
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, "BOOKING_NOT_FOUND");

  const bad = await get("/api/booking/bookings?limit=1000", reader);
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, "INVALID_QUERY");
});

Deno.test("services and free times", async () => {
  const services = await get("/api/booking/services", reader);
  assert.equal(services.status, 200);
  assert.ok(
    services.body.services.some((s: { id: string }) =>
      s.id === fixture.serviceId
    ),
  );
  const slots = await get(
    `/api/booking/slots?service=${fixture.serviceId}&from=2027-01-05&days=1`,
    reader,
  );
  assert.equal(slots.status, 200);
  assert.equal(slots.body.time_zone, "Europe/Berlin");
  const starts = slots.body.slots.map((s: { start: string }) => s.start);
  assert.ok(starts.length > 0);
  assert.ok(
    !starts.includes("2027-01-05T09:00:00.000Z"),
    "the booked time is taken",
  );
  const bad = await get("/api/booking/slots?from=2027-01-05", reader);
  assert.equal(bad.status, 400);
  const unknown = await get(
    `/api/booking/slots?service=${crypto.randomUUID()}&from=2027-01-05`,
    reader,
  );
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.error.code, "SERVICE_NOT_FOUND");
});

Deno.test("no key, an unknown key or a key without the scope is refused", async () => {
  const anonymous = await get("/api/booking/services", null);
  assert.equal(anonymous.status, 401);
  const unknown = await get("/api/booking/services", "pk_" + "x".repeat(40));
  assert.equal(unknown.status, 401);
  const noScope = await get("/api/booking/bookings", issuer);
  assert.equal(noScope.status, 403);
  assert.equal(noScope.body.error.code, "SCOPE_MISSING");
  // The license API takes the issuing key and refuses the reading one.
  const issue = await app.request("/api/licenses", {
    method: "POST",
    headers: {
      authorization: `Bearer ${reader}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({
      product: "booking",
      email: "a@example.com",
      reference: "scope-test",
      type: "full",
    }),
  });
  assert.equal(issue.status, 403);
  assert.equal((await issue.json()).error.code, "SCOPE_MISSING");
});

Deno.test("past the limits per key and per address: 429 with Retry-After", async (t) => {
  /** Calls until one is refused; the refusal, and how many went through. */
  async function untilRefused(key: string | null, address: () => string) {
    for (let passed = 0; passed <= 200; passed++) {
      const res = await app.request("/api/booking/services", {
        headers: {
          "x-forwarded-for": address(),
          ...key ? { authorization: `Bearer ${key}` } : {},
        },
      });
      if (res.status === 429) {
        await contract.check("GET", "/api/booking/services", res.clone());
        return { res, passed };
      }
      await res.body?.cancel();
    }
    throw new Error("never refused");
  }

  await t.step("one key, from many addresses", async () => {
    const key = (await createApiKey(db, "Busy", null, clock, [
      "bookings:read",
    ])).key;
    let n = 0;
    const { res, passed } = await untilRefused(key, () => `198.51.100.${++n}`);
    assert.equal(passed, BOOKING_API_LIMITS.key.limit);
    assert.ok(Number(res.headers.get("retry-after")) > 0);
    assert.equal((await res.json()).error.code, "RATE_LIMITED");
    // Another key is not held up by it.
    const other = await get("/api/booking/services", reader);
    assert.equal(other.status, 200);
  });

  await t.step("one address, guessing keys", async () => {
    const { res, passed } = await untilRefused(
      "pk_" + "y".repeat(40),
      () => "203.0.113.50",
    );
    assert.equal(passed, BOOKING_API_LIMITS.ip.limit);
    assert.ok(Number(res.headers.get("retry-after")) > 0);
    assert.equal((await res.json()).error.code, "RATE_LIMITED");
    // Even a valid key is refused from there; other addresses are not.
    const blocked = await get(
      "/api/booking/services",
      reader,
      undefined,
      "203.0.113.50",
    );
    assert.equal(blocked.status, 429);
    assert.equal((await get("/api/booking/services", reader)).status, 200);
  });
});
