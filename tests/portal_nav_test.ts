/** Every portal page a signed-in contact opens carries the portal's navigation. */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import {
  createRouteFixtures,
  fillPattern,
  ROUTES,
} from "./helpers/route_walk.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());

Deno.test("every portal page has the portal navigation, the section marked", async () => {
  const fixtures = await createRouteFixtures(app, new Date());
  const portal = ROUTES.filter((route) =>
    route.pattern.startsWith("/clients") && route.methods.includes("GET")
  ).map((route) => fillPattern(route.pattern, fixtures.params[route.pattern]));
  let pages = 0;
  for (const path of portal) {
    const res = await fixtures.contactA.request(path, { redirect: "manual" });
    const html = await res.text();
    // Downloads, scripts and redirects (sign-in pages of a signed-in contact) are no pages.
    if (
      res.status !== 200 ||
      !res.headers.get("content-type")?.startsWith("text/html")
    ) continue;
    pages++;
    assert.match(html, /<nav class="subnav portal-nav"/, `${path}: navigation`);
  }
  assert.ok(pages >= 8, `portal pages seen: ${pages}`);
  const { html } = await fixtures.contactA.page("/clients/licenses");
  assert.match(html, /<a href="\/clients\/licenses" aria-current="page">/);
});
