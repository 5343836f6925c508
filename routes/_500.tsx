import type { ErrorHandler, ErrorPageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  DomainError,
  RateLimitedError,
  ServiceUnavailableError,
} from "@/lib/errors.ts";
import { MessagePage } from "@/components/MessagePage.tsx";
import { translator } from "@/lib/i18n/mod.ts";
import { ModuleLockedError } from "@/lib/licensing/client.ts";
import { PayloadTooLargeError } from "@/lib/http/body_limit.ts";
import { jsonErrorFor } from "@/lib/http/api.ts";
import { answersJson } from "@/lib/http/json.ts";
import { requestLocale } from "@/lib/http/locale.ts";
import { ModuleLockedPage } from "@/components/licensing/ModuleLockedPage.tsx";

/**
 * Every thrown error: JSON for the API and JSON endpoints, else the error
 * page. When the request failed before the root middleware filled the
 * state, the page gets what it needs from the request alone (the
 * language from cookie and browser, no form token), never the database.
 */
export const handler: ErrorHandler<State> = (req, ctx) => {
  if (answersJson(req, ctx.url.pathname)) return jsonErrorFor(ctx.error);
  ctx.state.locale ??= requestLocale(req);
  ctx.state.t ??= translator(ctx.state.locale);
  ctx.state.csrf ??= "";
  return ctx.render();
};

/** Every thrown error: a clear sentence in the visitor's language, no details. */
export default function ErrorPage(
  { state, error, url }: ErrorPageProps<State>,
) {
  const { t } = state;
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
    return (
      <ModuleLockedPage
        t={t}
        error={error}
        csrf={state.csrf}
        path={url.pathname}
      />
    );
  }
  if (error instanceof DomainError && error.code === "CSRF_REJECTED") {
    return (
      <MessagePage t={t} title="error.csrf.title" text="error.csrf.text" />
    );
  }
  if (
    error instanceof DomainError && [400, 405, 415, 422].includes(error.status)
  ) {
    return (
      <MessagePage
        t={t}
        title="error.badRequest.title"
        text="error.badRequest.text"
      />
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
