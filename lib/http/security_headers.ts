/**
 * Security headers for every response. The CSP allows no inline script or
 * style: islands get their props from `<script type="application/json">`
 * and load their code from `/_fresh/js/`, so nothing inline is needed.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Adds the headers in place; HSTS only when the app is served over https.
 * A response that brings its own `Content-Security-Policy` (the admin's
 * email preview, which must be framed by the admin page) keeps it and its
 * `X-Frame-Options`; every other header is set as usual.
 */
export function setSecurityHeaders(headers: Headers, https: boolean): void {
  if (!headers.has("content-security-policy")) {
    headers.set("content-security-policy", CSP);
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
