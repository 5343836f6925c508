import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import { issueLicense } from "@/lib/licensing/server.ts";
import { readOption, writeOption } from "@/lib/options.ts";

const app = await startTestApp({ licensed: false });
Deno.test.afterAll(() => app.close());
const { db, keys } = app.services;
await createStaff(db, {
  email: "owner@example.com",
  password: "owner password 1",
});
const admin = await signIn(
  app.url,
  "admin",
  "owner@example.com",
  "owner password 1",
);

Deno.test("without a license the module's admin pages are locked, its settings page is not", async () => {
  const locked = await admin.page("/admin/booking");
  assert.equal(locked.status, 403);
  assert.match(locked.html, /This module is locked/);
  assert.match(locked.html, /href="\/admin\/booking\/settings"/);
  assert.match(locked.html, /No license key has been entered yet/);
  const services = await admin.page("/admin/booking/services");
  assert.equal(services.status, 403);
  const settings = await admin.page("/admin/booking/settings");
  assert.equal(settings.status, 200);
  assert.match(settings.html, /id="license-panel"/);
  assert.match(settings.html, /Not activated/);
});

Deno.test("public pages and the heartbeat never lock", async () => {
  const booking = await fetch(`${app.url}/booking`);
  assert.equal(booking.status, 200);
  await booking.body?.cancel();
  const beat = await fetch(`${app.url}/cat_heartbeat?path=/clients`);
  assert.equal(beat.status, 204);
  await beat.body?.cancel();
});

Deno.test("activating a key in the License panel unlocks the admin", async () => {
  const { key } = await issueLicense(
    db,
    keys,
    {
      product: "booking",
      email: "owner@example.com",
      reference: "guard-test",
      type: "full",
    },
    { type: "system" },
    new Date(),
  );
  await admin.page("/admin/booking/settings");
  const wrong = await admin.post("/admin/license/booking", {
    action: "activate",
    key: "BOOKING-WRONG",
    back: "/admin/booking/settings",
  });
  assert.equal(wrong.status, 303);
  await wrong.body?.cancel();
  const failed = await admin.page("/admin/booking/settings");
  assert.match(failed.html, /Activation failed/);
  const res = await admin.post("/admin/license/booking", {
    action: "activate",
    key,
    back: "/admin/booking/settings",
  });
  assert.equal(res.status, 303);
  await res.body?.cancel();
  const settings = await admin.page("/admin/booking/settings");
  assert.match(settings.html, /The license is active/);
  const bookings = await admin.page("/admin/booking");
  assert.equal(bookings.status, 200);
  const activity = await admin.page("/admin/activity");
  assert.notEqual(activity.status, 200, "another module stays locked");
});

Deno.test("an older license cache row put back locks the module with a clear reason; Check now opens it again", async () => {
  const copy = (await readOption(db, "license.client.booking"))!;
  const check = async () => {
    const res = await admin.post("/admin/license/booking", {
      action: "check",
      back: "/admin/booking/settings",
    });
    assert.equal(res.status, 303);
    await res.body?.cancel();
    return await admin.page("/admin/booking/settings");
  };
  assert.match(
    (await check()).html,
    /The license server confirmed the license/,
  );
  await writeOption(db, "license.client.booking", copy, new Date());

  const locked = await admin.page("/admin/booking");
  assert.equal(locked.status, 403);
  assert.match(locked.html, /older than this installation's record of it/);
  const settings = await admin.page("/admin/booking/settings");
  assert.match(settings.html, /Check now/);
  await db.updateTable("staff").set({ locale: "de" })
    .where("email", "=", "owner@example.com").execute();
  try {
    const gesperrt = await admin.page("/admin/booking");
    assert.match(gesperrt.html, /älter als der Stand/);
    assert.match(
      (await check()).html,
      /Der Lizenzserver hat die Lizenz bestätigt/,
    );
  } finally {
    await db.updateTable("staff").set({ locale: "en" })
      .where("email", "=", "owner@example.com").execute();
  }
  assert.equal((await admin.page("/admin/booking")).status, 200);
});
