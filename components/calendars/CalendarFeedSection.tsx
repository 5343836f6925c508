/** The subscription feed on a staff member's calendar page. */
import type {
  CalendarFeedStatus,
  CalendarFeedUrls,
} from "@/lib/calendars/feed.ts";
import { formatDateTime, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import { CsrfField } from "../Field.tsx";
import { PostButton } from "../PostButton.tsx";

interface CalendarFeedSectionProps {
  feed: CalendarFeedStatus | null;
  /** The new link, right after it was made (never shown again). */
  created?: CalendarFeedUrls;
  csrf: string;
  t: Translate;
  locale: Locale;
  timeZone: string;
}

/** The feed's state, its one-time link and the forms to rotate or remove it. */
export function CalendarFeedSection(props: CalendarFeedSectionProps) {
  const { feed, created, t } = props;
  return (
    <section class="card admin-section" aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t("calendars.feed.heading")}</h2>
      <p class="muted">{t("calendars.feed.explain")}</p>
      {created && (
        <div class="alert alert-success" role="status">
          <p>{t("calendars.feed.created")}</p>
          <p>
            <a class="button" href={created.webcal} id="feed-webcal">
              {t("calendars.feed.subscribe")}
            </a>
          </p>
          <label for="feed-https">{t("calendars.feed.https")}</label>
          <input
            id="feed-https"
            type="url"
            readonly
            value={created.https}
            class="copy-field"
          />
        </div>
      )}
      {feed
        ? (
          <>
            <p>
              {t("calendars.feed.active", {
                date: formatDateTime(
                  props.locale,
                  feed.createdAt,
                  props.timeZone,
                ),
              })}
            </p>
            <p class="muted">
              {t(
                feed.showClientNames
                  ? "calendars.feed.namesShown"
                  : "calendars.feed.namesHidden",
              )}
            </p>
          </>
        )
        : <p>{t("calendars.feed.none")}</p>}
      <form method="post" class="stack">
        <CsrfField token={props.csrf} />
        <input type="hidden" name="intent" value="rotateFeed" />
        <label class="checkbox">
          <input
            type="checkbox"
            name="show_client_names"
            checked={feed?.showClientNames}
          />
          {t("calendars.feed.showClientNames")}
        </label>
        <div>
          <button type="submit">
            {t(feed ? "calendars.feed.rotate" : "calendars.feed.create")}
          </button>
        </div>
      </form>
      {feed && (
        <PostButton
          csrf={props.csrf}
          label={t("calendars.feed.remove")}
          fields={{ intent: "removeFeed" }}
          variant="danger"
        />
      )}
    </section>
  );
}
