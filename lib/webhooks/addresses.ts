/**
 * Where a webhook may be sent (server-side request forgery): only http(s)
 * URLs, and only to public addresses unless the operator allows private
 * ones (`WEBHOOK_ALLOW_PRIVATE=1`, e.g. a receiver on the same network, or
 * a test's on 127.0.0.1). The host is resolved right before each request,
 * every address it resolves to is checked, and the request goes to those
 * addresses only (pinned_fetch.ts).
 */
import { lookup } from "node:dns/promises";

/** Why a URL is refused, or null when it may be called. */
export type AddressRefusal =
  | "scheme"
  | "credentials"
  | "private"
  | "unresolved";

/** True for loopback, private, link-local, shared, multicast and reserved IPv4. */
export function isPrivateIPv4(address: string): boolean {
  const parts = address.split(".").map(Number);
  if (parts.length !== 4 || parts.some((p) => !(p >= 0 && p <= 255))) {
    return true;
  }
  const [a, b] = parts;
  return a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && parts[2] === 0) ||
    (a === 198 && (b === 18 || b === 19));
}

/** True for IPv6 loopback, unspecified, unique-local, link-local, multicast, and mapped private IPv4. */
export function isPrivateIPv6(address: string): boolean {
  const lower = address.toLowerCase().replace(/^\[|\]$/g, "").replace(
    /%.*$/,
    "",
  );
  const mapped = lower.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return isPrivateIPv4(mapped[1]);
  if (lower === "::1" || lower === "::") return true;
  const first = parseInt(lower.split(":")[0] || "0", 16);
  return (first & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (first & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (first & 0xff00) === 0xff00 || // multicast
    lower.startsWith("::ffff:") || lower.startsWith("64:ff9b:");
}

function isPrivateAddress(address: string): boolean {
  return address.includes(":")
    ? isPrivateIPv6(address)
    : isPrivateIPv4(address);
}

function isIpLiteral(host: string): boolean {
  return host.startsWith("[") || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * What is wrong with `url` as written, before any lookup: its scheme, user
 * info, or a host that is a private address or `localhost` by itself.
 */
export function refuseUrl(
  url: URL,
  allowPrivate: boolean,
): AddressRefusal | null {
  if (url.protocol !== "http:" && url.protocol !== "https:") return "scheme";
  if (url.username || url.password) return "credentials";
  if (allowPrivate) return null;
  const host = url.hostname.toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return "private";
  if (isIpLiteral(host) && isPrivateAddress(host)) return "private";
  return null;
}

/** Resolves a host name's addresses (a port, so tests can resolve by hand). */
export type Resolver = (host: string) => Promise<string[]>;

/**
 * The system's resolver (`getaddrinfo`, so `/etc/hosts` too, as for any
 * other program on the machine): every address of `host`, none when the
 * name does not resolve.
 */
export const resolveWithSystem: Resolver = async (host) => {
  try {
    const answers = await lookup(host, { all: true, verbatim: true });
    return answers.map((answer) => answer.address);
  } catch {
    return [];
  }
};

/** A URL the app may not call, and why. */
export class AddressRefusedError extends Error {
  constructor(readonly url: URL, readonly reason: AddressRefusal) {
    super(`address refused (${reason}): ${url.host}`);
  }
}

/**
 * The addresses `url` may be connected to: `refuseUrl`, then the host
 * resolved once and every address it resolves to checked (one private
 * address refuses it: a public name must not lead inside). The caller
 * connects to these addresses only (`pinnedFetch`), so a name re-pointed
 * after the check (DNS rebinding) changes nothing. Throws
 * `AddressRefusedError`.
 */
export async function checkedAddresses(
  url: URL,
  allowPrivate: boolean,
  resolve: Resolver = resolveWithSystem,
): Promise<string[]> {
  const refusal = refuseUrl(url, allowPrivate);
  if (refusal) throw new AddressRefusedError(url, refusal);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIpLiteral(url.hostname)) return [host];
  const addresses = await resolve(host);
  if (addresses.length === 0) throw new AddressRefusedError(url, "unresolved");
  if (!allowPrivate && addresses.some(isPrivateAddress)) {
    throw new AddressRefusedError(url, "private");
  }
  return addresses;
}
