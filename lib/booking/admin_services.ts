/**
 * Services as staff manage them: both languages, duration, buffers, price,
 * order, whether visitors can book them, and who performs them. A service
 * with bookings is deactivated, never deleted, so its history stays.
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type { Service, ServiceLocationKind } from "../db/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { changedFields } from "../db/changes.ts";

/** What the service form holds. */
export interface ServiceInput {
  nameEn: string;
  nameDe: string;
  descriptionEn: string;
  descriptionDe: string;
  durationMinutes: number;
  bufferMinutes: number | null;
  /** Null means the business-wide setting. */
  bufferBeforeMinutes: number | null;
  priceCents: number;
  currency: string;
  position: number;
  active: boolean;
  /** Where it takes place; `location` is empty for "none". */
  locationKind: ServiceLocationKind;
  location: string;
  /** The service's own booking rules; null means the business-wide setting. */
  minNoticeMinutes: number | null;
  horizonDays: number | null;
  maxPerDay: number | null;
  /** Staff members who perform it. */
  staffIds: string[];
}

/** A row of the services list. */
export interface ServiceListRow extends Service {
  staffNames: string[];
}

/** Every service in display order, with the names of who performs it. */
export async function listServices(db: Database): Promise<ServiceListRow[]> {
  const [services, performers] = await Promise.all([
    db.selectFrom("services").selectAll()
      .orderBy("position").orderBy("name_en").orderBy("id").execute(),
    db.selectFrom("staff_services as ss")
      .innerJoin("staff as st", "st.id", "ss.staff_id")
      .select(["ss.service_id", "st.name"])
      .orderBy("st.name").execute(),
  ]);
  return services.map((service) => ({
    ...service,
    staffNames: performers.filter((p) => p.service_id === service.id)
      .map((p) => p.name),
  }));
}

/** One service and who performs it, or NotFoundError. */
export async function getService(
  db: Database,
  serviceId: string,
): Promise<{ service: Service; staffIds: string[] }> {
  const service = await db.selectFrom("services").selectAll()
    .where("id", "=", serviceId).executeTakeFirst();
  if (!service) {
    throw new NotFoundError("Unknown service.", "SERVICE_NOT_FOUND");
  }
  const staff = await db.selectFrom("staff_services").select("staff_id")
    .where("service_id", "=", serviceId).execute();
  return { service, staffIds: staff.map((row) => row.staff_id) };
}

function columns(input: ServiceInput) {
  return {
    name_en: input.nameEn,
    name_de: input.nameDe,
    description_en: input.descriptionEn,
    description_de: input.descriptionDe,
    duration_minutes: input.durationMinutes,
    buffer_minutes: input.bufferMinutes,
    buffer_before_minutes: input.bufferBeforeMinutes,
    price_cents: input.priceCents,
    currency: input.currency,
    position: input.position,
    active: input.active,
    location_kind: input.locationKind,
    location: input.locationKind === "none" ? "" : input.location,
    min_notice_minutes: input.minNoticeMinutes,
    horizon_days: input.horizonDays,
    max_per_day: input.maxPerDay,
  };
}

/** Staff ids that name no staff member would only fail later as a foreign key. */
async function assertStaffExist(db: Database, staffIds: string[]) {
  if (!staffIds.length) return;
  const found = await db.selectFrom("staff").select("id")
    .where("id", "in", staffIds).execute();
  if (found.length !== new Set(staffIds).size) {
    throw new ValidationError({ staff: "form.invalid" }, "Unknown staff.");
  }
}

async function replacePerformers(
  db: Database,
  serviceId: string,
  staffIds: string[],
) {
  await db.deleteFrom("staff_services").where("service_id", "=", serviceId)
    .execute();
  const unique = [...new Set(staffIds)];
  if (unique.length) {
    await db.insertInto("staff_services")
      .values(unique.map((staffId) => ({
        staff_id: staffId,
        service_id: serviceId,
      })))
      .execute();
  }
}

/** Adds a service with its performers; returns its id. */
export async function createService(
  db: Database,
  actor: Actor,
  input: ServiceInput,
  now: Date,
): Promise<string> {
  return await inTransaction(db, async (tx) => {
    await assertStaffExist(tx, input.staffIds);
    const { id } = await tx.insertInto("services")
      .values({ ...columns(input), created_at: now, updated_at: now })
      .returning("id").executeTakeFirstOrThrow();
    await replacePerformers(tx, id, input.staffIds);
    await recordAudit(tx, actor, "service.create", "service", id, {
      label: input.nameEn,
      staff: input.staffIds.length,
    }, now);
    return id;
  });
}

/** Changes a service and who performs it; records which fields changed. */
export async function updateService(
  db: Database,
  actor: Actor,
  serviceId: string,
  input: ServiceInput,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await tx.selectFrom("services").selectAll()
      .where("id", "=", serviceId).forUpdate().executeTakeFirst();
    if (!before) {
      throw new NotFoundError("Unknown service.", "SERVICE_NOT_FOUND");
    }
    await assertStaffExist(tx, input.staffIds);
    const after = columns(input);
    await tx.updateTable("services").set({ ...after, updated_at: now })
      .where("id", "=", serviceId).execute();
    const performersBefore = (await tx.selectFrom("staff_services")
      .select("staff_id").where("service_id", "=", serviceId).execute())
      .map((row) => row.staff_id).sort();
    await replacePerformers(tx, serviceId, input.staffIds);
    const changed = changedFields(before, after);
    const performersAfter = [...new Set(input.staffIds)].sort();
    if (performersBefore.join() !== performersAfter.join()) {
      changed.push("staff");
    }
    await recordAudit(tx, actor, "service.update", "service", serviceId, {
      label: input.nameEn,
      changed,
    }, now);
  });
}

/** Takes a service off the public page (or puts it back); bookings stay. */
export async function setServiceActive(
  db: Database,
  actor: Actor,
  serviceId: string,
  active: boolean,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const service = await tx.updateTable("services")
      .set({ active, updated_at: now })
      .where("id", "=", serviceId)
      .returning("name_en").executeTakeFirst();
    if (!service) {
      throw new NotFoundError("Unknown service.", "SERVICE_NOT_FOUND");
    }
    await recordAudit(
      tx,
      actor,
      active ? "service.activate" : "service.deactivate",
      "service",
      serviceId,
      { label: service.name_en },
      now,
    );
  });
}
