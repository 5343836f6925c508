// The ceiling every endpoint is compared with: bare Deno.serve answering a
// constant, and `/file` the bytes of the file named by the second argument
// (the ceiling for serving that file from memory).
const port = Number(Deno.args[0] ?? 0);
const file = Deno.args[1] ? await Deno.readFile(Deno.args[1]) : undefined;
Deno.serve(
  {
    port,
    hostname: "127.0.0.1",
    onListen: (addr) => console.log(`listening ${addr.port}`),
  },
  (req) =>
    file && req.url.endsWith("/file")
      ? new Response(file, { headers: { "content-type": "text/css" } })
      : new Response("ok"),
);
