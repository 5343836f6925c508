import { useEffect } from "preact/hooks";
import { startHeartbeat } from "../lib/browser/heartbeat.ts";

/** Rendered only for contacts who accepted tracking; draws nothing. */
export default function Heartbeat({ path }: { path: string }) {
  useEffect(() => startHeartbeat(path), [path]);
  return <span hidden data-heartbeat={path} />;
}
