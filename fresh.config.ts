import type { AppOptions } from "@/lib/web/mod.ts";

/** Framework settings; `main.ts` adds `dev` and the app's services. */
export default {
  staticDir: "static",
} satisfies AppOptions;
