/**
 * The network a client address belongs to, for in-memory limits that a
 * client could otherwise dodge by changing address: an IPv6 host is
 * usually given a whole /64, so IPv6 addresses count by their first 64
 * bits; IPv4 addresses (IPv4-mapped IPv6 ones too) count one by one.
 */
export function addressGroup(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0].toLowerCase();
  if (!bare.includes(":")) return bare;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (mapped) return mapped[1];
  const [head, tail] = bare.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const zeros = tail === undefined
    ? []
    : Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill("0");
  const groups = [...headGroups, ...zeros, ...tailGroups].slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""));
  return `${groups.join(":")}::/64`;
}
