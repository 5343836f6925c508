import assert from "node:assert/strict";
import { displayPrefix, generateLicenseKey, parseLicenseKey } from "./keys.ts";
import { isDevelopmentHost, isStagingOf, normalizeDomain } from "./domains.ts";

Deno.test("keys: product prefix, 135 random bits, grouped, with a check character", () => {
  const key = generateLicenseKey("booking");
  assert.match(
    key,
    /^BOOKING-([0-9A-HJKMNP-TV-Z*~$=U]{4}-){6}[0-9A-HJKMNP-TV-Z*~$=U]{4}$/,
  );
  assert.notEqual(key, generateLicenseKey("booking"));
  assert.equal(parseLicenseKey(key)?.canonical, key);
  assert.equal(displayPrefix(key), key.slice(0, 12) + "-…");
});

Deno.test("keys are read as people type them; a typo is caught by the check character", () => {
  const key = generateLicenseKey("activity");
  const sloppy = " " +
    key.toLowerCase().replaceAll("-", " ").replace("activity ", "activity-") +
    " ";
  assert.equal(parseLicenseKey(sloppy)?.canonical, key);
  const body = key.slice("ACTIVITY-".length).replaceAll("-", "");
  const i = body.search(/[2-9]/);
  const typo = "ACTIVITY-" + body.slice(0, i) +
    String((Number(body[i]) % 8) + 2) + body.slice(i + 1);
  assert.equal(parseLicenseKey(typo), null);
  assert.equal(parseLicenseKey("not a key"), null);
  assert.equal(parseLicenseKey("BOOKING-"), null);
});

Deno.test("domains are normalised", () => {
  assert.equal(normalizeDomain("https://WWW.Example.COM:8443/"), "example.com");
  assert.equal(normalizeDomain("example.com."), "example.com");
  assert.equal(normalizeDomain("bücher.de"), "xn--bcher-kva.de");
  assert.equal(normalizeDomain("https://example.com/path"), null);
  assert.equal(normalizeDomain("user:pw@example.com"), null);
  assert.equal(normalizeDomain(""), null);
  assert.equal(normalizeDomain("exa mple.com"), null);
  assert.equal(normalizeDomain("-"), null);
  assert.equal(normalizeDomain("-shop.com"), null);
  assert.equal(normalizeDomain("shop-.com"), null);
  assert.equal(normalizeDomain("my-shop.com"), "my-shop.com");
});

Deno.test("development and staging hosts are recognised", () => {
  for (
    const host of [
      "localhost",
      "127.0.0.1",
      "[::1]",
      "shop.test",
      "crm.local",
      "app.localhost",
    ]
  ) {
    assert.ok(isDevelopmentHost(normalizeDomain(host)!), host);
  }
  assert.ok(!isDevelopmentHost("example.com"));
  assert.ok(isStagingOf("staging.example.com", "example.com"));
  assert.ok(isStagingOf("dev.example.com", "example.com"));
  assert.ok(!isStagingOf("staging.other.com", "example.com"));
  assert.ok(!isStagingOf("evilexample.com", "example.com"));
});
