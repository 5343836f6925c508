import assert from "node:assert/strict";
import { z } from "zod";
import type { ServiceQuestion } from "../db/schema.ts";
import { answerFields, answerText, bookingAnswers } from "./questions.ts";

function question(
  id: string,
  kind: ServiceQuestion["kind"],
  required: boolean,
  options: string[] = [],
): ServiceQuestion {
  return {
    id,
    service_id: "s",
    position: 0,
    kind,
    label: `Label ${id}`,
    options,
    required,
    created_at: new Date("2027-01-04T06:00:00Z"),
  };
}

const QUESTIONS = [
  question("a", "text", true),
  question("b", "long_text", false),
  question("c", "choice", true, ["Car", "Bike"]),
  question("d", "checkbox", true),
  question("e", "checkbox", false),
];
const schema = z.object(answerFields(QUESTIONS));

/** Field → the message key of its first issue. */
function messages(error: z.ZodError): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error.issues) {
    byField[String(issue.path[0])] ??= issue.message;
  }
  return byField;
}

Deno.test("answers: missing required ones, too long texts and options not offered are field errors", () => {
  const result = schema.safeParse({
    q_a: "   ",
    q_b: "x".repeat(5001),
    q_c: "Train",
  });
  assert.ok(!result.success);
  assert.deepEqual(messages(result.error), {
    q_a: "form.required",
    q_b: "form.tooLong",
    q_c: "form.invalid",
    q_d: "form.required",
  });
  const noChoice = schema.safeParse({ q_a: "A", q_c: "", q_d: "on" });
  assert.ok(!noChoice.success);
  assert.deepEqual(messages(noChoice.error), { q_c: "form.required" });
});

Deno.test("answers: checked ones are kept with their labels, in the questions' order", () => {
  const data = schema.parse({ q_a: "  Blue  ", q_c: "Bike", q_d: "on" });
  const answers = bookingAnswers(QUESTIONS, data);
  assert.deepEqual(answers, [
    { label: "Label a", kind: "text", answer: "Blue" },
    { label: "Label b", kind: "long_text", answer: "" },
    { label: "Label c", kind: "choice", answer: "Bike" },
    { label: "Label d", kind: "checkbox", answer: "yes" },
    { label: "Label e", kind: "checkbox", answer: "no" },
  ]);
  assert.equal(answerText("de", answers[3]), "Ja");
  assert.equal(answerText("en", answers[4]), "No");
  assert.equal(answerText("de", answers[0]), "Blue");
});
