export const handler = {
  GET(): Response {
    throw Object.assign(new Error("no entry"), {
      status: 403,
      headers: { "x-reason": "fixture" },
    });
  },
};
