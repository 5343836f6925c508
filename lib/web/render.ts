/**
 * Server rendering: page → layouts → `_app`, to one HTML string. While a
 * page renders, island components are wrapped in a `<fresh-island>` marker
 * and their props collected; `<Head>` children are collected too. Both are
 * spliced into the document afterwards, so `_app` needs no slots for them.
 */
import { type ComponentType, Fragment, h, options, type VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { AnyComponent, ComponentChildren } from "./types.ts";

/** Where the browser finds one island's bundle. */
export interface IslandAsset {
  /** URL of the island's entry module. */
  src: string;
  /** URLs of the shared chunks it imports, for `modulepreload`. */
  imports: string[];
}

interface RenderCollector {
  islands: { name: string; props: unknown }[];
  head: ComponentChildren[];
}

// renderToString is synchronous, so one collector at a time is enough.
let current: RenderCollector | null = null;

const islandWrappers = new Map<AnyComponent, ComponentType>();

function wrapperFor(name: string, Island: AnyComponent): ComponentType {
  // Islands do not nest: an island's children render inside its own tree.
  // deno-lint-ignore no-explicit-any -- props pass through untouched
  return function IslandMarker(props: any) {
    const collector = current;
    if (!collector) return unwrapped(Island, props);
    const index = collector.islands.push({
      name,
      props: withoutChildren(props),
    }) - 1;
    return h(
      "fresh-island",
      { "data-island": name, "data-index": String(index) },
      unwrapped(Island, props),
    );
  };
}

// Set while the marker creates the island's own vnode, so the hook below
// leaves that one alone instead of wrapping it again.
let creatingInner = false;

// deno-lint-ignore no-explicit-any -- props pass through untouched
function unwrapped(Island: AnyComponent, props: any): VNode {
  creatingInner = true;
  try {
    return h(Island, props);
  } finally {
    creatingInner = false;
  }
}

function withoutChildren(props: Record<string, unknown>): unknown {
  const { children: _children, ...rest } = props;
  return rest;
}

let hookInstalled = false;

/** Registers island components so that rendering them emits a marker. */
export function registerIslands(
  islands: Record<string, AnyComponent>,
): void {
  for (const [name, component] of Object.entries(islands)) {
    islandWrappers.set(component, wrapperFor(name, component));
  }
  if (hookInstalled) return;
  hookInstalled = true;
  const previous = options.vnode;
  options.vnode = (vnode) => {
    if (!creatingInner) {
      const wrapper = islandWrappers.get(vnode.type as AnyComponent);
      if (wrapper) vnode.type = wrapper;
    }
    previous?.(vnode);
  };
}

/** Children of `<Head>` end up in the document's `<head>`. */
export function Head({ children }: { children?: ComponentChildren }): null {
  current?.head.push(children);
  return null;
}

/** Escapes JSON so it is safe inside a `<script>` element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** Renders `vnode` to a full HTML document with island scripts added. */
export function renderDocument(
  vnode: VNode,
  assets: (name: string) => IslandAsset,
): string {
  const collector: RenderCollector = {
    islands: [],
    head: [],
  };
  const previous = current;
  current = collector;
  let html: string;
  try {
    html = renderToString(vnode);
  } finally {
    current = previous;
  }
  const headExtra = collector.head.length
    ? renderToString(h(Fragment, null, collector.head))
    : "";
  let bodyExtra = "";
  if (collector.islands.length) {
    const used = [...new Set(collector.islands.map((i) => i.name))];
    const preloads = new Set<string>();
    let scripts = "";
    for (const name of used) {
      const asset = assets(name);
      for (const chunk of asset.imports) preloads.add(chunk);
      scripts += `<script type="module" src="${asset.src}"></script>`;
    }
    bodyExtra = `<script type="application/json" id="__FRSH_ISLAND_PROPS">${
      jsonForScript(collector.islands.map((i) => i.props))
    }</script>${scripts}`;
    const links = [...preloads].map((href) =>
      `<link rel="modulepreload" href="${href}">`
    ).join("");
    return "<!DOCTYPE html>" +
      insertBefore(
        insertBefore(html, "</head>", headExtra + links),
        "</body>",
        bodyExtra,
      );
  }
  return "<!DOCTYPE html>" + insertBefore(html, "</head>", headExtra);
}

function insertBefore(html: string, marker: string, extra: string): string {
  if (!extra) return html;
  const at = html.lastIndexOf(marker);
  return at === -1 ? html + extra : html.slice(0, at) + extra + html.slice(at);
}
