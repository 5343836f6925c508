/** Admin → Settings: every area with where it stands, and no link a dead end. */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn } from "./helpers/http.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const { db } = app.services;
await createStaff(db, {
  email: "hub@example.com",
  password: "hub password 12",
  role: "admin",
});
const admin = await signIn(
  app.url,
  "admin",
  "hub@example.com",
  "hub password 12",
);

Deno.test("the settings hub links every area, each link opens a page with its anchor", async () => {
  const { status, html } = await admin.page("/admin/settings");
  assert.equal(status, 200);
  for (
    const title of [
      "Business",
      "Email",
      "Language and time zone",
      "Modules and licenses",
      "Booking settings",
      "Shop settings",
      "Activity settings",
    ]
  ) {
    assert.match(html, new RegExp(`<h2>${title}</h2>`));
  }
  assert.match(
    html,
    app.services.config.smtpUrl
      ? /Emails are sent over SMTP/
      : /Emails stay in the outbox until SMTP_URL is set/,
  );
  assert.match(html, /Europe\/Berlin|\(UTC\)|\([A-Z][a-z]+\/[A-Za-z_]+\)/);
  assert.match(html, /Booking<\/dt><dd><span class="badge/);
  const hub = html.slice(html.indexOf('class="settings-hub"'));
  const links = [...hub.matchAll(/<a href="(\/admin\/[^"]+)"/g)].map((m) =>
    m[1]
  );
  assert.ok(links.length >= 10, `links: ${links.join(" ")}`);
  for (const link of links) {
    const [path, anchor] = link.split("#");
    const target = await admin.page(path);
    assert.equal(target.status, 200, `${path} opens`);
    if (anchor) {
      assert.ok(target.html.includes(`id="${anchor}"`), `${link}: its anchor`);
    }
  }
});
