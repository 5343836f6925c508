/** The forms of a staff member's own calendar page. */
import { z } from "zod";
import { checkbox } from "@/lib/http/forms.ts";

/** A new feed link (replacing the old one), with or without client names. */
export const rotateFeedForm = z.object({
  intent: z.literal("rotateFeed"),
  show_client_names: checkbox(),
});

/** Turns the feed off. */
export const removeFeedForm = z.object({ intent: z.literal("removeFeed") });
