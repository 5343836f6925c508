import assert from "node:assert/strict";
import { enqueueEmail } from "@/lib/mail/outbox.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { renderBillingAttachment } from "@/lib/billing/pdf.ts";
import { createMailer, type Mailer } from "@/lib/mail/worker.ts";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn, TestClient } from "./helpers/http.ts";

const smtp = await startTestSmtpServer();
// The app's mail kicker forwards to a real mailer built on the app's database.
const forward: { mailer?: Mailer } = {};
const app = await startTestApp({
  env: { SMTP_URL: smtp.url, MAIL_FROM: "Portico <portico@example.com>" },
  mail: { kick: () => forward.mailer?.kick() },
});
const mailer = createMailer({
  db: app.services.db,
  smtpUrl: smtp.url,
  from: app.services.config.mailFrom,
  appUrl: app.services.config.appUrl,
  debounceMs: 5,
  renderAttachment: renderBillingAttachment,
});
forward.mailer = mailer;
Deno.test.afterAll(async () => {
  await mailer.stop();
  await app.close();
  await smtp.close();
});
const { db } = app.services;

await createStaff(db, {
  email: "admin@example.com",
  password: "admin password 1",
});
const admin = await signIn(
  app.url,
  "admin",
  "admin@example.com",
  "admin password 1",
);

async function queue(key: string, to: string, subject: string) {
  await enqueueEmail(db, key, {
    to,
    subject,
    html:
      `<!DOCTYPE html><html><head><style>p{color:#333}</style></head><body><p>Hello from <strong>${subject}</strong></p></body></html>`,
    text: `Hello from ${subject}\n`,
  });
  const row = await db.selectFrom("email_outbox").select("id")
    .where("dedupe_key", "=", key).executeTakeFirstOrThrow();
  return row.id;
}

Deno.test("the Emails page lists queued mail with its status, newest first", async () => {
  await queue("list-1", "first@example.com", "First message");
  await queue("list-2", "second@example.com", "Second message");
  const { status, html } = await admin.page("/admin/emails");
  assert.equal(status, 200);
  assert.match(html, /first@example\.com/);
  assert.match(html, /Second message/);
  assert.match(html, /class="badge badge-pending">Pending</);
  assert.ok(
    html.indexOf("Second message") < html.indexOf("First message"),
    "newest first",
  );

  const sent = await admin.page("/admin/emails?status=sent");
  assert.doesNotMatch(sent.html, /First message/);
  assert.match(sent.html, /No emails with this status/);
});

Deno.test("an email's page shows its text and a sandboxed preview; only the preview relaxes the CSP", async () => {
  const id = await queue("detail", "detail@example.com", "Detail message");
  const res = await admin.request(`/admin/emails/${id}`);
  const html = await res.text();
  assert.equal(res.status, 200);
  assert.match(html, /Hello from Detail message/);
  assert.match(
    html,
    new RegExp(
      `<iframe[^>]*\\ssandbox(="")?\\s[^>]*src="/admin/emails/${id}/html"`,
    ),
  );
  assert.match(
    res.headers.get("content-security-policy")!,
    /frame-ancestors 'none'/,
  );

  const preview = await admin.request(`/admin/emails/${id}/html`);
  assert.equal(preview.status, 200);
  assert.match(preview.headers.get("content-type")!, /^text\/html/);
  assert.equal(
    preview.headers.get("content-security-policy"),
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
  );
  assert.equal(preview.headers.get("x-frame-options"), "SAMEORIGIN");
  assert.equal(preview.headers.get("x-content-type-options"), "nosniff");
  assert.match(await preview.text(), /<strong>Detail message<\/strong>/);

  for (
    const path of [
      "/admin/emails/not-an-id",
      `/admin/emails/${crypto.randomUUID()}`,
    ]
  ) {
    const missing = await admin.request(path);
    assert.equal(missing.status, 404, path);
    await missing.body?.cancel();
  }
});

Deno.test("Retry now sends a failed email again; without CSRF it is refused", async () => {
  const id = await queue("retry", "retry@example.com", "Retry message");
  await db.updateTable("email_outbox").set({
    status: "failed",
    attempts: 8,
    last_error: "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:2525",
  }).where("id", "=", id).execute();
  await admin.page(`/admin/emails/${id}`);

  const forged = await admin.post(`/admin/emails/${id}/retry`, {}, {
    csrf: false,
  });
  assert.equal(forged.status, 403);
  await forged.body?.cancel();
  const untouched = await db.selectFrom("email_outbox").select("status")
    .where("id", "=", id).executeTakeFirstOrThrow();
  assert.equal(untouched.status, "failed");

  const res = await admin.post(`/admin/emails/${id}/retry`, {});
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), `/admin/emails/${id}`);
  await res.body?.cancel();
  const page = await admin.page(`/admin/emails/${id}`);
  assert.match(page.html, /The email will be sent again now/);

  // The commit wakes the worker (the route kicks nothing), which delivers it.
  const toRetry = (mail: { to: string[] }) =>
    mail.to.includes("retry@example.com");
  await smtp.waitUntil((received) => received.some(toRetry));
  await mailer.stop();
  assert.equal(smtp.received.filter(toRetry).length, 1);
  const row = await db.selectFrom("email_outbox")
    .select(["status", "attempts"])
    .where("id", "=", id).executeTakeFirstOrThrow();
  assert.deepEqual(row, { status: "sent", attempts: 1 });
  const audit = await db.selectFrom("audit_log").select("action")
    .where("entity_id", "=", id).execute();
  assert.deepEqual(audit.map((entry) => entry.action), ["email.retry"]);
});

Deno.test("a sent email cannot be retried", async () => {
  const id = await queue("sent", "sent@example.com", "Sent message");
  await db.updateTable("email_outbox").set({
    status: "sent",
    sent_at: new Date(),
  }).where("id", "=", id).execute();
  const page = await admin.page(`/admin/emails/${id}`);
  assert.doesNotMatch(page.html, /Retry now/);
  const res = await admin.post(`/admin/emails/${id}/retry`, {});
  assert.equal(res.status, 303);
  await res.body?.cancel();
  assert.match(
    (await admin.page(`/admin/emails/${id}`)).html,
    /This email was already sent/,
  );
});

Deno.test("emails are for administrators only; signed-out visitors are sent to sign in", async () => {
  await createStaff(db, {
    email: "staff@example.com",
    password: "staff password 1",
    role: "staff",
  });
  const staff = await signIn(
    app.url,
    "admin",
    "staff@example.com",
    "staff password 1",
  );
  const list = await staff.request("/admin/emails");
  assert.equal(list.status, 403);
  await list.body?.cancel();

  const anonymous = await new TestClient(app.url).request("/admin/emails");
  assert.equal(anonymous.status, 303);
  assert.match(anonymous.headers.get("location")!, /^\/admin\/login/);
  await anonymous.body?.cancel();
});

Deno.test("the Jobs page lists every job, and Run now runs one", async () => {
  const jobs = await admin.page("/admin/jobs");
  assert.equal(jobs.status, 200);
  for (
    const title of [
      "Send email",
      "Clean up rate limits",
      "Clean up sessions",
      "Clean up job history",
    ]
  ) {
    assert.match(jobs.html, new RegExp(title));
  }
  // The schedule in words, the time of day in the business zone (Berlin),
  // with the cron line beside it.
  assert.match(jobs.html, /Daily at 0[45]:17/);
  assert.match(jobs.html, /<code class="muted">17 3 \* \* \*<\/code>/);
  assert.match(jobs.html, /Not run yet/);

  const forged = await admin.post("/admin/jobs", { job: "prune-sessions" }, {
    csrf: false,
  });
  assert.equal(forged.status, 403);
  await forged.body?.cancel();

  const res = await admin.post("/admin/jobs", { job: "prune-sessions" });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), "/admin/jobs");
  await res.body?.cancel();
  const after = await admin.page("/admin/jobs");
  assert.match(after.html, /“Clean up sessions” ran\./);
  assert.match(after.html, /expired sessions removed/);
  assert.match(after.html, /class="badge badge-paid">OK</);

  const runs = await db.selectFrom("job_runs").select(["job", "outcome"])
    .execute();
  assert.deepEqual(runs, [{ job: "prune-sessions", outcome: "ok" }]);

  const unknown = await admin.post("/admin/jobs", { job: "format-disk" });
  assert.equal(unknown.status, 303);
  await unknown.body?.cancel();
  assert.equal(
    (await db.selectFrom("job_runs").select("id").execute()).length,
    1,
    "an unknown job runs nothing",
  );
});

Deno.test("the pages speak German to a German-speaking admin", async () => {
  await createStaff(db, {
    email: "de@example.com",
    password: "de password 123",
  });
  await db.updateTable("staff").set({ locale: "de" })
    .where("email", "=", "de@example.com").execute();
  const german = await signIn(
    app.url,
    "admin",
    "de@example.com",
    "de password 123",
  );
  const jobs = await german.page("/admin/jobs");
  assert.match(jobs.html, /<h1>Aufgaben<\/h1>/);
  assert.match(jobs.html, /Jetzt ausführen/);
  const emails = await german.page("/admin/emails");
  assert.match(emails.html, /<h1>E-Mails<\/h1>/);
  assert.match(emails.html, /Empfänger/);
});
