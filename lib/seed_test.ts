import assert from "node:assert/strict";
import { startTestApp } from "../tests/helpers/app.ts";
import { signIn } from "../tests/helpers/http.ts";
import { seedDemoData } from "./seed.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const { db } = app.services;

/** Every row the seed may touch, in a stable order. */
async function snapshot() {
  return {
    staff: await db.selectFrom("staff").selectAll().orderBy("email").execute(),
    clients: await db.selectFrom("clients").selectAll().orderBy("id").execute(),
    contacts: await db.selectFrom("contacts").selectAll().orderBy("email")
      .execute(),
    audit: await db.selectFrom("audit_log").selectAll().orderBy("id").execute(),
    services: await db.selectFrom("services").selectAll().orderBy("name_en")
      .execute(),
    staffServices: await db.selectFrom("staff_services").selectAll()
      .orderBy("staff_id").orderBy("service_id").execute(),
    availability: await db.selectFrom("availability").selectAll().orderBy("id")
      .execute(),
    products: await db.selectFrom("products").selectAll().orderBy("slug")
      .execute(),
  };
}

Deno.test("seeding twice leaves the same rows and reports the same logins", async () => {
  const first = await seedDemoData(db, new Date("2027-01-04T09:00:00Z"));
  const afterFirst = await snapshot();
  assert.equal(afterFirst.staff.length, 3);
  assert.deepEqual(afterFirst.staff.map((s) => s.role).sort(), [
    "admin",
    "staff",
    "staff",
  ]);
  assert.equal(afterFirst.clients.length, 1);
  assert.equal(afterFirst.contacts.length, 1);
  assert.ok(
    afterFirst.contacts[0].password_hash,
    "the portal contact has a password",
  );

  const second = await seedDemoData(db, new Date("2027-01-05T09:00:00Z"));
  assert.deepEqual(second, first);
  assert.deepEqual(await snapshot(), afterFirst);
});

Deno.test("the printed logins work: admin through /admin/login, client through /clients/login", async () => {
  const logins = await seedDemoData(db, new Date());
  const admin = logins.find((login) => login.email === "admin@example.com")!;
  const staffSession = await signIn(
    app.url,
    "admin",
    admin.email,
    admin.password,
  );
  assert.equal(
    (await staffSession.page("/admin/staff")).status,
    200,
    "an administrator",
  );
  const portal = logins.find((login) => login.area === "portal")!;
  const portalSession = await signIn(
    app.url,
    "clients",
    portal.email,
    portal.password,
  );
  assert.equal((await portalSession.page("/clients")).status, 200);
});

Deno.test("README lists the same demo logins the seed prints", async () => {
  const readme = await Deno.readTextFile(
    new URL("../README.md", import.meta.url),
  );
  const section = readme.split("## Demo data")[1].split("\n## ")[0];
  for (const login of await seedDemoData(db, new Date())) {
    assert.match(
      section,
      new RegExp(`\`${login.email}\`.*\`${login.password}\``),
    );
  }
});

Deno.test("the demo has bookable services and a paid, a trial and a free product", async () => {
  await seedDemoData(db, new Date("2027-01-04T09:00:00Z"));
  const { services, staffServices, availability, products } = await snapshot();
  assert.equal(services.length, 3);
  assert.equal(
    staffServices.length,
    6,
    "both team members perform every service",
  );
  assert.equal(
    availability.length,
    20,
    "two ranges a day, Monday to Friday, each",
  );
  assert.deepEqual(
    products.map((p) => [p.price_cents > 0, p.trial_days]).sort(),
    [[false, 0], [true, 0], [true, 30]],
  );
});
