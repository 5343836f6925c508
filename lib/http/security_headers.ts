/**
 * Security headers for every response. The CSP allows no inline script or
 * style: islands get their props from `<script type="application/json">`
 * and load their code from `/_fresh/js/`, so nothing inline is needed.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

const CSP = [...directives, "frame-ancestors 'none'"].join("; ");

/**
 * The policy of a page that `origins` may frame (the booking widget):
 * `frame-ancestors` lists them, and the caller sends no `X-Frame-Options`,
 * which knows no list. No origins: framing refused, as everywhere.
 */
export function framablePolicy(origins: readonly string[]): string {
  return [
    ...directives,
    `frame-ancestors ${origins.length ? origins.join(" ") : "'none'"}`,
  ].join("; ");
}

/**
 * Adds the headers in place; HSTS only when the app is served over https.
 * A response that brings its own `Content-Security-Policy` (the admin's
 * email preview, which must be framed by the admin page; the booking
 * widget, framed by the sites listed for it) keeps it and its
 * `X-Frame-Options`, which a policy that refuses every frame gets too;
 * every other header is set as usual.
 */
export function setSecurityHeaders(headers: Headers, https: boolean): void {
  const own = headers.get("content-security-policy");
  if (!own) {
    headers.set("content-security-policy", CSP);
    headers.set("x-frame-options", "DENY");
  } else if (own.includes("frame-ancestors 'none'")) {
    headers.set("x-frame-options", "DENY");
  }
  headers.set("x-content-type-options", "nosniff");
  headers.set("referrer-policy", "strict-origin-when-cross-origin");
  headers.set("cross-origin-opener-policy", "same-origin");
  headers.set(
    "permissions-policy",
    "camera=(), microphone=(), geolocation=(), payment=()",
  );
  if (https) {
    headers.set(
      "strict-transport-security",
      "max-age=63072000; includeSubDomains",
    );
  }
}
