import assert from "node:assert/strict";
import { addressGroup } from "./address_group.ts";

Deno.test("IPv4 addresses count one by one", () => {
  assert.equal(addressGroup("203.0.113.7"), "203.0.113.7");
  assert.notEqual(addressGroup("203.0.113.7"), addressGroup("203.0.113.8"));
  assert.equal(addressGroup("::ffff:203.0.113.7"), "203.0.113.7");
});

Deno.test("IPv6 addresses count by their /64, however written", () => {
  const group = "2001:db8:0:1::/64";
  for (
    const address of [
      "2001:db8:0:1::1",
      "2001:0DB8:0000:0001:ffff:ffff:ffff:ffff",
      "[2001:db8:0:1:a:b:c:d]",
      "2001:db8::1:0:0:0:5",
      "2001:db8:0:1::1%eth0",
    ]
  ) assert.equal(addressGroup(address), group, address);
  assert.equal(addressGroup("2001:db8::"), "2001:db8:0:0::/64");
  assert.equal(addressGroup("::1"), "0:0:0:0::/64");
  assert.notEqual(addressGroup("2001:db8:0:2::1"), group);
});
