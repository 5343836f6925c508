/**
 * Admin → Licenses, Admin → API keys and the portal's /clients/licenses,
 * through real HTTP on a real database: what staff and clients change is
 * what the license API answers next.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import {
  createClientWithContact,
  createStaff,
  signIn,
  type TestClient,
} from "./helpers/http.ts";
import type { LicenseType } from "@/lib/db/schema.ts";
import {
  contactReleaseAllowance,
  releaseDomainByContact,
  ReleaseLimitError,
} from "@/lib/licensing/manage.ts";
import { activateLicense, issueLicense } from "@/lib/licensing/server.ts";

const clock = new Date("2027-03-01T10:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db, keys, licenseServer } = app.services;

const PASSWORD = "a long test password";
const adminId = await createStaff(db, {
  email: "ada@example.com",
  password: PASSWORD,
  name: "Ada Admin",
  role: "admin",
});
await createStaff(db, {
  email: "sam@example.com",
  password: PASSWORD,
  role: "staff",
});
const admin = await signIn(app.url, "admin", "ada@example.com", PASSWORD);
const staff = await signIn(app.url, "admin", "sam@example.com", PASSWORD);

let references = 0;
async function issue(
  input: {
    product?: string;
    email?: string;
    type?: LicenseType;
    clientId?: string;
    expiresAt?: Date;
  } = {},
) {
  const { key, license } = await issueLicense(
    db,
    keys,
    {
      product: input.product ?? "booking",
      email: input.email ?? "buyer@example.com",
      reference: `test-${++references}`,
      type: input.type ?? "full",
      clientId: input.clientId,
      expiresAt: input.expiresAt,
    },
    { type: "system" },
    clock,
  );
  return { key, id: license.id };
}

async function licenseApi(
  path: "activate" | "validate",
  key: string,
  domain: string,
) {
  const res = await fetch(`${app.url}/api/licenses/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ key, domain }),
  });
  const body = await res.json();
  return { status: res.status, valid: body.valid, code: body.error?.code };
}

/** A POST answered with 303 back to `location` and a flash message. */
async function expectRedirect(res: Response, location: string) {
  await res.body?.cancel();
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), location);
  assert.ok(
    res.headers.getSetCookie().some((c) => c.startsWith("portico_flash=")),
    "a flash message is set",
  );
}

async function expectStatus(res: Response, status: number): Promise<string> {
  const html = await res.text();
  assert.equal(res.status, status, html.slice(0, 300));
  return html;
}

const eventsOf = (licenseId: string) =>
  db.selectFrom("license_events")
    .select(["kind", "domain", "detail", "actor_type", "actor_id"])
    .where("license_id", "=", licenseId).orderBy("id").execute();

async function listed(client: TestClient, query: string): Promise<string> {
  const { status, html } = await client.page(`/admin/licenses?${query}`);
  assert.equal(status, 200);
  return html;
}

Deno.test("search by typed key prefix, full key, email, bound domain and product", async () => {
  const alpha = await issue({
    product: "alphamod",
    email: "anna@alpha.example",
  });
  const beta = await issue({ product: "betamod", email: "ben@beta.example" });
  await activateLicense(
    db,
    licenseServer,
    { key: alpha.key, domain: "shop-alpha.example" },
    clock,
  );
  const finds = async (q: string) => {
    const html = await listed(admin, `q=${encodeURIComponent(q)}`);
    return {
      alpha: html.includes(`/admin/licenses/${alpha.id}"`),
      beta: html.includes(`/admin/licenses/${beta.id}"`),
    };
  };
  // Keys are random; a known first group shows how typing is read.
  await db.updateTable("licenses").set({ key_prefix: "ALPHAMOD-01K0-…" })
    .where("id", "=", alpha.id).execute();
  // As a person types it: lower case, a space, O for 0 and l for 1.
  assert.deepEqual(await finds("alphamod olko"), { alpha: true, beta: false });
  assert.deepEqual(await finds("ALPHAMOD-01K0-…"), {
    alpha: true,
    beta: false,
  });
  assert.deepEqual(await finds("alphamod-01kx"), { alpha: false, beta: false });
  assert.deepEqual(await finds(alpha.key), { alpha: true, beta: false });
  assert.deepEqual(await finds("anna@alpha"), { alpha: true, beta: false });
  assert.deepEqual(await finds("https://www.Shop-Alpha.example/"), {
    alpha: true,
    beta: false,
  });
  assert.deepEqual(await finds("betamod"), { alpha: false, beta: true });
  assert.deepEqual(await finds("BETAMOD-…"), { alpha: false, beta: true });

  const filtered = await listed(admin, "product=betamod");
  assert.ok(filtered.includes(beta.id) && !filtered.includes(alpha.id));
  const revokedOnly = await listed(admin, "status=revoked");
  assert.ok(!revokedOnly.includes(alpha.id));
  const nothing = await listed(admin, "q=nobody-here");
  assert.match(nothing, /No license matches these filters/);

  const all = await listed(admin, "");
  assert.ok(!all.includes(alpha.key), "the list never shows a full key");
  assert.match(all, /shop-alpha\.example/, "the bound domain is listed");
});

Deno.test("the detail page shows the key on request, activations with counted validations and the history", async () => {
  const license = await issue({ product: "detailmod", type: "trial" });
  assert.equal(
    (await licenseApi("activate", license.key, "detail.example")).status,
    200,
  );
  for (let i = 0; i < 3; i++) {
    assert.equal(
      (await licenseApi("validate", license.key, "detail.example")).status,
      200,
    );
  }
  // Validation counts are written in batches (lib/licensing/usage.ts).
  await licenseServer.usage.flush();
  const res = await admin.request(`/admin/licenses/${license.id}`);
  assert.equal(res.headers.get("cache-control"), "private, no-store");
  const html = await expectStatus(res, 200);
  assert.match(html, /<details[^>]*>\s*<summary>Show key<\/summary>/);
  assert.ok(html.includes(license.key), "staff may see the key again");
  assert.match(html, /badge badge-trial/);
  assert.match(html, /<td>detail\.example<\/td>/);
  assert.match(html, /<td class="numeric">3<\/td>/, "validations are counted");
  assert.match(html, /Activated on detail\.example/);
  assert.match(html, /Issued as Trial/);
  const rows = await db.selectFrom("license_activations").select("id")
    .where("license_id", "=", license.id).execute();
  assert.equal(rows.length, 1, "one row per activation, not per validation");
});

Deno.test("revoke makes validation answer LICENSE_REVOKED, reinstate makes it valid again; staff get 403", async () => {
  const license = await issue();
  await licenseApi("activate", license.key, "revoke.example");
  const page = `/admin/licenses/${license.id}`;

  await staff.page(page);
  const refused = await staff.post(page, { intent: "revoke" });
  await expectStatus(refused, 403);
  assert.equal(
    (await licenseApi("validate", license.key, "revoke.example")).valid,
    true,
  );

  await admin.page(page);
  await expectRedirect(await admin.post(page, { intent: "revoke" }), page);
  assert.deepEqual(
    await licenseApi("validate", license.key, "revoke.example"),
    {
      status: 403,
      valid: false,
      code: "LICENSE_REVOKED",
    },
  );
  const revokedPage = await admin.page(page);
  assert.match(revokedPage.html, /The license was revoked\./, "flash shown");
  assert.match(revokedPage.html, /badge badge-revoked/);

  await expectRedirect(await admin.post(page, { intent: "reinstate" }), page);
  const valid = await licenseApi("validate", license.key, "revoke.example");
  assert.equal(valid.status, 200);
  assert.equal(valid.valid, true);

  const events = (await eventsOf(license.id)).filter((e) =>
    e.actor_type === "staff"
  );
  assert.deepEqual(events.map((e) => [e.kind, e.actor_id]), [
    ["revoked", adminId],
    ["reinstated", adminId],
  ]);
});

Deno.test("extend sets the expiry to the end of the chosen day and revives an expired license", async () => {
  const license = await issue({
    product: "extendmod",
    expiresAt: new Date("2027-02-01T00:00:00Z"),
  });
  await db.insertInto("license_activations").values({
    license_id: license.id,
    domain: "extend.example",
    activated_at: new Date("2027-01-01T00:00:00Z"),
  }).execute();
  assert.equal(
    (await licenseApi("validate", license.key, "extend.example")).code,
    "LICENSE_EXPIRED",
  );
  const page = `/admin/licenses/${license.id}`;
  await admin.page(page);

  const past = await admin.post(page, {
    intent: "extend",
    expires_on: "2027-01-15",
  });
  const pastHtml = await expectStatus(past, 422);
  assert.match(pastHtml, /Please choose a day in the future\./);
  assert.match(pastHtml, /value="2027-01-15"/, "the typed value is kept");

  await expectRedirect(
    await admin.post(page, { intent: "extend", expires_on: "2028-06-30" }),
    page,
  );
  const row = await db.selectFrom("licenses").select("expires_at")
    .where("id", "=", license.id).executeTakeFirstOrThrow();
  // Valid through 30 June in the business time zone (Europe/Berlin, CEST).
  assert.equal(row.expires_at?.toISOString(), "2028-06-30T22:00:00.000Z");
  assert.equal(
    (await licenseApi("validate", license.key, "extend.example")).valid,
    true,
  );
  const extended = (await eventsOf(license.id)).find((e) =>
    e.kind === "extended"
  );
  assert.equal(extended?.detail, "2028-06-30T22:00:00.000Z");
  assert.equal(extended?.actor_id, adminId);
  const { html } = await admin.page(page);
  assert.match(html, /value="2028-06-30"/, "the form shows the last valid day");
});

Deno.test("move rebinds the key to a new domain in one step and records it", async () => {
  const license = await issue({ product: "movemod" });
  await licenseApi("activate", license.key, "old.example");
  const page = `/admin/licenses/${license.id}`;
  await admin.page(page);

  const invalid = await admin.post(page, {
    intent: "move",
    domain: "not a domain",
  });
  assert.match(
    await expectStatus(invalid, 422),
    /Please enter a domain such as shop\.example\.com\./,
  );
  const same = await admin.post(page, {
    intent: "move",
    domain: "old.example",
  });
  assert.match(await expectStatus(same, 422), /already bound to this domain/);

  await expectRedirect(
    await admin.post(page, {
      intent: "move",
      domain: "https://www.New.example/",
    }),
    page,
  );
  assert.deepEqual(await licenseApi("validate", license.key, "old.example"), {
    status: 409,
    valid: false,
    code: "DOMAIN_MISMATCH",
  });
  const moved = await licenseApi("validate", license.key, "new.example");
  assert.equal(moved.status, 200);
  assert.equal(moved.valid, true);

  const activations = await db.selectFrom("license_activations")
    .select(["domain", "deactivated_at"])
    .where("license_id", "=", license.id).orderBy("activated_at").execute();
  assert.deepEqual(
    activations.map((a) => [a.domain, a.deactivated_at !== null]),
    [["old.example", true], ["new.example", false]],
  );
  const event = (await eventsOf(license.id)).find((e) => e.kind === "moved");
  assert.deepEqual(event, {
    kind: "moved",
    domain: "old.example",
    detail: "new.example",
    actor_type: "staff",
    actor_id: adminId,
  });
  assert.match(
    (await admin.page(page)).html,
    /Moved from old\.example to new\.example/,
  );
});

Deno.test("an API key is shown once, issues licenses as Bearer, and answers 401 once revoked", async () => {
  const page = "/admin/licenses/api-keys";
  await staff.page(page);
  await expectStatus(
    await staff.post(page, { intent: "create", name: "Sneaky" }),
    403,
  );

  await admin.page(page);
  const created = await admin.post(page, {
    intent: "create",
    name: "Remote shop",
    "scope.licenses:issue": "on",
  });
  assert.equal(
    created.headers.get("location"),
    null,
    "rendered, not redirected",
  );
  assert.equal(created.headers.get("cache-control"), "private, no-store");
  const createdHtml = await expectStatus(created, 201);
  const apiKey = createdHtml.match(/class="license-key">(pk_[^<]+)</)?.[1];
  assert.ok(apiKey, "the new key is on the page");
  assert.ok(
    !created.headers.getSetCookie().some((c) => c.includes(apiKey)),
    "the key is in no cookie",
  );
  const again = await admin.page(page);
  assert.ok(!again.html.includes(apiKey), "shown exactly once");
  assert.match(again.html, /Remote shop/);
  assert.ok(again.html.includes(apiKey.slice(0, 10)), "its prefix is listed");

  const issueWith = (key: string) =>
    fetch(`${app.url}/api/licenses`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${key}`,
      },
      body: JSON.stringify({
        product: "remotemod",
        email: "remote@example.com",
        reference: `remote-${++references}`,
        type: "full",
      }),
    });
  const issued = await issueWith(apiKey);
  assert.equal(issued.status, 201);
  await issued.body?.cancel();

  const { id } = await db.selectFrom("api_keys").select("id")
    .where("name", "=", "Remote shop").executeTakeFirstOrThrow();
  await expectRedirect(
    await admin.post(page, { intent: "revoke", api_key_id: id }),
    page,
  );
  const refused = await issueWith(apiKey);
  assert.equal(refused.status, 401);
  await refused.body?.cancel();
  assert.match((await admin.page(page)).html, /badge badge-revoked/);
});

Deno.test("portal: a contact sees their client's licenses with the full key and releases a domain up to three times in 30 days", async () => {
  const own = await createClientWithContact(db, {
    email: "clara@example.com",
    password: PASSWORD,
  });
  const other = await createClientWithContact(db, {
    email: "otto@example.com",
    password: PASSWORD,
    company: "Other AG",
  });
  const mine = await issue({ product: "portalmod", clientId: own.clientId });
  const trial = await issue({
    product: "trialmod",
    type: "trial",
    clientId: own.clientId,
  });
  const theirs = await issue({
    product: "portalmod",
    clientId: other.clientId,
  });
  await activateLicense(
    db,
    licenseServer,
    { key: theirs.key, domain: "theirs.example" },
    clock,
  );
  const clara = await signIn(app.url, "clients", "clara@example.com", PASSWORD);

  const res = await clara.request("/clients/licenses");
  assert.equal(res.headers.get("cache-control"), "private, no-store");
  const html = await expectStatus(res, 200);
  assert.ok(html.includes(mine.key) && html.includes(trial.key));
  assert.ok(!html.includes(theirs.key), "another client's key never shows");
  assert.match(html, /badge badge-trial/);
  assert.match(html, /Domain releases left: 3 of 3/);

  await clara.page("/clients/licenses");
  await expectStatus(
    await clara.post("/clients/licenses", { license_id: theirs.id }),
    404,
  );
  assert.equal(
    (await licenseApi("validate", theirs.key, "theirs.example")).valid,
    true,
    "another client's binding is untouched",
  );

  await licenseApi("activate", mine.key, "first.example");
  assert.equal(
    (await licenseApi("activate", mine.key, "second.example")).code,
    "DOMAIN_MISMATCH",
  );
  await expectRedirect(
    await clara.post("/clients/licenses", { license_id: mine.id }),
    "/clients/licenses",
  );
  assert.equal(
    (await licenseApi("activate", mine.key, "second.example")).status,
    200,
    "the released key activates on another domain",
  );
  const released = (await eventsOf(mine.id)).find((e) => e.kind === "released");
  assert.deepEqual(released, {
    kind: "released",
    domain: "first.example",
    detail: null,
    actor_type: "contact",
    actor_id: own.contactId,
  });

  // Two more releases (the allowance counts the client's licenses together)…
  await expectRedirect(
    await clara.post("/clients/licenses", { license_id: mine.id }),
    "/clients/licenses",
  );
  await activateLicense(
    db,
    licenseServer,
    { key: trial.key, domain: "trial.example" },
    clock,
  );
  await expectRedirect(
    await clara.post("/clients/licenses", { license_id: trial.id }),
    "/clients/licenses",
  );
  // …and the fourth within 30 days is refused, changing nothing.
  await activateLicense(
    db,
    licenseServer,
    { key: mine.key, domain: "fourth.example" },
    clock,
  );
  const fourth = await clara.post("/clients/licenses", { license_id: mine.id });
  const refusedHtml = await expectStatus(fourth, 409);
  assert.match(refusedHtml, /The domain was not released/);
  assert.equal(
    (await licenseApi("validate", mine.key, "fourth.example")).valid,
    true,
    "still bound",
  );
  const releases = (await eventsOf(mine.id)).concat(await eventsOf(trial.id))
    .filter((e) => e.kind === "released");
  assert.equal(releases.length, 3);
  const later = new Date(clock.getTime() + 31 * 24 * 3600 * 1000);
  assert.equal(
    (await contactReleaseAllowance(db, own, later)).remaining,
    3,
    "the window rolls",
  );
});

Deno.test("releases at the same moment cannot exceed the allowance", async () => {
  const { clientId, contactId } = await createClientWithContact(db, {
    email: "race@example.com",
  });
  const contact = { id: contactId, clientId };
  const licenses = [];
  for (let i = 0; i < 8; i++) {
    const license = await issue({ product: "racemod", clientId });
    await activateLicense(
      db,
      licenseServer,
      { key: license.key, domain: `race-${i}.example` },
      clock,
    );
    licenses.push(license);
  }
  const results = await Promise.allSettled(
    licenses.map((license) =>
      releaseDomainByContact(db, contact, license.id, clock)
    ),
  );
  const refused = results.filter((r) => r.status === "rejected");
  assert.equal(results.length - refused.length, 3);
  assert.ok(refused.every((r) => r.reason instanceof ReleaseLimitError));
  assert.equal((await contactReleaseAllowance(db, contact, clock)).used, 3);
});

Deno.test("POSTs without the CSRF token are refused with 403", async () => {
  const license = await issue({ product: "csrfmod" });
  await licenseApi("activate", license.key, "csrf.example");
  const revoke = await admin.post(`/admin/licenses/${license.id}`, {
    intent: "revoke",
  }, { csrf: false });
  await expectStatus(revoke, 403);
  const createKey = await admin.post("/admin/licenses/api-keys", {
    intent: "create",
    name: "No token",
  }, { csrf: false });
  await expectStatus(createKey, 403);
  const { clientId } = await createClientWithContact(db, {
    email: "csrf-client@example.com",
    password: PASSWORD,
  });
  await db.updateTable("licenses").set({ client_id: clientId })
    .where("id", "=", license.id).execute();
  const contact = await signIn(
    app.url,
    "clients",
    "csrf-client@example.com",
    PASSWORD,
  );
  const release = await contact.post("/clients/licenses", {
    license_id: license.id,
  }, { csrf: false });
  await expectStatus(release, 403);
  assert.equal(
    (await licenseApi("validate", license.key, "csrf.example")).valid,
    true,
    "nothing changed",
  );
  const keys = await db.selectFrom("api_keys").select("id")
    .where("name", "=", "No token").execute();
  assert.equal(keys.length, 0);
});
