/**
 * The emails a booking sends, in the booking's language, each with an
 * `.ics` attachment and the manage link.
 */
import { formatDateTime, type Locale, t } from "../i18n/mod.ts";
import { EmailButton, renderEmail } from "../mail/render.tsx";
import type { EmailMessage } from "../mail/outbox.ts";
import { base64 } from "../crypto.ts";
import type { Mailbox } from "../mail/address.ts";
import type { BookingAnswer, BookingStatus } from "../db/schema.ts";
import { buildIcs, type CalendarEvent } from "./ics.ts";
import { answerText } from "./questions.ts";

export type BookingEmailKind =
  | "received"
  | "confirmed"
  | "cancelled"
  | "rescheduled"
  | "reminder";

const ICS_STATUS = {
  pending: "TENTATIVE",
  confirmed: "CONFIRMED",
  cancelled: "CANCELLED",
  // What happened afterwards changes nothing in the client's calendar.
  completed: "CONFIRMED",
  no_show: "CONFIRMED",
} as const satisfies Record<BookingStatus, string>;

export interface BookingEmailData {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  status: BookingStatus;
  serviceName: string;
  staffName: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  manageUrl: string;
  cancelReason?: string | null;
  /** Where it takes place ("" when the service does not say). */
  location?: string;
  /** The answers to the service's questions. */
  answers?: BookingAnswer[];
  /** Where a moved appointment was before. */
  previousStartsAt?: Date;
  /** Counts calendar updates of this booking (RFC 5545 SEQUENCE). */
  sequence: number;
  /** The business, organizer of the calendar event. */
  organizer: Mailbox;
  appHost: string;
  now: Date;
}

/**
 * The calendar event of a booking's current version: one UID for its whole
 * life, its SEQUENCE, the business as organizer and the client as attendee.
 */
export function bookingCalendarEvent(
  data: Omit<
    BookingEmailData,
    "locale" | "timeZone" | "cancelReason" | "answers"
  >,
  method: CalendarEvent["method"],
  manageLabel: string,
): CalendarEvent {
  return {
    uid: `booking-${data.id}@${data.appHost}`,
    start: data.startsAt,
    end: data.endsAt,
    stamp: data.now,
    summary: `${data.serviceName} (${data.staffName})`,
    description: `${manageLabel}: ${data.manageUrl}`,
    url: data.manageUrl,
    location: data.location || undefined,
    organizer: data.organizer,
    attendee: { name: data.name, email: data.email },
    method,
    status: ICS_STATUS[data.status],
    sequence: data.sequence,
  };
}

/** The message for one event in a booking's life. */
export function bookingEmail(
  kind: BookingEmailKind,
  data: BookingEmailData,
): EmailMessage {
  const { locale } = data;
  const when = formatDateTime(locale, data.startsAt, data.timeZone);
  const subject = t(locale, `booking.email.${kind}.subject`, {
    service: data.serviceName,
    when,
  });
  const cancelled = kind === "cancelled";
  // A cancelled appointment can only be looked at, and its calendar file
  // takes it out of the calendar.
  const manageLabel = t(
    locale,
    cancelled ? "booking.email.view" : "booking.email.manage",
  );
  const method = cancelled ? "CANCEL" : "REQUEST";
  const ics = buildIcs(bookingCalendarEvent(data, method, manageLabel));
  return renderEmail({
    to: data.email,
    locale,
    subject,
    body: (
      <>
        <p>{t(locale, `booking.email.${kind}.intro`)}</p>
        <table>
          <tbody>
            <tr>
              <th align="left">{t(locale, "booking.field.service")}</th>
              <td>{data.serviceName}</td>
            </tr>
            <tr>
              <th align="left">{t(locale, "booking.field.staff")}</th>
              <td>{data.staffName}</td>
            </tr>
            <tr>
              <th align="left">{t(locale, "booking.field.when")}</th>
              <td>{when} ({data.timeZone})</td>
            </tr>
            {data.previousStartsAt && (
              <tr>
                <th align="left">{t(locale, "booking.field.previously")}</th>
                <td>
                  <s>
                    {formatDateTime(
                      locale,
                      data.previousStartsAt,
                      data.timeZone,
                    )}
                  </s>
                </td>
              </tr>
            )}
            {data.location && (
              <tr>
                <th align="left">{t(locale, "booking.field.location")}</th>
                <td>{data.location}</td>
              </tr>
            )}
            {(data.answers ?? []).map((answer) => (
              <tr>
                <th align="left">{answer.label}</th>
                <td>{answerText(locale, answer)}</td>
              </tr>
            ))}
            {data.cancelReason && (
              <tr>
                <th align="left">{t(locale, "booking.field.reason")}</th>
                <td>{data.cancelReason}</td>
              </tr>
            )}
          </tbody>
        </table>
        <EmailButton href={data.manageUrl}>{manageLabel}</EmailButton>
        <p class="muted">
          {t(
            locale,
            cancelled
              ? "booking.email.calendarCancel"
              : "booking.email.calendar",
          )}
        </p>
      </>
    ),
    attachments: [{
      filename: "appointment.ics",
      contentType: `text/calendar; charset=utf-8; method=${method}`,
      content: base64(new TextEncoder().encode(ics)),
    }],
  });
}
