/** The service's questions on the public booking form, each with its error. */
import type { ServiceQuestion } from "@/lib/db/schema.ts";
import type { FormState } from "@/lib/http/forms.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { ANSWER_MAX, answerField } from "@/lib/booking/questions.ts";
import { errorText } from "../Field.tsx";

function QuestionField(
  { question, form, t }: {
    question: ServiceQuestion;
    form: FormState;
    t: Translate;
  },
) {
  const name = answerField(question);
  const id = `field-${name}`;
  const error = form.errors?.[name];
  const value = form.values?.[name];
  const common = {
    id,
    name,
    required: question.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  const errorLine = error && (
    <span class="field-error" id={`${id}-error`}>{errorText(t, error)}</span>
  );
  if (question.kind === "checkbox") {
    return (
      <div class="field field-checkbox">
        <label>
          <input type="checkbox" {...common} checked={value === "on"} />
          {question.label}
        </label>
        {errorLine}
      </div>
    );
  }
  return (
    <div class="field">
      <label for={id}>{question.label}</label>
      {question.kind === "choice"
        ? (
          <select {...common}>
            <option value="">—</option>
            {question.options.map((option) => (
              <option value={option} selected={option === value}>
                {option}
              </option>
            ))}
          </select>
        )
        : question.kind === "long_text"
        ? (
          <textarea {...common} maxLength={ANSWER_MAX.long_text}>
            {value}
          </textarea>
        )
        : (
          <input
            {...common}
            type="text"
            value={value}
            maxLength={ANSWER_MAX.text}
          />
        )}
      {errorLine}
    </div>
  );
}

/** Every question of the service, in order. */
export function QuestionFields(
  { questions, form, t }: {
    questions: ServiceQuestion[];
    form: FormState;
    t: Translate;
  },
) {
  return (
    <>
      {questions.map((question) => (
        <QuestionField question={question} form={form} t={t} />
      ))}
    </>
  );
}
