import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { listOnline, type OnlineClient } from "@/lib/activity/online.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { onlineRows } from "@/components/activity/LiveOnline.tsx";
import { getActivitySettings } from "@/lib/activity/settings.ts";

const KEEPALIVE_MS = 20_000;

function event(online: OnlineClient[], t: Translate): Uint8Array {
  return new TextEncoder().encode(
    `event: online\ndata: ${JSON.stringify(onlineRows(online, t))}\n\n`,
  );
}

/**
 * GET /admin/activity/stream: Server-Sent Events with the online list,
 * pushed whenever any instance flushes heartbeats (Postgres NOTIFY), never
 * polled. The first event is the current list.
 */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertStaff(ctx.state);
    const { db, now, activity, stopping } = ctx.state.services;
    const initial = await listOnline(db, await getActivitySettings(db), now());
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // A stopping instance ends the stream; the browser's EventSource
        // reconnects after `retry`, to an instance that is still serving.
        const end = () => {
          stop();
          controller.close();
        };
        controller.enqueue(new TextEncoder().encode("retry: 3000\n\n"));
        controller.enqueue(event(initial, ctx.state.t));
        const unsubscribe = activity.subscribe((online) =>
          controller.enqueue(event(online, ctx.state.t))
        );
        const keepalive = setInterval(
          () => controller.enqueue(new TextEncoder().encode(": ping\n\n")),
          KEEPALIVE_MS,
        );
        stop = () => {
          unsubscribe();
          clearInterval(keepalive);
          stopping.removeEventListener("abort", end);
        };
        if (stopping.aborted) end();
        else stopping.addEventListener("abort", end);
      },
      cancel() {
        stop();
      },
    });
    return new Response(body, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-store",
        "x-accel-buffering": "no",
      },
    });
  },
};
