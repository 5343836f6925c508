/**
 * A real SMTP server for tests (`npm:smtp-server`), in-process on a
 * loopback port, that keeps every message it accepts. Tests deliver to it
 * through the same nodemailer transport production uses.
 */
import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  from: string;
  to: string[];
  /** The whole message as received (headers and MIME body). */
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL`. */
  url: string;
  received: ReceivedEmail[];
  /** Resolves once the messages received so far satisfy `check`. */
  waitUntil(check: (received: ReceivedEmail[]) => boolean): Promise<void>;
  close(): Promise<void>;
}

/** A loopback port nothing listens on (at the moment of asking). */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

export interface TestSmtpOptions {
  /** Accept each message only this long after receiving it, like a slow server. */
  delayMs?: number;
  /**
   * Called with each message before the server answers it (after
   * `delayMs`); the answer waits for the promise (a stuck server). A
   * rejection refuses the message with the error, and it is not counted
   * as received.
   */
  answer?: (email: ReceivedEmail) => Promise<void>;
}

/** Starts the server on `port` (default: any free one). */
export async function startTestSmtpServer(
  port = 0,
  options: TestSmtpOptions = {},
): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  const waiters: {
    check: (received: ReceivedEmail[]) => boolean;
    resolve: () => void;
  }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: the built-in certificate is self-signed.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Uint8Array[] = [];
      stream.on("data", (chunk: Uint8Array) => chunks.push(chunk));
      stream.on("end", async () => {
        const envelope = session.envelope;
        const email: ReceivedEmail = {
          from: envelope.mailFrom ? envelope.mailFrom.address : "",
          to: envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: new TextDecoder().decode(concat(chunks)),
        };
        try {
          if (options.delayMs) {
            await new Promise((resolve) =>
              setTimeout(resolve, options.delayMs)
            );
          }
          await options.answer?.(email);
        } catch (error) {
          callback(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        received.push(email);
        for (const waiter of waiters.splice(0)) {
          if (waiter.check(received)) waiter.resolve();
          else waiters.push(waiter);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.server.address() as { port: number }).port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    received,
    waitUntil(check) {
      if (check(received)) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ check, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
