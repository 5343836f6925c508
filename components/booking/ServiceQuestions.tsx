/** The questions of a service in admin: the list, removing one, adding one. */
import type { ServiceQuestion } from "@/lib/db/schema.ts";
import type { FormState } from "@/lib/http/forms.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { QUESTION_KINDS } from "@/lib/booking/questions.ts";
import { CsrfField, Field, FormError } from "../Field.tsx";
import { CheckboxField } from "../CheckboxField.tsx";
import { PostButton } from "../PostButton.tsx";

export function ServiceQuestions(
  { questions, form, csrf, t }: {
    questions: ServiceQuestion[];
    form: FormState;
    csrf: string;
    t: Translate;
  },
) {
  const kindLabels = Object.fromEntries(
    QUESTION_KINDS.map((
      kind,
    ) => [kind, t(`bookingAdmin.question.kind.${kind}`)]),
  );
  return (
    <section class="card" id="questions">
      <h2>{t("bookingAdmin.question.title")}</h2>
      <p class="muted">{t("bookingAdmin.question.intro")}</p>
      {questions.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t("bookingAdmin.question.label")}</th>
              <th scope="col">{t("bookingAdmin.question.kind")}</th>
              <th scope="col">{t("bookingAdmin.question.required")}</th>
              <th scope="col">
                <span class="sr-only">{t("bookingAdmin.question.remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {questions.map((question) => (
              <tr>
                <td>
                  {question.label}
                  {question.options.length > 0 && (
                    <div class="muted small">
                      {question.options.join(" · ")}
                    </div>
                  )}
                </td>
                <td>{kindLabels[question.kind]}</td>
                <td>
                  {t(
                    question.required
                      ? "booking.answer.yes"
                      : "booking.answer.no",
                  )}
                </td>
                <td>
                  <PostButton
                    csrf={csrf}
                    label={t("bookingAdmin.question.remove")}
                    fields={{ intent: "removeQuestion", question: question.id }}
                    variant="secondary"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" class="form" novalidate>
        <h3>{t("bookingAdmin.question.add")}</h3>
        <CsrfField token={csrf} />
        <input type="hidden" name="intent" value="addQuestion" />
        <FormError t={t} errors={form.errors} />
        <Field
          t={t}
          name="questionLabel"
          label="bookingAdmin.question.label"
          required
          {...form}
        />
        <Field
          t={t}
          name="questionKind"
          label="bookingAdmin.question.kind"
          options={kindLabels}
          {...form}
        />
        <Field
          t={t}
          name="questionOptions"
          label="bookingAdmin.question.options"
          hint={t("bookingAdmin.question.optionsHint")}
          multiline
          {...form}
        />
        <CheckboxField
          t={t}
          name="questionRequired"
          label="bookingAdmin.question.required"
          {...form}
        />
        <button type="submit">{t("bookingAdmin.question.add")}</button>
      </form>
    </section>
  );
}
