/**
 * Domains as licenses see them: lowercase, punycode, no port, no trailing
 * dot, and `www.` the same site. Development hosts (localhost, IP
 * literals, .test/.local/.localhost) never take the activation, and
 * neither do `staging.` or `dev.` subdomains of the domain a key is bound to.
 */

/** The normalised host, or null when `input` is not a domain. */
export function normalizeDomain(input: string): string | null {
  const raw = input.trim();
  if (!raw || raw.length > 300) return null;
  let host: string;
  try {
    const url = new URL(
      /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`,
    );
    if (
      url.username || url.password ||
      (url.pathname !== "/" && url.pathname !== "")
    ) {
      return null;
    }
    host = url.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, "").toLowerCase();
  if (host.startsWith("www.")) host = host.slice(4);
  if (!host || host.length > 253) return null;
  if (host.startsWith("[")) return host; // IPv6 literal
  // Letters, digits and inner hyphens per label ("-" or "a-.com" is no host).
  if (
    host.split(".").some((label) =>
      label.length > 63 || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(label)
    )
  ) {
    return null;
  }
  return host;
}

const DEV_SUFFIXES = [".test", ".local", ".localhost"];

/** Local and test hosts, which every key may use without activating. */
export function isDevelopmentHost(domain: string): boolean {
  if (domain === "localhost" || domain.startsWith("[")) return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(domain)) return true;
  return DEV_SUFFIXES.some((suffix) => domain.endsWith(suffix));
}

/** True for `staging.<bound>` and `dev.<bound>` (and deeper: `x.staging.<bound>`). */
export function isStagingOf(domain: string, bound: string): boolean {
  return ["staging.", "dev."].some((label) => domain.endsWith(label + bound));
}
