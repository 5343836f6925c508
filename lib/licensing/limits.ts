/**
 * Rate limits of the license API, shared across instances through Postgres
 * (counted in memory and merged every second, see lib/licensing/usage.ts).
 */
import type { RateLimit } from "../rate_limit.ts";

export const LICENSE_API_LIMITS: Record<
  "ip" | "key" | "activationsPerKeyPerDay",
  RateLimit
> = {
  /** Every license API call per client address. */
  ip: { limit: 120, windowSeconds: 60 },
  /** Calls per key, whatever the address. */
  key: { limit: 60, windowSeconds: 60 },
  /** Activation attempts per key per day: a stolen key cannot hop domains all day. */
  activationsPerKeyPerDay: { limit: 10, windowSeconds: 24 * 3600 },
};
