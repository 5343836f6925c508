import assert from "node:assert/strict";
import fc from "fast-check";
import { safeRedirectPath } from "./redirects.ts";

Deno.test("same-site paths with query and fragment are kept", () => {
  for (
    const path of [
      "/",
      "/booking",
      "/admin/booking?status=pending&page=2",
      "/shop/a-b_c.d~e#top",
      "/clients/licenses?q=%C3%BCber%20uns",
      "/a//b",
    ]
  ) assert.equal(safeRedirectPath(path, "/fallback"), path);
});

Deno.test("off-site, malformed and unsafe targets fall back", () => {
  for (
    const target of [
      undefined,
      null,
      42,
      "",
      "booking",
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/%5Cevil.example",
      "/%2F/evil.example",
      "/%2f%2fevil.example",
      "/\t/evil.example",
      "/%09/evil.example",
      "/\x0bx",
      "/%0Bx",
      "/\fx",
      "/%0Cx",
      "/\x01x",
      "/%01x",
      "/\x1fx",
      "/\x7fx",
      "/%7Fx",
      "/%C2%85x", // NEL, a C1 control
      "/\r\nset-cookie: a=b",
      "/%0D%0Aset-cookie:%20a=b",
      "/ x",
      "/%20x",
      "/\u2028x",
      "/%E2%80%A8x",
      "/%E2%80%A9x",
      "/\u00a0x",
      "/%C2%A0x",
      "/übersicht",
      '/"onmouseover',
      "/<script>",
      "/%",
      "/%E0%A4%A",
      "/%00",
      "/clients?back=%0D%0A",
      "/clients#%E2%80%A8",
    ]
  ) {
    assert.equal(
      safeRedirectPath(target, "/fallback"),
      "/fallback",
      `${JSON.stringify(target)}`,
    );
  }
});

Deno.test("whatever comes back is a valid Location value on our origin", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 40 }), (tail) => {
      const result = safeRedirectPath("/" + tail, "/fallback");
      assert.match(result, /^\/[\x21-\x7e]*$/);
      assert.ok(!result.startsWith("//"));
      const url = new URL(result, "https://portico.example");
      assert.equal(url.origin, "https://portico.example");
    }),
    { numRuns: 2000 },
  );
});
