import { keyDomainEndpoint } from "./(_shared)/key_domain_endpoint.ts";
import { activateLicense } from "@/lib/licensing/server.ts";

/** POST /api/licenses/activate: bind a key to a domain. */
export const handler = {
  POST: keyDomainEndpoint(
    (state, input, now) =>
      activateLicense(
        state.services.db,
        state.services.licenseServer,
        input,
        now,
      ),
    { activation: true },
  ),
};
