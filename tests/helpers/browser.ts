/**
 * Headless Chromium through playwright-core. Uses `CHROMIUM_PATH` or
 * Debian's `/usr/bin/chromium`; `deno task test` installs it when missing.
 */
import { type Browser, chromium } from "playwright-core";

export function chromiumPath(): string {
  return Deno.env.get("CHROMIUM_PATH") || "/usr/bin/chromium";
}

/** Launches a browser with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}
