import type { ErrorPageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/state.ts";
import {
  DomainError,
  RateLimitedError,
  ServiceUnavailableError,
} from "@/lib/errors.ts";
import { MessagePage } from "@/components/MessagePage.tsx";
import { translator } from "@/lib/i18n/mod.ts";
import { ModuleLockedError } from "@/lib/licensing/client.ts";
import { PayloadTooLargeError } from "@/lib/http/body_limit.ts";
import { ModuleLockedPage } from "@/components/licensing/ModuleLockedPage.tsx";

/** Every thrown error: a clear sentence in the visitor's language, no details. */
export default function ErrorPage({ state, error }: ErrorPageProps<State>) {
  const t = state.t ?? translator("en");
  if (error instanceof RateLimitedError) {
    return (
      <MessagePage
        t={t}
        title="error.rateLimited.title"
        text="error.rateLimited.text"
        params={{ minutes: Math.ceil(error.retryAfterSeconds / 60) }}
      />
    );
  }
  if (error instanceof PayloadTooLargeError) {
    return (
      <MessagePage
        t={t}
        title="error.tooLarge.title"
        text="error.tooLarge.text"
        params={{ megabytes: Math.floor(error.limit / (1024 * 1024)) }}
      />
    );
  }
  if (error instanceof ServiceUnavailableError) {
    return (
      <MessagePage
        t={t}
        title="error.unavailable.title"
        text="error.unavailable.text"
      />
    );
  }
  if (error instanceof ModuleLockedError) {
    return <ModuleLockedPage t={t} error={error} />;
  }
  if (error instanceof DomainError && error.code === "CSRF_REJECTED") {
    return (
      <MessagePage t={t} title="error.csrf.title" text="error.csrf.text" />
    );
  }
  if (error instanceof DomainError && error.status === 403) {
    return (
      <MessagePage
        t={t}
        title="error.forbidden.title"
        text="error.forbidden.text"
      />
    );
  }
  return (
    <MessagePage t={t} title="error.server.title" text="error.server.text" />
  );
}
