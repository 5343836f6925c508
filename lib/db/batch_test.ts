import assert from "node:assert/strict";
import { batchedLookup } from "./batch.ts";

/** A load whose calls are recorded and answered when the test says. */
function controlledLoad() {
  const calls: { keys: string[]; answer: (error?: Error) => void }[] = [];
  const load = (keys: string[]) =>
    new Promise<Map<string, string>>((resolve, reject) => {
      calls.push({
        keys,
        answer: (error) =>
          error
            ? reject(error)
            : resolve(new Map(keys.map((key) => [key, key.toUpperCase()]))),
      });
    });
  return { calls, load };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 5));

Deno.test("keys asked in the same turn go out in one query, duplicates once", async () => {
  const { calls, load } = controlledLoad();
  const find = batchedLookup(load);
  const answers = Promise.all(["a", "b", "a"].map(find));
  await turn();
  assert.deepEqual(calls.map((c) => c.keys), [["a", "b"]]);
  calls[0].answer();
  assert.deepEqual(await answers, ["A", "B", "A"]);
});

Deno.test("while queries are in flight, new keys wait and go out together", async () => {
  const { calls, load } = controlledLoad();
  const find = batchedLookup(load, 1);
  const first = find("a");
  await turn();
  const later = Promise.all(["b", "c", "d"].map(find));
  await turn();
  assert.equal(calls.length, 1, "nothing more while one query runs");
  calls[0].answer();
  assert.equal(await first, "A");
  await turn();
  assert.deepEqual(calls[1].keys, ["b", "c", "d"]);
  calls[1].answer();
  assert.deepEqual(await later, ["B", "C", "D"]);
});

Deno.test("a failed query fails its own callers only; unknown keys are undefined", async () => {
  const { calls, load } = controlledLoad();
  const find = batchedLookup(load, 1);
  const failing = find("a");
  await turn();
  const next = find("b");
  calls[0].answer(new Error("connection lost"));
  await assert.rejects(failing, /connection lost/);
  await turn();
  calls[1].answer();
  assert.equal(await next, "B");
  const missing = batchedLookup(() =>
    Promise.resolve(new Map<string, string>())
  );
  assert.equal(await missing("zzz"), undefined);
});
