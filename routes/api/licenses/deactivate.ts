import { keyDomainEndpoint } from "./(_shared)/key_domain_endpoint.ts";
import { deactivateLicense } from "@/lib/licensing/server.ts";

/** POST /api/licenses/deactivate: free the key from a domain. */
export const handler = {
  POST: keyDomainEndpoint((state, input, now) =>
    deactivateLicense(state.services.db, input, { type: "api" }, now)
  ),
};
