import type { PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { MessagePage } from "@/components/MessagePage.tsx";

/** Shown for any URL that matches no route, and for NotFoundError. */
export default function NotFound({ state }: PageProps<unknown, State>) {
  return (
    <MessagePage
      t={state.t}
      title="error.notFound.title"
      text="error.notFound.text"
    />
  );
}
