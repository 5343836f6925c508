/**
 * Shows times in the visitor's own zone: once hydrated, when the
 * browser's zone differs from the business zone and the address names
 * none yet, it reloads the page with `tz=` added, so the server renders
 * the times and the address can be shared. Renders nothing itself; the
 * server's zone selector serves visitors without JavaScript.
 */
import { useEffect } from "preact/hooks";

export interface VisitorTimeZoneProps {
  businessZone: string;
}

export default function VisitorTimeZone(props: VisitorTimeZoneProps) {
  useEffect(() => {
    const url = new URL(location.href);
    if (url.searchParams.has("tz")) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === props.businessZone) return;
    url.searchParams.set("tz", zone);
    location.replace(url.href);
  }, []);
  return null;
}
