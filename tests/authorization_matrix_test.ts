/**
 * The authorization matrix, generated from `fresh.gen.ts`: every route the
 * app serves, with the methods it answers, is checked against who may call
 * it. A route added to `routes/` and missing from `ACCESS` below fails the
 * first test, so a new page cannot be forgotten.
 *
 * Who is who here:
 * - anonymous: no session cookie at all;
 * - admin / staff: a `portico_staff` session of a staff member whose role
 *   is `admin` or `staff`;
 * - contact A / contact B: `portico_client` sessions of portal contacts of
 *   two different clients.
 *
 * Staff and portal sessions are separate cookies (routes/_middleware.ts
 * reads the staff cookie only under /admin), so a contact's portal cookie
 * gives no access to /admin (403) and a staff cookie none to /clients.
 */
import assert from "node:assert/strict";
import { sql } from "kysely";
import { parseRouteFile } from "@/lib/web/router.ts";
import { startTestApp } from "./helpers/app.ts";
import {
  createRouteFixtures,
  fillPattern,
  FRAMEWORK_ROUTE_FILES,
  type Method,
  type Route,
  ROUTES,
} from "./helpers/route_walk.ts";
import { orderPagePath } from "@/lib/shop/order_page.ts";
import type { TestClient } from "./helpers/http.ts";

const UNSAFE: Method[] = ["POST", "PUT", "PATCH", "DELETE"];

/**
 * - public: anyone, no session (sign-in and password pages included);
 * - admin: any signed-in staff member;
 * - admin-only: staff members with the role `admin` (every method);
 * - portal: a signed-in portal contact, seeing only their own client's data;
 * - api: machine endpoints, authenticated by API key, signature or license
 *   key, never by cookies, and exempt from CSRF;
 * - special: their own rules, checked one by one below.
 */
type Category =
  | "public"
  | "admin"
  | "admin-only"
  | "portal"
  | "api"
  | "special";

const ACCESS: Record<string, Category> = {
  "/": "public",
  "/healthz": "public",
  "/readyz": "public",
  "/locale": "public",
  "/seller-logo": "public",
  "/shop": "public",
  "/shop/:slug": "public",
  "/shop/checkout": "public",
  "/shop/checkout/summary": "public",
  "/shop/confirm": "public",
  "/legal/:document": "public",
  "/booking": "public",
  "/booking/api/slots": "public",
  "/booking/accent.css": "public",
  "/admin/login": "public",
  "/admin/password/forgot": "public",
  "/admin/password/reset": "public",
  "/clients/login": "public",
  "/clients/login/email": "public",
  "/clients/login/link": "public",
  "/clients/password/forgot": "public",
  "/clients/password/reset": "public",
  "/clients/cat_consent_js": "public",

  // Only until the first staff member exists; a 404 afterwards.
  "/setup": "special",
  // The secret token in the emailed link is the credential.
  "/booking/manage/:token": "special",
  "/booking/manage/:token/calendar": "special",
  "/booking/manage/:token/cancel": "special",
  "/booking/manage/:token/reschedule": "special",
  // The secret in a staff member's feed link is the credential.
  "/calendar/:feedId/:file": "special",
  // The signed key in the link is the credential.
  "/shop/orders/:id": "special",
  "/shop/orders/:id/pdf": "special",
  "/shop/orders/:id/pay": "special",
  "/shop/orders/:id/credit-notes/:creditNoteId": "special",

  "/api/licenses": "api",
  "/api/licenses/activate": "api",
  "/api/licenses/deactivate": "api",
  "/api/licenses/validate": "api",
  "/api/licenses/openapi.json": "api",
  "/api/licenses/public-key": "api",
  "/api/payments/webhook": "api",
  "/api/booking/bookings": "api",
  "/api/booking/bookings/:id": "api",
  "/api/booking/services": "api",
  "/api/booking/slots": "api",
  "/api/booking/openapi.json": "api",
  "/api/payments/openapi.json": "api",
  "/api/payments/stripe": "api",

  "/clients": "portal",
  "/clients/booking": "portal",
  "/clients/consent": "portal",
  "/clients/invoices": "portal",
  "/clients/invoices/:id": "portal",
  "/clients/invoices/:id/pdf": "portal",
  "/clients/invoices/:id/xml": "portal",
  "/clients/credit-notes/:id": "portal",
  "/clients/credit-notes/:id/pdf": "portal",
  "/clients/credit-notes/:id/xml": "portal",
  "/clients/licenses": "portal",
  "/clients/logout": "portal",
  "/clients/orders": "portal",
  "/clients/privacy": "portal",

  "/admin": "admin",
  "/admin/logout": "admin",
  "/admin/audit": "admin",
  "/admin/jobs": "admin",
  "/admin/activity": "admin",
  "/admin/activity/:contactId": "admin",
  "/admin/activity/stream": "admin",
  "/admin/booking": "admin",
  "/admin/booking/:id": "admin",
  "/admin/booking/:id/confirm": "admin",
  "/admin/booking/:id/reschedule": "admin",
  "/admin/booking/agenda": "admin",
  "/admin/booking/new": "admin",
  "/admin/booking/services": "admin",
  "/admin/booking/services/:id": "admin",
  "/admin/booking/services/new": "admin",
  "/admin/booking/staff": "admin",
  "/admin/booking/staff/:id": "admin",
  "/admin/booking/calendar": "admin",
  "/admin/clients": "admin",
  "/admin/clients/new": "admin",
  "/admin/clients/:id": "admin",
  "/admin/clients/:id/contacts/:contactId": "admin",
  "/admin/invoices": "admin",
  "/admin/invoices/:id": "admin",
  "/admin/invoices/:id/pdf": "admin",
  "/admin/invoices/:id/xml": "admin",
  "/admin/credit-notes/:id": "admin",
  "/admin/credit-notes/:id/pdf": "admin",
  "/admin/credit-notes/:id/xml": "admin",
  "/admin/licenses": "admin",
  // Staff read these; changing them is for administrators (ADMIN_ONLY_WRITES).
  "/admin/licenses/:id": "admin",
  "/admin/licenses/api-keys": "admin",
  "/admin/shop": "admin",
  "/admin/shop/orders": "admin",
  "/admin/shop/orders/:id": "admin",
  "/admin/shop/packages/:id": "admin",
  "/admin/shop/packages/new": "admin",
  "/admin/shop/products/:id": "admin",
  "/admin/shop/products/new": "admin",

  // Staff management.
  "/admin/staff": "admin-only",
  // Module settings.
  "/admin/booking/settings": "admin-only",
  "/admin/activity/settings": "admin-only",
  "/admin/shop/settings": "admin-only",
  "/admin/shop/legal": "admin-only",
  "/admin/shop/payments": "admin-only",
  "/admin/settings": "admin-only",
  "/admin/settings/business": "admin-only",
  "/admin/accounting": "admin-only",
  "/admin/settings/logo": "admin-only",
  // The dashboard's setup checklist: its choices.
  "/admin/checklist": "admin-only",
  // Activating or removing this installation's module licenses.
  "/admin/license/:module": "admin-only",
  // The outbox holds sign-in links and password resets of everyone.
  "/admin/emails": "admin-only",
  "/admin/emails/:id": "admin-only",
  "/admin/emails/:id/html": "admin-only",
  "/admin/emails/:id/retry": "admin-only",
  // Endpoints carry their secrets; deliveries carry clients' data.
  "/admin/webhooks": "admin-only",
  "/admin/booking/embed": "admin-only",
  "/admin/webhooks/:id": "admin-only",
};

/** Routes in the `admin` category where these methods are for administrators only. */
const ADMIN_ONLY_WRITES: Record<string, Method[]> = {
  // Revoke, reinstate, extend, release a license.
  "/admin/licenses/:id": ["POST"],
  // Create and revoke API keys.
  "/admin/licenses/api-keys": ["POST"],
};

/** Files of the web layer that are not routes themselves. */
const FRAMEWORK_FILES = new Set([
  "_app",
  "_404",
  "_500",
  "_layout",
  "_middleware",
]);

const categoryOf = (route: Route) => ACCESS[route.pattern];
const inCategory = (...categories: Category[]) =>
  ROUTES.filter((r) => categories.includes(categoryOf(r)));
const isAdminOnly = (route: Route, method: Method) =>
  categoryOf(route) === "admin-only" ||
  (ADMIN_ONLY_WRITES[route.pattern] ?? []).includes(method);

// --- one app and its fixtures for the whole file ---------------------------

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const now = new Date();
const {
  bookable,
  catalog,
  a,
  b,
  params: PARAMS,
  anonymous,
  admin,
  staff,
  contactA,
  contactB,
} = await createRouteFixtures(app, now);

const fill = (pattern: string, params = PARAMS[pattern]) =>
  fillPattern(pattern, params);

/**
 * Sends `method` to `path` with a form body; the client's own CSRF token
 * unless another `csrf` is given (`null`: none). Returns status and
 * location, the body discarded (the activity stream never ends).
 */
async function send(
  client: TestClient,
  method: Method,
  path: string,
  options: {
    csrf?: string | null;
    origin?: string;
    fields?: Record<string, string>;
  } = {},
): Promise<
  { status: number; location: string | null; refusal?: "csrf" | "forbidden" }
> {
  const unsafe = UNSAFE.includes(method);
  const body = new URLSearchParams(options.fields);
  const csrf = options.csrf === undefined ? client.csrf : options.csrf;
  if (csrf) body.set("_csrf", csrf);
  const headers: Record<string, string> = {};
  if (options.origin) headers.origin = options.origin;
  const res = await client.request(path, {
    method,
    headers,
    body: unsafe ? body : undefined,
  });
  // Only a 403's page is read: it tells the CSRF guard from the role guard.
  const page = res.status === 403 ? await res.text() : "";
  if (res.status !== 403) await res.body?.cancel();
  const refusal =
    /This form has expired|Dieses Formular ist abgelaufen/.test(page)
      ? "csrf"
      : /Not allowed|Nicht erlaubt/.test(page)
      ? "forbidden"
      : undefined;
  return { status: res.status, location: res.headers.get("location"), refusal };
}

/** Every table's row count and a digest of its rows. */
async function snapshot(): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(db);
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ n: string; digest: string }>`
      select count(*)::text as n,
        md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as digest
      from ${sql.table(name)} t`.execute(db);
    result[name] = `${rows[0].n} rows, ${rows[0].digest}`;
  }
  return result;
}

/** Runs `fn` and asserts no table changed meanwhile (sessions may be touched). */
async function changesNothing(what: string, fn: () => Promise<void>) {
  // License API rate limits are written a moment after the calls (about
  // every second): write what earlier tests counted, and what `fn` did.
  const { usage } = app.services.licenseServer;
  await usage.flush();
  const before = await snapshot();
  await fn();
  await usage.flush();
  const after = await snapshot();
  // Requests may slide a session's expiry and count against rate limits;
  // the number of sessions and limit windows may not change.
  for (const table of ["auth_sessions", "rate_limits"]) {
    before[table] = before[table]?.split(",")[0];
    after[table] = after[table]?.split(",")[0];
  }
  assert.deepEqual(after, before, `${what} changed the database`);
}

/** Fields that would change something if a guard let the request through. */
const HARMFUL = {
  intent: "revoke",
  action: "remove",
  email: "intruder@example.com",
  name: "Intruder",
  password: "intruder password 1",
  role: "admin",
  choice: "granted",
};

// --- the matrix ------------------------------------------------------------

Deno.test("every route in the manifest is classified, and only routes are", () => {
  assert.ok(ROUTES.length > 50, "the manifest was read");
  for (const file of FRAMEWORK_ROUTE_FILES) {
    assert.ok(
      FRAMEWORK_FILES.has(parseRouteFile(file).name),
      `${file}: unknown framework file`,
    );
  }
  const unclassified = ROUTES.filter((r) => !categoryOf(r))
    .map((r) => `${r.pattern} (${r.file})`);
  assert.deepEqual(
    unclassified,
    [],
    "classify these routes in ACCESS in tests/authorization_matrix_test.ts",
  );
  const patterns = new Set(ROUTES.map((r) => r.pattern));
  const stale = [...Object.keys(ACCESS), ...Object.keys(ADMIN_ONLY_WRITES)]
    .filter((p) => !patterns.has(p));
  assert.deepEqual(stale, [], "entries for routes that no longer exist");
  for (const route of ROUTES) {
    const category = categoryOf(route);
    const area = route.pattern.split("/")[1];
    if (category === "admin" || category === "admin-only") {
      assert.equal(
        area,
        "admin",
        `${route.pattern} is guarded only under /admin`,
      );
    }
    if (category === "portal") {
      assert.equal(
        area,
        "clients",
        `${route.pattern} is guarded only under /clients`,
      );
    }
    assert.equal(
      category === "api",
      area === "api",
      `${route.pattern}: /api/ is exactly the api`,
    );
    if (route.pattern.includes(":")) {
      assert.ok(
        PARAMS[route.pattern],
        `${route.pattern}: give real ids in PARAMS`,
      );
    }
  }
  for (const [pattern, methods] of Object.entries(ADMIN_ONLY_WRITES)) {
    assert.equal(ACCESS[pattern], "admin");
    const route = ROUTES.find((r) => r.pattern === pattern)!;
    for (const method of methods) assert.ok(route.methods.includes(method));
  }
});

Deno.test("admin routes: anonymous visitors are sent to the staff sign-in", async () => {
  // With a valid CSRF token, so that the sign-in guard (not the CSRF guard)
  // is what answers the unsafe methods.
  await changesNothing("anonymous requests under /admin", async () => {
    for (const route of inCategory("admin", "admin-only")) {
      const path = fill(route.pattern);
      for (const method of route.methods) {
        const { status, location } = await send(anonymous, method, path, {
          fields: HARMFUL,
        });
        const where = `${method} ${path}`;
        if (method === "GET") {
          assert.equal(status, 303, where);
          assert.equal(
            location,
            `/admin/login?next=${encodeURIComponent(path)}`,
            where,
          );
        } else if (method === "HEAD" || status !== 401) {
          // HEAD and writes go back to /admin after signing in.
          assert.equal(status, 303, where);
          assert.match(location ?? "", /^\/admin\/login(\?|$)/, where);
        }
      }
    }
  });
});

Deno.test("admin routes: a signed-in portal contact is refused with 403", async () => {
  // contactA holds a valid portal session and a valid CSRF token: no
  // staff session, and no sign-in page for someone already signed in.
  await changesNothing("a portal contact under /admin", async () => {
    for (const route of inCategory("admin", "admin-only")) {
      const path = fill(route.pattern);
      for (const method of route.methods) {
        const { status } = await send(contactA, method, path, {
          fields: HARMFUL,
        });
        assert.equal(status, 403, `${method} ${path}`);
      }
    }
  });
});

Deno.test("admin-only pages are 403 for the staff role, open to administrators", async () => {
  await changesNothing("the staff role on admin-only routes", async () => {
    for (const route of inCategory("admin", "admin-only")) {
      const path = fill(route.pattern);
      for (const method of route.methods.filter((m) => isAdminOnly(route, m))) {
        const res = await send(staff, method, path, { fields: HARMFUL });
        const where = `${method} ${path} as staff`;
        assert.equal(res.status, 403, where);
        // Refused for the role, not for a missing token.
        if (method !== "HEAD") assert.equal(res.refusal, "forbidden", where);
      }
    }
  });
  for (const route of inCategory("admin", "admin-only")) {
    if (!route.methods.includes("GET")) continue;
    const path = fill(route.pattern);
    assert.equal(
      (await send(admin, "GET", path)).status,
      200,
      `GET ${path} as admin`,
    );
    if (!isAdminOnly(route, "GET")) {
      assert.equal(
        (await send(staff, "GET", path)).status,
        200,
        `GET ${path} as staff`,
      );
    }
  }
});

Deno.test("portal routes need a portal session; a staff cookie is none", async () => {
  await changesNothing("portal routes without a portal session", async () => {
    for (const route of inCategory("portal")) {
      const path = fill(route.pattern);
      for (const method of route.methods) {
        for (
          const [who, client] of [["anonymous", anonymous], [
            "admin",
            admin,
          ]] as const
        ) {
          const { status, location } = await send(client, method, path, {
            fields: HARMFUL,
          });
          const where = `${method} ${path} as ${who}`;
          assert.equal(status, 303, where);
          assert.match(location ?? "", /^\/clients\/login(\?|$)/, where);
        }
      }
    }
  });
});

Deno.test("portal: client A's objects are 404 for client B", async () => {
  const withIds = inCategory("portal").filter((r) => r.pattern.includes(":"));
  assert.ok(withIds.length > 0, "the portal has id-bearing routes");
  for (const route of withIds) {
    const path = fill(route.pattern);
    assert.equal(
      (await send(contactA, "GET", path)).status,
      200,
      `${path} as A`,
    );
    for (const method of route.methods) {
      const { status } = await send(contactB, method, path, {
        fields: HARMFUL,
      });
      assert.equal(status, 404, `${method} ${path} as B`);
    }
    const random = fill(
      route.pattern,
      Object.fromEntries(
        Object.keys(PARAMS[route.pattern]).map((k) => [k, crypto.randomUUID()]),
      ),
    );
    assert.equal((await send(contactA, "GET", random)).status, 404, random);
  }

  // Ids that travel in portal forms rather than in the path.
  await changesNothing("client B acting on client A's objects", async () => {
    const cancel = await send(contactB, "POST", "/clients/booking", {
      fields: { booking: a.bookingId },
    });
    assert.equal(cancel.status, 404, "cancel another client's booking");
    const release = await send(contactB, "POST", "/clients/licenses", {
      fields: { license_id: a.licenseId },
    });
    assert.equal(release.status, 404, "release another client's license");
  });
  // The same forms with client B's own ids do change things: the 404s
  // above were the ownership checks, not malformed forms.
  const ownCancel = await send(contactB, "POST", "/clients/booking", {
    fields: { booking: b.bookingId },
  });
  assert.equal(ownCancel.status, 303);
  const booking = await db.selectFrom("bookings").select("status")
    .where("id", "=", b.bookingId).executeTakeFirstOrThrow();
  assert.equal(booking.status, "cancelled");
  const ownRelease = await send(contactB, "POST", "/clients/licenses", {
    fields: { license_id: b.licenseId },
  });
  assert.equal(ownRelease.status, 303);
  assert.equal(ownRelease.location, "/clients/licenses");
  const bound = await db.selectFrom("license_activations")
    .select(db.fn.countAll<string>().as("n"))
    .where("license_id", "=", b.licenseId).where("deactivated_at", "is", null)
    .executeTakeFirstOrThrow();
  assert.equal(Number(bound.n), 0, "client B's own license was released");
});

Deno.test("every state change outside /api/ needs a CSRF token from this origin", async () => {
  const unsafe = ROUTES.filter((r) => categoryOf(r) !== "api").flatMap((
    route,
  ) =>
    route.methods.filter((m) => UNSAFE.includes(m)).map((method) => ({
      route,
      method,
    }))
  );
  assert.ok(unsafe.length > 30, "the manifest's forms were found");
  const clientFor = (route: Route) => {
    const category = categoryOf(route);
    if (category === "admin" || category === "admin-only") return admin;
    if (category === "portal") return contactA;
    return anonymous;
  };
  await changesNothing("requests without a valid CSRF token", async () => {
    for (const { route, method } of unsafe) {
      const path = fill(route.pattern);
      const client = clientFor(route);
      // A token of another browser (the staff member's) is no token here.
      const foreign = client === staff ? admin.csrf! : staff.csrf!;
      const attempts = [
        ["no token", { csrf: null }],
        ["another browser's token", { csrf: foreign }],
        ["a cross-site origin", { origin: "https://evil.example" }],
      ] as const;
      for (const [what, options] of attempts) {
        const res = await send(client, method, path, {
          ...options,
          fields: HARMFUL,
        });
        const where = `${method} ${path} with ${what}`;
        assert.equal(res.status, 403, where);
        assert.equal(res.refusal, "csrf", where);
      }
    }
  });
});

Deno.test("api routes: cookies are no credential", async () => {
  await changesNothing("the API with an administrator's cookies", async () => {
    for (const route of inCategory("api")) {
      for (const method of route.methods.filter((m) => UNSAFE.includes(m))) {
        const res = await admin.request(route.pattern, {
          method,
          headers: {
            "content-type": "application/json",
            "x-csrf-token": admin.csrf!,
          },
          body: JSON.stringify({
            product: "booking",
            email: "intruder@example.com",
            reference: "intruder",
            type: "full",
            key: "x",
            domain: "evil.example",
            invoice: a.invoiceId,
            amount: 11900,
            currency: "EUR",
            transaction_id: "intruder",
          }),
        });
        await res.body?.cancel();
        assert.ok(
          res.status >= 400 && res.status < 500,
          `${method} ${route.pattern}: ${res.status}`,
        );
      }
    }
  });
});

Deno.test("special routes: setup is gone, heartbeats say nothing, manage links need their token", async () => {
  assert.equal((await send(anonymous, "GET", "/setup")).status, 404);
  await changesNothing("POST /setup once staff exist", async () => {
    const { status } = await send(anonymous, "POST", "/setup", {
      fields: HARMFUL,
    });
    assert.equal(status, 404);
  });
  // Heartbeats are answered before the page routes (server.ts), so they
  // are not in the manifest: they accept only GET and HEAD and record
  // nothing without a portal session and consent.
  assert.equal(
    (await send(anonymous, "GET", "/cat_heartbeat?path=/")).status,
    204,
  );
  await changesNothing("POST /cat_heartbeat", async () => {
    const { status } = await send(anonymous, "POST", "/cat_heartbeat", {
      fields: HARMFUL,
    });
    assert.equal(status, 405);
  });
  for (
    const route of [
      "/booking/manage/:token",
      "/booking/manage/:token/calendar",
      "/booking/manage/:token/cancel",
      "/booking/manage/:token/reschedule",
    ]
  ) {
    assert.equal((await send(anonymous, "GET", fill(route))).status, 200);
    const guessed = fill(route, { token: crypto.randomUUID() });
    assert.equal((await send(anonymous, "GET", guessed)).status, 404);
    await changesNothing(`POST ${route} with a guessed token`, async () => {
      const { status } = await send(anonymous, "POST", guessed, {
        fields: HARMFUL,
      });
      // The booking's page and its calendar file only show it; the others act.
      const readOnly = route === "/booking/manage/:token" ||
        route === "/booking/manage/:token/calendar";
      assert.equal(status, readOnly ? 405 : 404);
    });
  }
  // A calendar feed opens with its secret only, and only shows.
  const feed = fill("/calendar/:feedId/:file");
  assert.equal((await send(anonymous, "GET", feed)).status, 200);
  const guessedFeed = feed.replace(/[\w-]{43}\.ics$/, `${"A".repeat(43)}.ics`);
  assert.equal((await send(anonymous, "GET", guessedFeed)).status, 404);
  await changesNothing("POST a calendar feed", async () => {
    const { status } = await send(anonymous, "POST", feed, {
      fields: HARMFUL,
    });
    assert.equal(status, 405);
  });
  // The buyer's order page opens with its signed key only.
  const orderPage = fill("/shop/orders/:id");
  assert.equal((await send(anonymous, "GET", orderPage)).status, 404);
  const signed = await orderPagePath(
    app.services.keys,
    PARAMS["/shop/orders/:id"].id,
  );
  assert.equal(signed.split("?")[0], orderPage);
  assert.equal((await send(anonymous, "GET", signed)).status, 200);
});

Deno.test("public routes answer anonymous visitors", async () => {
  // What a visitor following a real link would add to the URL.
  const query: Record<string, string> = {
    "/shop/checkout": `?item=${catalog.paid}`,
    "/shop/checkout/summary": `?item=${catalog.paid}&country=FR`,
    "/booking/accent.css": "?accent=0f766e",
    "/booking/api/slots": `?service=${bookable.serviceId}&staff=any&from=${
      now.toISOString().slice(0, 10)
    }`,
  };
  // Pages of emailed links: without their token they say the link is gone.
  const gone = new Set([
    "/admin/password/reset",
    "/clients/password/reset",
    "/clients/login/link",
    "/shop/confirm",
  ]);
  for (const route of inCategory("public")) {
    if (!route.methods.includes("GET")) continue;
    const path = fill(route.pattern) + (query[route.pattern] ?? "");
    const { status } = await send(anonymous, "GET", path);
    assert.equal(status, gone.has(route.pattern) ? 410 : 200, `GET ${path}`);
  }
});
