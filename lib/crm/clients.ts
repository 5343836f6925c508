/**
 * Clients (a company or a private person) and their contacts, the people
 * who may sign in to the portal. Each client has at most one primary
 * contact (a partial unique index), the one emails and invoices go to.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type { Client, Locale } from "../db/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { inviteContact } from "../auth/accounts.ts";
import { endAllSessions } from "../auth/sessions.ts";
import { NotFoundError } from "../errors.ts";
import { changedFields } from "../db/changes.ts";
import { PortalDisabledError, withUniqueEmail } from "./errors.ts";
import { containsPattern, type Paged, pageWindow } from "../db/paging.ts";

export const CLIENTS_PAGE_SIZE = 25;

/** The editable fields of a client; absent or empty means none. */
export interface ClientInput {
  company?: string;
  vat_number?: string;
  address?: string;
  postal_code?: string;
  city?: string;
  /** ISO 3166 alpha-2, upper case. */
  country?: string;
  phone?: string;
  /** Leitweg-ID or standing order reference for invoices. */
  buyer_reference?: string;
}

/** The editable fields of a contact. */
export interface ContactInput {
  name: string;
  email: string;
  phone?: string;
  locale: Locale;
}

/** A contact as the admin pages show it (no password hash). */
export interface ContactSummary {
  id: string;
  client_id: string;
  name: string;
  email: string;
  phone: string | null;
  locale: Locale;
  is_primary: boolean;
  portal_enabled: boolean;
  /** Whether they have chosen a password (invited and accepted). */
  has_password: boolean;
  last_login_at: Date | null;
}

/** A row of the client list. */
export interface ClientListRow {
  id: string;
  company: string | null;
  city: string | null;
  country: string | null;
  primary_name: string | null;
  primary_email: string | null;
  contact_count: number;
  created_at: Date;
}

/** A client with all its contacts, primary first. */
export interface ClientDetails {
  client: Client;
  contacts: ContactSummary[];
}

function clientColumns(input: ClientInput) {
  return {
    company: input.company ?? null,
    vat_number: input.vat_number ?? null,
    address: input.address ?? null,
    postal_code: input.postal_code ?? null,
    city: input.city ?? null,
    country: input.country ?? null,
    phone: input.phone ?? null,
    buyer_reference: input.buyer_reference ?? null,
  };
}

function contactColumns(input: ContactInput) {
  return {
    name: input.name,
    email: input.email,
    phone: input.phone ?? null,
    locale: input.locale,
  };
}

/** What the audit log shows for a client: its company or primary contact. */
function clientLabel(company: string | null, contactName?: string) {
  return company ?? contactName ?? null;
}

/**
 * Clients page by page, ordered by name. `search` matches the company, or
 * the name or email of any of its contacts, anywhere in the text.
 */
export async function listClients(
  db: Database,
  options: { search?: string; page?: number; pageSize?: number } = {},
): Promise<Paged<ClientListRow>> {
  const pageSize = options.pageSize ?? CLIENTS_PAGE_SIZE;
  const term = options.search?.trim();
  const matching = db.selectFrom("clients as c").$if(!!term, (qb) => {
    const pattern = containsPattern(term!);
    return qb.where((eb) =>
      eb.or([
        eb("c.company", "ilike", pattern),
        eb.exists(
          eb.selectFrom("contacts as m").select("m.id")
            .whereRef("m.client_id", "=", "c.id")
            .where((inner) =>
              inner.or([
                inner("m.name", "ilike", pattern),
                inner("m.email", "ilike", pattern),
              ])
            ),
        ),
      ])
    );
  });
  const { total } = await matching
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .executeTakeFirstOrThrow();
  const window = pageWindow(options.page ?? 1, Number(total), pageSize);
  const rows = await matching
    .leftJoin(
      "contacts as p",
      (join) =>
        join.onRef("p.client_id", "=", "c.id").on("p.is_primary", "=", true),
    )
    .select((eb) => [
      "c.id",
      "c.company",
      "c.city",
      "c.country",
      "c.created_at",
      "p.name as primary_name",
      "p.email as primary_email",
      eb.selectFrom("contacts as k")
        .select((k) => k.fn.countAll<string>().as("n"))
        .whereRef("k.client_id", "=", "c.id")
        .as("contact_count"),
    ])
    .orderBy(sql`lower(coalesce(c.company, p.name))`)
    .orderBy("c.id")
    .limit(pageSize).offset(window.offset)
    .execute();
  return {
    rows: rows.map((row) => ({
      ...row,
      contact_count: Number(row.contact_count ?? 0),
    })),
    total: Number(total),
    page: window.page,
    pageCount: window.pageCount,
    pageSize,
  };
}

const contactSummaryColumns = [
  "id",
  "client_id",
  "name",
  "email",
  "phone",
  "locale",
  "is_primary",
  "portal_enabled",
  "last_login_at",
] as const;

const hasPassword = sql<boolean>`password_hash is not null`.as("has_password");

/** A client and its contacts; unknown id → `NotFoundError`. */
export async function getClient(
  db: Database,
  clientId: string,
): Promise<ClientDetails> {
  const client = await db.selectFrom("clients").selectAll()
    .where("id", "=", clientId).executeTakeFirst();
  if (!client) throw new NotFoundError();
  const contacts = await db.selectFrom("contacts")
    .select(contactSummaryColumns)
    .select(hasPassword)
    .where("client_id", "=", clientId)
    .orderBy("is_primary", "desc").orderBy("name").orderBy("id")
    .execute();
  return { client, contacts };
}

/** One contact of a client; a contact of another client → `NotFoundError`. */
export async function getContact(
  db: Database,
  clientId: string,
  contactId: string,
): Promise<ContactSummary> {
  const contact = await db.selectFrom("contacts")
    .select(contactSummaryColumns)
    .select(hasPassword)
    .where("id", "=", contactId).where("client_id", "=", clientId)
    .executeTakeFirst();
  if (!contact) throw new NotFoundError();
  return contact;
}

/**
 * Creates a client with its first contact, who becomes the primary one, in
 * one transaction: a taken email (`EmailTakenError`) leaves no client behind.
 */
export async function createClient(
  db: Database,
  actor: Actor,
  input: { client: ClientInput; contact: ContactInput },
  now: Date,
): Promise<string> {
  return await withUniqueEmail(() =>
    inTransaction(db, async (tx) => {
      const { id } = await tx.insertInto("clients").values({
        ...clientColumns(input.client),
        created_at: now,
        updated_at: now,
      }).returning("id").executeTakeFirstOrThrow();
      const contact = await tx.insertInto("contacts").values({
        ...contactColumns(input.contact),
        client_id: id,
        is_primary: true,
        created_at: now,
        updated_at: now,
      }).returning("id").executeTakeFirstOrThrow();
      const label = clientLabel(
        input.client.company ?? null,
        input.contact.name,
      );
      await recordAudit(tx, actor, "client.create", "client", id, {
        label,
      }, now);
      await recordAudit(tx, actor, "contact.create", "contact", contact.id, {
        label: input.contact.name,
        client_id: id,
      }, now);
      return id;
    })
  );
}

/** Replaces a client's details; unknown id → `NotFoundError`. */
export async function updateClient(
  db: Database,
  actor: Actor,
  clientId: string,
  input: ClientInput,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await tx.selectFrom("clients").selectAll()
      .where("id", "=", clientId).forUpdate().executeTakeFirst();
    if (!before) throw new NotFoundError();
    const after = clientColumns(input);
    const changed = changedFields(before, after);
    if (changed.length === 0) return;
    await tx.updateTable("clients").set({ ...after, updated_at: now })
      .where("id", "=", clientId).execute();
    await recordAudit(tx, actor, "client.update", "client", clientId, {
      label: clientLabel(after.company),
      changed,
    }, now);
  });
}

/** Makes `contactId` the client's only primary contact. */
async function makePrimary(tx: Database, clientId: string, contactId: string) {
  // The partial unique index allows one primary per client at any moment,
  // so the old one is cleared before the new one is set.
  await tx.updateTable("contacts").set({ is_primary: false })
    .where("client_id", "=", clientId).where("is_primary", "=", true)
    .where("id", "!=", contactId).execute();
  await tx.updateTable("contacts").set({ is_primary: true })
    .where("id", "=", contactId).execute();
}

/** Locks the client row so primary-contact changes happen one at a time. */
async function lockClient(tx: Database, clientId: string) {
  const client = await tx.selectFrom("clients").select(["id", "company"])
    .where("id", "=", clientId).forUpdate().executeTakeFirst();
  if (!client) throw new NotFoundError();
  return client;
}

/**
 * Adds a contact to a client. It becomes the primary contact when asked to
 * or when the client has none yet. A taken email → `EmailTakenError`.
 */
export async function addContact(
  db: Database,
  actor: Actor,
  clientId: string,
  input: ContactInput & { is_primary?: boolean },
  now: Date,
): Promise<string> {
  return await withUniqueEmail(() =>
    inTransaction(db, async (tx) => {
      await lockClient(tx, clientId);
      const { id } = await tx.insertInto("contacts").values({
        ...contactColumns(input),
        client_id: clientId,
        created_at: now,
        updated_at: now,
      }).returning("id").executeTakeFirstOrThrow();
      const primary = await tx.selectFrom("contacts").select("id")
        .where("client_id", "=", clientId).where("is_primary", "=", true)
        .executeTakeFirst();
      if (input.is_primary || !primary) await makePrimary(tx, clientId, id);
      await recordAudit(tx, actor, "contact.create", "contact", id, {
        label: input.name,
        client_id: clientId,
      }, now);
      return id;
    })
  );
}

/**
 * Updates a contact. `is_primary: true` makes them the primary contact;
 * false never leaves a client without one (choose another contact instead).
 * Switching portal access off ends their portal sessions.
 */
export async function updateContact(
  db: Database,
  actor: Actor,
  clientId: string,
  contactId: string,
  input: ContactInput & { is_primary: boolean; portal_enabled: boolean },
  now: Date,
): Promise<void> {
  await withUniqueEmail(() =>
    inTransaction(db, async (tx) => {
      await lockClient(tx, clientId);
      const before = await tx.selectFrom("contacts")
        .select([
          "name",
          "email",
          "phone",
          "locale",
          "is_primary",
          "portal_enabled",
        ])
        .where("id", "=", contactId).where("client_id", "=", clientId)
        .executeTakeFirst();
      if (!before) throw new NotFoundError();
      const after = {
        ...contactColumns(input),
        portal_enabled: input.portal_enabled,
      };
      const changed = changedFields(before, after);
      if (input.is_primary && !before.is_primary) {
        await makePrimary(tx, clientId, contactId);
        changed.push("is_primary");
      }
      if (changed.length === 0) return;
      await tx.updateTable("contacts").set({ ...after, updated_at: now })
        .where("id", "=", contactId).execute();
      if (!after.portal_enabled) await endAllSessions(tx, "contact", contactId);
      await recordAudit(tx, actor, "contact.update", "contact", contactId, {
        label: after.name,
        client_id: clientId,
        changed,
      }, now);
    })
  );
}

/**
 * Emails a contact of this client an invitation to the portal: a 7-day
 * link to choose a password. The caller wakes the mail worker afterwards.
 */
export async function inviteClientContact(
  db: Database,
  actor: Actor,
  clientId: string,
  contactId: string,
  appUrl: string,
  now: Date,
): Promise<void> {
  const contact = await getContact(db, clientId, contactId);
  if (!contact.portal_enabled) throw new PortalDisabledError();
  await inviteContact(db, contactId, appUrl, now, actor);
}

/**
 * The standing buyer reference (Leitweg-ID) of the buyer's client: the
 * client of contact `buyer.contactId` when signed in, else of the contact
 * with `buyer.email`; null for a new buyer or a client without one.
 */
export async function standingBuyerReference(
  db: Database,
  buyer: { contactId?: string; email: string },
): Promise<string | null> {
  const row = await db.selectFrom("contacts as m")
    .innerJoin("clients as c", "c.id", "m.client_id")
    .select("c.buyer_reference")
    .$if(
      buyer.contactId !== undefined,
      (qb) => qb.where("m.id", "=", buyer.contactId!),
    )
    .$if(
      buyer.contactId === undefined,
      (qb) => qb.where("m.email", "=", buyer.email),
    )
    .executeTakeFirst();
  return row?.buyer_reference ?? null;
}
