import { keyDomainEndpoint } from "./(_shared)/key_domain_endpoint.ts";
import { validateLicense } from "@/lib/licensing/server.ts";

/** POST /api/licenses/validate: check a key on a domain, get a fresh token. */
export const handler = {
  POST: keyDomainEndpoint((state, input, now) =>
    validateLicense(state.services.licenseServer, input, now)
  ),
};
