/** Liveness: the process is up and serving. */
export const handler = {
  GET: () => Response.json({ status: "ok" }),
};
