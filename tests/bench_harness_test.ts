import assert from "node:assert/strict";

Deno.test({
  name:
    "the benchmark harness runs end to end in tiny mode and reports every figure",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "-A",
        new URL("./bench/run.ts", import.meta.url).pathname,
        "--tiny",
      ],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(stdout);
    // On failure, say why: the harness's own error output ends the message.
    assert.equal(code, 0, text + new TextDecoder().decode(stderr).slice(-4000));
    for (
      const figure of [
        "GET /cat_heartbeat",
        "heartbeat flush transactions",
        "POST /api/licenses/validate",
        "static file vs bare Deno.serve sending the same bytes",
        "GET /booking (real data) vs bare Deno.serve",
        "GET /booking month view with slots vs bare Deno.serve",
        "slot search, 30 days × 10 staff, 500 bookings plus CalDAV busy times",
        "JavaScript on /booking",
        "50 concurrent bookings of one slot",
        "app RSS after seeding in process",
        "app RSS with",
        "cold start",
        // Measured on a PostgreSQL server only.
        ...Deno.env.get("PORTICO_TEST_EMBEDDED") === "1" ? [] : [
          "cold start in production on PostgreSQL",
          "app RSS at idle",
        ],
      ]
    ) assert.ok(text.includes(figure), `reports ${figure}`);
    assert.match(
      text,
      /50 concurrent bookings of one slot\s+1 winner/,
      "exactly one booking wins",
    );
  },
});
