import type { BookingAnswer } from "@/lib/db/schema.ts";
import type { Locale } from "@/lib/i18n/mod.ts";
import { answerText } from "@/lib/booking/questions.ts";

/**
 * The answers to a service's questions as terms of a `<dl>`: each
 * question's label as it was asked, and what was answered ("—" for none).
 */
export function AnswerList(
  { answers, locale }: { answers: BookingAnswer[]; locale: Locale },
) {
  return (
    <>
      {answers.map((answer) => (
        <>
          <dt>{answer.label}</dt>
          <dd class="prewrap">{answerText(locale, answer) || "—"}</dd>
        </>
      ))}
    </>
  );
}
