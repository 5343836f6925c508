/**
 * The emails that tell staff about a booking as it happens: new,
 * cancelled or moved, in the reader's language, with a link to the
 * booking in admin and, for a request still pending, one to its Confirm
 * page (a page, not an action: confirming is a signed-in POST there).
 */
import { formatDateTime, formatTime, type Locale, t } from "../i18n/mod.ts";
import { renderEmail } from "../mail/render.tsx";
import type { EmailMessage } from "../mail/outbox.ts";
import type { BookingAnswer, BookingStatus } from "../db/schema.ts";
import { answerText } from "./questions.ts";

export type StaffNoticeKind = "new" | "cancelled" | "rescheduled";

export interface StaffNoticeData {
  /** Who reads it, and in which language. */
  to: string;
  locale: Locale;
  bookingId: string;
  status: BookingStatus;
  serviceNameEn: string;
  serviceNameDe: string;
  staffName: string;
  clientName: string;
  clientEmail: string;
  clientPhone: string | null;
  clientNote: string | null;
  /** The answers to the service's questions. */
  answers: BookingAnswer[];
  startsAt: Date;
  endsAt: Date;
  previousStartsAt?: Date;
  cancelReason: string | null;
  timeZone: string;
  appUrl: string;
}

/** The staff email for one event of a booking. */
export function staffNotice(
  kind: StaffNoticeKind,
  data: StaffNoticeData,
): EmailMessage {
  const { locale } = data;
  const when = formatDateTime(locale, data.startsAt, data.timeZone);
  const service = locale === "de" ? data.serviceNameDe : data.serviceNameEn;
  const pending = kind !== "cancelled" && data.status === "pending";
  const subject = t(
    locale,
    kind === "new" && pending
      ? "booking.staffNotice.request.subject"
      : `booking.staffNotice.${kind}.subject`,
    { service, when, client: data.clientName },
  );
  const adminUrl = `${data.appUrl}/admin/booking/${data.bookingId}`;
  const row = (label: string, value: string | null | undefined) =>
    value
      ? (
        <tr>
          <th align="left">{label}</th>
          <td>{value}</td>
        </tr>
      )
      : null;
  return renderEmail({
    to: data.to,
    locale,
    subject,
    body: (
      <>
        <table>
          <tbody>
            {row(t(locale, "booking.field.service"), service)}
            {row(t(locale, "booking.field.staff"), data.staffName)}
            {row(
              t(locale, "booking.field.when"),
              `${when}–${
                formatTime(locale, data.endsAt, data.timeZone)
              } (${data.timeZone})`,
            )}
            {data.previousStartsAt &&
              row(
                t(locale, "booking.field.previously"),
                formatDateTime(locale, data.previousStartsAt, data.timeZone),
              )}
            {row(
              t(locale, "booking.field.status"),
              t(locale, `booking.status.${data.status}`),
            )}
            {row(t(locale, "booking.name"), data.clientName)}
            {row(t(locale, "booking.email"), data.clientEmail)}
            {row(t(locale, "booking.staffNotice.phone"), data.clientPhone)}
            {row(t(locale, "booking.staffNotice.note"), data.clientNote)}
            {data.answers.map((answer) =>
              row(answer.label, answerText(locale, answer))
            )}
            {kind === "cancelled" &&
              row(t(locale, "booking.field.reason"), data.cancelReason)}
          </tbody>
        </table>
        <p>
          {pending && (
            <>
              <a class="button" href={`${adminUrl}/confirm`}>
                {t(locale, "booking.staffNotice.confirm")}
              </a>
              {" "}
            </>
          )}
          <a href={adminUrl}>{t(locale, "booking.staffNotice.open")}</a>
        </p>
      </>
    ),
  });
}
