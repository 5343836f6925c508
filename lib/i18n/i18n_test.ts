import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  catalogs,
  formatMoney,
  localeFromAcceptLanguage,
  LOCALES,
  type MessageKey,
  resolveLocale,
  t,
  translator,
} from "./mod.ts";

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

Deno.test("every message has English and German with the same placeholders", () => {
  for (const catalog of catalogs) {
    for (const [key, message] of Object.entries(catalog)) {
      for (const locale of LOCALES) {
        const text: unknown = (message as Record<string, unknown>)[locale];
        assert.ok(
          typeof text === "string" && text.trim(),
          `${key} has ${locale}`,
        );
      }
      assert.deepEqual(
        placeholders(message.de),
        placeholders(message.en),
        `${key}: the same placeholders in German and English`,
      );
    }
  }
});

Deno.test("no key is defined in two catalogs", () => {
  const seen = new Set<string>();
  for (const catalog of catalogs) {
    for (const key of Object.keys(catalog)) {
      assert.ok(!seen.has(key), `${key} is defined twice`);
      seen.add(key);
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

Deno.test("placeholder parameters are checked at compile time", () => {
  const en = translator("en");
  // @ts-expect-error: "form.tooLong" has a {max} placeholder
  const unfilled = en("form.tooLong");
  assert.equal(unfilled, "This is too long (at most {max} characters).");
  // @ts-expect-error: {max}, not {limit}
  t("en", "form.tooLong", { limit: 20 });
  assert.equal(en("admin.nav"), "Administration");
  // A key known only at run time (a field error) takes any parameters.
  const fieldError = "form.tooLong" as MessageKey;
  const params: Record<string, number> = { max: 3 };
  assert.equal(
    en(fieldError, params),
    "This is too long (at most 3 characters).",
  );
});

/**
 * Where the app names message keys: every source file outside the catalogs
 * and the tests (a key only a test uses is still unused).
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const sourceDirs = ["components", "islands", "lib", "routes"];
const catalogDir = join(root, "lib/i18n/catalog");

async function* sourceFiles(dir: string): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory && path !== catalogDir) yield* sourceFiles(path);
    else if (/(?<!_test)\.tsx?$/.test(entry.name)) yield path;
  }
}

/**
 * Quoted key-shaped strings in `source`: `"form.tooLong"` names one key, a
 * template such as `` `booking.status.${status}` `` names every key it can
 * produce (a `${…}` stands for one or more dotted words).
 */
function keyReferences(source: string): RegExp[] {
  const quoted = /(["'`])([A-Za-z]\w*(?:\.(?:\w+|\$\{[^{}`]*\}))+)\1/g;
  return [...source.matchAll(quoted)].map(([, , body]) => {
    const pattern = body.split(/\$\{[^{}`]*\}/).map((part) =>
      part.replaceAll(".", "\\.")
    ).join("[\\w.]+");
    return new RegExp(`^${pattern}$`);
  });
}

Deno.test("every message key is used by the app", async () => {
  const references: RegExp[] = [];
  for (const dir of sourceDirs) {
    for await (const path of sourceFiles(join(root, dir))) {
      references.push(...keyReferences(await Deno.readTextFile(path)));
    }
  }
  const unused = catalogs.flatMap((catalog) => Object.keys(catalog)).filter(
    (key) => !references.some((reference) => reference.test(key)),
  );
  assert.deepEqual(
    unused,
    [],
    "keys no source file names: remove them, or name them in a literal or a template the scan can read",
  );
});

Deno.test("the key scan understands literals and templates", () => {
  const [literal, template, middle] = keyReferences(
    'x("form.tooLong"); y(`booking.status.${s}`); z(`a.${b.c}.subject`);',
  );
  assert.ok(literal.test("form.tooLong") && !literal.test("form.tooLongX"));
  assert.ok(template.test("booking.status.no_show"));
  assert.ok(!template.test("booking.title"));
  assert.ok(middle.test("a.confirmed.subject") && !middle.test("a.b.intro"));
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
