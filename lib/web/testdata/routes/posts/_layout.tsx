import type { AppProps } from "@/lib/web/mod.ts";

export default function PostsLayout({ Component }: AppProps) {
  return (
    <section class="posts-layout">
      <Component />
    </section>
  );
}
