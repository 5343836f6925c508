/**
 * Client addresses as limits count them, so that a client cannot dodge a
 * limit by changing its address within what it was given.
 */

/**
 * The part of a client address a limit counts under: an IPv4 address as
 * it is, an IPv6 address by its /64 network, since a subscriber is given a
 * whole /64 and can send each request from another address in it.
 * Anything that does not parse stays as it is.
 */
export function addressScope(ip: string): string {
  const address = ip.toLowerCase().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!address.includes(":")) return address;
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return mapped[1];
  const halves = address.split("::");
  if (halves.length > 2) return ip;
  const groups = halves.map((half) => half ? half.split(":") : []);
  const given = groups.flat().length;
  const full = halves.length === 2
    ? [...groups[0], ...Array(8 - given).fill("0"), ...groups[1]]
    : groups[0];
  const network = full.slice(0, 4);
  if (full.length !== 8 || !network.every((g) => /^[0-9a-f]{1,4}$/.test(g))) {
    return ip;
  }
  return `${network.map((g) => parseInt(g, 16).toString(16)).join(":")}::/64`;
}
