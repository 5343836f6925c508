import assert from "node:assert/strict";
import {
  hashPassword,
  Keyring,
  randomToken,
  timingSafeEqual,
  verifyPassword,
} from "./crypto.ts";

Deno.test("passwords hash with scrypt and verify", async () => {
  const stored = await hashPassword("correct horse battery staple");
  assert.match(stored, /^scrypt\$32768\$8\$1\$/);
  assert.ok(await verifyPassword("correct horse battery staple", stored));
  assert.ok(!await verifyPassword("correct horse battery stapler", stored));
  assert.ok(!await verifyPassword("anything", null));
  assert.notEqual(stored, await hashPassword("correct horse battery staple"));
});

Deno.test("tokens carry 256 bits and compare in constant time", () => {
  const token = randomToken();
  assert.equal(token.length, 43);
  assert.notEqual(token, randomToken());
  assert.ok(timingSafeEqual(token, token));
  assert.ok(!timingSafeEqual(token, token.slice(0, -1) + "x"));
  assert.ok(!timingSafeEqual(token, "short"));
});

Deno.test("keyring MACs differ per purpose and verify", async () => {
  const keys = new Keyring("a".repeat(32));
  const mac = await keys.sign("csrf", "hello");
  assert.ok(await keys.verify("csrf", "hello", mac));
  assert.ok(!await keys.verify("flash", "hello", mac));
  assert.ok(!await new Keyring("b".repeat(32)).verify("csrf", "hello", mac));
});
