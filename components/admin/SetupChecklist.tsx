import type { SetupChecklist as Checklist } from "@/lib/setup/checklist.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { PostButton } from "../PostButton.tsx";

/**
 * The dashboard's setup checklist: each step with its state and the page
 * where it is done, the public booking link to copy, and a way to hide it.
 */
export function SetupChecklist(
  { checklist, bookingUrl, t, csrf }: {
    checklist: Checklist;
    bookingUrl: string;
    t: Translate;
    csrf: string;
  },
) {
  const left = checklist.steps.filter((step) => !step.done).length;
  return (
    <section
      class="card setup-checklist"
      aria-labelledby="setup-checklist-title"
    >
      <div class="page-header">
        <h2 id="setup-checklist-title">{t("setup.checklist.title")}</h2>
        <span class="badge badge-pending">
          {t("setup.checklist.left", { count: left })}
        </span>
      </div>
      <p class="muted">{t("setup.checklist.intro")}</p>
      <ol class="checklist">
        {checklist.steps.map((step) => (
          <li class={step.done ? "done" : undefined}>
            <span class="checklist-mark" aria-hidden="true">
              {step.done ? "✓" : ""}
            </span>
            <div>
              <a href={step.href}>{t(`setup.step.${step.id}.title`)}</a>
              <span class="visually-hidden">
                {" "}
                ({t(step.done ? "setup.step.done" : "setup.step.open")})
              </span>
              <p class="muted">{t(`setup.step.${step.id}.text`)}</p>
              {step.id === "mail" && checklist.mail === "undecided" && (
                <PostButton
                  csrf={csrf}
                  action="/admin/checklist"
                  fields={{ choice: "outboxMail" }}
                  label={t("setup.step.mail.outbox")}
                  variant="secondary"
                />
              )}
              {step.id === "mail" && checklist.mail === "outbox" && (
                <p class="muted">{t("setup.step.mail.outboxChosen")}</p>
              )}
            </div>
          </li>
        ))}
      </ol>
      <div class="field">
        <label for="booking-link">{t("setup.bookingLink")}</label>
        <input
          id="booking-link"
          type="text"
          readonly
          value={bookingUrl}
          class="mono copy-field"
        />
        <p class="hint">{t("setup.bookingLink.hint")}</p>
      </div>
      <PostButton
        csrf={csrf}
        action="/admin/checklist"
        fields={{ choice: "hide" }}
        label={t("setup.checklist.hide")}
        variant="secondary"
      />
    </section>
  );
}
