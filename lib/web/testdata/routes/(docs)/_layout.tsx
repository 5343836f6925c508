import type { AppProps } from "@/lib/web/mod.ts";

export default function DocsLayout({ Component }: AppProps) {
  return (
    <article class="docs-layout">
      <Component />
    </article>
  );
}
