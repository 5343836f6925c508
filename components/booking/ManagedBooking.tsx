/**
 * The client's own booking (behind the emailed manage link): what it is,
 * and what can still be done with it — move or cancel it until the
 * cutoff, whom to ask after it, book again once it is cancelled.
 */
import type { BookingView } from "@/lib/booking/bookings.ts";
import { formatDateTime, formatMoney } from "@/lib/i18n/mod.ts";
import {
  googleCalendarUrl,
  outlookCalendarUrl,
} from "@/lib/booking/calendar_links.ts";
import { BookingStatusBadge } from "./StatusBadge.tsx";
import type { StepContext } from "./BookingSteps.tsx";
import { formatAppointment } from "./labels.ts";
import { zoneInWords } from "@/lib/booking/time_zones.ts";
import { AnswerList } from "./AnswerList.tsx";

function Location(
  { booking, ctx }: { booking: BookingView; ctx: StepContext },
) {
  const { t } = ctx;
  switch (booking.locationKind) {
    case "none":
      return null;
    case "address":
      return (
        <>
          <dt>{t("booking.location.address")}</dt>
          <dd class="prewrap">{booking.location}</dd>
        </>
      );
    case "phone":
      return (
        <>
          <dt>{t("booking.location.phone")}</dt>
          <dd>
            <a href={`tel:${booking.location.replace(/[^\d+]/g, "")}`}>
              {booking.location}
            </a>
          </dd>
        </>
      );
    case "video":
      return (
        <>
          <dt>{t("booking.location.video")}</dt>
          <dd>
            <a href={booking.location} rel="noopener noreferrer">
              {t("booking.location.join")}
            </a>
          </dd>
        </>
      );
  }
}

/**
 * The booking's facts: status, what, when (start to end), how long, price,
 * where, with whom, and the client's answers to the service's questions.
 */
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
      <dt>{t("booking.field.when")}</dt>
      <dd>
        {formatAppointment(locale, booking.startsAt, booking.endsAt, timeZone)}
        {" "}
        ({zoneInWords(locale, timeZone)})
      </dd>
      <dt>{t("booking.field.duration")}</dt>
      <dd>{t("booking.minutes", { minutes: booking.durationMinutes })}</dd>
      <dt>{t("booking.field.price")}</dt>
      <dd>
        {booking.priceCents === 0
          ? t("booking.free")
          : formatMoney(locale, booking.priceCents, booking.currency)}
      </dd>
      <Location booking={booking} ctx={ctx} />
      <dt>{t("booking.field.staff")}</dt>
      <dd>{booking.staffName}</dd>
      <AnswerList answers={booking.answers} locale={locale} />
      {booking.cancelReason && (
        <>
          <dt>{t("booking.field.reason")}</dt>
          <dd>{booking.cancelReason}</dd>
        </>
      )}
    </dl>
  );
}

/** "Add to calendar": the booking's own file, and Google's and Outlook's pages. */
export function AddToCalendar(
  { booking, manageUrl, absoluteManageUrl, ctx }: {
    booking: BookingView;
    manageUrl: string;
    /** The manage link as emailed, for the event's description. */
    absoluteManageUrl: string;
    ctx: StepContext;
  },
) {
  const { t, locale } = ctx;
  const event = {
    title: `${
      locale === "de" ? booking.serviceNameDe : booking.serviceNameEn
    } (${booking.staffName})`,
    start: booking.startsAt,
    end: booking.endsAt,
    details: absoluteManageUrl,
    location: booking.locationKind === "none" ? undefined : booking.location,
  };
  return (
    <div class="add-to-calendar">
      <h2>{t("booking.calendar.title")}</h2>
      <p class="form-actions">
        <a
          class="button button-secondary"
          href={`${manageUrl}/calendar`}
          download
        >
          {t("booking.calendar.file")}
        </a>
        <a href={googleCalendarUrl(event)} rel="noopener noreferrer">
          {t("booking.calendar.google")}
        </a>
        <a href={outlookCalendarUrl(event)} rel="noopener noreferrer">
          {t("booking.calendar.outlook")}
        </a>
      </p>
    </div>
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
        {
          /* From the widget these open the full page: only the steps of
            booking are framed. */
        }
        <a
          class="button button-secondary"
          href={`${manageUrl}/reschedule`}
          target={ctx.embed ? "_top" : undefined}
        >
          {t("booking.manage.reschedule")}
        </a>
        <a
          class="button-link"
          href={`${manageUrl}/cancel`}
          target={ctx.embed ? "_top" : undefined}
        >
          {t("booking.manage.cancel")}
        </a>
      </p>
    </>
  );
}
