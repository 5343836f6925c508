/**
 * Every page is valid HTML: each route of the manifest that answers GET,
 * fetched by each kind of visitor, is checked with html-validate and its
 * recommended rules. Whatever a visitor gets as HTML counts, the refusals
 * (403, 410) and the not-found page included.
 */
import assert from "node:assert/strict";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { startTestApp } from "./helpers/app.ts";
import {
  createRouteFixtures,
  fillPattern,
  ROUTES,
} from "./helpers/route_walk.ts";
import { orderPagePath } from "@/lib/shop/order_page.ts";

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ["html-validate:recommended"],
    rules: {
      // Style: preact-render-to-string writes void elements self-closed (<meta/>).
      "void-style": "off",
      // Style: HTML allows any id without spaces (the web layer's __FRSH_ISLAND_PROPS).
      "valid-id": ["error", { relaxed: true }],
    },
  }),
);

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const now = new Date();
const fixtures = await createRouteFixtures(app, now);
const visitors = {
  anonymous: fixtures.anonymous,
  client: fixtures.contactA,
  staff: fixtures.staff,
  admin: fixtures.admin,
};

/** What a visitor following a real link would add to the URL. */
const QUERY: Record<string, string> = {
  "/shop/checkout": `?item=${fixtures.catalog.paid}`,
  "/shop/orders/:id": `?key=${
    (await orderPagePath(app.services.keys, fixtures.a.orderId)).split(
      "key=",
    )[1]
  }`,
};

/** Pages a route shows for other queries: the later steps of booking. */
const service = fixtures.bookable.serviceId;
const start = new Date(now.getTime() + 21 * 86_400_000);
start.setUTCHours(11, 0, 0, 0);
const MORE_PAGES = [
  `/booking?service=${service}`,
  `/booking?service=${service}&staff=any`,
  `/booking?service=${service}&staff=any&start=${start.toISOString()}`,
  // The short checkout of a free product (name, email, country).
  `/shop/checkout?item=${fixtures.catalog.free}`,
  // The confirmation step of cancelling an order.
  `/admin/shop/orders/${fixtures.b.orderId}?cancel=confirm`,
  // Not found, inside and outside the staff area.
  "/no-such-page",
  "/admin/no-such-page",
];

/** The findings of html-validate in `html`, one line each. */
async function findings(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) =>
    result.messages.map((m) =>
      `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ""})`
    )
  );
}

Deno.test("every page of the manifest is valid HTML for every kind of visitor", async () => {
  const pages = ROUTES.filter((route) => route.methods.includes("GET"))
    .map((route) =>
      fillPattern(route.pattern, fixtures.params[route.pattern]) +
      (QUERY[route.pattern] ?? "")
    );
  pages.push(...MORE_PAGES);
  const invalid: string[] = [];
  let checked = 0;
  for (const path of pages) {
    for (const [who, client] of Object.entries(visitors)) {
      const res = await client.request(path);
      if (!(res.headers.get("content-type") ?? "").startsWith("text/html")) {
        await res.body?.cancel();
        continue;
      }
      checked++;
      const problems = await findings(await res.text());
      if (problems.length) {
        invalid.push(`GET ${path} as ${who} (${res.status}):`, ...problems);
      }
    }
  }
  assert.ok(checked > 150, `pages were checked (${checked})`);
  assert.deepEqual(invalid, []);
});

Deno.test("forms shown again with their errors are valid HTML", async () => {
  const { anonymous } = fixtures;
  const shown = [
    await anonymous.post("/booking", {
      service,
      staff: "any",
      start: start.toISOString(),
      name: "",
      email: "not an address",
    }),
    await anonymous.post("/shop/checkout", {
      item: fixtures.catalog.paid,
      email: "not an address",
    }),
    await anonymous.post("/clients/login", { email: "", password: "" }),
  ];
  for (const res of shown) {
    assert.ok(res.status === 422 || res.status === 401, `${res.status}`);
    const html = await res.text();
    assert.match(html, /aria-invalid|alert-error/, "the errors are shown");
    assert.deepEqual(await findings(html), [], res.url);
  }
});
