/**
 * Hostile input (issue 9, item 2): property-based tests that throw random,
 * oversized, wrongly typed and Unicode-edge input at the public forms and
 * the JSON APIs. Every case must be refused with a 4xx and a clear message
 * (an HTML page with the message, or `{ error: { code, message } }`),
 * never a 500, and must write nothing.
 *
 * A failing property prints its seed and the shrunk counterexample; rerun
 * with `FC_SEED=<seed>` to reproduce it.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { startTestApp } from "./helpers/app.ts";
import { waitFor } from "./helpers/wait.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import {
  checkoutInput,
  createCatalog,
  setShopSettings,
} from "./helpers/shop.ts";
import {
  createClientWithContact,
  createStaff,
  sessionClient,
  TestClient,
} from "./helpers/http.ts";
import { createApiKey } from "@/lib/auth/api_keys.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { signWebhookBody } from "@/lib/shop/webhook.ts";
import { issueLicense } from "@/lib/licensing/server.ts";
import { recordConsent } from "@/lib/activity/consent.ts";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.ts";
import { parseRouteFile, routePattern } from "@/lib/web/router.ts";
import manifest from "@/fresh.gen.ts";
import {
  catalogs,
  isLocale,
  type Locale,
  LOCALES,
  type MessageKey,
} from "@/lib/i18n/mod.ts";

// Monday 4 January 2027, 07:00 in Berlin.
const clock = new Date("2027-01-04T06:00:00Z");
const app = await startTestApp({ env: { TRUST_PROXY: "1" }, now: () => clock });
Deno.test.afterAll(() => app.close());
const { db, keys } = app.services;

const seed = Deno.env.get("FC_SEED");
/** Runs per property: enough to find the usual suspects, bounded in time. */
const runs = (numRuns: number): { numRuns: number; seed?: number } =>
  seed ? { numRuns, seed: Number(seed) } : { numRuns };

// --- fixtures ---------------------------------------------------------------

await setBookingSettings(db, {
  minNoticeMinutes: 60,
  horizonDays: 60,
  slotStepMinutes: 30,
});
const { serviceId, staffIds } = await createBookable(db, { prefix: "hostile" });
/** Free slots (the service's staff work 09:00–17:00 Berlin every day). */
const FREE_SLOTS = [
  "2027-01-05T08:00:00.000Z",
  "2027-01-05T10:30:00.000Z",
  "2027-01-12T14:00:00.000Z",
];

const WEBHOOK_SECRET = "whsec_hostile_0123456789";
await setShopSettings(db, keys, { webhookSecret: WEBHOOK_SECRET });
const catalog = await createCatalog(db, "hostile");
const invoice = await checkout(
  db,
  await shopEnv(app.services),
  checkoutInput(catalog.paid, "open-invoice@example.com", {
    name: "Open Invoice",
  }),
  clock,
);
const INVOICE_NUMBER = invoice.invoiceNumber!;

const adminId = await createStaff(db, {
  email: "admin@example.com",
  password: "the real admin password",
});
const { key: apiKey } = await createApiKey(db, "hostile tests", null, clock);
const { key: licenseKey } = await issueLicense(
  db,
  keys,
  {
    product: "booking",
    email: "holder@example.com",
    reference: "hostile-fixture",
    type: "full",
  },
  { type: "system" },
  clock,
);

// --- what "nothing was written" means ---------------------------------------

const TABLES = [
  "bookings",
  "clients",
  "contacts",
  "orders",
  "invoices",
  "licenses",
  "license_activations",
  "payments",
] as const;

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db.selectFrom(table)
      .select(db.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Runs `fn` and asserts that no row was added to or removed from TABLES. */
async function writesNothing(fn: () => Promise<void>): Promise<void> {
  const before = await rowCounts();
  await fn();
  assert.deepEqual(await rowCounts(), before, "nothing was written");
}

// --- requests ---------------------------------------------------------------

let address = 0;
/** A new client address per request, so per-IP rate limits stay out of the way. */
function freshAddress(): string {
  address++;
  return `10.${Math.floor(address / 62500) % 250}.${
    Math.floor(address / 250) % 250
  }.${address % 250}`;
}

/** One browser-like visitor with a CSRF token for the form posts. */
const visitor = new TestClient(app.url);
await visitor.page("/booking");

type FormValue = string | string[] | undefined;
type FormFields = Record<string, FormValue>;

function formBody(fields: FormFields): URLSearchParams {
  const body = new URLSearchParams({ _csrf: visitor.csrf! });
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of [value].flat()) body.append(key, item);
  }
  return body;
}

function postForm(
  path: string,
  body: BodyInit,
  headers: Record<string, string> = {},
): Promise<Response> {
  return visitor.request(path, {
    method: "POST",
    body,
    headers: { "x-forwarded-for": freshAddress(), ...headers },
  });
}

function postJson(
  path: string,
  body: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(app.url + path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": freshAddress(),
      ...headers,
    },
    body,
  });
}

/** A refusal as a page: 4xx, HTML, and a visible message (page, field or form error). */
async function assertRefusedPage(res: Response, context: string) {
  const html = await res.text();
  assert.ok(
    res.status >= 400 && res.status < 500,
    `${context}: expected a 4xx, got ${res.status}`,
  );
  assert.match(res.headers.get("content-type") ?? "", /^text\/html/, context);
  const locale = pageLocale(html, context);
  const shown = shownMessages(html);
  assert.ok(shown.length > 0, `${context}: the page says what is wrong`);
  for (const text of shown) {
    assert.ok(
      [...messagePatterns[locale].keys()].some((key) =>
        isMessage(locale, key, text)
      ),
      `${context}: "${text}" is a message of the ${locale} catalog, filled in`,
    );
  }
  return html;
}

/** Asserts that the page shows the message `key` in its own language. */
function assertShows(html: string, key: MessageKey, context: string) {
  const locale = pageLocale(html, context);
  assert.ok(
    shownMessages(html).some((text) => isMessage(locale, key, text)),
    `${context}: the page shows ${key} in ${locale}: ${shownMessages(html)}`,
  );
}

function pageLocale(html: string, context: string): Locale {
  const locale = html.match(/<html lang="(\w+)"/)?.[1];
  assert.ok(isLocale(locale), `${context}: the page names its language`);
  return locale;
}

/**
 * The texts a refusal shows: the message page's title and sentence, field
 * errors and form errors, as the reader sees them (entities decoded).
 */
function shownMessages(html: string): string[] {
  const shown = [
    /<section class="message-page[^"]*">\s*<h1>([^<]*)<\/h1>\s*<p>([^<]*)<\/p>/g,
    /<span class="field-error"[^>]*>([^<]*)<\/span>/g,
    /<div class="alert alert-error"[^>]*>([^<]*)<\/div>/g,
  ].flatMap((element) =>
    [...html.matchAll(element)].flatMap(([, ...texts]) => texts)
  );
  const entities: Record<string, string> = {
    "&amp;": "&",
    "&lt;": "<",
    "&gt;": ">",
    "&quot;": '"',
    "&#39;": "'",
  };
  return shown.map((text) =>
    text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity])
  );
}

/**
 * Every catalog message per language as a pattern, a `{placeholder}` standing
 * for the value filled in (which never shows a brace: an unfilled one fails).
 */
const messagePatterns = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Map(
      catalogs.flatMap((catalog) => Object.entries(catalog)).map((
        [key, message],
      ) => [
        key as MessageKey,
        new RegExp(
          `^${
            message[locale].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
              .replace(/\\\{\w+\\\}/g, "[^{}]+")
          }$`,
        ),
      ]),
    ),
  ]),
) as Record<Locale, Map<MessageKey, RegExp>>;

/** Whether `text` is the message `key` in `locale`, filled in. */
function isMessage(locale: Locale, key: MessageKey, text: string): boolean {
  return messagePatterns[locale].get(key)!.test(text);
}

/** A refusal of the JSON API: 4xx with `{ error: { code, message } }`. */
async function assertRefusedJson(res: Response, context: string) {
  const text = await res.text();
  assert.ok(
    res.status >= 400 && res.status < 500,
    `${context}: expected a 4xx, got ${res.status}: ${text.slice(0, 300)}`,
  );
  assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
  const body = JSON.parse(text);
  assert.equal(typeof body.error?.code, "string", context);
  assert.ok(body.error.code.length > 0, context);
  assert.equal(typeof body.error?.message, "string", context);
  assert.ok(body.error.message.length > 0, context);
  return body;
}

// --- hostile values -----------------------------------------------------------

/** Strings that broke something somewhere once. */
const edgeStrings = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202Eevil.exe\u202C", // right-to-left override
  "\u200F\u05E9\u05DC\u05D5\u05DD\u200E", // RTL mark, Hebrew, LTR mark
  "a\u200Bb\u200Cc\u200Dd\uFEFF", // zero-width characters and a BOM
  "👩‍👩‍👧‍👦🏳️‍🌈🧑🏽‍💻",
  "e\u0301\u0301\u0301", // stacked combining marks
  "\uFFFD\uFFFE\uFFFF",
  "\uD800", // lone surrogates
  "a\uDFFFb",
  "\u{10FFFF}\u{E0001}",
  "\r\n\t\u000B\u000C\u0085\u2028\u2029",
  "'; DROP TABLE bookings; --",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "%00%0d%0a",
  "${7*7}{{7*7}}",
  "../../../../etc/passwd",
  "null",
  "undefined",
  "[object Object]",
  "true",
  "-0",
  "1e308",
  "-1e308",
  "NaN",
  "Infinity",
  "99999999999999999999999999999999",
  "0x7fffffffffffffff",
);

/** Far-past, far-future, impossible and malformed dates and times. */
const hostileDates = fc.oneof(
  fc.constantFrom(
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00.000Z",
    "1900-01-01T00:00:00Z",
    "1970-01-01T00:00:00Z",
    "2027-01-03T09:00:00.000Z", // yesterday
    "2027-01-08T09:10:00.000Z", // off the slot grid
    "2027-01-08T20:00:00.000Z", // outside working hours
    "2999-12-31T23:00:00Z",
    "9999-12-31T23:59:59.999Z",
    "+275760-09-13T00:00:00.000Z",
    "-271821-04-20T00:00:00.000Z",
    "2027-02-30T10:00:00Z",
    "2027-01-05T25:00:00Z",
    "2027-01-05T08:00:00+99:00",
    "2027-01-05",
    "2027-01-05 08:00",
    "tomorrow",
    "8640000000000001",
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer().map(String),
);

/** A long string: past every field's maximum, up to a few hundred KB. */
const oversized = fc.constantFrom(201, 255, 2001, 10_000, 200_000).chain((
  length,
) =>
  fc.constantFrom("x", "ü", "😀", "\u200B").map((unit) => unit.repeat(length))
);

const hostileString = fc.oneof(
  { arbitrary: edgeStrings, weight: 3 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 2 },
  { arbitrary: hostileDates, weight: 1 },
  { arbitrary: oversized, weight: 1 },
);

/** A form field: a string, a repeated field (wrong type), or missing. */
const hostileFormValue: fc.Arbitrary<FormValue> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  {
    arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }),
    weight: 1,
  },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

/** A string that contains a NUL somewhere (Postgres cannot store one). */
const withNul = fc.tuple(
  fc.string({ maxLength: 10 }),
  fc.string({ maxLength: 10 }),
)
  .map(([a, b]) => `${a}\u0000${b}`);

/** A string with at least one character and no NUL that is invalid by length. */
const tooLong = (max: number) =>
  fc.constantFrom("x", "é", "😀").chain((unit) =>
    fc.integer({ min: max + 1, max: max + 50 }).map((n) => unit.repeat(n))
  );

/**
 * A form built from valid values, hostile values and missing fields, with
 * one field (the anchor) certainly invalid: so no case may be accepted.
 */
function hostileForm(
  valid: Record<string, fc.Arbitrary<FormValue>>,
  invalid: Record<string, fc.Arbitrary<FormValue>>,
): fc.Arbitrary<FormFields> {
  const fields: Record<string, fc.Arbitrary<FormValue>> = {};
  for (const [name, arbitrary] of Object.entries(valid)) {
    fields[name] = fc.oneof(
      { arbitrary, weight: 3 },
      { arbitrary: hostileFormValue, weight: 2 },
    );
  }
  const anchor = fc.constantFrom(...Object.keys(invalid)).chain((name) =>
    invalid[name].map((value) => [name, value] as const)
  );
  // Half the cases are valid but for the anchor: they get past the schema
  // as far as the field allows, down to the database.
  const rest = fc.oneof(fc.record(valid), fc.record(fields));
  return fc.tuple(rest, anchor).map(([form, [name, value]]) => ({
    ...form,
    [name]: value,
  }));
}

/** How a form body reaches the server. */
const formEncoding = fc.constantFrom("urlencoded", "multipart", "json", "text");
/** The language a visitor's browser asks for. */
const language = fc.constantFrom<Locale>("en", "de");

function encodeForm(
  fields: FormFields,
  encoding: string,
): { body: BodyInit; headers: Record<string, string> } {
  const csrf = { "x-csrf-token": visitor.csrf! };
  if (encoding === "urlencoded") return { body: formBody(fields), headers: {} };
  if (encoding === "multipart") {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      // A file where text is expected (a wrong type) for every other field.
      if (key.length % 2 === 0) {
        form.append(key, new Blob([[value].flat().join()]), "upload.txt");
      } else for (const item of [value].flat()) form.append(key, item);
    }
    return { body: form, headers: csrf };
  }
  const json = JSON.stringify(fields);
  return {
    body: json,
    headers: {
      ...csrf,
      "content-type": encoding === "json" ? "application/json" : "text/plain",
    },
  };
}

// --- the public forms ---------------------------------------------------------

const bookingValid = {
  service: fc.constant(serviceId),
  staff: fc.constantFrom("any", staffIds[0]),
  start: fc.constantFrom(...FREE_SLOTS),
  name: fc.constantFrom("Erika Muster", "\u05E9\u05E8\u05D4 👩‍💻", "Zoë\u200B"),
  email: fc.constantFrom("erika@example.com", "x@example.de"),
  phone: fc.constantFrom("+49 30 123456", ""),
  note: fc.constantFrom("", "Bitte klingeln 🔔"),
};

const bookingInvalid: Record<string, fc.Arbitrary<FormValue>> = {
  service: fc.oneof(fc.uuid(), hostileString),
  staff: fc.oneof(fc.uuid(), hostileString).filter((s) =>
    s !== "any" && !staffIds.includes(s)
  ),
  start: hostileDates,
  name: fc.oneof(fc.constantFrom("", "   ", "\t\n"), tooLong(200), withNul),
  email: fc.oneof(
    fc.constantFrom(
      "",
      "not-an-email",
      "a@",
      "@example.com",
      "a b@example.com",
    ),
    withNul,
    tooLong(254).map((s) => s + "@example.com"),
  ),
  phone: fc.oneof(tooLong(50), withNul),
  note: fc.oneof(tooLong(2000), withNul),
};

Deno.test("POST /booking: hostile forms are refused with a page and book nothing", async () => {
  await writesNothing(async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm(bookingValid, bookingInvalid),
        formEncoding,
        language,
        async (fields, encoding, locale) => {
          const { body, headers } = encodeForm(fields, encoding);
          const res = await postForm("/booking", body, {
            ...headers,
            "accept-language": locale,
          });
          const context = `booking ${encoding} ${locale}`;
          const html = await assertRefusedPage(res, context);
          assert.equal(pageLocale(html, context), locale, context);
        },
      ),
      runs(100),
    );
  });
});

const checkoutValid = {
  item: fc.constantFrom(catalog.paid, catalog.free, catalog.bundle),
  mode: fc.constant("buy"),
  name: fc.constantFrom("Berta Buyer", "\u202Bمحمد\u202C", "🦄 Unicorn"),
  company: fc.constantFrom("", "Buyer GmbH", "\u200E株式会社"),
  email: fc.constantFrom("buyer@example.com", "b+tag@example.org"),
  address: fc.constantFrom("Hauptstr. 1", "Straße des 17. Juni 1"),
  postal_code: fc.constantFrom("10115", "SW1A 1AA"),
  city: fc.constantFrom("Berlin", "Zürich"),
  country: fc.constantFrom("DE", "ch"),
  terms: fc.constantFrom("on", "true"),
};

const checkoutInvalid: Record<string, fc.Arbitrary<FormValue>> = {
  item: fc.oneof(fc.constant("no-such-item"), hostileString).filter((s) =>
    !Object.values(catalog).includes(s)
  ),
  mode: hostileString.filter((s) => s !== "buy" && s !== "trial"),
  name: fc.oneof(fc.constantFrom("", " \t "), tooLong(200), withNul),
  company: fc.oneof(tooLong(200), withNul),
  email: fc.oneof(fc.constantFrom("", "@", "x@y"), withNul),
  // Empty is refused only for paid orders (tests/checkout_rules_test.ts).
  address: fc.oneof(tooLong(300), withNul),
  postal_code: fc.oneof(tooLong(20), withNul),
  city: fc.oneof(tooLong(100), withNul),
  country: fc.oneof(
    fc.constantFrom("", "D", "DEU", "12", "Ü1", "\u0000\u0000"),
    fc.array(fc.constant("DE"), { minLength: 2, maxLength: 2 }),
  ),
  terms: fc.constantFrom(undefined, "", "off", "no", "1", "ON"),
};

Deno.test("POST /shop/checkout: hostile forms are refused with a page and order nothing", async () => {
  await writesNothing(async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm(checkoutValid, checkoutInvalid),
        formEncoding,
        language,
        async (fields, encoding, locale) => {
          const { body, headers } = encodeForm(fields, encoding);
          const res = await postForm("/shop/checkout", body, {
            ...headers,
            "accept-language": locale,
          });
          const context = `checkout ${encoding} ${locale}`;
          const html = await assertRefusedPage(res, context);
          assert.equal(pageLocale(html, context), locale, context);
        },
      ),
      runs(100),
    );
  });
});

Deno.test("POST /admin/login: hostile credentials are refused with a page", async () => {
  const fields = fc.record({
    email: fc.oneof(fc.constant("admin@example.com"), hostileFormValue),
    password: hostileFormValue,
    next: hostileFormValue,
  }, { requiredKeys: [] });
  await writesNothing(async () => {
    await fc.assert(
      fc.asyncProperty(fields, formEncoding, async (form, encoding) => {
        const { body, headers } = encodeForm(form, encoding);
        const res = await postForm("/admin/login", body, headers);
        assert.equal(
          res.headers.getSetCookie().some((c) =>
            c.startsWith("portico_staff=") && !/max-age=0/i.test(c)
          ),
          false,
          "no session",
        );
        await assertRefusedPage(res, `sign-in ${encoding}`);
      }),
      runs(50),
    );
  });
});

Deno.test("POST /clients/login/email: a hostile address is sent back to the form with its error", async () => {
  // This form redirects back to /clients/login (it sits below the sign-in
  // form there) and says what is wrong in the flash message it shows.
  const invalidEmail = fc.oneof(
    hostileFormValue.filter((v) =>
      typeof v !== "string" || !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v.trim())
    ),
    withNul,
  );
  await writesNothing(async () => {
    await fc.assert(
      fc.asyncProperty(invalidEmail, formEncoding, async (email, encoding) => {
        const { body, headers } = encodeForm({ email }, encoding);
        const client = new TestClient(app.url);
        client.cookies.set(
          "portico_csrf",
          visitor.cookies.get("portico_csrf")!,
        );
        const res = await client.request("/clients/login/email", {
          method: "POST",
          body,
          headers: { "x-forwarded-for": freshAddress(), ...headers },
        });
        // Over 1 MB, or no form at all: a page says so.
        if (res.status === 413 || encoding === "json" || encoding === "text") {
          await assertRefusedPage(res, `link email, ${encoding}`);
          return;
        }
        await res.body?.cancel();
        assert.ok(
          res.status === 303,
          `expected the redirect back, got ${res.status}`,
        );
        assert.equal(res.headers.get("location"), "/clients/login");
        const page = await client.page("/clients/login");
        assert.equal(page.status, 200);
        assert.match(
          page.html,
          /class="alert alert-error"[^>]*>Please enter a valid email address\./,
        );
      }),
      runs(50),
    );
  });
});

Deno.test("Unicode that is valid text is kept as typed, not refused", async () => {
  const names = [
    "\u05E9\u05E8\u05D4 \u200F(RTL)\u200E",
    "Zo\u00EB\u200B\u200D",
    "👩‍👩‍👧‍👦 Family",
    "e\u0301 \u{10FFFF}",
  ];
  for (const [i, name] of names.entries()) {
    const res = await postForm(
      "/booking",
      formBody({
        service: serviceId,
        staff: staffIds[0],
        start: `2027-01-2${i}T08:00:00.000Z`,
        name,
        email: `unicode${i}@example.com`,
      }),
    );
    assert.equal(res.status, 303, name);
    await res.body?.cancel();
    const row = await db.selectFrom("bookings").select("name")
      .where("email", "=", `unicode${i}@example.com`).executeTakeFirstOrThrow();
    assert.equal(row.name, name);
  }
});

// --- bodies over the limit -----------------------------------------------------

const MB = 1024 * 1024;

/** A url-encoded form a little over 1 MB, in a field a form really has. */
function hugeForm(bytes: number, unit: string): URLSearchParams {
  const body = formBody({ service: serviceId, staff: "any" });
  body.set("note", unit.repeat(Math.ceil(bytes / unit.length)));
  return body;
}

/** A body without content-length: sent in chunks as it is produced. */
function chunked(total: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      controller.enqueue(new TextEncoder().encode("a".repeat(size)));
      sent += size;
    },
  });
}

Deno.test("form bodies over 1 MB are refused with 413 and a localised page", async () => {
  await writesNothing(async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "/booking",
          "/shop/checkout",
          "/admin/login",
          "/clients/login/email",
          "/setup",
          "/no-such-page",
        ),
        fc.integer({ min: MB + 1, max: 3 * MB }),
        fc.constantFrom("x", "ä", "😀", "\u0000"),
        async (path, bytes, unit) => {
          const res = await postForm(path, hugeForm(bytes, unit));
          assert.equal(res.status, 413, path);
          const html = await assertRefusedPage(res, path);
          assert.match(html, /Too much data/);
        },
      ),
      runs(12),
    );
    const german = await postForm("/booking", hugeForm(MB + 1, "x"), {
      "accept-language": "de-DE,de;q=0.9",
    });
    assert.equal(german.status, 413);
    assert.match(await german.text(), /Zu viele Daten.*höchstens 1 MB/s);
  });
});

Deno.test("a body of exactly 1 MB still reaches the form", async () => {
  const body = hugeForm(0, "x");
  body.set("note", "");
  const base = body.toString().length;
  body.set("note", "x".repeat(MB - base));
  assert.equal(body.toString().length, MB);
  await writesNothing(async () => {
    for (const locale of LOCALES) {
      const res = await postForm("/booking", body, {
        "accept-language": locale,
      });
      assert.equal(res.status, 422, "the form's own answer: note too long");
      assertShows(await res.text(), "form.tooLong", `1 MB note, ${locale}`);
    }
  });
});

Deno.test("a chunked body without content-length is cut off at the limit too", async () => {
  await writesNothing(async () => {
    const form = await postForm("/booking", chunked(2 * MB), {
      "content-type": "application/x-www-form-urlencoded",
    });
    assert.equal(form.status, 413);
    assert.match(await form.text(), /Too much data/);
    const api = await postJson("/api/licenses/validate", chunked(100 * 1024));
    assert.equal(api.status, 413);
    assert.equal((await api.json()).error.code, "PAYLOAD_TOO_LARGE");
    // Under the limit, the chunked body arrives whole.
    const small = await postJson(
      "/api/licenses/validate",
      new Blob([JSON.stringify({ key: "NOPE", domain: "a.com" })]).stream(),
    );
    assert.equal(small.status, 400);
    assert.equal((await small.json()).error.code, "KEY_MALFORMED");
  });
});

// --- the JSON APIs --------------------------------------------------------------

/** Any JSON-ish value of a wrong type for a string field. */
const wrongType = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    5e-324,
    [],
    {},
    [""],
    { $ne: null },
  ),
  fc.integer(),
  fc.double(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), {
    maxKeys: 3,
  }),
);

const hostileJsonValue = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: wrongType, weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

/** Text that is not one JSON value. */
const malformedJson = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    '{"key":',
    "[1,",
    "{'key': 'a'}",
    '{"key": "a",}',
    '{"a":1}}',
    "NaN",
    "undefined",
    "\u0000",
    "\uFEFF{}",
    '{"key": "\\ud800"', // unterminated, with a lone surrogate escape
    "1e99999",
    "[".repeat(5000),
  ),
  fc.string({ maxLength: 30 }).map((s) => `{${s}`),
);

/** A raw body for a JSON endpoint and the content type it is sent with. */
function jsonCase(
  object: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<{ body: string; type: string | undefined }> {
  const body = fc.oneof(
    { arbitrary: object.map((o) => JSON.stringify(o)), weight: 6 },
    { arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)), weight: 2 },
    { arbitrary: malformedJson, weight: 2 },
  );
  const type = fc.oneof(
    { arbitrary: fc.constant("application/json"), weight: 8 },
    {
      arbitrary: fc.constantFrom(
        undefined,
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=xyz",
        "application/xml",
        "application/json; charset=utf-16",
      ),
      weight: 2,
    },
  );
  return fc.record({ body, type });
}

function sendJson(
  path: string,
  c: { body: string; type: string | undefined },
  headers: Record<string, string> = {},
) {
  const all: Record<string, string> = {
    "x-forwarded-for": freshAddress(),
    ...headers,
  };
  if (c.type) all["content-type"] = c.type;
  return fetch(app.url + path, { method: "POST", headers: all, body: c.body });
}

/** An object with hostile values; `anchor` makes sure one of them is invalid. */
function hostileObject(
  valid: Record<string, fc.Arbitrary<unknown>>,
  invalid: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, arbitrary] of Object.entries(valid)) {
    fields[name] = fc.oneof(
      { arbitrary, weight: 3 },
      { arbitrary: hostileJsonValue, weight: 2 },
    );
  }
  const anchor = fc.constantFrom(...Object.keys(invalid)).chain((name) =>
    invalid[name].map((value) => [name, value] as const)
  );
  const rest = fc.oneof(fc.record(valid), fc.record(fields));
  return fc.tuple(
    rest,
    anchor,
    fc.dictionary(fc.string({ maxLength: 8 }), hostileJsonValue, {
      maxKeys: 2,
    }),
  ).map(([object, [name, value], extra]) => ({
    ...extra,
    ...object,
    [name]: value,
  }));
}

/** Domains the license server can never accept. */
const invalidDomain = fc.oneof(
  fc.constantFrom(
    "",
    "   ",
    "a b.com",
    "user@a.com",
    "https://a.com/path",
    "a..com",
    "-",
    "http://",
    "x".repeat(301),
    `${"a".repeat(64)}.com`,
  ),
  withNul,
  wrongType,
);

Deno.test("POST /api/licenses/{activate,validate,deactivate}: hostile bodies are 4xx JSON", async () => {
  const keyDomain = fc.oneof(
    // Unknown or malformed keys with any domain.
    hostileObject(
      { domain: fc.constantFrom("example.com", "localhost") },
      {
        key: fc.oneof(
          hostileJsonValue,
          fc.constant(licenseKey.slice(0, -1)),
          fc.constant(licenseKey + "0"),
          fc.constant(licenseKey.toLowerCase().replaceAll("-", "")),
        ).filter((k) => k !== licenseKey),
      },
    ),
    // The real key with a domain it can never take.
    hostileObject({ key: fc.constant(licenseKey) }, { domain: invalidDomain }),
  );
  await writesNothing(async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("activate", "validate", "deactivate"),
        jsonCase(keyDomain),
        async (action, c) => {
          const res = await sendJson(`/api/licenses/${action}`, c);
          const body = await assertRefusedJson(res, action);
          if (res.status !== 413) assert.equal(body.valid, false);
        },
      ),
      runs(100),
    );
  });
});

Deno.test("POST /api/licenses: hostile issue requests are 4xx JSON, with or without an API key", async () => {
  const issue = hostileObject({
    product: fc.constantFrom("booking", "activity"),
    email: fc.constantFrom("buyer@example.com"),
    name: fc.constantFrom("Ünïcödé 👩‍💻", "\u202Ertl"),
    reference: fc.constantFrom("order-1", "ref 😀"),
    type: fc.constantFrom("full", "trial"),
    expires_at: fc.constantFrom("2027-12-31T00:00:00Z", undefined),
  }, {
    product: fc.oneof(
      hostileJsonValue,
      fc.constantFrom("Booking", "b", "x".repeat(41)),
    ).filter((p) =>
      typeof p !== "string" || !/^[a-z][a-z0-9_-]{1,39}$/.test(p)
    ),
    email: fc.oneof(wrongType, withNul, fc.constantFrom("", "x", "a@b@c")),
    name: fc.oneof(
      wrongType.filter((v) => v !== undefined),
      withNul,
      tooLong(200),
    ),
    reference: fc.oneof(
      wrongType,
      withNul,
      tooLong(200),
      fc.constantFrom("", "   "),
    ),
    type: hostileJsonValue.filter((t) => t !== "full" && t !== "trial"),
    expires_at: fc.oneof(
      wrongType.filter((v) => v !== undefined && v !== null),
      hostileDates.filter((d) => !/^\d{4}-\d\d-\d\dT/.test(d)),
      fc.constantFrom("0000-01-01T00:00:00Z", "1900-01-01T00:00:00Z"),
    ),
  });
  await writesNothing(async () => {
    await fc.assert(
      fc.asyncProperty(jsonCase(issue), fc.boolean(), async (c, withKey) => {
        const res = await sendJson(
          "/api/licenses",
          c,
          withKey ? { authorization: `Bearer ${apiKey}` } : {},
        );
        const body = await assertRefusedJson(res, "issue");
        if (!withKey) {
          assert.match(body.error.code, /^(UNAUTHORIZED|PAYLOAD_TOO_LARGE)$/);
        }
      }),
      runs(100),
    );
  });
});

Deno.test("POST /api/payments/webhook: hostile notifications are 4xx JSON and record no payment", async () => {
  const payment = hostileObject({
    invoice: fc.constant(INVOICE_NUMBER),
    amount: fc.constantFrom(100, 11900),
    currency: fc.constant("EUR"),
    transaction_id: fc.constantFrom("tx-1", "tx 😀"),
    method: fc.constantFrom("card", undefined),
  }, {
    invoice: fc.oneof(hostileJsonValue, withNul, fc.uuid()).filter((v) =>
      v !== INVOICE_NUMBER
    ),
    amount: fc.oneof(
      fc.constantFrom(0, -1, 0.5, 1e308, 1_000_000_001, "100", null, NaN),
      fc.double().filter((d) => !Number.isInteger(d) || d <= 0),
      fc.integer({ max: 0 }),
    ),
    currency: fc.oneof(
      fc.constantFrom("eur", "EURO", "", "USD", "€"),
      wrongType,
      withNul,
    ),
    transaction_id: fc.oneof(
      fc.constant(""),
      tooLong(200),
      withNul,
      wrongType,
    ),
    method: fc.oneof(
      fc.constant(""),
      tooLong(50),
      withNul,
      wrongType.filter((v) => v !== undefined),
    ),
  });
  await writesNothing(async () => {
    await fc.assert(
      fc.asyncProperty(
        jsonCase(payment),
        fc.constantFrom("signed", "unsigned", "wrong"),
        async (c, signing) => {
          const headers: Record<string, string> = {};
          if (signing === "signed") {
            headers["x-payment-signature"] = await signWebhookBody(
              WEBHOOK_SECRET,
              c.body,
            );
          } else if (signing === "wrong") {
            headers["x-payment-signature"] = await signWebhookBody(
              "not the secret",
              c.body,
            );
          }
          const res = await sendJson("/api/payments/webhook", c, headers);
          const body = await assertRefusedJson(res, "webhook");
          if (signing !== "signed") {
            assert.match(
              body.error.code,
              /^(BAD_SIGNATURE|PAYLOAD_TOO_LARGE)$/,
            );
          }
        },
      ),
      runs(100),
    );
  });
});

Deno.test("JSON bodies over 64 KB are refused with 413 on every API endpoint", async () => {
  await writesNothing(async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "/api/licenses",
          "/api/licenses/activate",
          "/api/licenses/validate",
          "/api/licenses/deactivate",
          "/api/payments/webhook",
        ),
        fc.integer({ min: 64 * 1024 + 1, max: 2 * MB }),
        async (path, bytes) => {
          const raw = JSON.stringify({
            key: licenseKey,
            domain: "a.com",
            pad: "x".repeat(bytes),
          });
          const res = await postJson(path, raw, {
            authorization: `Bearer ${apiKey}`,
            "x-payment-signature": await signWebhookBody(WEBHOOK_SECRET, raw),
          });
          assert.equal(res.status, 413);
          const body = await assertRefusedJson(res, path);
          assert.equal(body.error.code, "PAYLOAD_TOO_LARGE");
        },
      ),
      runs(15),
    );
  });
});

// --- bodies that are no form, JSON too deep ------------------------------------

/** Every page route that takes a POST, with ids of real rows where it has any. */
const FORM_ROUTES = Object.keys(manifest.routes).flatMap((file) => {
  const parsed = parseRouteFile(file);
  const { handler } = manifest.routes[file as keyof typeof manifest.routes] as {
    handler?: unknown;
  };
  const posts = typeof handler === "function" ||
    typeof (handler as { POST?: unknown } | undefined)?.POST === "function";
  const pattern = routePattern(parsed);
  return !parsed.name.startsWith("_") && posts && !pattern.startsWith("/api/")
    ? [pattern]
    : [];
});

const portalContact = await createClientWithContact(db, {
  email: "portal-hostile@example.com",
});
const firstId = async (
  table: "clients" | "licenses" | "products" | "packages" | "email_outbox",
) =>
  (await db.selectFrom(table).select("id").limit(1).executeTakeFirst())?.id ??
    crypto.randomUUID();
const ROUTE_PARAMS: Record<string, string> = {
  id: crypto.randomUUID(),
  contactId: portalContact.contactId,
  module: "booking",
  token: "no-such-token",
};
/** The path of `pattern`, with the row its page is about where it has one. */
async function formPath(pattern: string): Promise<string> {
  const ids: Record<string, string> = {
    "/admin/booking/services/:id": serviceId,
    "/admin/booking/staff/:id": staffIds[0],
    "/admin/invoices/:id": invoice.invoiceId!,
    "/admin/shop/orders/:id": invoice.orderId,
    "/admin/clients/:id": portalContact.clientId,
    "/admin/clients/:id/contacts/:contactId": portalContact.clientId,
    "/admin/licenses/:id": await firstId("licenses"),
    "/admin/shop/products/:id": await firstId("products"),
    "/admin/shop/packages/:id": await firstId("packages"),
    "/admin/emails/:id/retry": await firstId("email_outbox"),
  };
  return pattern.replace(
    /:(\w+)/g,
    (_, name: string) =>
      name === "id" && ids[pattern] ? ids[pattern] : ROUTE_PARAMS[name],
  );
}

const staffClient = await sessionClient(app.url, db, "staff", adminId, clock);
const portalClient = await sessionClient(
  app.url,
  db,
  "contact",
  portalContact.contactId,
  clock,
);

/** Who posts to `pattern`: staff under /admin, the contact in the portal. */
function clientFor(pattern: string): TestClient {
  const signedOut = /^\/(admin|clients)\/(login|password)|^\/clients\/login/;
  if (signedOut.test(pattern)) return visitor;
  if (pattern.startsWith("/admin")) return staffClient;
  if (pattern.startsWith("/clients")) return portalClient;
  return visitor;
}

/** Form routes whose action takes no field, so they never read the body. */
const READS_NO_BODY = ["/admin/emails/:id/retry"];

/** Bodies a form route cannot read, each sent with a valid CSRF header. */
const NOT_A_FORM: Record<string, { type: string; body: string }> = {
  "text/plain": { type: "text/plain", body: "locale=de&choice=granted" },
  json: { type: "application/json", body: '{"locale":"de","token":"x"}' },
  "broken multipart": {
    type: "multipart/form-data; boundary=xyz",
    body: "no part starts with the boundary",
  },
  "multipart without boundary": {
    type: "multipart/form-data",
    body: "a=b",
  },
};

Deno.test("every form route refuses a body that is no form with a localised 4xx page, never a 500", async () => {
  assert.ok(FORM_ROUTES.length > 30, "the manifest's form routes were found");
  for (
    const pattern of [
      "/locale",
      "/clients/login/link",
      "/clients/consent",
      "/clients/booking",
      "/admin/license/:module",
    ]
  ) {
    assert.ok(FORM_ROUTES.includes(pattern), `${pattern} is covered`);
  }
  await writesNothing(async () => {
    for (const pattern of FORM_ROUTES) {
      const client = clientFor(pattern);
      const path = await formPath(pattern);
      for (const [what, { type, body }] of Object.entries(NOT_A_FORM)) {
        const res = await client.request(path, {
          method: "POST",
          headers: {
            "content-type": type,
            "x-csrf-token": client.csrf!,
            "x-forwarded-for": freshAddress(),
            "accept-language": "de",
          },
          body,
        });
        if (READS_NO_BODY.includes(pattern)) {
          assert.ok(res.status < 500, `${pattern}: ${res.status}`);
          await res.body?.cancel();
          continue;
        }
        const html = await assertRefusedPage(res, `${pattern} with ${what}`);
        if (res.status === 400 || res.status === 415) {
          // German unless the signed-in person chose English for themselves.
          const german = /<html lang="de"/.test(html);
          assert.match(
            html,
            german
              ? /Diese Anfrage konnte nicht gelesen werden/
              : /This request could not be read/,
            `${pattern} with ${what}: says so`,
          );
          if (client === visitor) assert.ok(german, `${pattern}: in German`);
        }
      }
    }
  });
  // Still signed in: no form post above ended a session.
  assert.equal((await staffClient.page("/admin")).status, 200);
});

/** `depth` arrays or objects inside each other, around a value. */
function nested(depth: number, shape: "array" | "object"): string {
  return shape === "array"
    ? "[".repeat(depth) + "1" + "]".repeat(depth)
    : '{"k":'.repeat(depth) + "1" + "}".repeat(depth);
}

Deno.test("JSON nested deeper than 32 levels is a 400 JSON error on every license endpoint and the webhook, whatever the depth", async () => {
  const endpoints = [
    "/api/licenses",
    "/api/licenses/activate",
    "/api/licenses/validate",
    "/api/licenses/deactivate",
    "/api/payments/webhook",
  ];
  const send = async (path: string, raw: string) =>
    await postJson(path, raw, {
      authorization: `Bearer ${apiKey}`,
      "x-payment-signature": await signWebhookBody(WEBHOOK_SECRET, raw),
    });
  await writesNothing(async () => {
    // The depth that overflowed the stack, inside a body that is otherwise right.
    for (const path of endpoints) {
      const raw = `{"key":"${licenseKey}","domain":"a.com","x":${
        nested(30_000, "array")
      }}`;
      const res = await send(path, raw);
      assert.equal(res.status, 400, path);
      const body = await assertRefusedJson(res, path);
      assert.equal(body.error.code, "INVALID_REQUEST", path);
      assert.match(body.error.message, /deeper than 32/, path);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        fc.integer({ min: 33, max: 30_000 }),
        fc.constantFrom("array" as const, "object" as const),
        async (path, depth, shape) => {
          const raw = nested(depth, shape);
          // Past 64 KB the size limit answers first, with its own 4xx.
          if (raw.length > 64 * 1024) return;
          const body = await assertRefusedJson(await send(path, raw), path);
          assert.equal(body.error.code, "INVALID_REQUEST", `${path} ${depth}`);
        },
      ),
      runs(40),
    );
    // 32 levels are read (and refused by the schema, not for their depth).
    const atLimit = await send("/api/licenses/validate", nested(32, "array"));
    const body = await assertRefusedJson(atLimit, "32 levels");
    assert.doesNotMatch(body.error.message, /deeper than/);
  });
});

// --- query strings ---------------------------------------------------------------

Deno.test("the slot API refuses days outside the years 2000–2100 with a 400 JSON error", async () => {
  for (
    const from of ["9999-12-31", "0001-01-01", "1999-12-31", "2101-01-01"]
  ) {
    const res = await app.request(
      `/booking/api/slots?service=${serviceId}&staff=any&from=${from}`,
    );
    assert.equal(res.status, 400, from);
    const body = await assertRefusedJson(res, from);
    assert.equal(body.error.code, "INVALID_QUERY", from);
  }
  const ok = await app.request(
    `/booking/api/slots?service=${serviceId}&staff=any&from=2027-01-05`,
  );
  assert.equal(ok.status, 200);
  assert.ok((await ok.json()).slots.length > 0);
});

Deno.test("other date parameters far off are refused or dropped, never a 500", async () => {
  for (const date of ["9999-12-31", "0001-01-01"]) {
    const month = date.slice(0, 7);
    const booking = await visitor.request(
      `/booking?service=${serviceId}&staff=any&month=${month}&date=${date}`,
    );
    await assertRefusedPage(booking, `booking page ${date}`);
    // Admin filters drop a value they cannot use, as they do any other.
    for (
      const path of [
        `/admin/booking?from=${date}&to=${date}`,
        `/admin/booking/agenda?date=${date}`,
      ]
    ) {
      const res = await staffClient.request(path);
      assert.equal(res.status, 200, path);
      await res.body?.cancel();
    }
  }
});

Deno.test("dates far off in the staff forms are refused beside the field and change nothing", async () => {
  const license = await db.selectFrom("licenses").select(["id", "expires_at"])
    .where("email", "=", "holder@example.com").executeTakeFirstOrThrow();
  await writesNothing(async () => {
    for (const date of ["9999-12-31", "0001-01-01"]) {
      const booking = await staffClient.post("/admin/booking/new", {
        service: serviceId,
        staff: staffIds[0],
        date,
        time: "10:00",
        name: "Far Off",
        email: "far-off@example.com",
        locale: "en",
      });
      assert.equal(booking.status, 422, `staff booking on ${date}`);
      assertShows(
        await booking.text(),
        "bookingAdmin.form.date",
        `staff booking on ${date}`,
      );
      const extend = await staffClient.post(`/admin/licenses/${license.id}`, {
        intent: "extend",
        expires_on: date,
      });
      assert.equal(extend.status, 422, `license valid through ${date}`);
      await extend.body?.cancel();
      const timeOff = await staffClient.post(
        `/admin/booking/staff/${staffIds[0]}`,
        { intent: "addTimeOff", start: `${date}T10:00`, end: `${date}T12:00` },
      );
      assert.equal(timeOff.status, 422, `time off on ${date}`);
      await timeOff.body?.cancel();
    }
  });
  const after = await db.selectFrom("licenses").select("expires_at")
    .where("id", "=", license.id).executeTakeFirstOrThrow();
  assert.deepEqual(after.expires_at, license.expires_at, "expiry unchanged");
  const timeOff = await db.selectFrom("time_off").select("id")
    .where("staff_id", "=", staffIds[0]).execute();
  assert.equal(timeOff.length, 0, "no time off");
});

Deno.test("a NUL in the query string (or the path) is a 400: a localised page, or JSON for JSON endpoints", async () => {
  const search = await staffClient.request("/admin/clients?q=%00", {
    headers: { "accept-language": "de" },
  });
  assert.equal(search.status, 400);
  assert.match(
    await assertRefusedPage(search, "admin client search"),
    /<html lang="de".*Diese Anfrage konnte nicht gelesen werden/s,
  );
  for (
    const path of ["/shop?ref=%00", "/booking?service=a%00b", "/shop/%00"]
  ) {
    const res = await visitor.request(path);
    assert.equal(res.status, 400, path);
    await assertRefusedPage(res, path);
  }
  const slots = await app.request(
    `/booking/api/slots?service=${serviceId}&staff=any&from=2027-01-05&x=%00`,
  );
  assert.equal(slots.status, 400);
  assert.equal(
    (await assertRefusedJson(slots, "slots")).error.code,
    "INVALID_QUERY",
  );
  // A literal "%00" (sent as %2500) is text like any other.
  const literal = await staffClient.request("/admin/clients?q=%2500");
  assert.equal(literal.status, 200);
  await literal.body?.cancel();
});

Deno.test("a heartbeat reporting a path with a NUL is a 400 and cannot stop the beats of others being written", async () => {
  const { contactId } = await createClientWithContact(db, {
    email: "beating-hostile@example.com",
  });
  await recordConsent(db, contactId, "granted", "test", clock);
  const token = await createSession(db, "contact", contactId, clock);
  const beat = (path: string) =>
    app.request(`/cat_heartbeat?path=${path}&view=1`, {
      headers: { cookie: `${SESSION_COOKIE.contact}=${token}` },
    });
  const hostile = await beat("/clients%00x");
  assert.equal(hostile.status, 400);
  assert.equal(
    (await assertRefusedJson(hostile, "heartbeat")).error.code,
    "INVALID_QUERY",
  );
  const fine = await beat("/clients");
  assert.equal(fine.status, 204);
  // Written by this flush or the app's own (every 2 s), which a stored NUL
  // would make fail for good.
  const visits = () =>
    db.selectFrom("page_visits").select("path")
      .where("contact_id", "=", contactId).execute();
  await app.services.activity.flush();
  await waitFor(
    "the beat to be written",
    async () => (await visits()).length > 0,
  );
  assert.deepEqual((await visits()).map((v) => v.path), ["/clients"]);
});
