// Serves the fixture app for the graceful-shutdown test; prints the port.
import { createApp, serve } from "@/lib/web/mod.ts";
import manifest from "./fresh.gen.ts";

const app = await createApp(manifest, { dev: true });
await serve(app.fetch, {
  port: 0,
  hostname: "127.0.0.1",
  onListen: (addr) => console.log(`listening ${addr.port}`),
  onShutdown: () => console.log("shut down"),
});
