/**
 * What the app does after a commit (see `lib/db/after_commit.ts`): mail
 * written → wake the worker. Domain code raises the signal; routes never
 * kick the worker by hand.
 */
import type { Services } from "./services.ts";
import { onCommit } from "../db/after_commit.ts";
import { MAIL_QUEUED } from "../mail/outbox.ts";

/** Subscribes the after-commit effects on the app's database handle. */
export function subscribeCommitEffects(services: Services): void {
  onCommit(services.db, MAIL_QUEUED, () => services.mail.kick());
}
