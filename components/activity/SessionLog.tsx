import type { ActivitySession } from "@/lib/activity/reports.ts";
import { formatTime, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import { formatDuration, formatSpan } from "./format.ts";

interface SessionLogProps {
  sessions: ActivitySession[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}

/** Sessions as given (newest first), each with its page visits in order. */
export function SessionLog({ sessions, t, locale, timeZone }: SessionLogProps) {
  return (
    <ol class="session-log">
      {sessions.map((session) => (
        <li class="card session" id={`session-${session.id}`}>
          <div class="session-header">
            <h3>
              <time dateTime={session.startedAt.toISOString()}>
                {formatSpan(
                  locale,
                  session.startedAt,
                  session.lastSeenAt,
                  timeZone,
                )}
              </time>
            </h3>
            {session.endedAt
              ? (
                <span class="badge badge-cancelled">
                  {t("activity.session.ended")}
                </span>
              )
              : (
                <span class="badge badge-confirmed">
                  {t("activity.session.open")}
                </span>
              )}
          </div>
          <p class="muted session-meta">
            {t("activity.session.meta", {
              duration: formatDuration(locale, session.durationSeconds),
              views: session.visits.length,
            })}
          </p>
          {session.visits.length
            ? (
              <ol
                class="visit-timeline"
                aria-label={t("activity.session.visits")}
              >
                {session.visits.map((visit) => (
                  <li>
                    <time dateTime={visit.visitedAt.toISOString()}>
                      {formatTime(locale, visit.visitedAt, timeZone)}
                    </time>
                    <code class="visit-path">{visit.path}</code>
                  </li>
                ))}
              </ol>
            )
            : <p class="muted">{t("activity.session.noVisits")}</p>}
        </li>
      ))}
    </ol>
  );
}
