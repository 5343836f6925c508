/**
 * License keys as buyers paste them: surrounded by whitespace, in lower
 * case, and keys issued before letter-only check characters (ending in
 * `$ ~ * =`), also with that symbol lost in a mail client, keep working
 * at activation, validation, in the admin search and the license panel.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { sha256Hex } from "@/lib/crypto.ts";
import { displayPrefix } from "@/lib/licensing/keys.ts";
import { insertLicense, issueLicense } from "@/lib/licensing/server.ts";
import { searchLicenses } from "@/lib/licensing/manage.ts";
import {
  activateModuleLicense,
  type LicenseClientEnv,
} from "@/lib/licensing/client.ts";

const NOW = new Date("2027-04-01T09:00:00Z");
const app = await startTestApp({ now: () => NOW, licensed: false });
Deno.test.afterAll(() => app.close());
const { db, keys } = app.services;

/** A key issued before new keys had letter-only check characters. */
const OLD_KEY = "BOOKING-JQR1-HNYZ-D8QP-WTDJ-KMZA-41RQ-F4E$";

const oldLicense = await insertLicense(
  db,
  {
    key: OLD_KEY,
    keyHash: await sha256Hex(OLD_KEY),
    keyCiphertext: await keys.encrypt("license-keys", OLD_KEY),
    keyPrefix: displayPrefix(OLD_KEY),
  },
  {
    product: "booking",
    email: "early@example.com",
    reference: "old-format",
    type: "full",
  },
  { type: "system" },
  NOW,
);
assert.ok(oldLicense);

async function call(path: string, key: string, domain: string) {
  const res = await fetch(app.url + path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ key, domain }),
  });
  return { status: res.status, body: await res.json() };
}

Deno.test("a key in the old format, pasted sloppily, activates and validates", async () => {
  const activated = await call(
    "/api/licenses/activate",
    `\n  ${OLD_KEY.toLowerCase()}  \t`,
    "old.example.com",
  );
  assert.equal(activated.status, 200, JSON.stringify(activated.body));
  assert.equal(activated.body.valid, true);
  const withoutSymbol = await call(
    "/api/licenses/validate",
    ` ${OLD_KEY.slice(0, -1)} `,
    "old.example.com",
  );
  assert.equal(withoutSymbol.status, 200, JSON.stringify(withoutSymbol.body));
  assert.equal(withoutSymbol.body.valid, true);
});

Deno.test("the admin search finds a pasted key, old or new, in any case", async () => {
  const { key, license } = await issueLicense(
    db,
    keys,
    {
      product: "booking",
      email: "late@example.com",
      reference: "new-format-search",
      type: "full",
    },
    { type: "system" },
    NOW,
  );
  for (
    const [q, id] of [
      [`  ${OLD_KEY.toLowerCase()} `, oldLicense.id],
      [OLD_KEY.slice(0, -1), oldLicense.id],
      [`\t${key.toLowerCase()}\n`, license.id],
    ]
  ) {
    const found = await searchLicenses(db, { q }, NOW);
    assert.deepEqual(found.rows.map((row) => row.id), [id], q);
  }
});

Deno.test("the license panel stores a pasted key in its canonical form", async () => {
  const { key } = await issueLicense(
    db,
    keys,
    {
      product: "booking",
      email: "panel@example.com",
      reference: "panel-paste",
      type: "full",
    },
    { type: "system" },
    NOW,
  );
  const env: LicenseClientEnv = {
    keys,
    appUrl: "https://crm.example.com",
    serverUrl: app.url,
  };
  const state = await activateModuleLicense(
    db,
    env,
    "booking",
    `  ${key.toLowerCase()}\n`,
    NOW,
  );
  assert.equal(state.status, "valid");
  assert.equal(state.keyPrefix, key.split("-").slice(0, 2).join("-"));
});
