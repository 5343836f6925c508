export const handler = {
  async GET(req: Request) {
    const ms = Number(new URL(req.url).searchParams.get("ms") ?? "500");
    await new Promise((resolve) => setTimeout(resolve, ms));
    return new Response("finished");
  },
};
