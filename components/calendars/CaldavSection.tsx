/** The CalDAV connection on a staff member's calendar page. */
import type { CaldavStatus } from "@/lib/calendars/caldav.ts";
import { formatDateTime, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { CsrfField, Field, FormError } from "../Field.tsx";
import { PostButton } from "../PostButton.tsx";

interface CaldavSectionProps {
  status: CaldavStatus | null;
  form: FormState;
  csrf: string;
  t: Translate;
  locale: Locale;
  timeZone: string;
}

/** The connection and how fresh its busy times are, or the form to connect. */
export function CaldavSection(props: CaldavSectionProps) {
  const { status, t } = props;
  const when = (date: Date) =>
    formatDateTime(props.locale, date, props.timeZone);
  return (
    <section class="card admin-section" aria-labelledby="caldav-heading">
      <h2 id="caldav-heading">{t("calendars.caldav.heading")}</h2>
      <p class="muted">{t("calendars.caldav.explain")}</p>
      {status
        ? (
          <>
            <p>
              {t("calendars.caldav.connectedTo", {
                calendar: status.calendarName || "–",
                server: status.serverUrl,
                user: status.username,
              })}
            </p>
            <p id="caldav-busy">
              {status.busyFetchedAt
                ? t("calendars.caldav.busyAsOf", {
                  time: when(status.busyFetchedAt),
                  count: status.busyCount,
                })
                : t("calendars.caldav.busyNever")}
            </p>
            {status.busyError && (
              <p class="alert alert-error">
                {t("calendars.caldav.busyError", { error: status.busyError })}
              </p>
            )}
            {status.pendingWrites > 0 && (
              <p id="caldav-writes">
                {t("calendars.caldav.pendingWrites", {
                  count: status.pendingWrites,
                })}
              </p>
            )}
            {status.pendingWrites > 0 && status.lastWriteError && (
              <p class="muted">
                {t("calendars.caldav.writeError", {
                  error: status.lastWriteError,
                })}
              </p>
            )}
            <div class="actions">
              <PostButton
                csrf={props.csrf}
                label={t("calendars.caldav.syncNow")}
                fields={{ intent: "syncCaldav" }}
              />
              <PostButton
                csrf={props.csrf}
                label={t("calendars.caldav.disconnect")}
                fields={{ intent: "disconnectCaldav" }}
                variant="danger"
              />
            </div>
          </>
        )
        : (
          <form method="post" class="stack" novalidate>
            <CsrfField token={props.csrf} />
            <input type="hidden" name="intent" value="connectCaldav" />
            <FormError t={t} errors={props.form.errors} />
            <Field
              {...props.form}
              t={t}
              name="server_url"
              label="calendars.caldav.serverUrl"
              type="url"
              hint={t("calendars.caldav.serverUrlHint")}
              required
            />
            <Field
              {...props.form}
              t={t}
              name="username"
              label="calendars.caldav.username"
              autocomplete="username"
              required
            />
            <Field
              {...props.form}
              t={t}
              name="password"
              label="calendars.caldav.password"
              type="password"
              autocomplete="current-password"
              required
            />
            <div>
              <button type="submit">{t("calendars.caldav.connect")}</button>
            </div>
          </form>
        )}
    </section>
  );
}
