import type { State } from "@/lib/http/state.ts";

/**
 * The query that keeps a booking page in the widget (`embed=1`, and the
 * accent colour if one was given), for every link and form of the steps;
 * "" outside it.
 */
export function embedQuery(state: Pick<State, "embed">): string {
  if (!state.embed) return "";
  const { accent } = state.embed;
  return accent ? `embed=1&accent=${accent}` : "embed=1";
}
