/**
 * Where the runtime has no `Temporal` (older Deno, as some platforms run),
 * lib/temporal.ts installs `temporal-polyfill`: the slot and wall-clock
 * tests (DST changes, time zones) pass on it as they do natively.
 */
import assert from "node:assert/strict";

Deno.test("the booking time tests pass on the Temporal polyfill", async () => {
  const root = new URL("../", import.meta.url);
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [
      "test",
      "-A",
      "--preload=tests/helpers/without_native_temporal.ts",
      "lib/booking/slots_test.ts",
      "lib/wall_clock_test.ts",
    ],
    cwd: root,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const output = new TextDecoder().decode(stdout) +
    new TextDecoder().decode(stderr);
  assert.equal(code, 0, output);
  assert.match(output, /ok \| [1-9]\d* passed \| 0 failed/);
});
