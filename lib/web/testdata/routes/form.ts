export const handler = {
  async POST(req: Request) {
    const form = await req.formData();
    return new Response(`got ${form.get("name")}`, { status: 201 });
  },
};
