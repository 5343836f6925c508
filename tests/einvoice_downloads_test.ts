import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, sessionClient, signIn } from "./helpers/http.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { issueCreditNote } from "@/lib/billing/credit_notes.ts";
import { einvoiceRulesDir, failedRules } from "./helpers/einvoice.ts";

const rules = einvoiceRulesDir();

const clock = new Date("2027-04-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const catalog = await createCatalog(db, "einv");

await createStaff(db, {
  email: "ada@example.com",
  password: "ada admin password",
  role: "admin",
});
const admin = await signIn(
  app.url,
  "admin",
  "ada@example.com",
  "ada admin password",
);

async function invoiceFor(
  email: string,
  buyerReference?: string,
  contactId?: string,
) {
  const placed = await checkout(
    db,
    await shopEnv(app.services),
    checkoutInput(catalog.paid, email, { buyerReference, contactId }),
    clock,
  );
  return await db.selectFrom("invoices").select(["id", "number", "client_id"])
    .where("id", "=", placed.invoiceId!).executeTakeFirstOrThrow();
}

Deno.test("e-invoices download for staff and for the invoice's own client only: XRechnung CII, UBL, and the PDF with factur-x.xml inside", async () => {
  const invoice = await invoiceFor("public@example.com", "04011000-12345-67");

  const cii = await admin.request(`/admin/invoices/${invoice.id}/xml`);
  assert.equal(cii.status, 200);
  assert.equal(cii.headers.get("content-type"), "application/xml");
  assert.match(
    cii.headers.get("content-disposition")!,
    new RegExp(`filename="${invoice.number}-cii.xml"`),
  );
  const xml = await cii.text();
  assert.match(xml, /<rsm:CrossIndustryInvoice/);
  assert.match(xml, /xrechnung_3\.0/);
  assert.match(xml, /<ram:BuyerReference>04011000-12345-67</);
  assert.match(xml, new RegExp(`<ram:ID>${invoice.number}</ram:ID>`));

  const ubl = await admin.request(
    `/admin/invoices/${invoice.id}/xml?syntax=ubl`,
  );
  assert.match(await ubl.text(), /<Invoice xmlns="urn:oasis/);

  const pdf = await admin.request(`/admin/invoices/${invoice.id}/pdf`);
  assert.equal(pdf.headers.get("content-type"), "application/pdf");
  const raw = new TextDecoder("latin1").decode(await pdf.arrayBuffer());
  assert.match(raw, /\(factur-x\.xml\)/);
  assert.match(raw, /\/AFRelationship \/Alternative/);

  const contact = await db.selectFrom("contacts").select("id")
    .where("client_id", "=", invoice.client_id).executeTakeFirstOrThrow();
  const portal = await sessionClient(app.url, db, "contact", contact.id, clock);
  const own = await portal.request(`/clients/invoices/${invoice.id}/xml`);
  assert.equal(own.status, 200);
  assert.match(await own.text(), /<rsm:CrossIndustryInvoice/);
  const another = await invoiceFor("other@example.com");
  for (const kind of ["xml", "pdf"]) {
    const foreign = await portal.request(
      `/clients/invoices/${another.id}/${kind}`,
    );
    assert.equal(foreign.status, 404, kind);
    await foreign.body?.cancel();
  }
});

Deno.test("a client's Leitweg-ID, set by staff on the client page, goes on their next invoice and its e-invoice (BT-10) unless the order names another", async () => {
  const first = await invoiceFor("behoerde@example.com");
  const path = `/admin/clients/${first.client_id}`;
  await admin.page(path);
  const saved = await admin.post(path, {
    intent: "update",
    company: "Stadt Musterhausen",
    buyer_reference: "991-01234-44",
  });
  assert.equal(saved.status, 303);
  await saved.body?.cancel();
  const page = await admin.page(path);
  assert.match(page.html, /Buyer reference or Leitweg-ID/);
  assert.match(page.html, /991-01234-44/);

  const { id: contactId } = await db.selectFrom("contacts").select("id")
    .where("client_id", "=", first.client_id).executeTakeFirstOrThrow();
  const next = await invoiceFor("behoerde@example.com", undefined, contactId);
  const xml = await (await admin.request(`/admin/invoices/${next.id}/xml`))
    .text();
  assert.match(xml, /<ram:BuyerReference>991-01234-44</);
  const stored = await db.selectFrom("invoices").select("buyer")
    .where("id", "=", next.id).executeTakeFirstOrThrow();
  assert.equal(stored.buyer.reference, "991-01234-44");

  const own = await invoiceFor("behoerde@example.com", "PO-7", contactId);
  const ownXml = await (await admin.request(`/admin/invoices/${own.id}/xml`))
    .text();
  assert.match(ownXml, /<ram:BuyerReference>PO-7</);
});

Deno.test("a buyer reference with a control character is refused on the client form, nothing written", async () => {
  const invoice = await invoiceFor("tabbed@example.com");
  const path = `/admin/clients/${invoice.client_id}`;
  await admin.page(path);
  const refused = await admin.post(path, {
    intent: "update",
    company: "Tab GmbH",
    buyer_reference: "991\t01234-44",
  });
  assert.equal(refused.status, 422);
  await refused.body?.cancel();
  const client = await db.selectFrom("clients").select("buyer_reference")
    .where("id", "=", invoice.client_id).executeTakeFirstOrThrow();
  assert.equal(client.buyer_reference, null);
});

Deno.test("a credit note issued for an invoice downloads as an EN 16931 credit note (381) naming that invoice, valid by the official rules, for staff and its own client only", async () => {
  const invoice = await invoiceFor("credited@example.com");
  const issued = await issueCreditNote(db, { type: "system" }, {
    invoiceId: invoice.id,
    reason: "Storno",
  }, clock);
  const page = await admin.page(`/admin/credit-notes/${issued.id}`);
  assert.match(page.html, /E-invoice \(EN 16931 XML\)/);
  for (const syntax of ["cii", "ubl"] as const) {
    const res = await admin.request(
      `/admin/credit-notes/${issued.id}/xml?syntax=${syntax}`,
    );
    assert.equal(res.status, 200);
    assert.match(
      res.headers.get("content-disposition")!,
      new RegExp(`filename="${issued.number}-${syntax}.xml"`),
    );
    const xml = await res.text();
    assert.match(xml, syntax === "cii" ? /<ram:TypeCode>381</ : /<CreditNote /);
    assert.match(xml, new RegExp(invoice.number));
    if (rules) {
      const fatal = (await failedRules(rules, syntax, xml))
        .filter((rule) => rule.flag === "fatal");
      assert.deepEqual(fatal, [], xml);
    }
  }
  const pdf = await admin.request(`/admin/credit-notes/${issued.id}/pdf`);
  const raw = new TextDecoder("latin1").decode(await pdf.arrayBuffer());
  assert.match(raw, /\(factur-x\.xml\)/);

  const portalOf = async (clientId: string) => {
    const { id } = await db.selectFrom("contacts").select("id")
      .where("client_id", "=", clientId).executeTakeFirstOrThrow();
    return await sessionClient(app.url, db, "contact", id, clock);
  };
  const own = await (await portalOf(invoice.client_id))
    .request(`/clients/credit-notes/${issued.id}/xml`);
  assert.equal(own.status, 200);
  assert.match(await own.text(), /<rsm:CrossIndustryInvoice/);
  const other = await invoiceFor("uncredited@example.com");
  const foreign = await (await portalOf(other.client_id))
    .request(`/clients/credit-notes/${issued.id}/xml`);
  assert.equal(foreign.status, 404);
  await foreign.body?.cancel();
});
