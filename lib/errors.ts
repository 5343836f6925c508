/**
 * Errors domain code throws. Each carries an HTTP status and a stable code;
 * the web layer renders the error page with that status, and the JSON API
 * middleware turns them into `{ error: { code, message } }`.
 */

/** Base class: `status` is what the client gets, `code` is machine-readable. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** Extra response headers for this error (e.g. `Retry-After`). */
  get headers(): Record<string, string> | undefined {
    return undefined;
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Not found.", code = "NOT_FOUND") {
    super(404, code, message);
  }
}

/** A method the route does not have; `Allow` names those it has. */
export class MethodNotAllowedError extends DomainError {
  constructor(readonly allowed: readonly string[]) {
    super(
      405,
      "METHOD_NOT_ALLOWED",
      `This address does not accept this method; it accepts ${
        allowed.join(", ")
      }.`,
    );
  }

  override get headers(): Record<string, string> {
    return { allow: this.allowed.join(", ") };
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, code = "CONFLICT") {
    super(409, code, message);
  }
}

/** Field name → message key (see lib/i18n) for a form or body. */
export type FieldErrors = Record<string, string>;

export class ValidationError extends DomainError {
  constructor(readonly fields: FieldErrors, message = "The input is invalid.") {
    super(422, "VALIDATION_FAILED", message);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = "Sign-in required.", code = "UNAUTHORIZED") {
    super(401, code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Not allowed.", code = "FORBIDDEN") {
    super(403, code, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, "RATE_LIMITED", "Too many requests. Try again later.");
  }

  override get headers(): Record<string, string> {
    return { "retry-after": String(this.retryAfterSeconds) };
  }
}

/**
 * The database cannot be reached (a restart, a failover, a lost
 * connection). The request failed as a whole (its transaction rolled
 * back) and may be sent again; the retry rules make that safe.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(options?: ErrorOptions) {
    super(
      503,
      "SERVICE_UNAVAILABLE",
      "The service is briefly unavailable. Try again in a moment.",
    );
    if (options?.cause) this.cause = options.cause;
  }

  override get headers(): Record<string, string> {
    return { "retry-after": "5" };
  }
}

/**
 * A short line about any thrown value for records shown in admin (job
 * runs, the mail outbox): its code and message on one line, credentials in
 * URLs masked, cut to `maxLength` characters. Never the stack.
 */
export function describeError(error: unknown, maxLength = 300): string {
  const { code, message } = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
  };
  const text = typeof message === "string" && message ? message : String(error);
  const described = typeof code === "string" && !text.startsWith(code)
    ? `${code}: ${text}`
    : text;
  const masked = described.replace(/\/\/[^/\s@]*@/g, "//***@")
    .replace(/\s+/g, " ").trim();
  return masked.length > maxLength
    ? masked.slice(0, maxLength - 1) + "…"
    : masked;
}
