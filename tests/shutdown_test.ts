/**
 * Graceful shutdown with a live admin widget open: SIGTERM ends the
 * Server-Sent Events stream (the browser reconnects to a live instance),
 * writes the buffered heartbeats, and the process exits within Deno
 * Deploy's 5 s — an open stream used to keep a stopped instance alive
 * until the browser hung up.
 */
import assert from "node:assert/strict";
import { startChild } from "./helpers/child.ts";
import { waitFor } from "./helpers/wait.ts";
import { createClientWithContact, createStaff } from "./helpers/http.ts";
import { createTestDatabase } from "@/lib/db/testing.ts";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.ts";
import { recordConsent } from "@/lib/activity/consent.ts";
import { Keyring } from "@/lib/crypto.ts";
import { issueLicense } from "@/lib/licensing/server.ts";
import { activateModuleLicense } from "@/lib/licensing/client.ts";
import { freePort } from "@/lib/mail/testing.ts";

const APP_SECRET = "shutdown-secret-".padEnd(40, "s");

Deno.test({
  name:
    "SIGTERM with an event stream open: the stream ends, heartbeats are written, the process exits within 5 s",
  ignore: Deno.env.get("PORTICO_TEST_EMBEDDED") === "1",
  async fn() {
    const database = await createTestDatabase();
    const { db } = database;
    try {
      const child = await startChild(freePort(), {
        DATABASE_URL: database.url!,
        APP_SECRET,
      });
      const keys = new Keyring(APP_SECRET);
      const { key } = await issueLicense(
        db,
        keys,
        {
          product: "activity",
          email: "owner@example.com",
          reference: "shutdown-test",
          type: "full",
        },
        { type: "system" },
        new Date(),
      );
      await activateModuleLicense(
        db,
        {
          keys,
          appUrl: child.url,
          serverUrl: child.url,
        },
        "activity",
        key,
        new Date(),
      );

      const staffId = await createStaff(db, {
        email: "watcher@example.com",
        password: "a long staff password",
      });
      const staffToken = await createSession(db, "staff", staffId, new Date());
      const { contactId } = await createClientWithContact(db, {
        email: "beating@example.com",
      });
      await recordConsent(db, contactId, "granted", "test", new Date());
      const contactToken = await createSession(
        db,
        "contact",
        contactId,
        new Date(),
      );

      const stream = await fetch(`${child.url}/admin/activity/stream`, {
        headers: { cookie: `${SESSION_COOKIE.staff}=${staffToken}` },
      });
      assert.equal(stream.status, 200);
      assert.match(stream.headers.get("content-type")!, /text\/event-stream/);
      const reader = stream.body!.pipeThrough(new TextDecoderStream())
        .getReader();
      let received = "";
      while (!received.includes("event: online")) {
        const { value, done } = await reader.read();
        assert.ok(!done, "the stream sends the online list first");
        received += value;
      }
      const streamEnded = (async () => {
        while (!(await reader.read()).done) { /* pings until the end */ }
        return Date.now();
      })();

      const beat = await fetch(
        `${child.url}/cat_heartbeat?path=/clients/just-before&view=1`,
        { headers: { cookie: `${SESSION_COOKIE.contact}=${contactToken}` } },
      );
      await beat.body?.cancel();
      assert.equal(beat.status, 204);

      const signalled = Date.now();
      const status = await child.stop();
      const exitedAfter = Date.now() - signalled;
      assert.ok(exitedAfter < 5_000, `exited ${exitedAfter} ms after SIGTERM`);
      assert.equal(status.code, 0, child.output());
      assert.ok(await streamEnded - signalled < 5_000, "the stream ended");
      assert.ok(!child.output().includes("shutdown took longer"));

      await waitFor("the buffered beat in the database", async () => {
        const visits = await db.selectFrom("page_visits").select("path")
          .where("contact_id", "=", contactId).execute();
        return visits.some((v) => v.path === "/clients/just-before");
      }, 2_000);
    } finally {
      await database.drop();
    }
  },
});
