/**
 * PostgreSQL `LISTEN` on one dedicated connection, outside the pool (a
 * pooled connection is handed to other queries; a listening one must stay).
 *
 * When that connection is lost (a restart, `pg_terminate_backend`), it is
 * opened again with exponential backoff and every channel is listened to
 * again. Notifications sent while it was away are lost, so each subscriber
 * may say what to do then (`onResubscribed`: drop what a missed
 * notification could have invalidated).
 */
// @ts-types="@types/pg"
import pg from "pg";
import { describeError } from "../errors.ts";
import { isConnectionLost } from "./connection_guard.ts";
import { retryWhileUnreachable } from "./retry.ts";

interface Subscription {
  onMessage: (payload: string) => void;
  onResubscribed?: () => void;
}

export interface ListenerOptions {
  /** Connection settings of the listening client (the pool's, mostly). */
  client: pg.ClientConfig;
  /** First wait before reconnecting; doubled up to `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  /** Where a lost connection and each failed reconnect are reported. */
  log?: (line: string) => void;
}

/** Channel names come from our code; quoted as identifiers all the same. */
function channelIdentifier(channel: string): string {
  return `"${channel.replaceAll('"', '""')}"`;
}

export class NotificationListener {
  #options: Required<Omit<ListenerOptions, "client">> & {
    client: pg.ClientConfig;
  };
  #channels = new Map<string, Set<Subscription>>();
  /** Connected, with every channel listened to. */
  #client?: pg.Client;
  #connecting?: Promise<pg.Client>;
  #closed = new AbortController();

  constructor(options: ListenerOptions) {
    this.#options = {
      firstRetryMs: 250,
      maxRetryMs: 10_000,
      log: (line) => console.error(line),
      ...options,
    };
  }

  /**
   * Subscribes to `channel`; resolves once the server delivers its
   * notifications (after a reconnect, if the connection is away), to the
   * unsubscribe function.
   */
  async listen(
    channel: string,
    onMessage: (payload: string) => void,
    onResubscribed?: () => void,
  ): Promise<() => Promise<void>> {
    const subscription: Subscription = { onMessage, onResubscribed };
    let subscriptions = this.#channels.get(channel);
    if (!subscriptions) {
      subscriptions = new Set();
      this.#channels.set(channel, subscriptions);
    }
    subscriptions.add(subscription);
    const unsubscribe = async () => {
      subscriptions.delete(subscription);
      if (subscriptions.size || this.#channels.get(channel) !== subscriptions) {
        return;
      }
      this.#channels.delete(channel);
      await this.#client?.query(`unlisten ${channelIdentifier(channel)}`)
        .catch(() => {
          // Lost meanwhile: the reconnect no longer listens to it.
        });
    };
    try {
      await this.#listenOnce(channel);
    } catch (error) {
      await unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  async #listenOnce(channel: string): Promise<void> {
    while (true) {
      const client = await this.#connected();
      try {
        // Idempotent: a reconnect that began meanwhile may have sent it too.
        await client.query(`listen ${channelIdentifier(channel)}`);
        return;
      } catch (error) {
        if (!isConnectionLost(error)) throw error;
        // The reconnect listens to this channel along with the others.
        this.#lost(client);
      }
    }
  }

  /** The listening client, connecting first when there is none. */
  #connected(): Promise<pg.Client> {
    if (this.#client) return Promise.resolve(this.#client);
    this.#connecting ??= this.#connect().finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  #connect(): Promise<pg.Client> {
    return retryWhileUnreachable(async () => {
      const client = new pg.Client({
        // A server that never answers the connect must not stall shutdown.
        connectionTimeoutMillis: 10_000,
        ...this.#options.client,
        keepAlive: true,
      });
      // Without a listener an 'error' event would end the process.
      client.on("error", () => this.#lost(client));
      client.on("end", () => this.#lost(client));
      client.on("notification", ({ channel, payload }) => {
        for (const subscription of this.#channels.get(channel) ?? []) {
          try {
            subscription.onMessage(payload ?? "");
          } catch (error) {
            // Thrown here it would surface inside the driver's socket code.
            this.#options.log(`LISTEN ${channel}: ${describeError(error)}`);
          }
        }
      });
      try {
        await client.connect();
        for (const channel of this.#channels.keys()) {
          await client.query(`listen ${channelIdentifier(channel)}`);
        }
        this.#closed.signal.throwIfAborted();
      } catch (error) {
        await client.end().catch(() => {});
        throw error;
      }
      this.#client = client;
      return client;
    }, {
      what: "LISTEN connection",
      log: this.#options.log,
      firstDelayMs: this.#options.firstRetryMs,
      maxDelayMs: this.#options.maxRetryMs,
      signal: this.#closed.signal,
    });
  }

  /** `client` is gone: reconnect in the background, unless closing. */
  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    void client.end().catch(() => {});
    if (this.#closed.signal.aborted) return;
    this.#options.log("database LISTEN connection lost; reconnecting");
    this.#connected().then(
      () => {
        for (const subscriptions of this.#channels.values()) {
          for (const subscription of subscriptions) {
            subscription.onResubscribed?.();
          }
        }
      },
      () => {
        // Closed while reconnecting.
      },
    );
  }

  /** Ends the connection; reconnecting stops. */
  async close(): Promise<void> {
    this.#closed.abort();
    await this.#connecting?.catch(() => {});
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }
}
