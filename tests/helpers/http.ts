/**
 * A small browser stand-in for integration tests: keeps cookies, sends the
 * Origin header a browser would, and finds the CSRF token in pages.
 */
import { hashPassword } from "@/lib/crypto.ts";
import type { Database } from "@/lib/db/database.ts";
import type { StaffRole } from "@/lib/db/schema.ts";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.ts";

export class TestClient {
  readonly cookies = new Map<string, string>();
  /** The CSRF token of the last HTML page fetched. */
  csrf?: string;

  constructor(readonly baseUrl: string) {}

  /** A request with this client's cookies; redirects are not followed. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) {
      headers.set(
        "cookie",
        [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      );
    }
    const method = (init.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "HEAD" && !headers.has("origin")) {
      headers.set("origin", new URL(this.baseUrl).origin);
    }
    const res = await fetch(this.baseUrl + path, {
      ...init,
      headers,
      redirect: "manual",
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(";");
      const [name, ...value] = pair.split("=");
      const expired = attributes.some((a) => /^\s*max-age=0$/i.test(a));
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join("="));
    }
    return res;
  }

  /** GETs a page and returns its HTML, remembering its CSRF token. */
  async page(path: string): Promise<{ status: number; html: string }> {
    const res = await this.request(path);
    const html = await res.text();
    const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (token) this.csrf = token;
    return { status: res.status, html };
  }

  /** POSTs a url-encoded form, with the CSRF token unless `csrf: false`. */
  async post(
    path: string,
    fields: Record<string, string | string[]>,
    options: { csrf?: boolean } = {},
  ): Promise<Response> {
    const body = new URLSearchParams();
    if (options.csrf !== false) {
      if (!this.csrf) await this.page("/");
      body.set("_csrf", this.csrf!);
    }
    for (const [key, value] of Object.entries(fields)) {
      for (const item of [value].flat()) body.append(key, item);
    }
    return await this.request(path, { method: "POST", body });
  }
}

/** Inserts a staff member directly (tests skip /setup). */
export async function createStaff(
  db: Database,
  input: { email: string; password: string; name?: string; role?: StaffRole },
): Promise<string> {
  const { id } = await db.insertInto("staff").values({
    email: input.email,
    name: input.name ?? "Test Staff",
    role: input.role ?? "admin",
    password_hash: await hashPassword(input.password),
  }).returning("id").executeTakeFirstOrThrow();
  return id;
}

/** Inserts a client with one portal contact; returns both ids. */
export async function createClientWithContact(
  db: Database,
  input: { email: string; password?: string; name?: string; company?: string },
): Promise<{ clientId: string; contactId: string }> {
  const { id: clientId } = await db.insertInto("clients")
    .values({ company: input.company ?? "Test GmbH" })
    .returning("id").executeTakeFirstOrThrow();
  const { id: contactId } = await db.insertInto("contacts").values({
    client_id: clientId,
    name: input.name ?? "Test Contact",
    email: input.email,
    is_primary: true,
    password_hash: input.password ? await hashPassword(input.password) : null,
  }).returning("id").executeTakeFirstOrThrow();
  return { clientId, contactId };
}

/** A client signed in to `/admin` or `/clients` with a password. */
export async function signIn(
  baseUrl: string,
  area: "admin" | "clients",
  email: string,
  password: string,
): Promise<TestClient> {
  const client = new TestClient(baseUrl);
  await client.page(`/${area}/login`);
  const res = await client.post(`/${area}/login`, { email, password });
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
  await res.body?.cancel();
  // The CSRF seed rotates at sign-in: pick up the new token.
  await client.page(`/${area}`);
  return client;
}

/**
 * A client with a session made directly in the database: for tests that
 * need many signed-in people without tripping the sign-in rate limit.
 */
export async function sessionClient(
  baseUrl: string,
  db: Database,
  realm: "staff" | "contact",
  subjectId: string,
  now = new Date(),
): Promise<TestClient> {
  const client = new TestClient(baseUrl);
  const token = await createSession(db, realm, subjectId, now);
  client.cookies.set(SESSION_COOKIE[realm], token);
  await client.page(realm === "staff" ? "/admin" : "/clients");
  return client;
}
