/**
 * The client's own booking (behind the emailed manage link): what it is,
 * and what can still be done with it — move or cancel it until the
 * cutoff, whom to ask after it, book again once it is cancelled.
 */
import type { BookingView } from "@/lib/booking/bookings.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import { BookingStatusBadge } from "./StatusBadge.tsx";
import type { StepContext } from "./BookingSteps.tsx";
import { formatAppointment } from "./labels.ts";

/** The booking's facts with its status. */
export function ManagedFacts(
  { booking, ctx }: { booking: BookingView; ctx: StepContext },
) {
  const { t, locale, timeZone } = ctx;
  return (
    <dl class="details">
      <dt>{t("booking.field.status")}</dt>
      <dd>
        <BookingStatusBadge status={booking.status} t={t} />
      </dd>
      <dt>{t("booking.field.service")}</dt>
      <dd>
        {locale === "de" ? booking.serviceNameDe : booking.serviceNameEn}
      </dd>
      <dt>{t("booking.field.staff")}</dt>
      <dd>{booking.staffName}</dd>
      <dt>{t("booking.field.when")}</dt>
      <dd>
        {formatAppointment(locale, booking.startsAt, booking.endsAt, timeZone)}
        {" "}
        ({timeZone})
      </dd>
      {booking.cancelReason && (
        <>
          <dt>{t("booking.field.reason")}</dt>
          <dd>{booking.cancelReason}</dd>
        </>
      )}
    </dl>
  );
}

/** What the client can do now: move, cancel, ask us, or book again. */
export function ManagedActions(
  { booking, manageUrl, deadline, canChange, contact, ctx }: {
    booking: BookingView;
    manageUrl: string;
    deadline: Date;
    canChange: boolean;
    /** Whom to ask once the cutoff has passed. */
    contact: string;
    ctx: StepContext;
  },
) {
  const { t, locale, timeZone } = ctx;
  if (booking.status === "cancelled") {
    return (
      <>
        <p class="muted">{t("booking.manage.cancelled")}</p>
        <p class="form-actions">
          <a class="button" href={`/booking?service=${booking.serviceId}`}>
            {t("booking.manage.bookAgain")}
          </a>
        </p>
      </>
    );
  }
  if (!canChange) {
    return (
      <p class="muted">
        {t("booking.manage.tooLateText")}{" "}
        <a href={`mailto:${contact}`}>{contact}</a>
      </p>
    );
  }
  return (
    <>
      <p class="muted">
        {t("booking.manage.until", {
          when: formatDateTime(locale, deadline, timeZone),
        })}
      </p>
      <p class="form-actions">
        <a class="button button-secondary" href={`${manageUrl}/reschedule`}>
          {t("booking.manage.reschedule")}
        </a>
        <a class="button-link" href={`${manageUrl}/cancel`}>
          {t("booking.manage.cancel")}
        </a>
      </p>
    </>
  );
}
