/**
 * The buyer's order page and bank transfer: after checkout the buyer
 * lands on the page, which shows the lines, VAT, total, the invoice PDF
 * and the bank details, with an EPC QR code that decodes to the exact
 * EPC069-12 payload; the order email carries the amount, the details and
 * the same code as an inline image.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { TestClient } from "./helpers/http.ts";
import {
  checkoutInput,
  COMPLETE_SELLER,
  createCatalog,
} from "./helpers/shop.ts";
import { decodeQrPng, decodeQrSvg } from "./helpers/qr.ts";
import { parseReceived } from "./helpers/mail.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailTransport, sendDueEmails } from "@/lib/mail/worker.ts";
import { renderBillingAttachment } from "@/lib/billing/pdf.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { epcPayload } from "@/lib/shop/bank_transfer.ts";
import { orderPagePath } from "@/lib/shop/order_page.ts";
import {
  issueCreditNote,
  uncreditedLines,
} from "@/lib/billing/credit_notes.ts";

const clock = new Date("2027-06-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db, keys } = app.services;
const catalog = await createCatalog(db, "page");

async function placed(email: string) {
  return await checkout(
    db,
    await shopEnv(app.services),
    checkoutInput(catalog.paid, email),
    clock,
  );
}

Deno.test("the EPC payload follows EPC069-12 version 002 line by line", () => {
  assert.equal(
    epcPayload({
      holder: "Portico Test GmbH",
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
      amountCents: 11905,
      currency: "EUR",
      reference: "INV-2027-0001",
    }),
    "BCD\n002\n1\nSCT\nCOBADEFFXXX\nPortico Test GmbH\nDE89370400440532013000\nEUR119.05\n\n\nINV-2027-0001",
  );
  const base = {
    holder: "H",
    iban: "DE89370400440532013000",
    bic: "",
    reference: "R",
  };
  assert.equal(
    epcPayload({ ...base, amountCents: 100, currency: "USD" }),
    null,
  );
  assert.equal(epcPayload({ ...base, amountCents: 0, currency: "EUR" }), null);
});

Deno.test("checkout lands on the order page: lines, VAT, total, PDF, bank details and a QR code that decodes", async () => {
  const visitor = new TestClient(app.url);
  await visitor.page(`/shop/checkout?item=${catalog.paid}`);
  const res = await visitor.post("/shop/checkout", {
    item: catalog.paid,
    mode: "buy",
    name: "Paula Page",
    email: "paula@example.com",
    address: "Hauptstr. 1",
    postal_code: "10115",
    city: "Berlin",
    country: "DE",
    terms: "on",
    withdrawal_consent: "on",
  });
  assert.equal(res.status, 303);
  const location = res.headers.get("location")!;
  assert.match(location, /^\/shop\/orders\/[0-9a-f-]{36}\?key=[\w-]{43}$/);
  const order = await db.selectFrom("orders as o")
    .innerJoin("invoices as i", "i.order_id", "o.id")
    .select(["o.id", "i.number", "i.total_cents"])
    .where("o.id", "=", location.slice(13, 49)).executeTakeFirstOrThrow();
  assert.equal(order.total_cents, 11900);

  const page = await visitor.page(location);
  assert.equal(page.status, 200);
  const html = page.html;
  assert.match(html, /Awaiting payment/);
  assert.match(html, /paid module/);
  assert.match(html, /VAT 19 %/);
  assert.match(html, /€119\.00/);
  assert.match(html, /DE89 3704 0044 0532 0130 00/);
  assert.match(html, /COBADEFFXXX/);
  assert.match(html, new RegExp(COMPLETE_SELLER.legalName));
  assert.match(html, new RegExp(`<code>${order.number}</code>`));

  const svg = html.match(/<svg[\s\S]*?<\/svg>/)?.[0];
  assert.ok(svg, "the QR code is inline SVG, no script needed");
  assert.equal(
    decodeQrSvg(svg),
    [
      "BCD",
      "002",
      "1",
      "SCT",
      "COBADEFFXXX",
      "Portico Test GmbH",
      "DE89370400440532013000",
      "EUR119.00",
      "",
      "",
      order.number,
    ].join("\n"),
  );

  const pdfHref = html.match(/href="(\/shop\/orders\/[^"]+\/pdf\?key=[^"]+)"/)
    ?.[1];
  assert.ok(pdfHref);
  const pdf = await visitor.request(pdfHref.replaceAll("&amp;", "&"));
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get("content-type"), "application/pdf");
  await pdf.body?.cancel();

  const mail = await db.selectFrom("email_outbox").select("text")
    .where("dedupe_key", "=", `order:${order.id}`).executeTakeFirstOrThrow();
  assert.match(mail.text, /€119\.00/);
  assert.match(mail.text, /DE89370400440532013000/);
  assert.match(mail.text, /COBADEFFXXX/);
  assert.match(mail.text, new RegExp(order.number));
  assert.ok(mail.text.includes(`${app.url}${location}`), "links the page");
});

Deno.test("the order page needs its key: another order's key or none is a 404", async () => {
  const one = await placed("one-key@example.com");
  const two = await placed("two-key@example.com");
  const otherKey = (await orderPagePath(keys, two.orderId)).split("key=")[1];
  for (
    const path of [
      `/shop/orders/${one.orderId}`,
      `/shop/orders/${one.orderId}?key=${otherKey}`,
      `/shop/orders/${one.orderId}/pdf?key=${otherKey}`,
      `/shop/orders/not-a-uuid?key=${otherKey}`,
    ]
  ) {
    const res = await app.request(path);
    assert.equal(res.status, 404, path);
    await res.body?.cancel();
  }
});

Deno.test("the order email shows the GiroCode inline, and it decodes to the order's payload", async () => {
  const order = await placed("giro@example.com");
  const row = await db.selectFrom("email_outbox")
    .select(["id", "html", "attachments"])
    .where("dedupe_key", "=", `order:${order.orderId}`)
    .executeTakeFirstOrThrow();
  assert.match(row.html, /<img src="cid:girocode@portico"[^>]*alt="GiroCode/);
  await db.updateTable("email_outbox").set({ status: "sent" })
    .where("status", "=", "pending").where("id", "<>", row.id).execute();
  const smtp = await startTestSmtpServer();
  try {
    const summary = await sendDueEmails(
      db,
      createMailTransport(smtp.url),
      clock,
      {
        from: "Portico <billing@example.com>",
        appUrl: app.url,
        renderAttachment: renderBillingAttachment,
      },
    );
    assert.equal(summary.sent, 1);
    const mail = await parseReceived(smtp.received[0]);
    const image = mail.attachments.find((a) => a.cid === "girocode@portico");
    assert.ok(image, "an inline image the HTML refers to");
    assert.equal(image.contentType, "image/png");
    assert.equal(image.contentDisposition, "inline");
    assert.equal(
      decodeQrPng(new Uint8Array(image.content)),
      [
        "BCD",
        "002",
        "1",
        "SCT",
        "COBADEFFXXX",
        "Portico Test GmbH",
        "DE89370400440532013000",
        "EUR119.00",
        "",
        "",
        order.invoiceNumber,
      ].join("\n"),
    );
    assert.deepEqual(
      mail.attachments.filter((a) => a !== image).map((a) => a.contentType),
      ["application/pdf"],
      "the invoice PDF still goes with it",
    );
  } finally {
    await smtp.close();
  }
});

Deno.test("the order page lists the invoice's credit notes; each downloads with the page's key, for this order only", async () => {
  const order = await placed("credited-page@example.com");
  const other = await placed("credited-other@example.com");
  const [line] = await uncreditedLines(db, order.invoiceId!);
  const note = await issueCreditNote(db, { type: "system" }, {
    invoiceId: order.invoiceId!,
    lines: [{ invoiceItemId: line.invoiceItemId, netCents: 2000 }],
    reason: "Discount",
  }, clock);
  const visitor = new TestClient(app.url);
  const path = await orderPagePath(keys, order.orderId);
  const { html } = await visitor.page(path);
  assert.match(
    html,
    new RegExp(`Credit note ${note.number}, -€23\\.80 \\(PDF\\)`),
  );
  assert.match(html, /€95\.20/, "the transfer asks for what is still owed");
  const href = html.match(/href="(\/shop\/orders\/[^"]+\/credit-notes\/[^"]+)"/)
    ?.[1].replaceAll("&amp;", "&");
  assert.ok(href);
  const pdf = await visitor.request(href);
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get("content-type"), "application/pdf");
  await pdf.body?.cancel();
  const otherKey = (await orderPagePath(keys, other.orderId)).split("?")[1];
  for (
    const wrong of [
      href.split("?")[0],
      `/shop/orders/${other.orderId}/credit-notes/${note.id}?${otherKey}`,
    ]
  ) {
    const res = await visitor.request(wrong);
    assert.equal(res.status, 404, wrong);
    await res.body?.cancel();
  }
});
