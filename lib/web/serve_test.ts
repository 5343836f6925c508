import assert from "node:assert/strict";

Deno.test("SIGTERM lets in-flight requests finish, then exits cleanly", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("./testdata/serve.ts", import.meta.url).href],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let output = "";
  while (!/listening \d+\n/.test(output)) {
    const chunk = await reader.read();
    if (chunk.done) break;
    output += chunk.value;
  }
  const port = Number(output.match(/listening (\d+)/)?.[1]);
  assert.ok(port > 0, `server printed its port: ${output}`);

  const inFlight = fetch(`http://127.0.0.1:${port}/slow?ms=700`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  child.kill("SIGTERM");

  const res = await inFlight;
  assert.equal(res.status, 200);
  assert.equal(await res.text(), "finished");
  for (
    let chunk = await reader.read();
    !chunk.done;
    chunk = await reader.read()
  ) {
    output += chunk.value;
  }
  assert.match(output, /shut down\n$/);
  const status = await child.status;
  assert.equal(status.code, 0);
});
