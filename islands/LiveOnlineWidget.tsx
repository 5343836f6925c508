import { useEffect, useState } from "preact/hooks";
import { dateTimeFormat } from "@/lib/intl.ts";

/** A client online: their page by its title, the server's words. */
export interface OnlineRow {
  contactId: string;
  clientId: string;
  name: string;
  company: string | null;
  page: string;
  startedAt: string;
  lastSeenAt: string;
}

export interface LiveOnlineWidgetProps {
  initial: OnlineRow[];
  locale: "de" | "en";
  timeZone: string;
  labels: {
    title: string;
    empty: string;
    name: string;
    page: string;
    duration: string;
    lastSeen: string;
    live: string;
  };
}

function duration(row: OnlineRow): string {
  const minutes = Math.max(
    0,
    Math.round(
      (Date.parse(row.lastSeenAt) - Date.parse(row.startedAt)) / 60000,
    ),
  );
  return minutes < 60
    ? `${minutes} min`
    : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * Who is online in the portal. Server-rendered, then kept current by the
 * server pushing changes over SSE (no polling).
 */
export default function LiveOnlineWidget(props: LiveOnlineWidgetProps) {
  const [rows, setRows] = useState(props.initial);
  const [live, setLive] = useState(false);
  useEffect(() => {
    const source = new EventSource("/admin/activity/stream");
    source.addEventListener(
      "online",
      (event) => setRows(JSON.parse((event as MessageEvent).data)),
    );
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    return () => source.close();
  }, []);
  const time = dateTimeFormat(
    props.locale === "de" ? "de-DE" : "en-GB",
    {
      timeStyle: "short",
      timeZone: props.timeZone,
    },
  );
  return (
    <section class="card live-online" aria-live="polite">
      <div class="page-header">
        <h2>{props.labels.title}</h2>
        <span
          class={`badge ${live ? "badge-active" : ""}`}
          data-live={live ? "on" : "off"}
        >
          {props.labels.live}
        </span>
      </div>
      {rows.length === 0
        ? <p class="muted">{props.labels.empty}</p>
        : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{props.labels.name}</th>
                  <th>{props.labels.page}</th>
                  <th>{props.labels.duration}</th>
                  <th>{props.labels.lastSeen}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr data-contact={row.contactId}>
                    <td>
                      <a href={`/admin/clients/${row.clientId}`}>
                        {row.name}
                      </a>
                      {row.company && (
                        <div class="muted small">{row.company}</div>
                      )}
                    </td>
                    <td>
                      <a href={`/admin/activity/${row.contactId}`}>
                        {row.page}
                      </a>
                    </td>
                    <td>{duration(row)}</td>
                    <td>{time.format(new Date(row.lastSeenAt))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
    </section>
  );
}
