import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createApiKey } from "@/lib/auth/api_keys.ts";
import { verifyLicenseToken } from "@/lib/licensing/tokens.ts";
import { ApiContract } from "./helpers/api_contract.ts";

let clock = new Date("2027-02-01T10:00:00Z");
const app = await startTestApp({ env: { TRUST_PROXY: "1" }, now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const { key: apiKey } = await createApiKey(db, "tests", null, clock);

let address = 0;
function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  address++;
  return fetch(app.url + path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": `198.51.${Math.floor(address / 250)}.${address % 250}`,
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function issue(reference: string, extra: Record<string, unknown> = {}) {
  const res = await post("/api/licenses", {
    product: "booking",
    email: "buyer@example.com",
    reference,
    type: "full",
    ...extra,
  }, { authorization: `Bearer ${apiKey}` });
  return { status: res.status, body: await res.json() };
}

Deno.test("issuing needs an API key and answers 201 with the key", async () => {
  const anonymous = await post("/api/licenses", { product: "booking" });
  assert.equal(anonymous.status, 401);
  assert.deepEqual(await anonymous.json(), {
    error: { code: "UNAUTHORIZED", message: "A valid API key is required." },
  });
  // A key for the booking API only may not issue.
  const { key: reader } = await createApiKey(db, "CRM", null, clock, [
    "bookings:read",
  ]);
  const refused = await post("/api/licenses", {
    product: "booking",
    email: "buyer@example.com",
    reference: "order-0",
    type: "full",
  }, { authorization: `Bearer ${reader}` });
  assert.equal(refused.status, 403);
  assert.equal((await refused.json()).error.code, "SCOPE_MISSING");
  const { status, body } = await issue("order-1");
  assert.equal(status, 201);
  assert.match(body.key, /^BOOKING-/);
  assert.equal(body.license.product, "booking");
  assert.equal(body.license.status, "active");
  const stored = await db.selectFrom("licenses").selectAll().where(
    "id",
    "=",
    body.license.id,
  )
    .executeTakeFirstOrThrow();
  assert.ok(
    !JSON.stringify(stored).includes(body.key),
    "the key is not stored in clear",
  );
});

Deno.test("issuing is idempotent: 10 concurrent identical requests make one license", async () => {
  const results = await Promise.all(
    Array.from({ length: 10 }, () => issue("order-concurrent")),
  );
  const keys = new Set(results.map((r) => r.body.key));
  assert.equal(keys.size, 1);
  assert.equal(results.filter((r) => r.status === 201).length, 1);
  assert.equal(results.filter((r) => r.status === 200).length, 9);
  const rows = await db.selectFrom("licenses").select("id")
    .where("reference", "=", "order-concurrent").execute();
  assert.equal(rows.length, 1);
});

Deno.test("bad bodies are 400 with a code", async () => {
  const malformed = await post("/api/licenses/activate", "{not json");
  assert.equal(malformed.status, 400);
  assert.equal((await malformed.json()).error.code, "INVALID_REQUEST");
  const wrongType = await post("/api/licenses/activate", "key=1", {
    "content-type": "text/plain",
  });
  assert.equal(wrongType.status, 400);
  await wrongType.body?.cancel();
  const huge = await post("/api/licenses/activate", {
    key: "x".repeat(70_000),
    domain: "a.com",
  });
  assert.equal(huge.status, 413);
  await huge.body?.cancel();
});

Deno.test("every error code of activate", async () => {
  const { body } = await issue("order-codes");
  const key = body.key as string;
  const malformed = await post("/api/licenses/activate", {
    key: "BOOKING-1234",
    domain: "a.com",
  });
  assert.equal(malformed.status, 400);
  assert.equal((await malformed.json()).error.code, "KEY_MALFORMED");
  const last = key.at(-1) === "0" ? "1" : "0";
  const typo = await post("/api/licenses/activate", {
    key: key.slice(0, -1) + last,
    domain: "a.com",
  });
  assert.equal(
    (await typo.json()).error.code,
    "KEY_MALFORMED",
    "a typo is told apart by the check character",
  );
  const { body: other } = await issue("order-other");
  await db.deleteFrom("licenses").where("id", "=", other.license.id).execute();
  const unknown = await post("/api/licenses/activate", {
    key: other.key,
    domain: "a.com",
  });
  assert.equal(unknown.status, 404);
  assert.equal((await unknown.json()).error.code, "LICENSE_NOT_FOUND");

  const ok = await post("/api/licenses/activate", {
    key,
    domain: "https://www.Shop-A.com/",
  });
  assert.equal(ok.status, 200);
  const answer = await ok.json();
  assert.equal(answer.valid, true);
  assert.equal(answer.activation.domain, "shop-a.com");
  const again = await post("/api/licenses/activate", {
    key,
    domain: "shop-a.com",
  });
  assert.equal(again.status, 200, "the same domain again is fine");
  await again.body?.cancel();
  const mismatch = await post("/api/licenses/activate", {
    key,
    domain: "shop-b.com",
  });
  assert.equal(mismatch.status, 409);
  const mismatchBody = await mismatch.json();
  assert.equal(mismatchBody.valid, false);
  assert.equal(mismatchBody.error.code, "DOMAIN_MISMATCH");

  await db.updateTable("licenses").set({ status: "revoked" }).where(
    "id",
    "=",
    answer.license.id,
  ).execute();
  const revoked = await post("/api/licenses/validate", {
    key,
    domain: "shop-a.com",
  });
  assert.equal(revoked.status, 403);
  assert.equal((await revoked.json()).error.code, "LICENSE_REVOKED");

  await db.updateTable("licenses").set({
    status: "active",
    expires_at: new Date("2027-01-01T00:00:00Z"),
  })
    .where("id", "=", answer.license.id).execute();
  const expired = await post("/api/licenses/validate", {
    key,
    domain: "shop-a.com",
  });
  assert.equal(expired.status, 403);
  assert.equal((await expired.json()).error.code, "LICENSE_EXPIRED");
});

Deno.test("20 concurrent activations from different domains: exactly one wins", async () => {
  const { body } = await issue("order-race");
  const responses = await Promise.all(
    Array.from(
      { length: 20 },
      (_, i) =>
        post("/api/licenses/activate", {
          key: body.key,
          domain: `racer-${i}.example`,
        }),
    ),
  );
  const statuses = responses.map((r) => r.status);
  await Promise.all(responses.map((r) => r.body?.cancel()));
  assert.equal(statuses.filter((s) => s === 200).length, 1);
  // The losers hear DOMAIN_MISMATCH, or, past ten attempts a day, 429.
  assert.equal(statuses.filter((s) => s === 409 || s === 429).length, 19);
  assert.ok(statuses.filter((s) => s === 409).length >= 9);
  const active = await db.selectFrom("license_activations").select("domain")
    .where("license_id", "=", body.license.id).where(
      "deactivated_at",
      "is",
      null,
    ).execute();
  assert.equal(active.length, 1);
});

Deno.test("staging and development hosts validate without taking the activation", async () => {
  const { body } = await issue("order-staging");
  const bound = await post("/api/licenses/activate", {
    key: body.key,
    domain: "crm.example.com",
  });
  assert.equal(bound.status, 200);
  await bound.body?.cancel();
  for (
    const domain of [
      "staging.crm.example.com",
      "dev.crm.example.com",
      "localhost",
      "127.0.0.1",
      "crm.test",
    ]
  ) {
    const res = await post("/api/licenses/validate", { key: body.key, domain });
    assert.equal(res.status, 200, domain);
    const answer = await res.json();
    assert.equal(answer.valid, true);
    assert.equal(answer.development, true, domain);
  }
  const active = await db.selectFrom("license_activations").select("domain")
    .where("license_id", "=", body.license.id).where(
      "deactivated_at",
      "is",
      null,
    ).execute();
  assert.deepEqual(active.map((a) => a.domain), ["crm.example.com"]);
});

Deno.test("deactivate frees the key for another domain", async () => {
  const { body } = await issue("order-move");
  await (await post("/api/licenses/activate", {
    key: body.key,
    domain: "old.example",
  })).body?.cancel();
  const wrong = await post("/api/licenses/deactivate", {
    key: body.key,
    domain: "new.example",
  });
  assert.equal(wrong.status, 409);
  await wrong.body?.cancel();
  const done = await post("/api/licenses/deactivate", {
    key: body.key,
    domain: "old.example",
  });
  assert.equal(done.status, 200);
  assert.equal((await done.json()).deactivated, true);
  const moved = await post("/api/licenses/activate", {
    key: body.key,
    domain: "new.example",
  });
  assert.equal(moved.status, 200);
  await moved.body?.cancel();
});

Deno.test("a token verifies offline with only the public key, and not after tampering", async () => {
  const { body } = await issue("order-token");
  const res = await post("/api/licenses/activate", {
    key: body.key,
    domain: "token.example",
  });
  const { token } = await res.json();
  const jwk = await (await fetch(`${app.url}/api/licenses/public-key`)).json();
  assert.deepEqual(Object.keys(jwk).sort(), ["crv", "kty", "x"]);
  const payload = await verifyLicenseToken(jwk, token);
  assert.ok(payload);
  assert.equal(payload.domain, "token.example");
  assert.equal(payload.status, "active");
  assert.equal(
    Date.parse(payload.valid_until) - Date.parse(payload.issued_at),
    8 * 24 * 3600 * 1000,
  );
  const [head, signature] = token.split(".");
  const forged = btoa(JSON.stringify({ ...payload, domain: "evil.example" }))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  assert.equal(await verifyLicenseToken(jwk, `${forged}.${signature}`), null);
  // Change the signature's first character: its six bits all count, while
  // the last characters carry padding bits and may decode to the same bytes.
  const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
  assert.equal(await verifyLicenseToken(jwk, `${head}.${flipped}`), null);
});

Deno.test("rate limits answer 429 with Retry-After", async () => {
  const headers = { "x-forwarded-for": "203.0.113.9" };
  let last: Response | undefined;
  for (let i = 0; i < 121; i++) {
    last = await fetch(app.url + "/api/licenses/validate", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ key: "BOOKING-X", domain: "a.com" }),
    });
    if (i < 120) await last.body?.cancel();
  }
  assert.equal(last!.status, 429);
  assert.ok(Number(last!.headers.get("retry-after")) > 0);
  assert.equal((await last!.json()).error.code, "RATE_LIMITED");
});

Deno.test("the OpenAPI document parses and lists every route", async () => {
  const doc = await (await fetch(`${app.url}/api/licenses/openapi.json`))
    .json();
  assert.equal(doc.openapi, "3.1.0");
  assert.deepEqual(Object.keys(doc.paths).sort(), [
    "/api/licenses",
    "/api/licenses/activate",
    "/api/licenses/deactivate",
    "/api/licenses/openapi.json",
    "/api/licenses/public-key",
    "/api/licenses/validate",
  ]);
  assert.equal(doc.components.schemas.LicenseAnswer.type, "object");
  clock = new Date(clock);
});

Deno.test("unknown fields in a body are refused by name and change nothing", async () => {
  const typo = await post("/api/licenses", {
    product: "booking",
    email: "buyer@example.com",
    reference: "order-typo",
    type: "trial",
    expires: "2030-01-01T00:00:00Z",
  }, { authorization: `Bearer ${apiKey}` });
  assert.equal(typo.status, 400);
  assert.deepEqual(await typo.json(), {
    error: {
      code: "INVALID_REQUEST",
      message:
        'body: unknown field "expires" (the fields are product, email, name, reference, type, expires_at)',
    },
  });
  const issued = await db.selectFrom("licenses").select("id")
    .where("reference", "=", "order-typo").execute();
  assert.deepEqual(issued, [], "no license without an expiry was issued");

  const { body } = await issue("order-extra-field");
  const extra = await post("/api/licenses/activate", {
    key: body.key,
    domain: "extra.example",
    force: true,
  });
  assert.equal(extra.status, 400);
  const refusal = await extra.json();
  assert.equal(refusal.valid, false);
  assert.match(refusal.error.message, /unknown field "force"/);
  const bound = await db.selectFrom("license_activations").select("id")
    .where("license_id", "=", body.license.id).execute();
  assert.deepEqual(bound, []);
});

Deno.test("every refusal the document lists is answered as documented", async () => {
  const { body } = await issue("order-refusals");
  const { body: revoked } = await issue("order-refusals-revoked");
  await db.updateTable("licenses").set({ status: "revoked" })
    .where("id", "=", revoked.license.id).execute();
  const { body: gone } = await issue("order-refusals-gone");
  await db.deleteFrom("licenses").where("id", "=", gone.license.id).execute();
  await (await post("/api/licenses/activate", {
    key: body.key,
    domain: "refusals.example",
  })).body?.cancel();
  const huge = { key: "x".repeat(70_000), domain: "a.com" };
  const calls: [string, unknown, number][] = [
    ["/api/licenses", huge, 413],
    ["/api/licenses", { product: "Booking" }, 400],
  ];
  for (const action of ["activate", "validate", "deactivate"]) {
    const path = `/api/licenses/${action}`;
    calls.push(
      [path, huge, 413],
      [path, { key: "BOOKING-1234", domain: "a.com" }, 400],
      [path, { key: gone.key, domain: "a.com" }, 404],
      [path, { key: body.key, domain: "elsewhere.example" }, 409],
    );
    if (action !== "deactivate") {
      calls.push([path, { key: revoked.key, domain: "a.com" }, 403]);
    }
  }
  for (const [path, payload, status] of calls) {
    const res = await post(path, payload, {
      authorization: `Bearer ${apiKey}`,
    });
    assert.equal(res.status, status, `${path} ${JSON.stringify(payload)}`);
    await res.body?.cancel();
  }
  // One address over its limit: every call it makes is refused with 429.
  const address = { "x-forwarded-for": "203.0.113.77" };
  for (let i = 0; i < 120; i++) {
    await (await post("/api/licenses/validate", {}, address)).body?.cancel();
  }
  for (const path of Object.keys(app.apiContract.document.paths)) {
    if (path.endsWith(".json") || path.endsWith("/public-key")) continue;
    const res = await post(path, { key: body.key, domain: "a.com" }, address);
    assert.equal(res.status, 429, path);
    await res.body?.cancel();
  }
});

Deno.test("a method a path does not list is 405 with Allow, as documented; HEAD is GET without a body", async () => {
  const { paths } = app.apiContract.document;
  for (const [path, item] of Object.entries(paths)) {
    const listed = Object.keys(item).map((m) => m.toUpperCase());
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      if (listed.includes(method)) continue;
      const res = await fetch(app.url + path, {
        method,
        headers: { "content-type": "application/json" },
        body: method === "GET" ? undefined : "{}",
      });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.match(res.headers.get("allow") ?? "", new RegExp(listed[0]));
      assert.equal((await res.json()).error.code, "METHOD_NOT_ALLOWED");
    }
    if (listed.includes("GET")) {
      const head = await fetch(app.url + path, { method: "HEAD" });
      assert.equal(head.status, 200, `HEAD ${path}`);
      assert.equal(await head.text(), "");
    }
  }
  const answered = [...app.apiContract.seen].filter((a) => a.endsWith(" 405"));
  assert.ok(
    answered.length >= 20,
    "the 405s were checked against the document",
  );
});

Deno.test("the contract check refuses answers that differ from the document", async () => {
  const doc = await (await fetch(`${app.url}/api/licenses/openapi.json`))
    .json();
  const contract = new ApiContract(doc);
  const error = (code: string) => ({ error: { code, message: "m" } });
  const answers: [string, string, Response, RegExp][] = [
    [
      "POST",
      "/api/licenses/validate",
      Response.json({ valid: true }),
      /must have required property 'license'/,
    ],
    [
      "POST",
      "/api/licenses/validate",
      Response.json(error("NO_SUCH_CODE"), { status: 400 }),
      /must be equal to one of the allowed values/,
    ],
    [
      "POST",
      "/api/licenses/validate",
      Response.json(error("RATE_LIMITED"), { status: 429 }),
      /header Retry-After missing/,
    ],
    [
      "POST",
      "/api/licenses/deactivate",
      Response.json(error("LICENSE_REVOKED"), { status: 403 }),
      /status not in the document/,
    ],
    [
      "DELETE",
      "/api/licenses",
      Response.json(error("LICENSE_NOT_FOUND"), { status: 404 }),
      /must answer 405/,
    ],
    [
      "PUT",
      "/api/licenses",
      new Response("Method Not Allowed", {
        status: 405,
        headers: { allow: "POST" },
      }),
      /content-type text\/plain/,
    ],
    [
      "GET",
      "/api/licenses/public-key",
      Response.json({ kty: "OKP", crv: "Ed25519", x: "k", d: "secret" }),
      /must NOT have additional properties/,
    ],
  ];
  for (const [method, path, res, problem] of answers) {
    const problems = await contract.check(method, path, res);
    assert.equal(problems.length, 1, `${method} ${path}: ${problems}`);
    assert.match(problems[0], problem);
  }
  const fine = await contract.check(
    "POST",
    "/api/licenses/validate",
    Response.json(error("RATE_LIMITED"), {
      status: 429,
      headers: { "retry-after": "3" },
    }),
  );
  assert.deepEqual(fine, []);
});

/** Statuses the document lists that this file cannot bring about. */
const NOT_EXERCISED_HERE = new Set([
  "500", // nothing here breaks the server
  "503", // tests/database_away_test.ts takes the database away
]);

// Last: what every test above received.
Deno.test("every answer above matched the served OpenAPI document, and every documented status was seen", () => {
  assert.deepEqual(app.apiContract.violations, []);
  const unseen = app.apiContract.documented().filter((answer) =>
    !app.apiContract.seen.has(answer) &&
    !NOT_EXERCISED_HERE.has(answer.split(" ")[2])
  );
  assert.deepEqual(unseen, [], "answers the tests never received");
});
