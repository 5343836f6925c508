import assert from "node:assert/strict";
import { ServiceUnavailableError } from "../errors.ts";
import { isConnectionLost } from "./connection_guard.ts";

Deno.test("lost connections are told from failed statements", () => {
  const error = (fields: { code?: string; message?: string }) =>
    Object.assign(new Error(fields.message ?? "x"), fields);
  for (
    const lost of [
      error({ code: "57P01", message: "terminating connection" }),
      error({ code: "57P03", message: "the database system is starting up" }),
      error({ code: "08006" }),
      error({ code: "25P03", message: "idle-in-transaction timeout" }),
      error({ code: "ECONNREFUSED" }),
      error({ code: "ECONNRESET" }),
      error({ message: "Connection terminated unexpectedly" }),
      error({
        message:
          "Client has encountered a connection error and is not queryable",
      }),
      error({ message: "timeout exceeded when trying to connect" }),
      error({ message: "timeout expired" }),
      new ServiceUnavailableError(),
    ]
  ) {
    assert.ok(isConnectionLost(lost), `${lost.message} is a lost connection`);
  }
  for (
    const failed of [
      error({ code: "23505", message: "duplicate key" }),
      error({ code: "57014", message: "canceling statement due to timeout" }),
      error({ code: "42P01", message: "relation does not exist" }),
      new TypeError("Cannot read properties of undefined"),
      "Connection terminated",
      null,
    ]
  ) {
    assert.ok(!isConnectionLost(failed), `${failed} is not`);
  }
});
