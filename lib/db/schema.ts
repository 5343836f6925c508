/**
 * Table types for Kysely, one interface per table, kept in step with
 * `migrations/`. `Generated<T>` marks columns the database fills.
 */
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

/** A `timestamptz`: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A `timestamptz` with a default, so optional on insert. */
export type DefaultTimestamp = ColumnType<
  Date,
  Date | string | undefined,
  Date | string
>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A `jsonb` column with a default. */
export type DefaultJson<T> = ColumnType<T, string | undefined, string>;

export type Locale = "de" | "en";
export type StaffRole = "admin" | "staff";

export interface OptionsTable {
  name: string;
  value: string;
  updated_at: DefaultTimestamp;
}

export interface StaffTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: StaffRole;
  password_hash: string;
  locale: Generated<Locale>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface ClientsTable {
  id: Generated<string>;
  company: string | null;
  vat_number: string | null;
  address: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  phone: string | null;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface ContactsTable {
  id: Generated<string>;
  client_id: string;
  name: string;
  email: string;
  phone: string | null;
  locale: Generated<Locale>;
  is_primary: Generated<boolean>;
  password_hash: string | null;
  portal_enabled: Generated<boolean>;
  last_login_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface AuthSessionsTable {
  token_hash: string;
  staff_id: string | null;
  contact_id: string | null;
  created_at: CreatedAt;
  last_seen_at: DefaultTimestamp;
  expires_at: Timestamp;
  user_agent: string | null;
}

export type AuthTokenPurpose = "sign_in" | "password_reset" | "invite";

export interface AuthTokensTable {
  token_hash: string;
  purpose: AuthTokenPurpose;
  staff_id: string | null;
  contact_id: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface ApiKeysTable {
  id: Generated<string>;
  name: string;
  prefix: string;
  key_hash: string;
  created_by: string | null;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export type ActorType = "staff" | "contact" | "system" | "api";

export interface AuditLogTable {
  id: Generated<string>;
  at: DefaultTimestamp;
  actor_type: ActorType;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: DefaultJson<Record<string, unknown>>;
}

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Base64 of the bytes. */
  content: string;
}

export type EmailStatus = "pending" | "sent" | "failed";

export interface EmailOutboxTable {
  id: Generated<string>;
  dedupe_key: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  attachments: DefaultJson<EmailAttachment[]>;
  status: Generated<EmailStatus>;
  attempts: Generated<number>;
  next_attempt_at: DefaultTimestamp;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}

export type JobOutcome = "running" | "ok" | "failed" | "skipped";

export interface JobRunsTable {
  id: Generated<string>;
  job: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  outcome: JobOutcome;
  detail: string | null;
}

export interface Tables {
  options: OptionsTable;
  staff: StaffTable;
  clients: ClientsTable;
  contacts: ContactsTable;
  auth_sessions: AuthSessionsTable;
  auth_tokens: AuthTokensTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  email_outbox: EmailOutboxTable;
  job_runs: JobRunsTable;
}

export type Staff = Selectable<StaffTable>;
export type Client = Selectable<ClientsTable>;
export type Contact = Selectable<ContactsTable>;
export type NewContact = Insertable<ContactsTable>;
export type EmailMessageRow = Selectable<EmailOutboxTable>;
