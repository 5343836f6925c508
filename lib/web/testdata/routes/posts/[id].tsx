import type { FreshContext, PageProps } from "@/lib/web/mod.ts";

export const handler = {
  GET(_req: Request, ctx: FreshContext) {
    return ctx.render({ title: `Post ${ctx.params.id}` });
  },
};

export default function Post({ data }: PageProps<{ title: string }>) {
  return <h1>{data.title}</h1>;
}
