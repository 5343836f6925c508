import assert from "node:assert/strict";

Deno.test({
  name:
    "the benchmark harness runs end to end in tiny mode and reports every figure",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const { code, stdout } = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        new URL("./bench/run.ts", import.meta.url).pathname,
        "--tiny",
      ],
      stdout: "piped",
      stderr: "null",
    }).output();
    const text = new TextDecoder().decode(stdout);
    assert.equal(code, 0, text);
    for (
      const figure of [
        "GET /cat_heartbeat",
        "heartbeat flush transactions",
        "POST /api/licenses/validate",
        "GET /booking time step",
        "slot computation",
        "JavaScript on /booking",
        "50 concurrent bookings of one slot",
        "app RSS after",
        "cold start",
      ]
    ) assert.ok(text.includes(figure), `reports ${figure}`);
    assert.match(
      text,
      /50 concurrent bookings of one slot\s+1 winner/,
      "exactly one booking wins",
    );
  },
});
