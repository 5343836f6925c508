/**
 * Every migration, in order. Listed statically (not scanned) so a deploy
 * needs no file system; forward-only once released.
 */
import type { Migration } from "kysely/migration";
import * as core from "./0001_core.ts";
import * as crmCore from "./0002_crm_core.ts";
import * as booking from "./0003_booking.ts";
import * as licensing from "./0004_licensing.ts";
import * as shop from "./0005_shop.ts";
import * as activity from "./0006_activity.ts";
import * as activityHotUpdates from "./0007_activity_hot_updates.ts";
import * as tableChanges from "./0008_table_change_notifications.ts";
import * as checkoutIntegrity from "./0009_checkout_integrity.ts";
import * as signInDelays from "./0010_sign_in_delays.ts";
import * as jobLeases from "./0011_job_leases.ts";
import * as calendarSequence from "./0012_calendar_sequence.ts";
import * as changeLog from "./0013_change_log.ts";
import * as invoiceContents from "./0014_invoice_contents.ts";
import * as creditNotes from "./0015_credit_notes.ts";
import * as buyerReference from "./0016_buyer_reference.ts";
import * as checkoutConsent from "./0017_checkout_consent.ts";
import * as paymentEvents from "./0018_payment_events.ts";
import * as checkoutsRefunds from "./0019_checkouts_refunds.ts";
import * as invoiceDunning from "./0022_invoice_dunning.ts";
import * as refundCreditNotes from "./0023_refund_credit_notes.ts";
import * as ownLicenses from "./0025_own_licenses.ts";
import * as bookingReschedules from "./0028_booking_reschedules.ts";
import * as bookableServicesCache from "./0029_bookable_services_cache.ts";
import * as serviceLocationBookingOutcomes from "./0030_service_location_booking_outcomes.ts";
import * as calendarFeeds from "./0032_calendar_feeds.ts";
import * as caldav from "./0033_caldav.ts";
import * as webhooks from "./0035_webhooks.ts";
import * as apiKeyScopes from "./0036_api_key_scopes.ts";
import * as serviceQuestions from "./0038_service_questions.ts";
import * as serviceBookingRules from "./0039_service_booking_rules.ts";
import * as staffDateHours from "./0040_staff_date_hours.ts";
import * as bufferBefore from "./0041_buffer_before.ts";
import * as bufferAfterDefault from "./0045_buffer_after_default.ts";

export const migrations: Record<string, Migration> = {
  "0001_core": core,
  "0002_crm_core": crmCore,
  "0003_booking": booking,
  "0004_licensing": licensing,
  "0005_shop": shop,
  "0006_activity": activity,
  "0007_activity_hot_updates": activityHotUpdates,
  "0008_table_change_notifications": tableChanges,
  "0009_checkout_integrity": checkoutIntegrity,
  "0010_sign_in_delays": signInDelays,
  "0011_job_leases": jobLeases,
  "0012_calendar_sequence": calendarSequence,
  "0013_change_log": changeLog,
  "0014_invoice_contents": invoiceContents,
  "0015_credit_notes": creditNotes,
  "0016_buyer_reference": buyerReference,
  "0017_checkout_consent": checkoutConsent,
  "0018_payment_events": paymentEvents,
  "0019_checkouts_refunds": checkoutsRefunds,
  "0022_invoice_dunning": invoiceDunning,
  "0023_refund_credit_notes": refundCreditNotes,
  "0025_own_licenses": ownLicenses,
  "0028_booking_reschedules": bookingReschedules,
  "0029_bookable_services_cache": bookableServicesCache,
  "0030_service_location_booking_outcomes": serviceLocationBookingOutcomes,
  "0032_calendar_feeds": calendarFeeds,
  "0033_caldav": caldav,
  "0035_webhooks": webhooks,
  "0036_api_key_scopes": apiKeyScopes,
  "0038_service_questions": serviceQuestions,
  "0039_service_booking_rules": serviceBookingRules,
  "0040_staff_date_hours": staffDateHours,
  "0041_buffer_before": bufferBefore,
  "0045_buffer_after_default": bufferAfterDefault,
};
