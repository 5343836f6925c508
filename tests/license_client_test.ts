import { generateKeyPairSync } from "node:crypto";
import assert from "node:assert/strict";
import { connectClient, inClientTransaction } from "@/lib/db/testing.ts";
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
import { sql } from "kysely";
import { waitFor } from "./helpers/wait.ts";

const T0 = new Date("2027-03-01T12:00:00Z");
const HOUR = 3600_000;
const DAY = 24 * HOUR;
// The server and the client share one clock, moved by `at`.
let clock = T0;
const at = (ms: number) => (clock = new Date(T0.getTime() + ms));

const app = await startTestApp({ now: () => clock, licensed: false });
Deno.test.afterAll(() => app.close());
const { db, keys } = app.services;
const CACHE = "license.client.booking";
const RECORD = "license.client.booking.record";

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

  // The server answers again: the next check opens the module at once.
  assert.equal(
    await checkModuleLicense(db, online, "booking", at(7 * DAY + 2 * HOUR)),
    "ok",
  );
  assert.equal(
    (await moduleLicenseState(db, online, "booking", at(7 * DAY + 2 * HOUR)))
      .status,
    "valid",
  );
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

Deno.test("an older copy of the cache row put back with the clock set back re-opens nothing", async (t) => {
  await activated("client-restore"); // a good answer at t0
  const copyAtT0 = (await readOption(db, CACHE))!;
  assert.equal(
    await checkModuleLicense(db, online, "booking", at(DAY + HOUR)),
    "ok",
  ); // and at t1
  const copyAtT1 = (await readOption(db, CACHE))!;
  assert.equal(
    await checkModuleLicense(db, offline, "booking", at(2 * DAY + 2 * HOUR)),
    "unreachable",
  );
  assert.equal(
    (await moduleLicenseState(db, offline, "booking", at(8 * DAY + 2 * HOUR)))
      .reason,
    "GRACE_OVER",
  );

  await t.step("the t0 copy, the clock set back to t0 + 1 h", async () => {
    await writeOption(db, CACHE, copyAtT0, T0);
    const state = await moduleLicenseState(db, offline, "booking", at(HOUR));
    assert.equal(state.status, "invalid");
    assert.equal(state.reason, "STATE_MISMATCH");
    // Only an answer from the server makes the rows agree again.
    assert.equal(
      await checkModuleLicense(db, offline, "booking", at(2 * HOUR)),
      "unreachable",
    );
    assert.equal(
      (await moduleLicenseState(db, offline, "booking", at(2 * HOUR))).reason,
      "STATE_MISMATCH",
    );
  });

  await t.step(
    "the copy of the last good check, the clock at t1 + 1 h",
    async () => {
      await writeOption(db, CACHE, copyAtT1, T0);
      const state = await moduleLicenseState(
        db,
        offline,
        "booking",
        at(DAY + 2 * HOUR),
      );
      assert.equal(state.reason, "STATE_MISMATCH");
    },
  );

  await t.step("the record deleted as well", async () => {
    await db.deleteFrom("options").where("name", "=", RECORD).execute();
    const state = await moduleLicenseState(
      db,
      offline,
      "booking",
      at(DAY + 2 * HOUR),
    );
    assert.equal(state.reason, "STATE_MISMATCH");
  });

  await t.step("the server answers again: a check repairs it", async () => {
    assert.equal(
      await checkModuleLicense(db, online, "booking", at(8 * DAY + 3 * HOUR)),
      "ok",
    );
    assert.equal(
      (await moduleLicenseState(db, online, "booking", at(8 * DAY + 3 * HOUR)))
        .status,
      "valid",
    );
  });

  await t.step("or the admin activates a new key", async () => {
    await writeOption(db, CACHE, copyAtT0, T0);
    assert.equal(
      (await moduleLicenseState(db, online, "booking", at(8 * DAY + 4 * HOUR)))
        .reason,
      "STATE_MISMATCH",
    );
    const { key } = await freshKey("client-restore-new-key");
    const state = await activateModuleLicense(
      db,
      online,
      "booking",
      key,
      at(8 * DAY + 4 * HOUR),
    );
    assert.equal(state.status, "valid");
  });
});

/** The app's transactions waiting for a lock (here: the locked row). */
async function lockWaiters(): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock'`
    .execute(db);
  return rows[0].n;
}

Deno.test({
  name:
    "a page view writing at the same moment as a check does not undo the check",
  // Holding a row lock needs a connection of its own to a real server.
  ignore: !app.database.url,
  async fn() {
    await activated("client-race");
    const time = at(DAY + 2 * HOUR); // a check is due, and a page view notes the time
    const admin = await connectClient(app.database.url!);
    try {
      // Both writers read the rows as they were, then wait on the lock:
      // the check first, the page view behind it.
      let checking!: Promise<unknown>;
      let viewing!: Promise<unknown>;
      await inClientTransaction(admin, async (tx) => {
        await tx.query("select 1 from options where name = $1 for update", [
          CACHE,
        ]);
        checking = checkModuleLicense(db, online, "booking", time);
        await waitFor(
          "the check to wait",
          async () => await lockWaiters() === 1,
        );
        viewing = moduleLicenseState(db, online, "booking", time);
        await waitFor(
          "the page view to wait",
          async () => await lockWaiters() === 2,
        );
      });
      assert.equal(await checking, "ok");
      await viewing;
    } finally {
      await admin.end();
    }
    const state = await moduleLicenseState(db, online, "booking", time);
    assert.equal(state.status, "valid");
    assert.equal(state.lastCheckAt, time.toISOString(), "the check is kept");
  },
});

Deno.test("a cache from before the record is adopted once; put back later it does not agree", async () => {
  await activated("client-unrecorded");
  const { revision: _, ...cache } = JSON.parse(
    await keys.decrypt(
      "license-cache:booking",
      (await readOption(db, CACHE))!,
    ),
  );
  const unrecorded = await keys.encrypt(
    "license-cache:booking",
    JSON.stringify(cache),
  );
  await writeOption(db, CACHE, unrecorded, T0);
  await db.deleteFrom("options").where("name", "=", RECORD).execute();
  assert.equal(
    (await moduleLicenseState(db, online, "booking", at(HOUR))).status,
    "valid",
  );
  assert.ok(await readOption(db, RECORD), "the record is written");

  await writeOption(db, CACHE, unrecorded, T0);
  assert.equal(
    (await moduleLicenseState(db, online, "booking", at(2 * HOUR))).reason,
    "STATE_MISMATCH",
  );
});

Deno.test("an edited record unlocks nothing", async () => {
  await activated("client-record-tamper");
  const sealed = (await readOption(db, RECORD))!;
  const flipped = sealed.slice(0, 20) + (sealed[20] === "A" ? "B" : "A") +
    sealed.slice(21);
  await writeOption(db, RECORD, flipped, T0);
  assert.equal(
    (await moduleLicenseState(db, online, "booking", at(HOUR))).reason,
    "TAMPERED",
  );
});
