/**
 * The app secret that encryption and signing keys derive from. Configured
 * through `APP_SECRET`; the embedded single-instance setup may instead keep
 * a generated one in its data folder, so `deno task start` needs no setup.
 */
import { join } from "node:path";
import { randomToken } from "./crypto.ts";
import type { Config } from "./config.ts";

/** `APP_SECRET`, else the one in `<dataDir>/app_secret` (created once). */
export async function resolveAppSecret(config: Config): Promise<string> {
  if (config.appSecret) return config.appSecret;
  const path = join(config.dataDir, "app_secret");
  try {
    return (await Deno.readTextFile(path)).trim();
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  await Deno.mkdir(config.dataDir, { recursive: true });
  const secret = randomToken(32);
  await Deno.writeTextFile(path, secret + "\n", {
    mode: 0o600,
    createNew: true,
  });
  return secret;
}
