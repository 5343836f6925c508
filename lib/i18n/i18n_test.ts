import assert from "node:assert/strict";
import {
  catalogs,
  formatMoney,
  localeFromAcceptLanguage,
  resolveLocale,
  t,
} from "./mod.ts";

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

Deno.test("every message exists in German and English with the same placeholders", () => {
  for (const catalog of catalogs) {
    const en = Object.keys(catalog.en).sort();
    const de = Object.keys(catalog.de).sort();
    assert.deepEqual(de, en, "German and English have the same keys");
    for (const key of en) {
      const english = (catalog.en as Record<string, string>)[key];
      const german = (catalog.de as Record<string, string>)[key];
      assert.ok(english.trim() && german.trim(), `${key} is not empty`);
      assert.deepEqual(
        placeholders(german),
        placeholders(english),
        `${key} placeholders`,
      );
    }
  }
});

Deno.test("messages fill placeholders in the requested language", () => {
  assert.equal(
    t("en", "form.tooLong", { max: 20 }),
    "This is too long (at most 20 characters).",
  );
  assert.equal(
    t("de", "form.tooLong", { max: 20 }),
    "Das ist zu lang (höchstens 20 Zeichen).",
  );
});

Deno.test("locale: user setting, then cookie, then Accept-Language, then English", () => {
  assert.equal(
    resolveLocale({ userLocale: "de", cookie: "en", acceptLanguage: "en" }),
    "de",
  );
  assert.equal(resolveLocale({ cookie: "de", acceptLanguage: "en" }), "de");
  assert.equal(
    resolveLocale({ acceptLanguage: "fr-FR, de-AT;q=0.8, en;q=0.5" }),
    "de",
  );
  assert.equal(resolveLocale({ acceptLanguage: "fr" }), "en");
  assert.equal(resolveLocale({ cookie: "xx" }), "en");
  assert.equal(localeFromAcceptLanguage("de;q=0, en;q=0.1"), "en");
});

Deno.test("money is formatted per locale from cents", () => {
  assert.equal(formatMoney("en", 123450, "EUR"), "€1,234.50");
  assert.equal(formatMoney("de", 123450, "EUR"), "1.234,50\u00a0€");
});
