/** The parts of the admin booking page: facts, status actions, history. */
import type { BookingDetail, BookingEventView } from "@/lib/booking/admin.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { formatDateTime, type MessageKey } from "@/lib/i18n/mod.ts";
import { AnswerList } from "./AnswerList.tsx";
import { CsrfField, Field } from "../Field.tsx";
import { BookingStatusBadge } from "./StatusBadge.tsx";
import { type AdminView, formatAppointment, localized } from "./labels.ts";

/** What, when, with whom, and who the client is. */
export function BookingFacts(
  { booking, view }: { booking: BookingDetail; view: AdminView },
) {
  const { t, locale, timeZone } = view;
  return (
    <section class="card booking-facts">
      <h2>{t("bookingAdmin.detail.appointment")}</h2>
      <dl class="details">
        <dt>{t("booking.field.status")}</dt>
        <dd>
          <BookingStatusBadge status={booking.status} t={t} />
        </dd>
        <dt>{t("booking.field.service")}</dt>
        <dd>
          {localized(locale, booking.serviceNameEn, booking.serviceNameDe)}
        </dd>
        <dt>{t("bookingAdmin.field.staff")}</dt>
        <dd>{booking.staffName}</dd>
        <dt>{t("booking.field.when")}</dt>
        <dd>
          {formatAppointment(
            locale,
            booking.startsAt,
            booking.endsAt,
            timeZone,
          )}
          <div class="muted small">{timeZone}</div>
        </dd>
        {booking.cancelReason && (
          <>
            <dt>{t("booking.field.reason")}</dt>
            <dd>{booking.cancelReason}</dd>
          </>
        )}
        <dt>{t("bookingAdmin.field.created")}</dt>
        <dd>{formatDateTime(locale, booking.createdAt, timeZone)}</dd>
      </dl>
      <h2 class="card-section">{t("bookingAdmin.field.client")}</h2>
      <dl class="details">
        <dt>{t("booking.name")}</dt>
        <dd>{booking.name}</dd>
        <dt>{t("booking.email")}</dt>
        <dd>
          <a href={`mailto:${booking.email}`}>{booking.email}</a>
        </dd>
        <dt>{t("bookingAdmin.field.phone")}</dt>
        <dd>{booking.phone ?? "—"}</dd>
        <dt>{t("bookingAdmin.field.language")}</dt>
        <dd>{t(`bookingAdmin.language.${booking.locale}`)}</dd>
        <dt>{t("bookingAdmin.field.note")}</dt>
        <dd class="prewrap">{booking.note ?? "—"}</dd>
        <AnswerList answers={booking.answers} locale={locale} />
      </dl>
    </section>
  );
}

function StatusButton(
  { intent, label, csrf, className }: {
    intent: string;
    label: string;
    csrf: string;
    className?: string;
  },
) {
  return (
    <form method="post">
      <CsrfField token={csrf} />
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" class={className}>{label}</button>
    </form>
  );
}

/**
 * Confirm (pending only), move, and cancel with a reason; once it has
 * begun, record the outcome instead; nothing once cancelled.
 */
export function BookingActions(
  { booking, form, started, csrf, view }: {
    booking: BookingDetail;
    form: FormState;
    started: boolean;
    csrf: string;
    view: AdminView;
  },
) {
  const { t } = view;
  if (booking.status === "cancelled") {
    return (
      <section class="card">
        <h2>{t("bookingAdmin.detail.actions")}</h2>
        <p class="muted">{t("bookingAdmin.detail.isCancelled")}</p>
      </section>
    );
  }
  if (
    booking.status === "completed" || booking.status === "no_show" ||
    (booking.status === "confirmed" && started)
  ) {
    const other = booking.status === "completed" ? "no_show" : "completed";
    return (
      <section class="card">
        <h2>{t("bookingAdmin.detail.actions")}</h2>
        <p class="muted">{t("bookingAdmin.detail.outcomeText")}</p>
        <div class="form-actions">
          {booking.status === "confirmed"
            ? (
              <>
                <StatusButton
                  intent="completed"
                  label={t("bookingAdmin.detail.markCompleted")}
                  csrf={csrf}
                />
                <StatusButton
                  intent="no_show"
                  label={t("bookingAdmin.detail.markNoShow")}
                  csrf={csrf}
                  className="button-secondary"
                />
              </>
            )
            : (
              <StatusButton
                intent={other}
                label={t(
                  other === "completed"
                    ? "bookingAdmin.detail.markCompleted"
                    : "bookingAdmin.detail.markNoShow",
                )}
                csrf={csrf}
                className="button-secondary"
              />
            )}
        </div>
      </section>
    );
  }
  return (
    <section class="card">
      <h2>{t("bookingAdmin.detail.actions")}</h2>
      <div class="card-section">
        <p class="muted">{t("bookingAdmin.detail.rescheduleText")}</p>
        <a
          class="button button-secondary"
          href={`/admin/booking/${booking.id}/reschedule`}
        >
          {t("bookingAdmin.detail.reschedule")}
        </a>
      </div>
      {booking.status === "pending" && (
        <form method="post" class="form card-section">
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="confirm" />
          <p class="muted">{t("bookingAdmin.detail.confirmText")}</p>
          <div>
            <button type="submit">{t("bookingAdmin.detail.confirm")}</button>
          </div>
        </form>
      )}
      {/* Cancelling emails the client and cannot be undone: a second step. */}
      <details
        class="confirm-step card-section"
        open={form.errors !== undefined}
      >
        <summary class="button button-danger">
          {t("bookingAdmin.detail.cancelAsk")}
        </summary>
        <form method="post" class="form">
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="cancel" />
          <Field
            t={t}
            name="reason"
            label="bookingAdmin.detail.reason"
            multiline
            hint={t("bookingAdmin.detail.reasonHint")}
            {...form}
          />
          <div>
            <button type="submit" class="button-danger">
              {t("bookingAdmin.detail.cancel")}
            </button>
          </div>
        </form>
      </details>
    </section>
  );
}

const ACTOR_LABEL: Record<BookingEventView["actorType"], MessageKey> = {
  staff: "bookingAdmin.actor.staff",
  contact: "bookingAdmin.actor.contact",
  system: "bookingAdmin.actor.system",
  api: "bookingAdmin.actor.api",
};

/** Every status change, oldest first, with who made it. */
export function BookingHistory(
  { events, view }: { events: BookingEventView[]; view: AdminView },
) {
  const { t, locale, timeZone } = view;
  return (
    <section class="admin-section">
      <h2>{t("bookingAdmin.detail.history")}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("bookingAdmin.history.at")}</th>
              <th scope="col">{t("bookingAdmin.history.change")}</th>
              <th scope="col">{t("bookingAdmin.history.by")}</th>
              <th scope="col">{t("bookingAdmin.history.note")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr>
                <td>{formatDateTime(locale, event.at, timeZone)}</td>
                <td>
                  {event.movedFrom && event.movedTo
                    ? t("bookingAdmin.history.moved", {
                      from: formatDateTime(locale, event.movedFrom, timeZone),
                      to: formatDateTime(locale, event.movedTo, timeZone),
                    })
                    : event.fromStatus
                    ? (
                      <>
                        <BookingStatusBadge status={event.fromStatus} t={t} />
                        {" → "}
                      </>
                    )
                    : `${t("bookingAdmin.history.created")} → `}
                  <BookingStatusBadge status={event.toStatus} t={t} />
                </td>
                <td>
                  {event.actorName ?? t(ACTOR_LABEL[event.actorType])}
                  {event.actorName && (
                    <div class="muted small">
                      {t(ACTOR_LABEL[event.actorType])}
                    </div>
                  )}
                </td>
                <td class="prewrap">{event.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
