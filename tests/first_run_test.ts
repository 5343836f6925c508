/**
 * The first run as a new owner meets it: the home page points to /setup,
 * setup licenses the installation's own modules (it is its own license
 * server), and the dashboard shows the setup checklist until it is done
 * or hidden. With another license server, modules stay locked and their
 * lock page says how to unlock them.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { TestClient } from "./helpers/http.ts";
import { getSellerSettings, saveSellerSettings } from "@/lib/billing/seller.ts";

const owner = {
  name: "Olga Owner",
  email: "olga@example.com",
  password: "a long enough passphrase",
};

Deno.test("first run: home → setup → checklist; booking and activity open", async (t) => {
  const app = await startTestApp({ licensed: false });
  try {
    const client = new TestClient(app.url);

    await t.step(
      "the home page points to /setup while no staff exists",
      async () => {
        const home = await client.page("/");
        assert.equal(home.status, 200);
        assert.match(home.html, /href="\/setup"/);
      },
    );

    await t.step("setup signs the owner in on the dashboard", async () => {
      await client.page("/setup");
      const res = await client.post("/setup", owner);
      assert.equal(res.status, 303);
      assert.equal(res.headers.get("location"), "/admin");
      const home = await client.page("/");
      assert.doesNotMatch(home.html, /href="\/setup"/);
    });

    await t.step(
      "the installation's own licenses unlock both modules",
      async () => {
        for (const path of ["/admin/booking", "/admin/activity"]) {
          const page = await client.page(path);
          assert.equal(page.status, 200, path);
          assert.doesNotMatch(page.html, /locked-page/);
        }
        const own = await app.services.db.selectFrom("licenses")
          .select(["product", "email"]).where("own_installation", "=", true)
          .orderBy("product").execute();
        assert.deepEqual(own, [
          { product: "activity", email: owner.email },
          { product: "booking", email: owner.email },
        ]);
        const settings = await client.page("/admin/booking/settings");
        assert.doesNotMatch(settings.html, /name="action" value="own"/);
      },
    );

    await t.step(
      "the dashboard greets a new owner with the checklist",
      async () => {
        const dashboard = await client.page("/admin");
        assert.match(dashboard.html, /id="setup-checklist-title"/);
        assert.doesNotMatch(dashboard.html, /Welcome back/);
        assert.match(
          dashboard.html,
          new RegExp(`value="${app.url}/booking"`),
          "the booking link to copy",
        );
        for (
          const href of [
            "/admin/settings/business",
            "/admin/booking/services",
            "/admin/booking/staff",
            "/admin/emails",
            "/admin/shop/payments",
          ]
        ) {
          assert.match(dashboard.html, new RegExp(`href="${href}"`), href);
        }
        assert.match(dashboard.html, /5 left/);
      },
    );

    await t.step(
      "steps tick themselves off as the settings are made",
      async () => {
        const res = await client.post("/admin/checklist", {
          choice: "outboxMail",
        });
        assert.equal(res.status, 303);
        await saveSellerSettings(
          app.services.db,
          { type: "system" },
          {
            ...await getSellerSettings(app.services.db),
            legalName: "Olga's Studio",
            street: "Hauptstraße 1",
            postalCode: "10115",
            city: "Berlin",
            email: "billing@example.com",
            iban: "DE89370400440532013000",
            taxNumber: "12/345/67890",
          },
          new Date(),
        );
        const dashboard = await client.page("/admin");
        // Mail chosen, business details and with them bank transfer done.
        assert.match(dashboard.html, /2 left/);
        assert.match(dashboard.html, /Emails stay in the outbox until/);
      },
    );

    await t.step("a tampered choice changes nothing", async () => {
      const res = await client.post("/admin/checklist", { choice: "all" });
      assert.equal(res.status, 303);
      assert.match((await client.page("/admin")).html, /2 left/);
    });

    await t.step(
      "hidden, the checklist is gone and the greeting is back",
      async () => {
        await client.post("/admin/checklist", { choice: "hide" });
        const dashboard = await client.page("/admin");
        assert.doesNotMatch(dashboard.html, /setup-checklist-title/);
        assert.match(dashboard.html, /Welcome back, Olga Owner/);
      },
    );
  } finally {
    await app.close();
  }
});

Deno.test("another license server: setup licenses nothing; the lock page lists the steps", async () => {
  const app = await startTestApp({
    licensed: false,
    // Nothing listens on port 9 (discard).
    env: { LICENSE_SERVER_URL: "http://127.0.0.1:9" },
  });
  try {
    const client = new TestClient(app.url);
    await client.page("/setup");
    assert.equal((await client.post("/setup", owner)).status, 303);
    const locked = await client.page("/admin/booking");
    assert.equal(locked.status, 403);
    assert.match(locked.html, /<ol class="steps">/);
    assert.doesNotMatch(locked.html, /value="own"/);
    const own = await client.post("/admin/license/booking", {
      action: "own",
      back: "/admin/booking",
    });
    assert.equal(own.status, 404);
    const { count } = await app.services.db.selectFrom("licenses")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count), 0);
  } finally {
    await app.close();
  }
});

Deno.test("an installation set up before self-licensing unlocks a module from its lock page", async () => {
  const app = await startTestApp({ licensed: false });
  try {
    const client = new TestClient(app.url);
    await client.page("/setup");
    await client.post("/setup", owner);
    // As if set up by an older version: no own licenses yet.
    await app.services.db.deleteFrom("options")
      .where("name", "like", "license.client.%").execute();
    const locked = await client.page("/admin/activity");
    assert.equal(locked.status, 403);
    assert.match(locked.html, /name="action" value="own"/);
    const res = await client.post("/admin/license/activity", {
      action: "own",
      back: "/admin/activity",
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), "/admin/activity");
    assert.equal((await client.page("/admin/activity")).status, 200);
    // Still one own license per module: the first one, activated again.
    const { count } = await app.services.db.selectFrom("licenses")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("product", "=", "activity").executeTakeFirstOrThrow();
    assert.equal(Number(count), 1);
  } finally {
    await app.close();
  }
});
