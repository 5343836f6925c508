/**
 * Walking every route of the manifest: the routes with the methods they
 * answer (read from `fresh.gen.ts`), and an app full of real objects so
 * that every `:param` route has an id to visit, with a signed-in client of
 * each kind of visitor. Used by the authorization matrix and the HTML
 * validation test.
 */
import assert from "node:assert/strict";
import manifest from "@/fresh.gen.ts";
import { parseRouteFile, routePattern } from "@/lib/web/router.ts";
import type { Handlers } from "@/lib/web/mod.ts";
import { bookingEnv, shopEnv } from "@/lib/app/domains.ts";
import { createBooking } from "@/lib/booking/bookings.ts";
import { rotateCalendarFeed } from "@/lib/calendars/feed.ts";
import { issueLicense } from "@/lib/licensing/server.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import {
  issueCreditNote,
  uncreditedLines,
} from "@/lib/billing/credit_notes.ts";
import { saveSellerLogo } from "@/lib/billing/logo.ts";
import type { TestApp } from "./app.ts";
import { type BookableFixture, createBookable } from "./booking.ts";
import { createStaff, sessionClient, TestClient } from "./http.ts";
import {
  type CatalogFixture,
  checkoutInput,
  createCatalog,
  ONE_PIXEL_PNG,
} from "./shop.ts";

export type Method = keyof Handlers;
export const METHODS: Method[] = [
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "PATCH",
  "DELETE",
];

export interface Route {
  file: string;
  pattern: string;
  methods: Method[];
}

/** A route's methods, as lib/web/app.ts serves them. */
function routeMethods(module: unknown): Method[] {
  const { handler, default: page } = module as {
    handler?: unknown;
    default?: unknown;
  };
  if (typeof handler === "function") return METHODS;
  const handlers = (handler ?? {}) as Handlers;
  const methods = new Set(METHODS.filter((m) => handlers[m]));
  if (page) methods.add("GET");
  if (methods.has("GET")) methods.add("HEAD");
  return METHODS.filter((m) => methods.has(m));
}

/** Files of the manifest that are the web layer's, not routes (`_app`, …). */
export const FRAMEWORK_ROUTE_FILES: string[] = [];
/** Every route of the manifest. */
export const ROUTES: Route[] = [];
for (const [file, module] of Object.entries(manifest.routes)) {
  const parsed = parseRouteFile(file);
  if (parsed.name.startsWith("_")) {
    FRAMEWORK_ROUTE_FILES.push(file);
    continue;
  }
  ROUTES.push({
    file,
    pattern: routePattern(parsed),
    methods: routeMethods(module),
  });
}

/** What a client of the shop owns: an order, invoice, license and booking. */
export interface BuyerFixture {
  clientId: string;
  contactId: string;
  orderId: string;
  invoiceId: string;
  /** A small credit note on the invoice, which stays open. */
  creditNoteId: string;
  licenseId: string;
  bookingId: string;
  manageToken: string;
}

/** An app's objects, ids for every `:param` route and one client per visitor. */
export interface RouteFixtures {
  adminId: string;
  staffId: string;
  bookable: BookableFixture;
  catalog: CatalogFixture;
  a: BuyerFixture;
  b: BuyerFixture;
  /** Real ids for every `:param` route (client A's objects where it matters). */
  params: Record<string, Record<string, string>>;
  /** No session cookie at all (but a CSRF seed and token). */
  anonymous: TestClient;
  /** Staff sessions of the roles `admin` and `staff`. */
  admin: TestClient;
  staff: TestClient;
  /** Portal sessions of contacts of two different clients. */
  contactA: TestClient;
  contactB: TestClient;
}

/** Fills `app` with everything the route walk visits. */
export async function createRouteFixtures(
  app: TestApp,
  now: Date,
): Promise<RouteFixtures> {
  const { db, keys } = app.services;
  const adminId = await createStaff(db, {
    email: "matrix-admin@example.com",
    password: "matrix admin password",
    role: "admin",
  });
  const bookable = await createBookable(db, { prefix: "matrix" });
  const staffId = bookable.staffIds[0]; // role "staff"
  const catalog = await createCatalog(db, "matrix");
  // A seller logo (1 × 1 PNG), so /seller-logo and the invoices show one.
  await saveSellerLogo(
    db,
    { type: "system" },
    ONE_PIXEL_PNG,
    now,
  );

  async function buyer(email: string): Promise<BuyerFixture> {
    const order = await checkout(
      db,
      await shopEnv(app.services),
      checkoutInput(catalog.paid, email, {
        name: "Matrix Buyer",
        company: `${email} GmbH`,
      }),
      now,
    );
    const { client_id: clientId } = await db.selectFrom("contacts")
      .select("client_id").where("id", "=", order.contactId)
      .executeTakeFirstOrThrow();
    const license = await issueLicense(
      db,
      keys,
      {
        product: "booking",
        email,
        clientId,
        reference: `matrix:${email}`,
        type: "full",
      },
      { type: "system" },
      now,
    );
    // Bound to a domain, so that releasing it would be a real change.
    const activated = await fetch(`${app.url}/api/licenses/activate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ key: license.key, domain: `${clientId}.example` }),
    });
    assert.equal(activated.status, 200);
    await activated.body?.cancel();
    const start = new Date(now.getTime() + 14 * 86_400_000);
    start.setUTCHours(10, 0, 0, 0);
    const booking = await createBooking(
      db,
      await bookingEnv(app.services),
      {
        serviceId: bookable.serviceId,
        staff: staffId,
        start: new Date(
          start.getTime() + (email.startsWith("a") ? 0 : 7_200_000),
        ),
        name: "Matrix Buyer",
        email,
        locale: "en",
      },
      { type: "staff", id: adminId },
      now,
    );
    // A small credit on the invoice, which stays open.
    const [line] = await uncreditedLines(db, order.invoiceId!);
    const creditNote = await issueCreditNote(db, { type: "system" }, {
      invoiceId: order.invoiceId!,
      lines: [{ invoiceItemId: line.invoiceItemId, netCents: 100 }],
      reason: "Route walk",
    }, now);
    return {
      clientId,
      contactId: order.contactId,
      orderId: order.orderId,
      invoiceId: order.invoiceId!,
      creditNoteId: creditNote.id,
      licenseId: license.license.id,
      bookingId: booking.id,
      manageToken: booking.manageToken,
    };
  }
  const a = await buyer("a-matrix@example.com");
  const b = await buyer("b-matrix@example.com");

  const idOf = async (table: "products" | "packages", slug: string) =>
    (await db.selectFrom(table).select("id").where("slug", "=", slug)
      .executeTakeFirstOrThrow()).id;
  const { id: emailId } = await db.selectFrom("email_outbox").select("id")
    .limit(1).executeTakeFirstOrThrow();
  const { id: webhookId } = await db.insertInto("webhook_endpoints").values({
    url: "https://hooks.example.com/portico",
    events: ["booking.created"],
    secret_sealed: "never opened by a page",
  }).returning("id").executeTakeFirstOrThrow();

  const feed = new URL(
    (await rotateCalendarFeed(
      db,
      { type: "staff", id: staffId },
      staffId,
      { showClientNames: false },
      { appUrl: app.url },
      now,
    )).https,
  ).pathname.split("/");
  const params: Record<string, Record<string, string>> = {
    "/calendar/:feedId/:file": { feedId: feed[2], file: feed[3] },
    "/shop/:slug": { slug: catalog.paid },
    "/legal/:document": { document: "terms" },
    "/booking/manage/:token": { token: a.manageToken },
    "/booking/manage/:token/calendar": { token: a.manageToken },
    "/booking/manage/:token/cancel": { token: a.manageToken },
    "/booking/manage/:token/reschedule": { token: a.manageToken },
    "/shop/orders/:id": { id: a.orderId },
    "/shop/orders/:id/pdf": { id: a.orderId },
    "/shop/orders/:id/pay": { id: a.orderId },
    "/shop/orders/:id/credit-notes/:creditNoteId": {
      id: a.orderId,
      creditNoteId: a.creditNoteId,
    },
    "/clients/invoices/:id": { id: a.invoiceId },
    "/clients/invoices/:id/pdf": { id: a.invoiceId },
    "/clients/invoices/:id/xml": { id: a.invoiceId },
    "/clients/credit-notes/:id": { id: a.creditNoteId },
    "/clients/credit-notes/:id/pdf": { id: a.creditNoteId },
    "/clients/credit-notes/:id/xml": { id: a.creditNoteId },
    "/admin/activity/:contactId": { contactId: a.contactId },
    "/admin/booking/:id": { id: a.bookingId },
    "/admin/booking/:id/confirm": { id: a.bookingId },
    "/admin/booking/:id/reschedule": { id: a.bookingId },
    "/admin/booking/services/:id": { id: bookable.serviceId },
    "/admin/booking/staff/:id": { id: staffId },
    "/admin/clients/:id": { id: a.clientId },
    "/admin/clients/:id/contacts/:contactId": {
      id: a.clientId,
      contactId: a.contactId,
    },
    "/admin/emails/:id": { id: emailId },
    "/admin/emails/:id/html": { id: emailId },
    "/admin/emails/:id/retry": { id: emailId },
    "/admin/webhooks/:id": { id: webhookId },
    "/api/booking/bookings/:id": { id: a.bookingId },
    "/admin/invoices/:id": { id: a.invoiceId },
    "/admin/invoices/:id/pdf": { id: a.invoiceId },
    "/admin/invoices/:id/xml": { id: a.invoiceId },
    "/admin/credit-notes/:id": { id: a.creditNoteId },
    "/admin/credit-notes/:id/pdf": { id: a.creditNoteId },
    "/admin/credit-notes/:id/xml": { id: a.creditNoteId },
    "/admin/license/:module": { module: "booking" },
    "/admin/licenses/:id": { id: a.licenseId },
    "/admin/shop/orders/:id": { id: a.orderId },
    "/admin/shop/packages/:id": { id: await idOf("packages", catalog.bundle) },
    "/admin/shop/products/:id": { id: await idOf("products", catalog.paid) },
  };

  const anonymous = new TestClient(app.url);
  await anonymous.page("/admin/login"); // a CSRF seed and token, no session
  const admin = await sessionClient(app.url, db, "staff", adminId);
  const staff = await sessionClient(app.url, db, "staff", staffId);
  const contactA = await sessionClient(app.url, db, "contact", a.contactId);
  const contactB = await sessionClient(app.url, db, "contact", b.contactId);
  for (const client of [anonymous, admin, staff, contactA, contactB]) {
    assert.ok(client.csrf, "every client has a CSRF token to send");
  }
  return {
    adminId,
    staffId,
    bookable,
    catalog,
    a,
    b,
    params,
    anonymous,
    admin,
    staff,
    contactA,
    contactB,
  };
}

/** `pattern` with its `:params` replaced by the ids in `params`. */
export function fillPattern(
  pattern: string,
  params: Record<string, string> | undefined,
): string {
  return pattern.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => {
    const value = params?.[name];
    if (!value) throw new Error(`no value for :${name} in ${pattern} (params)`);
    return encodeURIComponent(value);
  });
}
