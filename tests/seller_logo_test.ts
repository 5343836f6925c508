import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn, type TestClient } from "./helpers/http.ts";
import { checkoutInput, createCatalog, ONE_PIXEL_PNG } from "./helpers/shop.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { LOGO_MAX_BYTES } from "@/lib/billing/logo.ts";
import { renderBillingPdf } from "@/lib/billing/pdf.ts";

const clock = new Date("2027-04-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const catalog = await createCatalog(db, "logo");
await createStaff(db, {
  email: "logo-admin@example.com",
  password: "logo admin password",
  role: "admin",
});
await createStaff(db, {
  email: "logo-staff@example.com",
  password: "logo staff password",
  role: "staff",
});
const admin = await signIn(
  app.url,
  "admin",
  "logo-admin@example.com",
  "logo admin password",
);

const PNG = ONE_PIXEL_PNG;

async function upload(
  client: TestClient,
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
) {
  await client.page("/admin/settings/business");
  const body = new FormData();
  body.set("_csrf", client.csrf!);
  body.set("logo", new File([bytes], name, { type: "image/png" }));
  const res = await client.request("/admin/settings/logo", {
    method: "POST",
    body,
  });
  await res.body?.cancel();
  return res;
}

const stored = async () =>
  await db.selectFrom("seller_logo").select(["content_type", "bytes"])
    .executeTakeFirst();

Deno.test("a logo that is not a PNG or JPEG by its bytes, too large or unreadable is refused, nothing stored", async () => {
  for (
    const [bytes, message] of [
      [new TextEncoder().encode("<svg></svg>"), "must be a PNG or JPEG"],
      [new TextEncoder().encode("GIF89a........"), "must be a PNG or JPEG"],
      [PNG.slice(0, 20), "cannot be read"],
      [
        Uint8Array.from([...PNG, ...new Uint8Array(LOGO_MAX_BYTES)]),
        "at most 512 KB",
      ],
      [new Uint8Array(), "Choose a file"],
    ] as const
  ) {
    const res = await upload(admin, bytes, "logo.png");
    assert.equal(res.status, 303);
    const page = await admin.page(res.headers.get("location")!);
    assert.ok(page.html.includes(message), message);
    assert.equal(await stored(), undefined, message);
  }
});

Deno.test("staff without the admin role cannot upload a logo", async () => {
  const staff = await signIn(
    app.url,
    "admin",
    "logo-staff@example.com",
    "logo staff password",
  );
  const body = new FormData();
  await staff.page("/admin");
  body.set("_csrf", staff.csrf!);
  body.set("logo", new File([PNG], "logo.png"));
  const res = await staff.request("/admin/settings/logo", {
    method: "POST",
    body,
  });
  assert.equal(res.status, 403, res.headers.get("location") ?? "");
  await res.body?.cancel();
  assert.equal(await stored(), undefined);
});

Deno.test("an uploaded logo is on the invoice PDF and page, served by its own address, and can be removed", async () => {
  const res = await upload(admin, PNG, "anything.gif");
  assert.equal(res.status, 303);
  assert.equal((await stored())?.content_type, "image/png", "by its bytes");

  const placed = await checkout(
    db,
    await shopEnv(app.services),
    checkoutInput(catalog.paid, "logo-buyer@example.com"),
    clock,
  );
  const pdf = new TextDecoder("latin1").decode(
    await renderBillingPdf(db, { kind: "invoice_pdf", id: placed.invoiceId! }),
  );
  assert.match(pdf, /\/Subtype \/Image/, "the logo is drawn");

  const page = await admin.page(`/admin/invoices/${placed.invoiceId}`);
  const src = page.html.match(/<img src="(\/seller-logo\?v=\d+)"/)?.[1];
  assert.ok(src, "the invoice page shows the logo");
  const image = await fetch(`${app.url}${src}`);
  assert.equal(image.status, 200);
  assert.equal(image.headers.get("content-type"), "image/png");
  assert.deepEqual(new Uint8Array(await image.arrayBuffer()), PNG);

  await admin.page("/admin/settings/business");
  const removed = await admin.post("/admin/settings/logo", {
    intent: "remove",
  });
  assert.equal(removed.status, 303);
  await removed.body?.cancel();
  assert.equal(await stored(), undefined);
  const gone = await fetch(`${app.url}/seller-logo`);
  assert.equal(gone.status, 404);
  await gone.body?.cancel();
  const without = new TextDecoder("latin1").decode(
    await renderBillingPdf(db, { kind: "invoice_pdf", id: placed.invoiceId! }),
  );
  assert.doesNotMatch(without, /\/Subtype \/Image/);
});
