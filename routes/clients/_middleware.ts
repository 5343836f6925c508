import { requireContact } from "@/lib/http/guards.ts";

export const handler = requireContact;
