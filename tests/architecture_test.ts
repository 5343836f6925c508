/**
 * The dependency rules of docs/ARCHITECTURE.md, checked on the import
 * graph of every .ts/.tsx file in the repository: the domain never reaches
 * the web side, lib/web knows no domain, islands pull no server module
 * into the browser bundle, components fetch nothing, and pages outside
 * booking take the business settings from the request state.
 *
 * Imports are read with a static parse of the top-level `import`/`export
 * … from` statements and `import("…")` calls (deno fmt puts every static
 * import at the start of a line); `import type` and all-`type` specifier
 * lists are type-only edges, erased from the JavaScript.
 */
import assert from "node:assert/strict";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname!, "..");
const SKIPPED_DIRS = new Set(["node_modules", "_fresh", "data", ".git"]);

/** One import edge, to a repository file (relative to the root). */
interface Edge {
  to: string;
  /** Only types: nothing of the target reaches the JavaScript. */
  typeOnly: boolean;
}

type ImportGraph = Map<string, Edge[]>;

const STATIC_IMPORT =
  /^(import|export)\s+(type\s+)?([^"';]*?)\s*from\s*["']([^"']+)["']/gm;
const SIDE_EFFECT_IMPORT = /^import\s+["']([^"']+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** True when every named specifier in `{ … }` is marked `type`. */
function onlyTypeSpecifiers(clause: string): boolean {
  const named = clause.match(/^\{([^}]*)\}$/s);
  if (!named) return false;
  const names = named[1].split(",").map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith("type "));
}

/** Where `specifier` in `from` points in the repository; null for packages. */
function resolveSpecifier(from: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) {
    return relative(ROOT, resolve(ROOT, from, "..", specifier));
  }
  return null;
}

/** The repository-file imports in one module's source. */
function parseImports(file: string, source: string): Edge[] {
  const edges: Edge[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const to = resolveSpecifier(file, specifier);
    if (to) edges.push({ to, typeOnly });
  };
  for (const match of source.matchAll(STATIC_IMPORT)) {
    const [, , typeKeyword, clause, specifier] = match;
    add(specifier, Boolean(typeKeyword) || onlyTypeSpecifiers(clause.trim()));
  }
  for (const match of source.matchAll(SIDE_EFFECT_IMPORT)) {
    add(match[1], false);
  }
  for (const match of source.matchAll(DYNAMIC_IMPORT)) add(match[1], false);
  return edges;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const entry of Deno.readDir(join(ROOT, dir))) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory && !SKIPPED_DIRS.has(entry.name)) {
      files.push(...await sourceFiles(path));
    } else if (entry.isFile && /\.tsx?$/.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

async function loadGraph(): Promise<ImportGraph> {
  const graph: ImportGraph = new Map();
  for (const file of await sourceFiles("")) {
    graph.set(
      file,
      parseImports(file, await Deno.readTextFile(join(ROOT, file))),
    );
  }
  return graph;
}

const under = (file: string, ...folders: string[]) =>
  folders.some((folder) => file.startsWith(folder));

/** The web side: pages, the framework layer, the HTTP kit, the wiring. */
const WEB = [
  "routes/",
  "islands/",
  "components/",
  "lib/web/",
  "lib/http/",
  "lib/app/",
  "lib/browser/",
  "server.ts",
  "main.ts",
  "fresh.gen.ts",
  "fresh.config.ts",
];
/** lib/ folders that are not domain code. */
const NOT_DOMAIN = ["lib/web/", "lib/http/", "lib/app/", "lib/browser/"];

/** Wiring outside lib/app: the cron registrations take the services. */
const WIRING = ["lib/jobs.ts"];

/**
 * Domain code: every folder under lib/ that is not on the web side, and
 * the shared modules beside them (config, errors, crypto, validation …).
 */
function isDomain(file: string): boolean {
  return file.startsWith("lib/") && !under(file, ...NOT_DOMAIN, ...WIRING);
}

/**
 * What lib/web must not see: any other part of lib/ (the domain, the HTTP
 * kit, the wiring) or the app's pages. Its tests may use tests/helpers.
 */
function knowsTheApp(file: string): boolean {
  return (under(file, "lib/") && !under(file, "lib/web/")) ||
    under(file, ...WEB.filter((part) => !part.startsWith("lib/")));
}

/** What island code may bundle: the browser helpers and pure formatting. */
const BROWSER_SAFE = ["islands/", "lib/browser/", "lib/intl.ts"];

/** The booking module's own pages, which own the booking settings. */
function isBookingPage(file: string): boolean {
  return /^routes\/(admin\/|clients\/)?booking(\/|\.tsx$)/.test(file);
}

/** Files reachable from `start` through imports that reach the JavaScript. */
function valueReach(graph: ImportGraph, start: string): Map<string, string> {
  // Each reached file with the file that imported it, to print the chain.
  const via = new Map<string, string>([[start, ""]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const edge of graph.get(file) ?? []) {
      if (edge.typeOnly || via.has(edge.to)) continue;
      via.set(edge.to, file);
      queue.push(edge.to);
    }
  }
  return via;
}

function chain(via: Map<string, string>, end: string): string {
  const files = [end];
  while (via.get(files[0])) files.unshift(via.get(files[0])!);
  return files.join(" → ");
}

/** Every broken rule, one line each; empty when the graph keeps them all. */
function ruleViolations(graph: ImportGraph): string[] {
  const broken: string[] = [];
  for (const [file, edges] of graph) {
    for (const { to } of edges) {
      if (isDomain(file) && under(to, ...WEB)) {
        broken.push(`domain imports the web side: ${file} → ${to}`);
      }
      if (under(file, "lib/web/") && knowsTheApp(to)) {
        broken.push(`lib/web imports the app: ${file} → ${to}`);
      }
      if (under(file, "components/") && under(to, "lib/db/")) {
        if (to !== "lib/db/schema.ts") {
          broken.push(`component imports the database: ${file} → ${to}`);
        }
      }
    }
    if (
      under(file, "routes/", "components/") && !isBookingPage(file) &&
      edges.some((edge) => edge.to === "lib/booking/settings.ts")
    ) {
      broken.push(
        `page outside booking reads the booking settings: ${file} (use state.business())`,
      );
    }
    if (under(file, "islands/")) {
      const via = valueReach(graph, file);
      for (const reached of via.keys()) {
        if (!under(reached, ...BROWSER_SAFE)) {
          broken.push(`island bundles a server module: ${chain(via, reached)}`);
        }
      }
    }
    if (under(file, "components/")) {
      const via = valueReach(graph, file);
      if (via.has("lib/db/database.ts")) {
        broken.push(
          `component reaches the database: ${chain(via, "lib/db/database.ts")}`,
        );
      }
    }
  }
  return broken;
}

Deno.test("the import graph keeps the architecture's rules", async () => {
  const graph = await loadGraph();
  // The parse found the app: a sanity check against a silently empty graph.
  assert.ok(graph.get("server.ts")?.some((edge) => edge.to === "fresh.gen.ts"));
  assert.deepEqual(ruleViolations(graph), []);
});

Deno.test("every import in the repository resolves to a file", async () => {
  const graph = await loadGraph();
  const missing = [...graph].flatMap(([file, edges]) =>
    edges.filter((edge) => !graph.has(edge.to)).map((edge) =>
      `${file} → ${edge.to}`
    )
  );
  assert.deepEqual(missing, []);
});

Deno.test("the parse tells type-only imports from value imports", () => {
  const edges = parseImports(
    "lib/shop/example.ts",
    [
      'import type { Database } from "../db/database.ts";',
      'import { type Actor, recordAudit } from "../audit.ts";',
      'import {\n  type InvoiceDetail,\n  type PaymentRow,\n} from "./invoices.ts";',
      'export { issue } from "@/lib/licensing/server.ts";',
      'import { z } from "zod";',
      // Split so that this file's own parse does not see the call.
      "const lazy = () => im" + 'port("./lazy.ts");',
    ].join("\n"),
  );
  assert.deepEqual(edges, [
    { to: "lib/db/database.ts", typeOnly: true },
    { to: "lib/audit.ts", typeOnly: false },
    { to: "lib/shop/invoices.ts", typeOnly: true },
    { to: "lib/licensing/server.ts", typeOnly: false },
    { to: "lib/shop/lazy.ts", typeOnly: false },
  ]);
});

Deno.test("each rule catches the import it forbids", () => {
  const graph: ImportGraph = new Map([
    ["lib/booking/bad.ts", [{ to: "lib/http/state.ts", typeOnly: true }]],
    ["lib/web/bad.ts", [{ to: "lib/booking/slots.ts", typeOnly: false }]],
    ["islands/Bad.tsx", [{ to: "lib/booking/slots.ts", typeOnly: false }]],
    ["islands/Fine.tsx", [{ to: "lib/db/schema.ts", typeOnly: true }]],
    ["components/Bad.tsx", [{ to: "lib/shop/orders.ts", typeOnly: false }]],
    ["lib/shop/orders.ts", [{ to: "lib/db/database.ts", typeOnly: false }]],
    ["components/Fine.tsx", [{ to: "lib/db/schema.ts", typeOnly: true }]],
    ["routes/shop/x.tsx", [{ to: "lib/booking/settings.ts", typeOnly: false }]],
    ["routes/admin/booking/x.tsx", [
      { to: "lib/booking/settings.ts", typeOnly: false },
    ]],
  ]);
  assert.deepEqual(ruleViolations(graph), [
    "domain imports the web side: lib/booking/bad.ts → lib/http/state.ts",
    "lib/web imports the app: lib/web/bad.ts → lib/booking/slots.ts",
    "island bundles a server module: islands/Bad.tsx → lib/booking/slots.ts",
    "component reaches the database: components/Bad.tsx → lib/shop/orders.ts → lib/db/database.ts",
    "page outside booking reads the booking settings: routes/shop/x.tsx (use state.business())",
  ]);
});
