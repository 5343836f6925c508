/**
 * Headless Chromium through playwright-core. Uses `CHROMIUM_PATH` or
 * Debian's `/usr/bin/chromium`; `deno task test` installs it when missing.
 */
import { type Browser, chromium } from "playwright-core";
import { startTestApp, type TestApp, type TestAppOptions } from "./app.ts";

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

/**
 * A browser test: the app on a fresh database and a browser, both closed
 * afterwards whatever happens. Named "browser: …" in the test output.
 */
export function browserTest(
  name: string,
  fn: (app: TestApp, browser: Browser) => Promise<void>,
  options: TestAppOptions | (() => TestAppOptions) = {},
): void {
  Deno.test({
    name: `browser: ${name}`,
    // Chromium's pipes and the app's timers outlive a test by design.
    sanitizeOps: false,
    sanitizeResources: false,
    async fn() {
      const app = await startTestApp(
        typeof options === "function" ? options() : options,
      );
      const browser = await launchBrowser();
      try {
        await fn(app, browser);
      } finally {
        await browser.close();
        await app.close();
      }
    },
  });
}
