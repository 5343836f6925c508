/**
 * The Portico app: the generated manifest plus the services it runs with.
 * `main.ts` serves it; tests call it with a test database and clock.
 */
import { createApp } from "@/lib/web/mod.ts";
import type { Services } from "@/lib/state.ts";
import manifest from "./fresh.gen.ts";
import freshConfig from "./fresh.config.ts";

/** Builds the request handler for `services`. */
export function createPorticoApp(services: Services) {
  return createApp(manifest, {
    ...freshConfig,
    dev: services.config.dev,
    state: { services },
  });
}
