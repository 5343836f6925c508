/**
 * A real CalDAV server for tests: Debian's Radicale on a free loopback
 * port, with a throwaway storage folder and one htpasswd user whose
 * calendar exists. `stop` and `start` again (same port, same storage)
 * stand for a calendar server that is away for a while.
 */
import { makeCalendar } from "tsdav";
import { waitFor } from "./wait.ts";

export const RADICALE_PATH = "/usr/bin/radicale";

export interface TestRadicale {
  /** The server's base URL, e.g. `http://127.0.0.1:5232`. */
  url: string;
  username: string;
  password: string;
  /** The user's calendar collection (ends with `/`). */
  calendarUrl: string;
  /** Basic-auth headers for the test's own requests. */
  headers: Record<string, string>;
  /** Stops the server (the storage stays). */
  stop(): Promise<void>;
  /** Starts it again on the same port and storage. */
  start(): Promise<void>;
  /** Stops it and deletes the storage. */
  close(): Promise<void>;
}

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** Starts Radicale with one user and one calendar. */
export async function startTestRadicale(): Promise<TestRadicale> {
  const folder = await Deno.makeTempDir({ prefix: "portico-radicale-" });
  const username = "sam";
  const password = "app-password-1";
  await Deno.writeTextFile(`${folder}/users`, `${username}:${password}\n`);
  const port = freePort();
  const url = `http://127.0.0.1:${port}`;
  const headers = { authorization: `Basic ${btoa(`${username}:${password}`)}` };
  let child: Deno.ChildProcess | undefined;

  async function start() {
    child = new Deno.Command(RADICALE_PATH, {
      args: [
        "--server-hosts",
        `127.0.0.1:${port}`,
        "--storage-filesystem-folder",
        `${folder}/collections`,
        "--auth-type",
        "htpasswd",
        "--auth-htpasswd-filename",
        `${folder}/users`,
        "--auth-htpasswd-encryption",
        "plain",
        "--rights-type",
        "owner_only",
        "--logging-level",
        "warning",
      ],
      stdout: "null",
      stderr: "null",
    }).spawn();
    await waitFor("Radicale to listen", async () => {
      try {
        const res = await fetch(`${url}/.web/`);
        await res.body?.cancel();
        return true;
      } catch {
        return false;
      }
    }, 15_000);
  }

  async function stop() {
    if (!child) return;
    child.kill("SIGTERM");
    await child.status;
    child = undefined;
  }

  await start();
  const calendarUrl = `${url}/${username}/work/`;
  const made = await makeCalendar({
    url: calendarUrl,
    props: { displayname: "Work" },
    headers,
  });
  if (!made.every((r) => r.ok !== false)) {
    throw new Error(`MKCALENDAR failed: ${JSON.stringify(made)}`);
  }
  return {
    url,
    username,
    password,
    calendarUrl,
    headers,
    stop,
    start,
    async close() {
      await stop();
      await Deno.remove(folder, { recursive: true });
    },
  };
}
