/**
 * Outbound HTTP that DNS rebinding cannot turn inside the network, for
 * webhooks and calendar servers: the host is resolved once, every address
 * checked (addresses.ts), and the connection made only to those addresses,
 * through node:http(s) with a `lookup` that answers with them. TLS is
 * unchanged: SNI and the certificate check use the URL's host name, never
 * the address. `fetch` cannot do this (it resolves the name again itself).
 */
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Readable } from "node:stream";
import { checkedAddresses, type Resolver } from "./addresses.ts";

/** Where requests may go: private addresses only when allowed. */
export interface PinnedFetchOptions {
  allowPrivate: boolean;
  resolve?: Resolver;
}

/** What the callers send: text bodies; redirects are never followed. */
export type PinnedFetch = (
  input: string | URL,
  init?: RequestInit,
) => Promise<Response>;

/** Statuses whose answer has no body (a `Response` refuses one). */
const NULL_BODY = new Set([204, 205, 304]);

/**
 * A `fetch` for untrusted destinations: `checkedAddresses` before every
 * request (throws `AddressRefusedError`), then the request to those
 * addresses. A redirect is answered as it is (`redirect: "manual"`): a
 * caller that follows one checks the next hop through this again.
 */
export function pinnedFetch(options: PinnedFetchOptions): PinnedFetch {
  return async (input, init = {}) => {
    const url = new URL(input);
    const addresses = await checkedAddresses(
      url,
      options.allowPrivate,
      options.resolve,
    );
    return await requestTo(url, addresses, init);
  };
}

function requestTo(
  url: URL,
  addresses: string[],
  init: RequestInit,
): Promise<Response> {
  if (init.body != null && typeof init.body !== "string") {
    throw new TypeError("pinnedFetch sends text bodies only.");
  }
  const answers = addresses.map((address) => ({
    address,
    family: address.includes(":") ? 6 : 4,
  }));
  const lookup: LookupFunction = (_host, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, answers);
    else callback(null, answers[0].address, answers[0].family);
  };
  const method = (init.method ?? "GET").toUpperCase();
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method,
      headers: Object.fromEntries(new Headers(init.headers)),
      lookup,
      // A connection of its own: a pooled one was opened by another
      // request's lookup, under that request's check.
      agent: false,
      signal: init.signal ?? undefined,
    }, (res) => {
      try {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const item of [value ?? []].flat()) headers.append(name, item);
        }
        const status = res.statusCode ?? 0;
        const empty = NULL_BODY.has(status) || method === "HEAD";
        if (empty) res.resume();
        const response = new Response(
          empty ? null : Readable.toWeb(res) as ReadableStream<Uint8Array>,
          { status, statusText: res.statusMessage, headers },
        );
        // tsdav reports `url`; a constructed Response has none.
        Object.defineProperty(response, "url", { value: url.href });
        resolve(response);
      } catch (error) {
        res.destroy();
        reject(error);
      }
    });
    req.on("error", reject);
    req.end(init.body ?? undefined);
  });
}
