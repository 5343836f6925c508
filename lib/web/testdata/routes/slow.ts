export const handler = {
  async GET(req: Request) {
    const ms = Number(new URL(req.url).searchParams.get("ms") ?? "500");
    // The graceful-shutdown test sends its signal once it reads this.
    console.log("slow request started");
    await new Promise((resolve) => setTimeout(resolve, ms));
    return new Response("finished");
  },
};
