/**
 * A TCP relay between an app and PostgreSQL that a test can take down:
 * new connections through it are refused (ECONNREFUSED), as when the
 * database server is away, while the test's own direct connection keeps
 * working for its checks and for ending the relayed sessions server-side
 * (`pg_terminate_backend`, as a server shutdown ends them).
 */

export interface DatabaseProxy {
  /** `url` pointed at the relay, which forwards to `url`'s host and port. */
  via(url: string): string;
  /** Refuses new connections; relayed ones stay until either side ends them. */
  refuse(): void;
  /**
   * The local ports of the relayed connections to the server: their
   * `client_port` in `pg_stat_activity`.
   */
  serverSidePorts(): number[];
  /** Accepts connections again (on the same port). */
  restore(): void;
  /** Refuses new connections and ends the relayed ones. */
  close(): void;
}

interface Relay {
  client: Deno.Conn;
  server: Deno.Conn;
}

/** A stream that ended has already closed its connection. */
function closeQuietly(conn: Deno.Conn) {
  try {
    conn.close();
  } catch {
    // closed already
  }
}

export interface DatabaseProxyOptions {
  /**
   * Drop every NotificationResponse the server sends, as a transaction
   * pooler loses them: LISTEN succeeds, and nothing ever arrives.
   */
  dropNotifications?: boolean;
}

/** PostgreSQL's NotificationResponse message type, `A`. */
const NOTIFICATION_RESPONSE = 0x41;

/**
 * The server's messages (type byte, then a length that counts itself)
 * without its NotificationResponses. No TLS: the test server is plain.
 */
function withoutNotifications(): TransformStream<Uint8Array, Uint8Array> {
  let pending = new Uint8Array(0);
  return new TransformStream({
    transform(chunk, controller) {
      const joined = new Uint8Array(pending.length + chunk.length);
      joined.set(pending);
      joined.set(chunk, pending.length);
      let at = 0;
      while (joined.length - at >= 5) {
        const length = new DataView(joined.buffer, at + 1, 4).getUint32(0);
        if (joined.length - at < 1 + length) break;
        if (joined[at] !== NOTIFICATION_RESPONSE) {
          controller.enqueue(joined.slice(at, at + 1 + length));
        }
        at += 1 + length;
      }
      pending = joined.slice(at);
    },
  });
}

/** Starts a relay on a free loopback port; `via` tells it where to forward. */
export function startDatabaseProxy(
  options: DatabaseProxyOptions = {},
): DatabaseProxy {
  let upstream: Deno.ConnectOptions | undefined;
  const relays = new Set<Relay>();
  let listener: Deno.Listener | undefined;

  const end = (relay: Relay) => {
    if (!relays.delete(relay)) return;
    closeQuietly(relay.client);
    closeQuietly(relay.server);
  };

  const relay = async (client: Deno.Conn) => {
    let server: Deno.Conn;
    try {
      server = await Deno.connect(upstream!);
    } catch {
      closeQuietly(client);
      return;
    }
    const pair = { client, server };
    relays.add(pair);
    const pipe = (from: ReadableStream<Uint8Array>, to: Deno.Conn) =>
      from.pipeTo(to.writable, { preventClose: true }).catch(
        () => {}, // the other side, or `close`, ended the relay
      );
    const fromServer = options.dropNotifications
      ? server.readable.pipeThrough(withoutNotifications())
      : server.readable;
    // Either side ending ends the other.
    await Promise.race([
      pipe(client.readable, server),
      pipe(fromServer, client),
    ]);
    end(pair);
  };

  const listen = (port: number) => {
    const current = Deno.listen({ hostname: "127.0.0.1", port });
    listener = current;
    (async () => {
      try {
        for await (const conn of current) void relay(conn);
      } catch {
        // closed by `refuse` or `close`
      }
    })();
    return (current.addr as Deno.NetAddr).port;
  };
  const port = listen(0);

  const refuse = () => {
    listener?.close();
    listener = undefined;
  };

  return {
    via(url) {
      const target = new URL(url);
      upstream = {
        hostname: target.hostname,
        port: Number(target.port || 5432),
      };
      target.hostname = "127.0.0.1";
      target.port = String(port);
      return target.href;
    },
    refuse,
    serverSidePorts: () =>
      [...relays].map(({ server }) => (server.localAddr as Deno.NetAddr).port),
    restore() {
      if (!listener) listen(port);
    },
    close() {
      refuse();
      for (const pair of relays) end(pair);
    },
  };
}
