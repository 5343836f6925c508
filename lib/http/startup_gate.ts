/**
 * The request handler while the app is starting: the server listens at
 * once, so a supervisor sees the process alive, but nothing behind it may
 * run until the database answers and the schema is migrated. Until the
 * gate opens, `/healthz` answers 200 (alive), `/readyz` 503 (not ready),
 * the JSON APIs their 503 error and every page a localised 503 page, all
 * with `Retry-After`. Then every request goes to the app.
 */
import { translator } from "../i18n/mod.ts";
import { answersJson, jsonError } from "./json.ts";
import { requestLocale } from "./locale.ts";
import { setSecurityHeaders } from "./security_headers.ts";

/** Seconds a client is asked to wait before trying again. */
const RETRY_AFTER_SECONDS = "5";

export interface StartupGate {
  /** Serve this; it answers by itself until `open` hands over. */
  fetch: Deno.ServeHandler;
  /** From now on every request goes to `app`. */
  open(app: Deno.ServeHandler): void;
}

/** A gate that is closed until `open`; `https` as the app is served. */
export function createStartupGate(https: boolean): StartupGate {
  let app: Deno.ServeHandler | undefined;
  return {
    fetch: (req, info) => app ? app(req, info) : starting(req, https),
    open(handler) {
      app = handler;
    },
  };
}

function starting(req: Request, https: boolean): Response {
  const { pathname } = new URL(req.url);
  const headers = new Headers({
    "retry-after": RETRY_AFTER_SECONDS,
    "cache-control": "no-store",
  });
  let res: Response;
  if (pathname === "/healthz") {
    res = Response.json({ status: "ok" });
  } else if (pathname === "/readyz") {
    res = jsonError(
      503,
      "STARTING",
      "Starting: waiting for the database and its migrations.",
      headers,
    );
  } else if (answersJson(req, pathname)) {
    res = jsonError(
      503,
      "SERVICE_UNAVAILABLE",
      "The service is briefly unavailable. Try again in a moment.",
      headers,
    );
  } else {
    res = unavailablePage(req, headers);
  }
  setSecurityHeaders(res.headers, https);
  return res;
}

function unavailablePage(req: Request, headers: Headers): Response {
  const locale = requestLocale(req);
  const t = translator(locale);
  const title = escapeHtml(t("error.unavailable.title"));
  headers.set("content-type", "text/html; charset=utf-8");
  return new Response(
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${title} · Portico</title></head><body><main>` +
      `<h1>${title}</h1><p>${escapeHtml(t("error.unavailable.text"))}</p>` +
      `</main></body></html>`,
    { status: 503, headers },
  );
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}
