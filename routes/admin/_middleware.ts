import { requireStaff } from "@/lib/http/guards.ts";

export const handler = requireStaff;
