/**
 * "Add to calendar" links for calendars on the web that take no file:
 * Google Calendar's and Outlook's compose pages, filled in from the query.
 */

export interface CalendarLinkEvent {
  title: string;
  start: Date;
  end: Date;
  details: string;
  location?: string;
}

/** `20270105T090000Z`, the form Google's `dates` takes. */
function compactUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Google Calendar's "new event" page for `event`. */
export function googleCalendarUrl(event: CalendarLinkEvent): string {
  const query = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates: `${compactUtc(event.start)}/${compactUtc(event.end)}`,
    details: event.details,
  });
  if (event.location) query.set("location", event.location);
  return `https://calendar.google.com/calendar/render?${query}`;
}

/** Outlook on the web's "new event" page for `event`. */
export function outlookCalendarUrl(event: CalendarLinkEvent): string {
  const query = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: event.title,
    startdt: event.start.toISOString(),
    enddt: event.end.toISOString(),
    body: event.details,
  });
  if (event.location) query.set("location", event.location);
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query}`;
}
