import { signOutHandlers } from "../(_shared)/account.ts";

export const handler = signOutHandlers("contact");
