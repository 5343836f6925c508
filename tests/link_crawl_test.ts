/**
 * No dead ends: every link a visitor can follow from the public pages, the
 * portal or the admin, as that visitor, leads to a page that exists and
 * that they may open: no 404, no 403, no 500. The crawl follows same-site
 * `<a href>` links breadth-first from each visitor's start page, on an app
 * filled with one of every object (tests/helpers/route_walk.ts).
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createRouteFixtures } from "./helpers/route_walk.ts";
import type { TestClient } from "./helpers/http.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const fixtures = await createRouteFixtures(app, new Date());

/**
 * Query variants followed per path: a few of each list's filters and
 * pages, and of the calendars' next months, which never end.
 */
const VARIANTS_PER_PATH = 4;

/** Same-site paths linked from `html`, without fragments. */
function linksOf(html: string, base: string): string[] {
  const links: string[] = [];
  for (const [, raw] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
    const href = raw.replaceAll("&amp;", "&");
    const url = new URL(href, base);
    if (url.origin !== new URL(base).origin) continue;
    links.push(url.pathname + url.search);
  }
  return links;
}

/** Every link reachable from `start` as `client`, with what it answered. */
async function crawl(client: TestClient, start: string[]) {
  const seen = new Set(start);
  /** Where each link was found first, for the report. */
  const foundOn = new Map<string, string>();
  const variants = new Map<string, number>();
  const queue = [...start];
  const broken: string[] = [];
  const follow = (link: string, from: string) => {
    const path = link.split("?")[0];
    const count = variants.get(path) ?? 0;
    if (seen.has(link) || count >= VARIANTS_PER_PATH) return;
    variants.set(path, count + 1);
    seen.add(link);
    foundOn.set(link, from);
    queue.push(link);
  };
  while (queue.length) {
    const path = queue.shift()!;
    const res = await client.request(path);
    const from = res.headers.get("content-type") ?? "";
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel();
      const to = res.headers.get("location");
      for (
        const link of to ? linksOf(`<a href="${to}">`, app.url + path) : []
      ) {
        follow(link, path);
      }
      continue;
    }
    if (res.status >= 400) {
      broken.push(`${res.status} ${path} (linked from ${foundOn.get(path)})`);
      await res.body?.cancel();
      continue;
    }
    if (!from.startsWith("text/html")) {
      await res.body?.cancel();
      continue;
    }
    for (const link of linksOf(await res.text(), app.url + path)) {
      follow(link, path);
    }
  }
  return { broken, visited: seen.size };
}

const visitors: [string, TestClient, string[]][] = [
  ["anonymous visitor", fixtures.anonymous, ["/"]],
  ["portal client", fixtures.contactA, ["/", "/clients"]],
  ["staff member", fixtures.staff, ["/admin"]],
  ["administrator", fixtures.admin, ["/admin"]],
];

for (const [who, client, start] of visitors) {
  Deno.test(`every link a ${who} can follow leads somewhere`, async () => {
    const { broken, visited } = await crawl(client, start);
    assert.ok(visited > 3, `the crawl found links (${visited})`);
    assert.deepEqual(broken, [], `dead ends for a ${who}`);
  });
}
