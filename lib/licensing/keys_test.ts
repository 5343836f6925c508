import assert from "node:assert/strict";
import { displayPrefix, generateLicenseKey, parseLicenseKey } from "./keys.ts";
import { isDevelopmentHost, isStagingOf, normalizeDomain } from "./domains.ts";

Deno.test("keys: product prefix, 135 random bits, grouped, with a check character", () => {
  const key = generateLicenseKey("booking");
  assert.match(
    key,
    /^BOOKING-([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/,
  );
  assert.notEqual(key, generateLicenseKey("booking"));
  assert.equal(parseLicenseKey(key)?.canonical, key);
  assert.equal(displayPrefix(key), key.slice(0, 12) + "-…");
});

Deno.test("every character of a new key is a letter, a digit or a dash", () => {
  // Before, about one key in eight ended in * ~ $ = or U; 2,000 keys
  // without one are no accident.
  for (let i = 0; i < 2000; i++) {
    const key = generateLicenseKey("booking");
    assert.match(key, /^[A-Z0-9-]+$/, key);
    assert.match(key.at(-1)!, /^[0-9A-HJKMNP-TV-Z]$/, key);
  }
});

/** Keys issued before, one for each symbol the check character could be. */
const OLD_KEYS = [
  "BOOKING-CRYT-PCBK-JE06-DMDG-Q35G-T49Y-SAT*",
  "BOOKING-MPFJ-BVD1-ERWD-RW8G-MD8N-2RBC-TF1~",
  "ACTIVITY-JQR1-HNYZ-D8QP-WTDJ-KMZA-41RQ-F4E$",
  "ACTIVITY-WCCG-FVFV-81BF-6G3Q-42NN-XM46-84S=",
];

Deno.test("keys issued with a symbol check character stay valid, also when it was lost", () => {
  for (const key of OLD_KEYS) {
    assert.equal(parseLicenseKey(key)?.canonical, key);
    assert.equal(parseLicenseKey(`\n ${key.toLowerCase()}\t`)?.canonical, key);
    // Mail clients, chat apps and auto-linkers drop the last symbol.
    assert.equal(parseLicenseKey(key.slice(0, -1))?.canonical, key, key);
    assert.equal(
      parseLicenseKey(` ${key.slice(0, -1).toLowerCase()} `)?.canonical,
      key,
    );
  }
  const [old] = OLD_KEYS;
  assert.equal(parseLicenseKey(old.replace("CRYT", "CRTY")), null, "a swap");
  assert.equal(parseLicenseKey(old.slice(0, -1) + "0"), null);
});

Deno.test("a pasted key with invisible characters or typographic dashes is read", () => {
  const key = generateLicenseKey("booking");
  const pasted = "\u00a0\u200b" + key.replaceAll("-", "\u2013") + "\ufeff ";
  assert.equal(parseLicenseKey(pasted)?.canonical, key);
  assert.equal(
    parseLicenseKey(key.slice(0, -1)),
    null,
    "a new key has its check",
  );
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
