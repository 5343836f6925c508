/**
 * What every request's `ctx.state` holds. `services` is wired once in
 * `main.ts` (or a test) and shared; the rest is filled per request by
 * middleware.
 */
import type { Config } from "./config.ts";

/** Long-lived dependencies, created at start-up and passed in. */
export interface Services {
  config: Config;
  /** Resolves when the database answers; used by `/readyz`. */
  ping(): Promise<void>;
  /** The current time; tests inject a fixed clock. */
  now(): Date;
}

export type Theme = "light" | "dark";

export interface State {
  services: Services;
  /** The visitor's explicit colour scheme, if they chose one. */
  theme?: Theme;
}
