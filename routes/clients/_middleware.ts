import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { requireContact } from "@/lib/http/guards.ts";
import { getConsent } from "@/lib/activity/consent.ts";
import { getActivitySettings } from "@/lib/activity/settings.ts";

export type PortalState = State & {
  /** The signed-in contact's activity consent, for the banner and heartbeat. */
  activityConsent?: "granted" | "declined" | null;
  activityPolicyVersion?: string;
};

/** On portal pages, whether the contact has answered the consent question. */
async function loadConsent(_req: Request, ctx: FreshContext<PortalState>) {
  const contact = ctx.state.contactSession?.user;
  if (contact && ctx.req.method === "GET") {
    const { db } = ctx.state.services;
    ctx.state.activityConsent = (await getConsent(db, contact.id))?.status ??
      null;
    ctx.state.activityPolicyVersion =
      (await getActivitySettings(db)).policyVersion;
  }
  return await ctx.next();
}

export const handler = [requireContact, loadConsent];
