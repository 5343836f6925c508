/**
 * The official EN 16931 validation rules (CEN/TC 434 schematron as XSLT,
 * in `../shared/einvoice/` beside the repository, or `EINVOICE_RULES_DIR`)
 * run with SaxonJS (`xslt3` from npm). Each stylesheet is compiled once
 * to a SEF file, cached in the temp folder under its size and mtime.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const STYLESHEETS = {
  cii: "EN16931-CII-validation.xslt",
  ubl: "EN16931-UBL-validation.xslt",
} as const;

export type Syntax = keyof typeof STYLESHEETS;

/** A rule the document breaks. */
export interface FailedRule {
  id: string;
  flag: string;
  text: string;
}

/** The rules' folder, or null when it is absent (the tests then skip). */
export function einvoiceRulesDir(): string | null {
  const dir = Deno.env.get("EINVOICE_RULES_DIR") ??
    fileURLToPath(new URL("../../../shared/einvoice/", import.meta.url));
  try {
    Deno.statSync(join(dir, STYLESHEETS.cii));
    return dir;
  } catch {
    return null;
  }
}

const xslt3 = createRequire(import.meta.url).resolve("xslt3/xslt3.js");

async function run(args: string[]): Promise<string> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", xslt3, ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  if (code !== 0) {
    throw new Error(
      `xslt3 ${args.join(" ")} failed: ${decoder.decode(stderr)}`,
    );
  }
  return decoder.decode(stdout);
}

const compiled = new Map<Syntax, Promise<string>>();

/** The stylesheet's SEF file, compiled on first use (about 15 s each). */
function sefFile(dir: string, syntax: Syntax): Promise<string> {
  let sef = compiled.get(syntax);
  if (!sef) {
    sef = (async () => {
      const source = join(dir, STYLESHEETS[syntax]);
      const { size, mtime } = await Deno.stat(source);
      const cache = join(
        Deno.env.get("TMPDIR") ?? "/tmp",
        "portico-einvoice-sef",
      );
      await Deno.mkdir(cache, { recursive: true });
      const target = join(
        cache,
        `${syntax}-${size}-${mtime?.getTime() ?? 0}.sef.json`,
      );
      try {
        await Deno.stat(target);
      } catch {
        const partial = `${target}.${crypto.randomUUID()}`;
        await run([`-xsl:${source}`, `-export:${partial}`, "-nogo"]);
        await Deno.rename(partial, target);
      }
      return target;
    })();
    compiled.set(syntax, sef);
  }
  return sef;
}

/** Decodes the few entities SVRL text uses. */
function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/**
 * Every rule of EN 16931 that `xml` breaks, with its flag (`fatal` or
 * `warning`); `dir` from `einvoiceRulesDir()`.
 */
export async function failedRules(
  dir: string,
  syntax: Syntax,
  xml: string,
): Promise<FailedRule[]> {
  const sef = await sefFile(dir, syntax);
  const file = await Deno.makeTempFile({ suffix: ".xml" });
  try {
    await Deno.writeTextFile(file, xml);
    const report = await run([`-xsl:${sef}`, `-s:${file}`]);
    const rules: FailedRule[] = [];
    for (
      const match of report.matchAll(
        /<svrl:failed-assert\b([^>]*)>[\s\S]*?<svrl:text>([\s\S]*?)<\/svrl:text>/g,
      )
    ) {
      const attribute = (name: string) =>
        match[1].match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? "";
      rules.push({
        id: attribute("id"),
        flag: attribute("flag"),
        text: unescape(match[2].trim()),
      });
    }
    if (!report.includes("<svrl:fired-rule")) {
      throw new Error(`no rule fired: is this ${syntax}?\n${report}`);
    }
    return rules;
  } finally {
    await Deno.remove(file);
  }
}
