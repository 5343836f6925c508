// The ceiling every endpoint is compared with: bare Deno.serve, a constant.
const port = Number(Deno.args[0] ?? 0);
Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: (addr) => console.log(`listening ${addr.port}`),
}, () => new Response("ok"));
