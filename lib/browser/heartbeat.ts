/**
 * Browser side of the heartbeat (bundled into the Heartbeat and
 * ConsentBanner islands; imports nothing from the server). Pings on each
 * page view and every 30 s while the tab is visible; a hidden tab stops;
 * leaving the page sends a last beat with `keepalive`, like a beacon.
 */
export const HEARTBEAT_INTERVAL_MS = 30_000;

/** Starts pinging for `path`; returns a function that stops it. */
export function startHeartbeat(path: string): () => void {
  const url = (view: boolean) =>
    `/cat_heartbeat?path=${encodeURIComponent(path)}${view ? "&view=1" : ""}`;
  const ping = (view = false) => {
    fetch(url(view), { credentials: "same-origin", keepalive: true }).catch(
      () => {},
    );
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  const schedule = () => {
    clearInterval(timer);
    timer = document.visibilityState === "visible"
      ? setInterval(() => ping(), HEARTBEAT_INTERVAL_MS)
      : undefined;
  };
  const onVisibility = () => {
    if (document.visibilityState === "visible") ping();
    schedule();
  };
  const onPageHide = () => ping();
  ping(true);
  schedule();
  document.addEventListener("visibilitychange", onVisibility);
  addEventListener("pagehide", onPageHide);
  return () => {
    clearInterval(timer);
    document.removeEventListener("visibilitychange", onVisibility);
    removeEventListener("pagehide", onPageHide);
  };
}
