/**
 * Browser side of islands: finds this island's server-rendered markers and
 * hydrates each with the props the server wrote as JSON. Bundled into the
 * shared chunk, so it runs once per page however many islands there are.
 */
import { type ComponentType, hydrate } from "preact";
// The islands' own JSX factory, so the JSX runtime is part of this shared
// chunk rather than a chunk (and a request) of its own.
import { jsx } from "preact/jsx-runtime";

let islandProps: unknown[] | undefined;

function readProps(): unknown[] {
  if (!islandProps) {
    const script = document.getElementById("__FRSH_ISLAND_PROPS");
    islandProps = script?.textContent ? JSON.parse(script.textContent) : [];
  }
  return islandProps!;
}

/** Hydrates every marker of the island called `name`. */
export function revive(
  name: string,
  // deno-lint-ignore no-explicit-any -- islands declare their own props
  Island: ComponentType<any>,
): void {
  const props = readProps();
  const markers = document.querySelectorAll<HTMLElement>(
    `fresh-island[data-island="${name}"]`,
  );
  for (const marker of markers) {
    const index = Number(marker.dataset.index);
    hydrate(jsx(Island, props[index] as Record<string, unknown>), marker);
  }
}
