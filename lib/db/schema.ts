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
  /** Leitweg-ID or standing order reference, put on invoices when the buyer gives none (BT-10). */
  buyer_reference: string | null;
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

export type AuthTokenPurpose =
  | "sign_in"
  | "password_reset"
  | "invite"
  | "checkout_confirm";

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
  /** What the key may do (migration 0036); see `API_SCOPES`. */
  scopes: Generated<string[]>;
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
  /** Set by failure budgets: no attempt is admitted before this instant. */
  blocked_until: ColumnType<
    Date | null,
    Date | string | null | undefined,
    Date | string | null
  >;
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Base64 of the bytes; empty when `source` makes them at send time. */
  content: string;
  /**
   * A document the worker renders when it sends (e.g. an invoice PDF),
   * so the transaction that queues the mail does no rendering.
   */
  source?: AttachmentSource;
  /** Shown inline: the HTML refers to it as `cid:<cid>` (an image). */
  cid?: string;
}

/** What a generated attachment is made from: a kind and a record id. */
export interface AttachmentSource {
  kind: string;
  id: string;
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

/** A job's lock: held by `holder` (one run) until `locked_until`. */
export interface JobLocksTable {
  job: string;
  holder: string;
  locked_until: Timestamp;
}

/** Every NOTIFY, for instances that poll instead of LISTEN (0013). */
export interface ChangeLogTable {
  /** int8: a string, as node-postgres returns it. */
  id: Generated<string>;
  channel: string;
  payload: string;
  created_at: DefaultTimestamp;
}

export interface WebhookEndpointsTable {
  id: Generated<string>;
  url: string;
  description: Generated<string>;
  events: string[];
  secret_sealed: string;
  enabled: Generated<boolean>;
  failing_since: Timestamp | null;
  disabled_at: Timestamp | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export type WebhookDeliveryStatus = "pending" | "delivered" | "failed";

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  endpoint_id: string;
  event: string;
  payload: string;
  status: Generated<WebhookDeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: DefaultTimestamp;
  claimed_until: Timestamp | null;
  response_status: number | null;
  response_body: string | null;
  last_error: string | null;
  created_at: DefaultTimestamp;
  delivered_at: Timestamp | null;
}

export interface Tables
  extends
    BookingTables,
    CalendarTables,
    LicensingTables,
    ShopTables,
    ActivityTables {
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
  job_locks: JobLocksTable;
  change_log: ChangeLogTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
}

export type Staff = Selectable<StaffTable>;
export type Client = Selectable<ClientsTable>;
export type Contact = Selectable<ContactsTable>;
export type NewContact = Insertable<ContactsTable>;
export type EmailMessageRow = Selectable<EmailOutboxTable>;

export interface ServicesTable {
  id: Generated<string>;
  name_en: string;
  name_de: string;
  description_en: Generated<string>;
  description_de: Generated<string>;
  duration_minutes: number;
  /** Minutes kept free after each; null means the business-wide setting. */
  buffer_minutes: Generated<number | null>;
  /** Minutes kept free before each; null means the business-wide setting. */
  buffer_before_minutes: Generated<number | null>;
  price_cents: Generated<number>;
  currency: Generated<string>;
  active: Generated<boolean>;
  position: Generated<number>;
  /** Where it takes place: `location` is an address, a phone number or a link. */
  location_kind: Generated<ServiceLocationKind>;
  location: Generated<string>;
  /** The service's own booking rules; null means the business-wide setting. */
  min_notice_minutes: Generated<number | null>;
  horizon_days: Generated<number | null>;
  /** At most this many bookings of it per staff member and day. */
  max_per_day: Generated<number | null>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export type ServiceLocationKind = "none" | "address" | "phone" | "video";

export type QuestionKind = "text" | "long_text" | "choice" | "checkbox";

export interface ServiceQuestionsTable {
  id: Generated<string>;
  service_id: string;
  position: Generated<number>;
  kind: QuestionKind;
  label: string;
  /** The options of a choice; empty for every other kind. */
  options: Generated<string[]>;
  required: Generated<boolean>;
  created_at: CreatedAt;
}

export type ServiceQuestion = Selectable<ServiceQuestionsTable>;

/** One answer as a booking keeps it: the question's label then, and the answer. */
export interface BookingAnswer {
  label: string;
  kind: QuestionKind;
  /** The text, the option chosen, or "yes" / "no" for a checkbox. */
  answer: string;
}

/** A staff member's hours on one date; no times means the day is off. */
export interface StaffDateHoursTable {
  id: Generated<string>;
  staff_id: string;
  /** Written as `YYYY-MM-DD`, read back as that day's UTC midnight. */
  date: ColumnType<Date, string, string>;
  start_minute: number | null;
  end_minute: number | null;
}

export interface StaffServicesTable {
  staff_id: string;
  service_id: string;
}

export interface AvailabilityTable {
  id: Generated<string>;
  staff_id: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  start_minute: number;
  end_minute: number;
}

export interface TimeOffTable {
  id: Generated<string>;
  staff_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  reason: string | null;
}

export type BookingStatus =
  | "pending"
  | "confirmed"
  | "cancelled"
  /** Staff recorded after the start that it took place, or that no one came. */
  | "completed"
  | "no_show";

export interface BookingsTable {
  id: Generated<string>;
  service_id: string;
  staff_id: string;
  contact_id: string | null;
  name: string;
  email: string;
  phone: string | null;
  note: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  /**
   * The staff member's busy time: from the buffer before the start to the
   * end of the buffer after; these never overlap (migration 0041).
   */
  blocked_from: Timestamp;
  blocked_until: Timestamp;
  status: BookingStatus;
  locale: Locale;
  manage_token_hash: string;
  cancel_reason: string | null;
  reminder_sent_at: Timestamp | null;
  /** The version of the booking's calendar file (RFC 5545 SEQUENCE). */
  calendar_sequence: Generated<number>;
  /** The answers to the service's questions, as asked when it was booked. */
  answers: DefaultJson<BookingAnswer[]>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface BookingEventsTable {
  id: Generated<string>;
  booking_id: string;
  at: DefaultTimestamp;
  from_status: BookingStatus | null;
  to_status: BookingStatus;
  actor_type: ActorType;
  actor_id: string | null;
  note: string | null;
  /** A move: the start before (with `moved_to`; the status stays). */
  moved_from: Timestamp | null;
  moved_to: Timestamp | null;
}

export interface BookingTables {
  services: ServicesTable;
  service_questions: ServiceQuestionsTable;
  staff_date_hours: StaffDateHoursTable;
  staff_services: StaffServicesTable;
  availability: AvailabilityTable;
  time_off: TimeOffTable;
  bookings: BookingsTable;
  booking_events: BookingEventsTable;
}

export type Service = Selectable<ServicesTable>;
export type Booking = Selectable<BookingsTable>;

export type LicenseType = "full" | "trial";
export type LicenseStatus = "active" | "revoked";

export interface LicensesTable {
  id: Generated<string>;
  key_hash: string;
  key_ciphertext: string;
  key_prefix: string;
  product: string;
  email: string;
  name: string | null;
  client_id: string | null;
  reference: string | null;
  type: LicenseType;
  status: Generated<LicenseStatus>;
  expires_at: Timestamp | null;
  /** The last trial reminder day sent (7, 14 or 27). */
  trial_reminder_day: number | null;
  /** Issued by this installation to itself for its own module (migration 0025). */
  own_installation: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface LicenseActivationsTable {
  id: Generated<string>;
  license_id: string;
  domain: string;
  activated_at: DefaultTimestamp;
  deactivated_at: Timestamp | null;
  last_validated_at: Timestamp | null;
  validation_count: Generated<number>;
}

export type LicenseEventKind =
  | "issued"
  | "activated"
  | "deactivated"
  | "released"
  | "moved"
  | "revoked"
  | "reinstated"
  | "extended"
  | "upgraded";

export interface LicenseEventsTable {
  id: Generated<string>;
  license_id: string;
  at: DefaultTimestamp;
  kind: LicenseEventKind;
  domain: string | null;
  actor_type: ActorType;
  actor_id: string | null;
  detail: string | null;
}

export interface LicensingTables {
  licenses: LicensesTable;
  license_activations: LicenseActivationsTable;
  license_events: LicenseEventsTable;
}

export type License = Selectable<LicensesTable>;

export interface ProductsTable {
  id: Generated<string>;
  slug: string;
  module_key: string;
  name_en: string;
  name_de: string;
  description_en: Generated<string>;
  description_de: Generated<string>;
  price_cents: number;
  currency: Generated<string>;
  trial_days: Generated<number>;
  active: Generated<boolean>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface PackagesTable {
  id: Generated<string>;
  slug: string;
  name_en: string;
  name_de: string;
  description_en: Generated<string>;
  description_de: Generated<string>;
  price_cents: number;
  currency: Generated<string>;
  active: Generated<boolean>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: DefaultTimestamp;
}

export interface PackageItemsTable {
  package_id: string;
  product_id: string;
}

export type OrderStatus = "pending" | "paid" | "cancelled" | "refunded";

export interface OrdersTable {
  id: Generated<string>;
  client_id: string;
  contact_id: string;
  status: OrderStatus;
  total_cents: number;
  currency: string;
  locale: Locale;
  created_at: CreatedAt;
  paid_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  /** When the last line was refunded (status `refunded`). */
  refunded_at: Timestamp | null;
  /** Null for orders from before it was asked (migration 0017). */
  buyer_kind: BuyerKind | null;
  /** The §356 (5) BGB consent a consumer gave for a paid order, as shown. */
  withdrawal_consent_at: Timestamp | null;
  withdrawal_consent_version: string | null;
  withdrawal_consent_text: string | null;
}

export interface OrderLinesTable {
  id: Generated<string>;
  order_id: string;
  product_id: string | null;
  package_id: string | null;
  description: string;
  price_cents: number;
  /** The invoice line this order line was invoiced as (null: free, or not invoiced). */
  invoice_item_id: string | null;
}

export type GrantStatus = "pending" | "issued" | "failed";

export interface LicenseGrantsTable {
  id: Generated<string>;
  order_line_id: string;
  product_id: string;
  license_type: Generated<LicenseType>;
  status: Generated<GrantStatus>;
  license_id: string | null;
  license_key_sealed: string | null;
  attempts: Generated<number>;
  next_attempt_at: DefaultTimestamp;
  last_error: string | null;
  issued_at: Timestamp | null;
  created_at: CreatedAt;
}

/** One trial per client and product: the primary key refuses a second. */
export interface TrialsTable {
  client_id: string;
  product_id: string;
  license_grant_id: string;
  started_at: Timestamp;
}

/** A checkout form as the buyer filled it in (validated); held checkouts keep it. */
/** Who buys: a consumer sees gross prices, a business net ones. */
export type BuyerKind = "consumer" | "business";

export interface CheckoutForm {
  slug: string;
  /** "buy" or, for products with trial days, "trial". */
  mode: "buy" | "trial";
  /** Unset (a checkout held before it was asked): a business when it names a company or VAT ID. */
  buyer?: BuyerKind;
  name: string;
  company?: string;
  email: string;
  /** Street, postal code and city: asked only when something is paid. */
  address?: string;
  postalCode?: string;
  city?: string;
  country: string;
  /** A business buyer's VAT ID, as typed. */
  vatId?: string;
  /** Leitweg-ID or the buyer's order reference, for the invoice. */
  buyerReference?: string;
  /** A consumer agreed that delivery starts at once and ends the right of withdrawal (§356 (5) BGB). */
  withdrawalConsent?: boolean;
}

/** A guest checkout waiting for its email's owner to confirm it. */
export interface HeldCheckoutsTable {
  token_hash: string;
  contact_id: string;
  checkout: ColumnType<CheckoutForm, string, never>;
  created_at: Timestamp;
}

export interface InvoiceSequencesTable {
  year: number;
  last_number: number;
}

export type InvoiceStatus = "open" | "paid" | "cancelled";

export interface InvoicesTable {
  id: Generated<string>;
  number: string;
  order_id: string;
  client_id: string;
  status: InvoiceStatus;
  subtotal_cents: number;
  tax_rate_basis_points: number;
  tax_cents: number;
  total_cents: number;
  currency: string;
  billing_address: string;
  bank_details: Generated<string>;
  issued_at: Timestamp;
  due_at: Timestamp;
  paid_at: Timestamp | null;
  locale: Locale;
  /** The seller as set when issued (lib/billing/seller.ts). */
  seller: ColumnType<InvoiceSeller, string, never>;
  /** The buyer as named on the invoice. */
  buyer: ColumnType<InvoiceBuyer, string, never>;
  /** Canonical; set exactly for reverse charge. */
  buyer_vat_id: string | null;
  vat_treatment: VatTreatment;
  /** Date of supply (read as UTC midnight); the invoice date for an order delivered at once. */
  supplied_on: ColumnType<Date, string, never>;
  issued_xact: Generated<string>;
}

export type VatTreatment =
  | "small_business"
  | "domestic"
  | "reverse_charge"
  | "oss"
  | "export";

/** The seller on an issued invoice: its legal identity and bank account. */
export interface InvoiceSeller {
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
  taxNumber: string;
  registerCourt: string;
  registerNumber: string;
  managingDirector: string;
  email: string;
  phone: string;
  iban: string;
  bic: string;
  bankName: string;
  invoiceFooter: string;
}

/** The buyer on an issued invoice. */
export interface InvoiceBuyer {
  name: string;
  company: string | null;
  email: string;
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Leitweg-ID or the buyer's own order reference (BT-10), if given. */
  reference: string | null;
}

export interface InvoiceItemsTable {
  id: Generated<string>;
  invoice_id: string;
  description: string;
  quantity: Generated<number>;
  unit_price_cents: number;
  total_cents: number;
}

export interface PaymentsTable {
  id: Generated<string>;
  invoice_id: string;
  amount_cents: number;
  currency: string;
  paid_at: Timestamp;
  method: string;
  transaction_id: string;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface CreditNoteSequencesTable {
  year: number;
  last_number: number;
}

/** A credit note (Rechnungskorrektur): negative amounts, the VAT of its invoice. */
export interface CreditNotesTable {
  id: Generated<string>;
  number: string;
  invoice_id: string;
  client_id: string;
  reason: string;
  locale: Locale;
  currency: string;
  vat_treatment: VatTreatment;
  tax_rate_basis_points: number;
  /** Negative. */
  subtotal_cents: number;
  tax_cents: number;
  total_cents: number;
  issued_at: Timestamp;
  /** The staff member; null for the system (e.g. a provider's refund). */
  issued_by: string | null;
  issued_xact: Generated<string>;
}

export interface CreditNoteItemsTable {
  id: Generated<string>;
  credit_note_id: string;
  invoice_item_id: string;
  description: string;
  quantity: number;
  /** Negative. */
  unit_price_cents: number;
  total_cents: number;
}

/** The seller's logo, one image (PNG or JPEG). */
export interface SellerLogoTable {
  singleton: Generated<boolean>;
  content_type: "image/png" | "image/jpeg";
  bytes: Uint8Array;
  updated_at: Timestamp;
}

export type PaymentEventKind = "paid" | "failed" | "refunded";

/** What became of a provider's event (see lib/shop/provider_events.ts). */
export type PaymentEventOutcome =
  | "recorded"
  | "duplicate"
  | "unknown_order"
  | "order_closed"
  | "mismatch"
  | "failed"
  | "refunded";

/** One event a payment provider reported, once per (provider, event id). */
export interface PaymentEventsTable {
  id: Generated<string>;
  provider: string;
  event_id: string;
  kind: PaymentEventKind;
  order_id: string | null;
  amount_cents: number | null;
  currency: string | null;
  outcome: PaymentEventOutcome;
  received_at: Timestamp;
}

/** A hosted payment page opened for an order (lib/shop/stripe.ts). */
export interface ProviderCheckoutsTable {
  id: Generated<string>;
  order_id: string;
  provider: string;
  status: "creating" | "open" | "failed";
  session_id: string | null;
  url: string | null;
  expires_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
}

/** Money given back on an order (lib/shop/refunds.ts). */
export interface RefundsTable {
  id: Generated<string>;
  order_id: string;
  invoice_id: string;
  amount_cents: number;
  currency: string;
  reference: string;
  credit_note_id: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

/** The order lines a refund gave back; each line at most once. */
export interface RefundLinesTable {
  refund_id: string;
  order_line_id: string;
  amount_cents: number;
}

/** An overdue invoice and the reminders sent for it (lib/shop/dunning.ts). */
export interface InvoiceDunningTable {
  invoice_id: string;
  overdue_at: Timestamp;
  first_reminder_at: Timestamp | null;
  second_reminder_at: Timestamp | null;
}

export interface ShopTables {
  products: ProductsTable;
  packages: PackagesTable;
  package_items: PackageItemsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  license_grants: LicenseGrantsTable;
  trials: TrialsTable;
  held_checkouts: HeldCheckoutsTable;
  invoice_sequences: InvoiceSequencesTable;
  invoices: InvoicesTable;
  invoice_items: InvoiceItemsTable;
  payments: PaymentsTable;
  credit_note_sequences: CreditNoteSequencesTable;
  credit_notes: CreditNotesTable;
  credit_note_items: CreditNoteItemsTable;
  seller_logo: SellerLogoTable;
  payment_events: PaymentEventsTable;
  provider_checkouts: ProviderCheckoutsTable;
  refunds: RefundsTable;
  refund_lines: RefundLinesTable;
  invoice_dunning: InvoiceDunningTable;
}

export type Product = Selectable<ProductsTable>;
export type Package = Selectable<PackagesTable>;
export type Invoice = Selectable<InvoicesTable>;
export type CreditNote = Selectable<CreditNotesTable>;

export interface ActivityConsentsTable {
  contact_id: string;
  status: "granted" | "declined";
  policy_version: string;
  decided_at: Timestamp;
}

export interface ActivitySessionsTable {
  id: Generated<string>;
  contact_id: string;
  started_at: Timestamp;
  last_seen_at: Timestamp;
  ended_at: Timestamp | null;
  current_path: Generated<string>;
  page_views: Generated<number>;
}

export interface PageVisitsTable {
  id: Generated<string>;
  session_id: string;
  contact_id: string;
  path: string;
  visited_at: Timestamp;
}

export interface ActivityTables {
  activity_consents: ActivityConsentsTable;
  activity_sessions: ActivitySessionsTable;
  page_visits: PageVisitsTable;
}

/** A staff member's calendar subscription feed (0032). */
export interface CalendarFeedsTable {
  staff_id: string;
  /** The URL's public half, replaced on rotation. */
  feed_id: string;
  /** SHA-256 (hex) of the URL's secret half; the secret itself is never kept. */
  secret_hash: string;
  show_client_names: Generated<boolean>;
  created_at: DefaultTimestamp;
}

/** A staff member's CalDAV calendar (0033). */
export interface CaldavConnectionsTable {
  staff_id: string;
  server_url: string;
  username: string;
  /** The app password, sealed with the Keyring (purpose "caldav-password"). */
  password_sealed: string;
  calendar_url: string;
  calendar_name: Generated<string>;
  /** When busy times were last read successfully. */
  busy_fetched_at: Timestamp | null;
  busy_attempted_at: Timestamp | null;
  busy_error: string | null;
  created_at: DefaultTimestamp;
}

/** A busy time last read from a connected calendar. */
export interface CaldavBusyTable {
  staff_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
}

/** A booking to write into its staff member's calendar (one row per booking). */
export interface CaldavOutboxTable {
  booking_id: string;
  staff_id: string;
  /** Raised by every change of the booking (the trigger). */
  version: Generated<number>;
  status: Generated<"pending" | "done">;
  attempts: Generated<number>;
  next_attempt_at: DefaultTimestamp;
  locked_until: Timestamp | null;
  last_error: string | null;
  updated_at: DefaultTimestamp;
}

export interface CalendarTables {
  calendar_feeds: CalendarFeedsTable;
  caldav_connections: CaldavConnectionsTable;
  caldav_busy: CaldavBusyTable;
  caldav_outbox: CaldavOutboxTable;
}
