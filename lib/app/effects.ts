/**
 * What the app does after a commit (see `lib/db/after_commit.ts`): mail
 * written → wake the worker; licenses due → issue them. Domain code raises
 * the signals; routes never do either by hand.
 */
import type { Services } from "./services.ts";
import { shopEnv } from "./domains.ts";
import { onCommit } from "../db/after_commit.ts";
import { MAIL_QUEUED } from "../mail/outbox.ts";
import { issuePendingLicenses, LICENSES_DUE } from "../shop/issuing.ts";
import { WEBHOOKS_QUEUED } from "../webhooks/events.ts";
import { BOOKING_CHANGED } from "../booking/bookings.ts";

/** Subscribes the after-commit effects on the app's database handle. */
export function subscribeCommitEffects(services: Services): void {
  onCommit(services.db, MAIL_QUEUED, () => services.mail.kick());
  onCommit(services.db, LICENSES_DUE, () => issueLicensesNow(services));
  onCommit(services.db, WEBHOOKS_QUEUED, () => services.webhooks.kick());
  // The trigger queued the write if the member has a calendar connected.
  onCommit(services.db, BOOKING_CHANGED, () => services.calendarWrites.kick());
}

/**
 * Issues the waiting licenses, so a buyer gets the key in seconds (the key
 * emails wake the mail worker as they commit). Best effort: the
 * issue-licenses job retries whatever this does not finish.
 */
async function issueLicensesNow(services: Services): Promise<void> {
  try {
    await issuePendingLicenses(
      services.db,
      await shopEnv(services),
      services.now(),
    );
  } catch (error) {
    console.error(
      "issuing licenses after commit failed; the job will retry:",
      error,
    );
  }
}
