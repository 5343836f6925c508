import assert from "node:assert/strict";
import { addressScope } from "./network.ts";

Deno.test("IPv4 addresses count one by one", () => {
  assert.equal(addressScope("203.0.113.7"), "203.0.113.7");
  assert.notEqual(addressScope("203.0.113.7"), addressScope("203.0.113.8"));
  assert.equal(addressScope("::ffff:203.0.113.7"), "203.0.113.7");
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
  ) assert.equal(addressScope(address), group, address);
  assert.equal(addressScope("2001:db8::"), "2001:db8:0:0::/64");
  assert.equal(addressScope("::1"), "0:0:0:0::/64");
  assert.notEqual(addressScope("2001:db8:0:2::1"), group);
});

Deno.test("addresses are counted by IPv4 address and by IPv6 /64 network", () => {
  assert.equal(addressScope("203.0.113.9"), "203.0.113.9");
  assert.equal(addressScope("::ffff:203.0.113.9"), "203.0.113.9");
  for (
    const ip of [
      "2001:db8:a:b::1",
      "2001:0db8:000a:000b:ffff:1:2:3",
      "2001:DB8:A:B:0:0:0:1",
      "2001:db8:a:b:1::",
    ]
  ) assert.equal(addressScope(ip), "2001:db8:a:b::/64", ip);
  assert.equal(addressScope("2001:db8::1"), "2001:db8:0:0::/64");
  assert.equal(addressScope("::1"), "0:0:0:0::/64");
  assert.equal(addressScope("fe80::1%eth0"), "fe80:0:0:0::/64");
  assert.equal(addressScope("not:an:address::x"), "not:an:address::x");
});
