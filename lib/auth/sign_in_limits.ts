/**
 * How many failed sign-ins are allowed, and where they are counted. Only
 * failures count (an attempt is counted when admitted and taken back when
 * the password was right), so an office behind one address can sign in
 * all day. Past its free failures a key waits, twice as long after each
 * further failure, up to 15 minutes: never a lock that a stranger can
 * hold the account holder in.
 *
 * Each attempt draws on two budgets:
 * - its address (`addressScope`: the IPv4 address, or the IPv6 /64), across
 *   both realms and every account, against one source guessing widely;
 * - the account it names (by the email typed, so an unknown email is
 *   treated exactly like a known one), against many sources guessing one
 *   password; a success forgets the account's failures.
 * From a device the account signed in on before (lib/auth/known_devices.ts)
 * the second budget is that device's own for this account instead of the
 * account's, so strangers' failures elsewhere do not hold the holder back.
 * That budget is smaller than the account's and waits the same way, so a
 * stolen cookie buys a thief three free guesses and then the same slow
 * drip as everyone, and it only works for the account it names.
 */
import { type BudgetedKey, type FailureBudget } from "../rate_limit.ts";
import type { Realm } from "./sessions.ts";
import { addressScope } from "../network.ts";

/** The budgets, tuned for people: typos pass, guessing crawls. */
export const SIGN_IN_BUDGETS = {
  /** Generous: an office behind one address, many people mistyping. */
  address: {
    free: 30,
    firstDelaySeconds: 5,
    maxDelaySeconds: 15 * 60,
    windowSeconds: 3600,
  },
  account: {
    free: 5,
    firstDelaySeconds: 30,
    maxDelaySeconds: 15 * 60,
    windowSeconds: 24 * 3600,
  },
  knownDevice: {
    free: 3,
    firstDelaySeconds: 30,
    maxDelaySeconds: 15 * 60,
    windowSeconds: 24 * 3600,
  },
} satisfies Record<string, FailureBudget>;

/** The counter of an account's failures, by its normalised email. */
export function accountKey(realm: Realm, email: string): string {
  return `sign-in:${realm}:account:${email}`;
}

/** The counter of one known device's failures for one account. */
export function knownDeviceKey(
  realm: Realm,
  deviceId: string,
  accountId: string,
): string {
  return `sign-in:${realm}:device:${deviceId}:${accountId}`;
}

/** The two budgets an attempt draws on (see above). */
export function attemptBudgets(
  realm: Realm,
  attempt: {
    email: string;
    ip: string;
    knownDevice?: { id: string; accountId: string };
  },
): { address: BudgetedKey; holder: BudgetedKey } {
  const { knownDevice } = attempt;
  return {
    address: {
      key: `sign-in:address:${addressScope(attempt.ip)}`,
      budget: SIGN_IN_BUDGETS.address,
    },
    holder: knownDevice
      ? {
        key: knownDeviceKey(realm, knownDevice.id, knownDevice.accountId),
        budget: SIGN_IN_BUDGETS.knownDevice,
      }
      : {
        key: accountKey(realm, attempt.email),
        budget: SIGN_IN_BUDGETS.account,
      },
  };
}
