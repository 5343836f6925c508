import { useState } from "preact/hooks";
import { startHeartbeat } from "../lib/browser/heartbeat.ts";

export interface ConsentBannerProps {
  csrf: string;
  path: string;
  policyVersion: string;
  labels: {
    title: string;
    text: string;
    accept: string;
    decline: string;
    more: string;
  };
}

/**
 * The consent question on the first portal visit. Plain forms without
 * JavaScript; with it, the choice is sent in place and, if accepted, the
 * heartbeat starts on this page.
 */
export default function ConsentBanner(props: ConsentBannerProps) {
  const [decided, setDecided] = useState(false);

  async function choose(event: Event) {
    const form = event.currentTarget as HTMLFormElement;
    event.preventDefault();
    const data = new FormData(form);
    const res = await fetch(form.action, {
      method: "POST",
      body: data,
      headers: { accept: "application/json" },
      credentials: "same-origin",
    }).catch(() => null);
    if (!res?.ok) return form.submit();
    setDecided(true);
    if (data.get("choice") === "granted") startHeartbeat(props.path);
  }

  if (decided) return null;
  const form = (
    choice: "granted" | "declined",
    label: string,
    style: string,
  ) => (
    <form method="post" action="/clients/consent" onSubmit={choose}>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="choice" value={choice} />
      <input type="hidden" name="back" value={props.path} />
      <button type="submit" class={style}>{label}</button>
    </form>
  );
  return (
    <section class="consent-banner card" aria-label={props.labels.title}>
      <div>
        <strong>{props.labels.title}</strong>
        <p>{props.labels.text}</p>
        <a href="/clients/privacy">{props.labels.more}</a>
      </div>
      <div class="consent-actions">
        {form("granted", props.labels.accept, "")}
        {form("declined", props.labels.decline, "button-secondary")}
      </div>
    </section>
  );
}
