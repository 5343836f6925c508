import type { AppProps } from "@/lib/web/mod.ts";
import type { FragileState } from "./_middleware.ts";

/** Needs the state its middleware fills: it throws without it. */
export default function FragileLayout(
  { Component, state }: AppProps<FragileState>,
) {
  return (
    <section class="fragile-layout">
      <p>{state.greeting.text}</p>
      <Component />
    </section>
  );
}
