/**
 * Questions per service: what staff ask when someone books it (short
 * text, long text, one of a few options, a checkbox), and how the answers
 * on the booking form are checked. A booking keeps each answer beside the
 * question's label as it was, so later edits never rewrite what was said.
 */
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type {
  BookingAnswer,
  QuestionKind,
  ServiceQuestion,
} from "../db/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { NotFoundError } from "../errors.ts";
import { type Locale, t } from "../i18n/mod.ts";

export const QUESTION_KINDS = [
  "text",
  "long_text",
  "choice",
  "checkbox",
] as const satisfies readonly QuestionKind[];

/** The longest answer each kind of text question takes. */
export const ANSWER_MAX = { text: 500, long_text: 5000 } as const;

/** What the "add a question" form holds. */
export interface QuestionInput {
  kind: QuestionKind;
  label: string;
  /** The options of a choice, in order; ignored for other kinds. */
  options: string[];
  required: boolean;
}

/** A service's questions in the order they are asked. */
export async function listQuestions(
  db: Database,
  serviceId: string,
): Promise<ServiceQuestion[]> {
  return await db.selectFrom("service_questions").selectAll()
    .where("service_id", "=", serviceId)
    .orderBy("position").orderBy("created_at").orderBy("id").execute();
}

/** Adds a question after the service's last one; returns its id. */
export async function addQuestion(
  db: Database,
  actor: Actor,
  serviceId: string,
  input: QuestionInput,
  now: Date,
): Promise<string> {
  return await inTransaction(db, async (tx) => {
    const service = await tx.selectFrom("services").select("id")
      .where("id", "=", serviceId).forUpdate().executeTakeFirst();
    if (!service) {
      throw new NotFoundError("Unknown service.", "SERVICE_NOT_FOUND");
    }
    const last = await tx.selectFrom("service_questions")
      .select((eb) => eb.fn.max("position").as("position"))
      .where("service_id", "=", serviceId).executeTakeFirst();
    const { id } = await tx.insertInto("service_questions").values({
      service_id: serviceId,
      position: (last?.position ?? -1) + 1,
      kind: input.kind,
      label: input.label,
      options: input.kind === "choice" ? input.options : [],
      required: input.required,
      created_at: now,
    }).returning("id").executeTakeFirstOrThrow();
    await recordAudit(tx, actor, "service.question.add", "service", serviceId, {
      label: input.label,
      kind: input.kind,
    }, now);
    return id;
  });
}

/** Removes a question; bookings keep the answers they were made with. */
export async function removeQuestion(
  db: Database,
  actor: Actor,
  serviceId: string,
  questionId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const removed = await tx.deleteFrom("service_questions")
      .where("id", "=", questionId).where("service_id", "=", serviceId)
      .returning("label").executeTakeFirst();
    if (!removed) {
      throw new NotFoundError("Unknown question.", "QUESTION_NOT_FOUND");
    }
    await recordAudit(
      tx,
      actor,
      "service.question.remove",
      "service",
      serviceId,
      { label: removed.label },
      now,
    );
  });
}

/** The form field that carries the answer to `question`. */
export function answerField(question: Pick<ServiceQuestion, "id">): string {
  return `q_${question.id}`;
}

/** Whether a form field carries an answer (kept when a form is sent again). */
export function isAnswerField(name: string): boolean {
  return name.startsWith("q_");
}

const emptyIsMissing = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

function answerSchema(question: ServiceQuestion): z.ZodType<string> {
  if (question.kind === "checkbox") {
    const ticked = z.preprocess((value) => value === "on", z.boolean());
    return (question.required
      ? ticked.refine((value) => value, "form.required")
      : ticked).transform((value) => (value ? "yes" : "no"));
  }
  const value = question.kind === "choice"
    ? z.enum(question.options as [string, ...string[]], {
      error: "form.invalid",
    })
    : z.string().trim().max(ANSWER_MAX[question.kind], "form.tooLong");
  const present = z.string({ error: "form.required" }).pipe(value);
  return z.preprocess(
    emptyIsMissing,
    question.required
      ? present
      : present.optional().transform((answer) => answer ?? ""),
  );
}

/**
 * The zod shape that checks the answers to `questions`, one field each
 * (`q_<id>`): a missing required answer, a too long text or an option that
 * is not offered is a field error.
 */
export function answerFields(
  questions: ServiceQuestion[],
): Record<string, z.ZodType<string>> {
  return Object.fromEntries(
    questions.map((
      question,
    ) => [answerField(question), answerSchema(question)]),
  );
}

/** The checked answers as the booking keeps them, in the questions' order. */
export function bookingAnswers(
  questions: ServiceQuestion[],
  data: Record<string, unknown>,
): BookingAnswer[] {
  return questions.map((question) => ({
    label: question.label,
    kind: question.kind,
    answer: String(data[answerField(question)] ?? ""),
  }));
}

/** An answer as people read it: a checkbox says yes or no in `locale`. */
export function answerText(locale: Locale, answer: BookingAnswer): string {
  if (answer.kind !== "checkbox") return answer.answer;
  return t(
    locale,
    answer.answer === "yes" ? "booking.answer.yes" : "booking.answer.no",
  );
}
