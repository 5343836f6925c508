/**
 * The Portico app: the generated manifest plus the services it runs with.
 * `main.ts` serves it; tests call it with a test database and clock.
 */
import { createApp, type IslandBuild } from "@/lib/web/mod.ts";
import type { Services } from "@/lib/app/services.ts";
import {
  createHeartbeatHandler,
  isHeartbeat,
} from "@/routes/(_shared)/heartbeat.ts";
import { setSecurityHeaders } from "@/lib/http/security_headers.ts";
import manifest from "./fresh.gen.ts";
import freshConfig from "./fresh.config.ts";

export { manifest };

export interface PorticoApp {
  /** The request handler for `Deno.serve`. */
  fetch(
    req: Request,
    info?: Deno.ServeHandlerInfo,
  ): Response | Promise<Response>;
  /** A request in process, without the network (tests). */
  request(url: string, init?: RequestInit): Response | Promise<Response>;
}

/**
 * Builds the request handler for `services`. Heartbeats, answered from
 * memory by the thousand, are taken before the page framework (see
 * routes/(_shared)/heartbeat.ts); static files, with the security headers
 * every answer carries, before its middleware; everything else goes
 * through it. Outside
 * development the `_fresh/` build is used (`build`, if already loaded).
 */
export async function createPorticoApp(
  services: Services,
  build?: IslandBuild,
): Promise<PorticoApp> {
  const secure = services.config.appUrl.startsWith("https:");
  const staticHeaders = new Headers();
  setSecurityHeaders(staticHeaders, secure);
  const pages = await createApp(manifest, {
    ...freshConfig,
    dev: services.config.dev,
    build,
    state: { services },
    staticHeaders: Object.fromEntries(staticHeaders),
  });
  const heartbeat = createHeartbeatHandler(services.activity, {
    secure,
    trustProxy: services.config.trustProxy,
  });
  const fetch: PorticoApp["fetch"] = (req, info) =>
    isHeartbeat(req) ? heartbeat(req, info) : pages.fetch(req, info);
  return { fetch, request: (url, init) => fetch(new Request(url, init)) };
}
