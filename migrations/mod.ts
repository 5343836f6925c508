/**
 * Every migration, in order. Listed statically (not scanned) so a deploy
 * needs no file system; forward-only once released.
 */
import type { Migration } from "kysely/migration";
import * as core from "./0001_core.ts";
import * as crmCore from "./0002_crm_core.ts";

export const migrations: Record<string, Migration> = {
  "0001_core": core,
  "0002_crm_core": crmCore,
};
