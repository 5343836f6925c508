/** What CRM commands refuse, as errors the admin pages turn into messages. */
import { ConflictError, ValidationError } from "../errors.ts";
import { uniqueViolation } from "../db/errors.ts";

/**
 * Another staff member or contact already uses this email address. It is a
 * `ValidationError` on `email`, so a form shows it beside the field.
 */
export class EmailTakenError extends ValidationError {
  constructor() {
    super({ email: "crm.emailTaken" }, "This email address is already used.");
  }
}

/** Why a staff change was refused; each code has a message in the catalog. */
export type StaffRuleCode = "NOT_YOURSELF" | "LAST_ADMIN";

/** A staff change that would lock the team out of administration. */
export class StaffRuleError extends ConflictError {
  constructor(override readonly code: StaffRuleCode) {
    super(
      code === "LAST_ADMIN"
        ? "At least one active administrator must remain."
        : "Administrators cannot demote or deactivate themselves.",
      code,
    );
  }
}

/** Inviting a contact whose portal access is switched off. */
export class PortalDisabledError extends ConflictError {
  constructor() {
    super("Portal access is off for this contact.", "PORTAL_DISABLED");
  }
}

/**
 * Runs `work` and turns a unique violation on an email column into
 * `EmailTakenError`, so a duplicate is a field error and never a 500. The
 * database decides, so two simultaneous requests cannot both succeed.
 */
export async function withUniqueEmail<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint !== undefined && /email|^$/.test(constraint)) {
      throw new EmailTakenError();
    }
    throw error;
  }
}
