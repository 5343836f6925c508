import assert from "node:assert/strict";
import { useTestDatabase } from "../db/testing.ts";
import { StaffRuleError } from "./errors.ts";
import { createStaff, deactivateStaff, updateStaffRole } from "./staff.ts";

const { db } = await useTestDatabase();
const now = new Date("2027-03-01T10:00:00Z");
const system = { type: "system" } as const;

const addAdmin = (name: string) =>
  createStaff(db, system, {
    name,
    email: `${name.toLowerCase()}@example.com`,
    role: "admin",
    password: "a long password",
  }, now);

const activeAdmins = async () =>
  (await db.selectFrom("staff").select("id").where("role", "=", "admin")
    .where("active", "=", true).execute()).length;

const refusal = (code: string) => (error: unknown) =>
  error instanceof StaffRuleError && error.code === code;

Deno.test("the last active administrator can be neither deactivated nor demoted", async () => {
  const only = await addAdmin("Only");
  await assert.rejects(
    deactivateStaff(db, system, only, now),
    refusal("LAST_ADMIN"),
  );
  await assert.rejects(
    updateStaffRole(db, system, only, "staff", now),
    refusal("LAST_ADMIN"),
  );
  const second = await addAdmin("Second");
  await updateStaffRole(db, { type: "staff", id: second }, only, "staff", now);
  await assert.rejects(
    deactivateStaff(db, { type: "staff", id: second }, second, now),
    refusal("LAST_ADMIN"),
    "the one remaining admin, asking for themselves",
  );
  assert.equal(await activeAdmins(), 1);
});

Deno.test("two admins deactivating each other at once leave one administrator", async () => {
  const [a, b] = [await addAdmin("Alpha"), await addAdmin("Bravo")];
  // Make these two the only active admins, then let them race.
  await db.updateTable("staff").set({ active: false })
    .where("role", "=", "admin").where("id", "not in", [a, b]).execute();
  const results = await Promise.allSettled([
    deactivateStaff(db, { type: "staff", id: a }, b, now),
    deactivateStaff(db, { type: "staff", id: b }, a, now),
  ]);
  assert.deepEqual(results.map((r) => r.status).sort(), [
    "fulfilled",
    "rejected",
  ]);
  const rejected = results.find((r) => r.status === "rejected");
  assert.ok(refusal("LAST_ADMIN")(rejected?.reason));
  assert.equal(await activeAdmins(), 1);
});
