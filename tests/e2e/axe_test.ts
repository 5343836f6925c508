/**
 * Zero axe-core WCAG 2 A/AA violations on every page of the manifest, as
 * an anonymous visitor, a portal client, a staff member and an
 * administrator, in light and dark mode. Downloads (PDF, XML, calendar
 * files, the logo), event streams, scripts and JSON are not pages.
 */
import assert from "node:assert/strict";
import axe from "axe-core";
import { browserTest } from "../helpers/browser.ts";
import {
  createRouteFixtures,
  fillPattern,
  ROUTES,
} from "../helpers/route_walk.ts";
import type { TestClient } from "../helpers/http.ts";

/** Routes that answer something other than a page. */
const NOT_PAGES =
  /^\/api\/|\/(pdf|xml|html|calendar|stream|logo)$|\.(ts|js|json|ics)$|^\/seller-logo|^\/(healthz|readyz)$/;

interface AxeResult {
  violations: {
    id: string;
    help: string;
    nodes: { target: string[] }[];
  }[];
}

browserTest(
  "axe: no WCAG 2 A/AA violation on any page, for anyone, light or dark",
  async (app, browser) => {
    const fixtures = await createRouteFixtures(app, new Date());
    const paths = ROUTES
      .filter((route) =>
        route.methods.includes("GET") && !NOT_PAGES.test(route.pattern)
      )
      .map((route) =>
        fillPattern(route.pattern, fixtures.params[route.pattern])
      );
    const visitors: [string, TestClient][] = [
      ["anonymous", fixtures.anonymous],
      ["client", fixtures.contactA],
      ["staff", fixtures.staff],
      ["admin", fixtures.admin],
    ];
    const found: string[] = [];
    // A colour scheme changes colours only: the dark run checks contrast.
    const rules = {
      light: { runOnly: ["wcag2a", "wcag2aa"] },
      dark: { runOnly: { type: "rule", values: ["color-contrast"] } },
    };
    // One browser context per visitor, side by side.
    await Promise.all(visitors.map(async ([who, client]) => {
      // The page's CSP forbids inline scripts; axe is the test's, not the page's.
      const context = await browser.newContext({ bypassCSP: true });
      await context.addCookies(
        [...client.cookies].map(([name, value]) => ({
          name,
          value,
          url: app.url,
        })),
      );
      const page = await context.newPage();
      for (const path of paths) {
        // A download (a file the route attaches) is no page either.
        const res = await page.goto(app.url + path).catch((error: Error) => {
          if (error.message.includes("Download is starting")) return null;
          throw error;
        });
        // JSON and scripts a page fetches answer GET too; they are no pages.
        if (!res?.headers()["content-type"]?.startsWith("text/html")) continue;
        await page.addScriptTag({ content: axe.source });
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          const result: AxeResult = await page.evaluate(
            (options) =>
              // deno-lint-ignore no-explicit-any -- axe-core's global, injected above
              (globalThis as any).axe.run(document, options),
            rules[colorScheme],
          );
          for (const violation of result.violations) {
            found.push(
              `${who} ${colorScheme} ${path}: ${violation.id} (${violation.help}) at ${
                violation.nodes.map((node) => node.target.join(" ")).join(", ")
              }`,
            );
          }
        }
      }
      await context.close();
    }));
    assert.deepEqual(found.sort(), []);
  },
);
