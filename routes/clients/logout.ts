import { signOutHandlers } from "@/lib/http/account_routes.ts";

export const handler = signOutHandlers("contact");
