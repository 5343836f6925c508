/**
 * The team: staff accounts, their role and whether they may sign in.
 * Administration must never lock itself out: an administrator cannot demote
 * or deactivate themselves, and the last active administrator stays one.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type { Locale, StaffRole } from "../db/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { endAllSessions } from "../auth/sessions.ts";
import { hashPassword } from "../crypto.ts";
import { NotFoundError } from "../errors.ts";
import { StaffRuleError, withUniqueEmail } from "./errors.ts";

/** A row of the staff list. */
export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  locale: Locale;
  active: boolean;
  created_at: Date;
}

/** What an administrator enters to add someone to the team. */
export interface NewStaffMember {
  name: string;
  email: string;
  role: StaffRole;
  /** The initial password, handed over by the administrator. */
  password: string;
  locale?: Locale;
}

/** Every staff member: active ones first, then by name. */
export async function listStaff(db: Database): Promise<StaffMember[]> {
  return await db.selectFrom("staff")
    .select(["id", "name", "email", "role", "locale", "active", "created_at"])
    .orderBy("active", "desc").orderBy("name").orderBy("id")
    .execute();
}

/** Adds a staff member with an initial password; a taken email → `EmailTakenError`. */
export async function createStaff(
  db: Database,
  actor: Actor,
  input: NewStaffMember,
  now: Date,
): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return await withUniqueEmail(() =>
    inTransaction(db, async (tx) => {
      const { id } = await tx.insertInto("staff").values({
        name: input.name,
        email: input.email,
        role: input.role,
        password_hash: passwordHash,
        locale: input.locale ?? "en",
        created_at: now,
        updated_at: now,
      }).returning("id").executeTakeFirstOrThrow();
      await recordAudit(tx, actor, "staff.create", "staff", id, {
        label: input.name,
        role: input.role,
      }, now);
      return id;
    })
  );
}

/**
 * Serialises changes that could remove an administrator, so two admins
 * demoting each other at the same moment cannot leave none.
 */
async function lockAdministration(tx: Database): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('portico_staff_admins'))`
    .execute(tx);
}

async function findForChange(tx: Database, staffId: string) {
  const member = await tx.selectFrom("staff")
    .select(["id", "name", "role", "active"])
    .where("id", "=", staffId).forUpdate().executeTakeFirst();
  if (!member) throw new NotFoundError();
  return member;
}

/**
 * Refuses to take `member` out of administration when they are the last
 * active administrator, or when they are the one asking.
 */
async function assertMayLeaveAdministration(
  tx: Database,
  actor: Actor,
  member: { id: string; role: StaffRole; active: boolean },
): Promise<void> {
  if (member.role === "admin" && member.active) {
    const { count } = await tx.selectFrom("staff")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("role", "=", "admin").where("active", "=", true)
      .executeTakeFirstOrThrow();
    if (Number(count) <= 1) throw new StaffRuleError("LAST_ADMIN");
  }
  if (actor.type === "staff" && actor.id === member.id) {
    throw new StaffRuleError("NOT_YOURSELF");
  }
}

/** Changes a staff member's role (demotions follow the rules above). */
export async function updateStaffRole(
  db: Database,
  actor: Actor,
  staffId: string,
  role: StaffRole,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await lockAdministration(tx);
    const member = await findForChange(tx, staffId);
    if (member.role === role) return;
    if (member.role === "admin") {
      await assertMayLeaveAdministration(tx, actor, member);
    }
    await tx.updateTable("staff").set({ role, updated_at: now })
      .where("id", "=", staffId).execute();
    await recordAudit(tx, actor, "staff.role", "staff", staffId, {
      label: member.name,
      from: member.role,
      to: role,
    }, now);
  });
}

/**
 * Stops a staff member from signing in and ends their sessions at once
 * (not at their next request), within the rules above.
 */
export async function deactivateStaff(
  db: Database,
  actor: Actor,
  staffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await lockAdministration(tx);
    const member = await findForChange(tx, staffId);
    if (!member.active) return;
    await assertMayLeaveAdministration(tx, actor, member);
    await tx.updateTable("staff").set({ active: false, updated_at: now })
      .where("id", "=", staffId).execute();
    await endAllSessions(tx, "staff", staffId);
    await recordAudit(tx, actor, "staff.deactivate", "staff", staffId, {
      label: member.name,
    }, now);
  });
}

/** Lets a deactivated staff member sign in again (with their old password). */
export async function reactivateStaff(
  db: Database,
  actor: Actor,
  staffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const member = await findForChange(tx, staffId);
    if (member.active) return;
    await tx.updateTable("staff").set({ active: true, updated_at: now })
      .where("id", "=", staffId).execute();
    await recordAudit(tx, actor, "staff.reactivate", "staff", staffId, {
      label: member.name,
    }, now);
  });
}
