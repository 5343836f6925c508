// A route with the bug the layer must contain: request input copied into a
// response header unchecked.
export const handler = {
  GET(req: Request): Response {
    const value = new URL(req.url).searchParams.get("v") ?? "";
    return new Response("echoed", { headers: { "x-echo": value } });
  },
};
