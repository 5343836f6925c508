/**
 * The vendor's own installation licenses itself through its own license
 * server code: licenses recorded like any other (marked as the
 * installation's own), activated for this domain, checked in process.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createServices } from "@/lib/app/services.ts";
import { loadConfig } from "@/lib/config.ts";
import {
  licenseClientEnv,
  type LicensingServices,
  ownLicensingEnv,
} from "@/lib/app/domains.ts";
import { licenseOwnModules } from "@/lib/licensing/own.ts";
import {
  checkModuleLicense,
  moduleLicenseState,
} from "@/lib/licensing/client.ts";

const T0 = new Date("2027-05-03T09:00:00Z");
let clock = T0;
const app = await startTestApp({ now: () => clock, licensed: false });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const owner = { email: "owner@example.com", name: "Olga Owner" };

/** The same installation reached at another URL (it moved domains). */
function servicesAt(appUrl: string, licenseServerUrl?: string) {
  const config = loadConfig({
    APP_URL: appUrl,
    APP_SECRET: "test-secret-".padEnd(40, "x"),
    ...(licenseServerUrl ? { LICENSE_SERVER_URL: licenseServerUrl } : {}),
  });
  const services = createServices({
    config,
    database: { ...app.database, close: () => Promise.resolve() },
    secret: config.appSecret!,
    mail: { kick() {} },
    now: () => clock,
  });
  return { ...services, db } satisfies LicensingServices;
}

Deno.test("own licenses: issued once, active, marked, checked in process", async (t) => {
  // A real domain: development hosts (127.0.0.1) take no activation.
  const installation = servicesAt("https://crm.example.com");
  const env = ownLicensingEnv(installation)!;

  await t.step(
    "both modules are unlocked by the installation's own licenses",
    async () => {
      assert.deepEqual(
        await licenseOwnModules(db, env, owner, T0),
        ["booking", "activity"],
      );
      for (const module of ["booking", "activity"] as const) {
        const state = await moduleLicenseState(db, env.client, module, T0);
        assert.equal(state.status, "valid");
        assert.equal(state.domain, "crm.example.com");
      }
      const rows = await db.selectFrom("licenses as l")
        .innerJoin("license_activations as a", "a.license_id", "l.id")
        .select(["l.product", "l.own_installation", "l.email", "a.domain"])
        .where("a.deactivated_at", "is", null).orderBy("l.product").execute();
      assert.deepEqual(rows, [
        {
          product: "activity",
          own_installation: true,
          email: owner.email,
          domain: "crm.example.com",
        },
        {
          product: "booking",
          own_installation: true,
          email: owner.email,
          domain: "crm.example.com",
        },
      ]);
    },
  );

  await t.step(
    "a second run issues nothing and leaves them active",
    async () => {
      assert.deepEqual(await licenseOwnModules(db, env, owner, T0), []);
      const { count } = await db.selectFrom("licenses")
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .executeTakeFirstOrThrow();
      assert.equal(Number(count), 2);
    },
  );

  await t.step("the daily check validates them in process", async () => {
    clock = new Date(T0.getTime() + 25 * 3600_000);
    assert.equal(
      await checkModuleLicense(
        db,
        licenseClientEnv(installation),
        "booking",
        clock,
      ),
      "ok",
    );
  });

  await t.step("a revoked own license is refused like anyone's", async () => {
    await db.updateTable("licenses").set({ status: "revoked" })
      .where("product", "=", "activity").execute();
    assert.equal(
      await checkModuleLicense(
        db,
        licenseClientEnv(installation),
        "activity",
        clock,
        { force: true },
      ),
      "refused",
    );
    const state = await moduleLicenseState(
      db,
      licenseClientEnv(installation),
      "activity",
      clock,
    );
    assert.equal(state.status, "invalid");
    assert.equal(state.reason, "LICENSE_REVOKED");
    await db.updateTable("licenses").set({ status: "active" })
      .where("product", "=", "activity").execute();
  });

  await t.step(
    "moved to another domain, the own license moves with it",
    async () => {
      const moved = servicesAt("https://portico.example.com");
      const movedEnv = ownLicensingEnv(moved)!;
      assert.equal(
        (await moduleLicenseState(db, movedEnv.client, "booking", clock))
          .reason,
        "DOMAIN_CHANGED",
      );
      assert.deepEqual(
        await licenseOwnModules(db, movedEnv, owner, clock),
        ["booking", "activity"],
      );
      const state = await moduleLicenseState(
        db,
        movedEnv.client,
        "booking",
        clock,
      );
      assert.equal(state.status, "valid");
      assert.equal(state.domain, "portico.example.com");
      const events = await db.selectFrom("license_events as e")
        .innerJoin("licenses as l", "l.id", "e.license_id")
        .select(["e.kind", "e.domain"])
        .where("l.product", "=", "booking").orderBy("e.at").orderBy("e.id")
        .execute();
      assert.deepEqual(events.map((e) => e.kind), [
        "issued",
        "activated",
        "moved",
        "activated",
      ]);
    },
  );
});

Deno.test("with another license server configured, nothing is self-licensed", () => {
  const elsewhere = servicesAt(
    "https://portico.example.com",
    "https://licenses.vendor.example",
  );
  assert.equal(ownLicensingEnv(elsewhere), null);
  assert.equal(licenseClientEnv(elsewhere).link, undefined);
  assert.equal(
    licenseClientEnv(elsewhere).serverUrl,
    "https://licenses.vendor.example",
  );
  // Unset, or this instance's own origin: its own server, in process.
  assert.ok(ownLicensingEnv(servicesAt("https://portico.example.com")));
  assert.ok(
    ownLicensingEnv(
      servicesAt("https://portico.example.com", "https://portico.example.com/"),
    ),
  );
});
