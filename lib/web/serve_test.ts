import assert from "node:assert/strict";
import { waitFor } from "@/tests/helpers/wait.ts";

Deno.test("SIGTERM lets in-flight requests finish, then exits cleanly", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("./testdata/serve.ts", import.meta.url).href],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  let output = "";
  const drained = child.stdout.pipeThrough(new TextDecoderStream()).pipeTo(
    new WritableStream({ write: (chunk) => void (output += chunk) }),
  );
  await waitFor(
    "the server to print its port",
    () => /listening \d+\n/.test(output),
  );
  const port = Number(output.match(/listening (\d+)/)?.[1]);

  const inFlight = fetch(`http://127.0.0.1:${port}/slow?ms=700`);
  await waitFor(
    "the server to take the request",
    () => output.includes("slow request started"),
  );
  child.kill("SIGTERM");

  const res = await inFlight;
  assert.equal(res.status, 200);
  assert.equal(await res.text(), "finished");
  await drained;
  assert.match(output, /shut down\n$/);
  const status = await child.status;
  assert.equal(status.code, 0);
});
