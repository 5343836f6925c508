import assert from "node:assert/strict";
import { parseMailbox } from "./address.ts";

Deno.test("a sender header gives one mailbox, or null", () => {
  assert.deepEqual(parseMailbox("Praxis Müller <termine@praxis.example>"), {
    name: "Praxis Müller",
    email: "termine@praxis.example",
  });
  assert.deepEqual(parseMailbox('"Müller, Praxis" <a@b.example>'), {
    name: "Müller, Praxis",
    email: "a@b.example",
  });
  assert.deepEqual(parseMailbox("plain@b.example"), {
    name: "",
    email: "plain@b.example",
  });
  assert.equal(parseMailbox("no address"), null);
  assert.equal(parseMailbox("a@b.example, c@d.example"), null);
  assert.equal(parseMailbox(""), null);
});
