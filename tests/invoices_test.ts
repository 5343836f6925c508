import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, sessionClient, signIn } from "./helpers/http.ts";
import { PDFParse } from "pdf-parse";
import { renderBillingAttachment } from "@/lib/billing/pdf.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailTransport, sendDueEmails } from "@/lib/mail/worker.ts";
import { checkoutInput, createCatalog, setSeller } from "./helpers/shop.ts";
import { checkout, type CheckoutInput } from "@/lib/shop/checkout.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { ValidationError } from "@/lib/errors.ts";
import { sql } from "kysely";

const clock = new Date("2027-04-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const catalog = await createCatalog(db, "inv");

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

let buyers = 0;
async function order(overrides: Partial<CheckoutInput>) {
  const input = checkoutInput(catalog.paid, `buyer${++buyers}@example.com`, {
    ...overrides,
  });
  const placed = await checkout(db, await shopEnv(app.services), input, clock);
  return await db.selectFrom("invoices").selectAll()
    .where("id", "=", placed.invoiceId!).executeTakeFirstOrThrow();
}

const count = async (table: "orders" | "clients" | "invoices") =>
  Number(
    (await db.selectFrom(table).select(db.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow()).n,
  );

Deno.test("checkout charges each buyer the VAT of the rule table, and the invoice keeps it", async (t) => {
  await t.step("German company: 19 %", async () => {
    const invoice = await order({ country: "DE", vatId: "DE987654321" });
    assert.equal(invoice.vat_treatment, "domestic");
    assert.equal(invoice.tax_rate_basis_points, 1900);
    assert.equal(invoice.tax_cents, 1900);
    assert.equal(invoice.total_cents, 11900);
    assert.equal(invoice.buyer_vat_id, null);
  });
  await t.step("French company with a VAT ID: reverse charge", async () => {
    const invoice = await order({
      country: "FR",
      company: "Acme SARL",
      vatId: "fr40303265045",
    });
    assert.equal(invoice.vat_treatment, "reverse_charge");
    assert.equal(invoice.tax_cents, 0);
    assert.equal(invoice.total_cents, 10000);
    assert.equal(invoice.buyer_vat_id, "FR40303265045");
  });
  await t.step("French consumer: French VAT", async () => {
    const invoice = await order({
      country: "FR",
      company: undefined,
      withdrawalConsent: true,
    });
    assert.equal(invoice.vat_treatment, "oss");
    assert.equal(invoice.tax_rate_basis_points, 2000);
    assert.equal(invoice.total_cents, 12000);
  });
  await t.step("US company: not taxable in Germany", async () => {
    const invoice = await order({ country: "US" });
    assert.equal(invoice.vat_treatment, "export");
    assert.equal(invoice.total_cents, 10000);
  });
  await t.step("a §19 small business charges none", async () => {
    await setSeller(db, { smallBusiness: true });
    try {
      const invoice = await order({ country: "DE" });
      assert.equal(invoice.vat_treatment, "small_business");
      assert.equal(invoice.tax_cents, 0);
    } finally {
      await setSeller(db);
    }
  });
});

Deno.test("a VAT ID of the wrong format or an unknown country is refused before anything is written", async () => {
  const before = await Promise.all(
    (["orders", "clients", "invoices"] as const).map(count),
  );
  for (
    const [overrides, field] of [
      [{ country: "FR", vatId: "FR123" }, "vatId"],
      [{ country: "AT", vatId: "DE123456789" }, "vatId"],
      [{ country: "XX" }, "country"],
    ] as const
  ) {
    await assert.rejects(
      () => order(overrides),
      (error) => error instanceof ValidationError && field in error.fields,
    );
  }
  assert.deepEqual(
    await Promise.all((["orders", "clients", "invoices"] as const).map(count)),
    before,
  );
});

Deno.test("the checkout form says what is wrong with a VAT ID, beside the field, in the buyer's language", async () => {
  const page = async (lang: string) => {
    const res = await fetch(
      `${app.url}/shop/checkout?item=${catalog.paid}`,
      { headers: { "accept-language": lang } },
    );
    const html = await res.text();
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1];
    const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0])
      .join("; ");
    const post = await fetch(`${app.url}/shop/checkout`, {
      method: "POST",
      redirect: "manual",
      headers: {
        origin: app.url,
        cookie,
        "accept-language": lang,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        _csrf: csrf,
        item: catalog.paid,
        mode: "buy",
        name: "Jean Dupont",
        company: "Dupont SA",
        vat_id: "FR123",
        email: `form-${lang}@example.com`,
        address: "1 rue de Rivoli",
        postal_code: "75001",
        city: "Paris",
        country: "FR",
        terms: "on",
      }),
    });
    return { status: post.status, html: await post.text() };
  };
  const en = await page("en");
  assert.equal(en.status, 422);
  assert.match(
    en.html,
    /id="field-vat_id-error">This is not a VAT ID in the format of the country chosen/,
  );
  assert.match(en.html, /value="Dupont SA"/);
  const de = await page("de");
  assert.match(de.html, /Das ist keine USt-IdNr\. im Format des gewählten/);
  const contacts = await db.selectFrom("contacts").select("id")
    .where("email", "like", "form-%").execute();
  assert.deepEqual(contacts, [], "no client was created");
});

Deno.test("an issued invoice cannot be changed or deleted; only its payment status moves", async (t) => {
  const invoice = await order({ country: "DE" });
  const refused = async (statement: () => Promise<unknown>) => {
    await assert.rejects(statement, (error: { code?: string }) => {
      assert.equal(error.code, "23001", String(error));
      return true;
    });
  };
  await t.step("amounts, number, buyer", async () => {
    await refused(() =>
      db.updateTable("invoices").set({ total_cents: 1 })
        .where("id", "=", invoice.id).execute()
    );
    await refused(() =>
      db.updateTable("invoices").set({ number: "INV-2027-9999" })
        .where("id", "=", invoice.id).execute()
    );
    await refused(() =>
      db.updateTable("invoices").set({ billing_address: "Someone else" })
        .where("id", "=", invoice.id).execute()
    );
    await refused(() =>
      sql`update invoices set buyer = '{}'::jsonb where id = ${invoice.id}`
        .execute(db)
    );
  });
  await t.step("lines: changed, deleted or added later", async () => {
    await refused(() =>
      db.updateTable("invoice_items").set({ total_cents: 1 })
        .where("invoice_id", "=", invoice.id).execute()
    );
    await refused(() =>
      db.deleteFrom("invoice_items").where("invoice_id", "=", invoice.id)
        .execute()
    );
    await refused(() =>
      db.insertInto("invoice_items").values({
        invoice_id: invoice.id,
        description: "extra",
        unit_price_cents: 100,
        total_cents: 100,
      }).execute()
    );
  });
  await t.step("deleting the invoice", async () => {
    await refused(() =>
      db.deleteFrom("invoices").where("id", "=", invoice.id).execute()
    );
    await refused(() => sql`truncate invoices cascade`.execute(db));
  });
  await t.step("the payment status may change", async () => {
    await db.updateTable("invoices").set({ status: "paid", paid_at: clock })
      .where("id", "=", invoice.id).execute();
    const after = await db.selectFrom("invoices").selectAll()
      .where("id", "=", invoice.id).executeTakeFirstOrThrow();
    assert.equal(after.status, "paid");
    assert.equal(after.total_cents, invoice.total_cents);
  });
});

Deno.test("the invoice page shows every §14 Abs. 4 UStG field, for staff and for the buyer in the portal", async () => {
  const invoice = await order({
    country: "AT",
    company: "Wiener Software GmbH",
    vatId: "ATU12345678",
    buyerReference: "PO-4711",
  });
  const { html } = await admin.page(`/admin/invoices/${invoice.id}`);
  for (
    const expected of [
      "Portico Test GmbH", // seller name
      "Musterstraße 1", // seller address
      "80331 München",
      "DE123456789", // seller VAT ID
      "143/123/45678", // tax number
      "Amtsgericht München",
      "HRB 123456",
      "Erika Mustermann",
      "Wiener Software GmbH", // buyer
      "Hauptstr. 1",
      "VAT ID: ATU12345678", // buyer VAT ID for reverse charge
      "Your reference: PO-4711",
      invoice.number,
      "Invoice date",
      "1 April 2027",
      "Date of supply",
      "equals invoice date",
      "paid module", // item
      "Net amount",
      "VAT 0 %",
      "Steuerschuldnerschaft des Leistungsempfängers / Reverse charge",
      "Total",
      "Payable without deduction by 15 April 2027.",
      "IBAN DE89370400440532013000",
      "COBADEFFXXX",
    ]
  ) assert.ok(html.includes(expected), `missing: ${expected}`);
  assert.match(html, /<span class="no-print"><span class="badge/);

  const contact = await db.selectFrom("contacts").select(["id", "email"])
    .where("client_id", "=", invoice.client_id).executeTakeFirstOrThrow();
  await db.updateTable("contacts").set({
    password_hash: (await db.selectFrom("staff").select("password_hash")
      .where("email", "=", "ada@example.com").executeTakeFirstOrThrow())
      .password_hash,
  }).where("id", "=", contact.id).execute();
  const portal = await signIn(
    app.url,
    "clients",
    contact.email,
    "ada admin password",
  );
  const mine = await portal.page(`/clients/invoices/${invoice.id}`);
  assert.equal(mine.status, 200);
  assert.ok(mine.html.includes("VAT ID: ATU12345678"));
  assert.ok(mine.html.includes("Portico Test GmbH"));
});

async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

Deno.test("the invoice PDF downloads for staff and for its own client only, and goes with the order email", async () => {
  const invoice = await order({ country: "DE", locale: "de" });
  const res = await admin.request(`/admin/invoices/${invoice.id}/pdf`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "application/pdf");
  assert.match(
    res.headers.get("content-disposition")!,
    new RegExp(`attachment; filename="${invoice.number}.pdf"`),
  );
  const staffText = await pdfText(new Uint8Array(await res.arrayBuffer()));
  assert.ok(staffText.includes(`Rechnung ${invoice.number}`), staffText);
  assert.ok(staffText.includes("MwSt. 19 %"), staffText);

  const contact = await db.selectFrom("contacts").select(["id", "email"])
    .where("client_id", "=", invoice.client_id).executeTakeFirstOrThrow();
  const portal = await sessionClient(app.url, db, "contact", contact.id, clock);
  const own = await portal.request(`/clients/invoices/${invoice.id}/pdf`);
  assert.equal(own.status, 200);
  assert.ok(
    (await pdfText(new Uint8Array(await own.arrayBuffer())))
      .includes(invoice.number),
  );
  const another = await order({ country: "DE" });
  const foreign = await portal.request(`/clients/invoices/${another.id}/pdf`);
  assert.equal(foreign.status, 404);
  await foreign.body?.cancel();

  const mail = await db.selectFrom("email_outbox").select("attachments")
    .where("to_address", "=", contact.email).executeTakeFirstOrThrow();
  assert.deepEqual(
    mail.attachments.filter((a) => a.contentType === "application/pdf"),
    [{
      filename: `${invoice.number}.pdf`,
      contentType: "application/pdf",
      content: "",
      source: { kind: "invoice_pdf", id: invoice.id },
    }],
    "queued by reference: the checkout renders no PDF (only the small GiroCode image)",
  );

  const smtp = await startTestSmtpServer();
  try {
    await db.updateTable("email_outbox").set({ status: "sent" })
      .where("to_address", "<>", contact.email).execute();
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
    const raw = smtp.received[0].raw.replace(/\r\n/g, "\n");
    assert.match(raw, new RegExp(`filename=${invoice.number}\\.pdf`));
    const base64 = raw.split(
      /Content-Type: application\/pdf[^\n]*\n(?:[^\n]+\n)*\n/,
    )[1]
      .split("\n--")[0].replace(/\s/g, "");
    const attached = await pdfText(
      Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
    );
    assert.ok(attached.includes("Portico Test GmbH"), attached);
    assert.ok(attached.includes(invoice.number), attached);
  } finally {
    await smtp.close();
  }
});
