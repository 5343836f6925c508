/** The forms of a staff member's own calendar page. */
import { z } from "zod";
import { checkbox, requiredText } from "@/lib/http/forms.ts";

/** A new feed link (replacing the old one), with or without client names. */
export const rotateFeedForm = z.object({
  intent: z.literal("rotateFeed"),
  show_client_names: checkbox(),
});

/** Turns the feed off. */
export const removeFeedForm = z.object({ intent: z.literal("removeFeed") });

/** A CalDAV connection: the server, the user and an app password. */
export const connectCaldavForm = z.object({
  intent: z.literal("connectCaldav"),
  server_url: requiredText(500).refine(
    (url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol),
    "calendars.caldav.url",
  ),
  username: requiredText(200),
  password: z.string({ error: "form.required" }).min(1, "form.required")
    .max(500, "form.tooLong"),
});

/** "Sync now" and "Disconnect". */
export const caldavActionForm = z.object({
  intent: z.enum(["syncCaldav", "disconnectCaldav"]),
});
