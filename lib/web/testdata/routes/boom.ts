export const handler = {
  GET(): Response {
    throw new Error("secret internal detail");
  },
};
