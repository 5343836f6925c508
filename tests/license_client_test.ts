import { generateKeyPairSync } from "node:crypto";
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { issueLicense } from "@/lib/licensing/server.ts";
import {
  activateModuleLicense,
  checkModuleLicense,
  type LicenseClientEnv,
  moduleLicenseState,
} from "@/lib/licensing/client.ts";
import { signLicenseToken } from "@/lib/licensing/tokens.ts";
import { readOption, writeOption } from "@/lib/options.ts";

const T0 = new Date("2027-03-01T12:00:00Z");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
// The server and the client share one clock, moved by `at`.
let clock = T0;
const at = (ms: number) => (clock = new Date(T0.getTime() + ms));

const app = await startTestApp({ now: () => clock, licensed: false });
Deno.test.afterAll(() => app.close());
const { db, keys } = app.services;

const online: LicenseClientEnv = {
  keys,
  appUrl: "https://crm.example.com",
  serverUrl: app.url,
};
// Nothing listens on port 9 (discard) here: the server is unreachable.
const offline: LicenseClientEnv = {
  ...online,
  serverUrl: "http://127.0.0.1:9",
};

async function freshKey(reference: string, product = "booking") {
  const { key, license } = await issueLicense(
    db,
    keys,
    {
      product,
      email: "owner@example.com",
      reference,
      type: "full",
    },
    { type: "system" },
    T0,
  );
  return { key, licenseId: license.id };
}

async function activated(reference: string) {
  await db.deleteFrom("options").where("name", "=", "license.client.booking")
    .execute();
  const { key, licenseId } = await freshKey(reference);
  const state = await activateModuleLicense(db, online, "booking", key, at(0));
  assert.equal(state.status, "valid");
  return { key, licenseId };
}

Deno.test("activation binds this instance's domain and caches a verified answer", async () => {
  assert.equal(
    (await moduleLicenseState(db, online, "booking", T0)).status,
    "unlicensed",
  );
  await activated("client-activate");
  const state = await moduleLicenseState(db, online, "booking", at(HOUR));
  assert.equal(state.status, "valid");
  assert.equal(state.domain, "crm.example.com");
  const cached = await readOption(db, "license.client.booking");
  assert.ok(cached && !cached.includes("BOOKING-"), "the cache is encrypted");
});

Deno.test("a key for another product or a bad key is refused with the server's code", async () => {
  const { key } = await freshKey("client-other-product", "activity");
  await assert.rejects(
    () => activateModuleLicense(db, online, "booking", key, T0),
    (error: { code: string }) => error.code === "WRONG_PRODUCT",
  );
  await assert.rejects(
    () => activateModuleLicense(db, online, "booking", "BOOKING-NOPE", T0),
    (error: { code: string }) => error.code === "KEY_MALFORMED",
  );
});

Deno.test("server unreachable: valid at 6 d 23 h, invalid at 7 d 1 h", async () => {
  await activated("client-grace");
  assert.equal(
    await checkModuleLicense(db, offline, "booking", at(2 * DAY)),
    "unreachable",
  );
  const nearly = await moduleLicenseState(
    db,
    offline,
    "booking",
    at(6 * DAY + 23 * HOUR),
  );
  assert.equal(nearly.status, "grace");
  assert.equal(nearly.graceDaysLeft, 1);
  const over = await moduleLicenseState(
    db,
    offline,
    "booking",
    at(7 * DAY + HOUR),
  );
  assert.equal(over.status, "invalid");
  assert.equal(over.reason, "GRACE_OVER");
});

Deno.test("a clock set backwards does not stretch the grace", async () => {
  await activated("client-clock");
  assert.equal(
    (await moduleLicenseState(db, offline, "booking", at(7 * DAY + HOUR)))
      .status,
    "invalid",
  );
  const wound = await moduleLicenseState(db, offline, "booking", at(DAY));
  assert.equal(wound.status, "invalid", "the latest time seen still counts");
});

Deno.test("checks run at most once per 24 hours and renew the answer", async () => {
  await activated("client-daily");
  assert.equal(
    await checkModuleLicense(db, online, "booking", at(HOUR)),
    "skipped",
  );
  assert.equal(
    await checkModuleLicense(db, online, "booking", at(DAY + HOUR)),
    "ok",
  );
  assert.equal(
    (await moduleLicenseState(db, online, "booking", at(DAY + 2 * HOUR)))
      .status,
    "valid",
  );
  // Without the renewal 7 d 1 h would be past the grace; now it is within it.
  const later = await moduleLicenseState(
    db,
    online,
    "booking",
    at(7 * DAY + HOUR),
  );
  assert.equal(later.status, "grace");
  assert.equal(later.graceDaysLeft, 1);
});

Deno.test("revoked on the server: invalid at the next check", async () => {
  const { licenseId } = await activated("client-revoked");
  await db.updateTable("licenses").set({ status: "revoked" }).where(
    "id",
    "=",
    licenseId,
  ).execute();
  assert.equal(
    await checkModuleLicense(db, online, "booking", at(DAY + HOUR)),
    "refused",
  );
  const state = await moduleLicenseState(
    db,
    online,
    "booking",
    at(DAY + 2 * HOUR),
  );
  assert.equal(state.status, "invalid");
  assert.equal(state.reason, "LICENSE_REVOKED");
});

Deno.test("an edited or re-signed cache unlocks nothing", async () => {
  await activated("client-tamper");
  const sealed = (await readOption(db, "license.client.booking"))!;
  const flipped = sealed.slice(0, 20) + (sealed[20] === "A" ? "B" : "A") +
    sealed.slice(21);
  await writeOption(db, "license.client.booking", flipped, T0);
  assert.equal(
    (await moduleLicenseState(db, online, "booking", T0)).reason,
    "TAMPERED",
  );

  // A token signed by someone else's key, sealed correctly, pinned to the real key.
  await activated("client-resign");
  const cache = JSON.parse(
    await keys.decrypt(
      "license-cache:booking",
      (await readOption(db, "license.client.booking"))!,
    ),
  );
  const pair = generateKeyPairSync("ed25519");
  cache.token = signLicenseToken(pair.privateKey, {
    lid: "x",
    product: "booking",
    domain: "crm.example.com",
    type: "full",
    status: "active",
    expires_at: null,
    issued_at: at(30 * DAY).toISOString(),
    valid_until: at(38 * DAY).toISOString(),
  });
  await writeOption(
    db,
    "license.client.booking",
    await keys.encrypt("license-cache:booking", JSON.stringify(cache)),
    T0,
  );
  const state = await moduleLicenseState(db, online, "booking", at(31 * DAY));
  assert.equal(state.status, "invalid");
  assert.equal(state.reason, "TAMPERED");
});
