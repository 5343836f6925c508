export const handler = {
  GET(): Response {
    throw Object.assign(new Error("gone"), { status: 404 });
  },
};
