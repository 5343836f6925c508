/**
 * Builds the HTTP app from the generated manifest: file-system routes with
 * per-folder middleware, layouts, `_app`, `_404` and `_500`, static files
 * and island bundles. Hono does the routing and HTTP plumbing; this file
 * only gives it Fresh's shape.
 */
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { h, type VNode } from "preact";
import { join } from "node:path";
import {
  type IslandBundles,
  islandName,
  type IslandSources,
  islandSources,
  loadBuild,
  manifestRoot,
} from "./build.ts";
import { addVary, compressResponse, variesByCoding } from "./compress.ts";
import { registerIslands, renderDocument } from "./render.ts";
import {
  compareRoutePatterns,
  folderPrefix,
  isRouteGroup,
  parseRouteFile,
  routePattern,
} from "./router.ts";
import {
  loadStaticDir,
  serveStaticFile,
  type StaticFile,
  versionOf,
} from "./static.ts";
import type {
  AnyComponent,
  Destination,
  ErrorHandler,
  ErrorModule,
  FreshContext,
  Handler,
  Manifest,
  Method,
  MiddlewareHandler,
  MiddlewareModule,
  PageProps,
  RouteModule,
} from "./types.ts";

export interface AppOptions {
  /**
   * Bundle islands in memory, unminified, on every start (esbuild is
   * imported only then). Otherwise the `_fresh/` build is required.
   */
  dev?: boolean;
  /** The production build, when the caller loaded it already. */
  build?: IslandBundles;
  /** Folder of static files, relative to the project root. */
  staticDir?: string;
  /**
   * Headers every static file and island bundle is sent with (e.g. the
   * app's security headers). Those files are answered before routing and
   * before any middleware, which they never need.
   */
  staticHeaders?: Record<string, string>;
  /** Copied into every request's `ctx.state`, e.g. the app's services. */
  state?: Record<string, unknown>;
}

interface Route {
  pattern: string;
  module: RouteModule;
  middlewares: MiddlewareHandler[];
  layouts: AnyComponent[];
}

type Context = FreshContext;

const METHODS: Method[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
/** Answered for every route, by the layer unless a handler takes all methods. */
const ALWAYS_ALLOWED = "OPTIONS";
const HTML = { "content-type": "text/html; charset=utf-8" };
const UNKNOWN_PEER = { hostname: "127.0.0.1", port: 0 };

function asArray<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

/** The request handler `createApp` builds. */
export interface WebApp {
  /** For `Deno.serve`. */
  fetch(req: Request, info?: Deno.ServeHandlerInfo): Promise<Response>;
  /** A request in process (tests); a bare path is taken on `http://localhost`. */
  request(input: string, init?: RequestInit): Promise<Response>;
}

/**
 * A header value Deno's HTTP/1 writer accepts (RFC 9110 field-value: tab,
 * space, visible ASCII, obs-text). Deno's `Headers` refuses only CR, LF and
 * NUL; anything else outside this set makes the server panic and the
 * process exit when the response is written.
 */
const VALID_HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** The name of the first header whose value cannot be written, if any. */
export function invalidHeader(headers: Headers): string | undefined {
  for (const [name, value] of headers) {
    if (!VALID_HEADER_VALUE.test(value)) return name;
  }
}

/**
 * `response`, or a plain 500 when one of its header values could not be
 * written: a bug in a route (request input reaching a header unchecked)
 * fails that request only, never the process.
 */
function writableResponse(req: Request, response: Response): Response {
  const name = invalidHeader(response.headers);
  if (name === undefined) return response;
  console.error(
    `${req.method} ${new URL(req.url).pathname} failed: ` +
      `the value of the ${JSON.stringify(name)} header cannot be sent`,
  );
  response.body?.cancel().catch(() => {});
  return new Response("Internal Server Error", {
    status: 500,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * Creates the app for `manifest`: with the `_fresh/` build, or bundling
 * islands on the fly in development. Without a current build a
 * production app is refused (`BuildMissingError`).
 */
export async function createApp(
  manifest: Manifest,
  options: AppOptions = {},
): Promise<WebApp> {
  const root = manifestRoot(manifest);

  const middlewareByFolder = new Map<string, MiddlewareHandler[]>();
  const layoutByFolder = new Map<string, AnyComponent>();
  const pages: { folder: string[]; name: string; module: RouteModule }[] = [];
  let App: AnyComponent | undefined;
  let NotFoundPage: AnyComponent | undefined;
  let ErrorPage: AnyComponent | undefined;
  let errorHandler: ErrorHandler | undefined;

  for (const [key, module] of Object.entries(manifest.routes)) {
    const file = parseRouteFile(key);
    const folder = file.folder.join("/");
    const isRoot = file.folder.length === 0;
    if (file.name === "_middleware") {
      middlewareByFolder.set(
        folder,
        asArray((module as MiddlewareModule).handler),
      );
    } else if (file.name === "_layout") {
      layoutByFolder.set(folder, (module as RouteModule).default!);
    } else if (file.name === "_app" && isRoot) {
      App = (module as RouteModule).default;
    } else if (file.name === "_404" && isRoot) {
      NotFoundPage = (module as RouteModule).default;
    } else if (file.name === "_500" && isRoot) {
      ErrorPage = (module as ErrorModule).default;
      errorHandler = (module as ErrorModule).handler;
    } else if (file.name.startsWith("_")) {
      throw new Error(`unknown special route file: ${key}`);
    } else {
      pages.push({ ...file, module: module as RouteModule });
    }
  }

  function ancestors<T>(map: Map<string, T>, folder: string[]): T[] {
    const found: T[] = [];
    for (let depth = 0; depth <= folder.length; depth++) {
      const item = map.get(folder.slice(0, depth).join("/"));
      if (item) found.push(item);
    }
    return found;
  }

  // Route groups can put two files on one URL: refused, as Fresh does.
  const fileByPattern = new Map<string, string>();
  for (const page of pages) {
    const pattern = routePattern(page);
    const file = [...page.folder, page.name].join("/");
    const other = fileByPattern.get(pattern);
    if (other) {
      throw new Error(`routes ${other} and ${file} both answer ${pattern}`);
    }
    fileByPattern.set(pattern, file);
  }

  const routes: Route[] = pages.map((page) => ({
    pattern: routePattern(page),
    module: page.module,
    middlewares: ancestors(middlewareByFolder, page.folder).flat(),
    layouts: ancestors(layoutByFolder, page.folder),
  })).sort((a, b) => compareRoutePatterns(a.pattern, b.pattern));

  // Requests that match no route still pass through the middleware of the
  // folders their path lies in (outermost first), e.g. for headers; error
  // pages are drawn inside the layouts of those folders. A route group's
  // own middleware and layout wrap only the routes in it, so they are left
  // out here: a path that matched nothing belongs to no group.
  function byPrefix<T>(map: Map<string, T>) {
    return [...map.entries()]
      .filter(([folder]) => !folder.split("/").some(isRouteGroup))
      .map(([folder, item]) => ({
        depth: folder ? folder.split("/").length : 0,
        prefix: folderPrefix(folder ? folder.split("/") : []),
        item,
      }))
      .sort((a, b) => a.depth - b.depth);
  }
  const prefixMiddlewares = byPrefix(middlewareByFolder);
  const prefixLayouts = byPrefix(layoutByFolder);
  const layoutsFor = (path: string) =>
    prefixLayouts.filter((l) => l.prefix.test(path)).map((l) => l.item);

  const islandComponents: Record<string, AnyComponent> = {};
  for (const [key, module] of Object.entries(manifest.islands)) {
    islandComponents[islandName(key)] = module.default;
  }
  registerIslands(islandComponents);
  const bundles = options.build ?? await loadIslands(
    root,
    islandSources(root, Object.keys(manifest.islands)),
    options.dev ?? false,
  );
  const staticFiles = await loadStaticDir(
    join(root, options.staticDir ?? "static"),
  );

  function assetFor(name: string) {
    const asset = bundles.entries[name];
    if (!asset) throw new Error(`island ${name} has no bundle`);
    return asset;
  }

  function document(
    Page: AnyComponent,
    layouts: AnyComponent[],
    props: Record<string, unknown>,
  ): string {
    let vnode: VNode = h(Page, props as never);
    for (const Wrapper of [...layouts].reverse().concat(App ? [App] : [])) {
      const inner = vnode;
      vnode = h(Wrapper, { ...props, Component: () => inner } as never);
    }
    return renderDocument(vnode, assetFor);
  }

  function pageProps(ctx: Context, data?: unknown): PageProps {
    return {
      url: ctx.url,
      params: ctx.params,
      route: ctx.route,
      state: ctx.state,
      data,
    };
  }

  function renderNotFound(ctx: Context): Promise<Response> {
    const html = NotFoundPage
      ? document(NotFoundPage, layoutsFor(ctx.url.pathname), {
        ...pageProps(ctx),
      })
      : "Not Found";
    return Promise.resolve(
      new Response(html, { status: 404, headers: HTML }),
    );
  }

  // Lets the error handler render with the state middleware had built.
  const contexts = new WeakMap<Request, Context>();

  // Hono answers HEAD with the GET answer's headers but drops its body
  // before this layer sees it, and with it the length (Deno then sends
  // `Content-Length: 0`). So HEAD goes to Hono as a GET, and the handlers
  // still see the HEAD request, looked up here.
  const headRequests = new WeakMap<Request, Request>();

  function newContext(
    raw: Request,
    info: Deno.ServeHandlerInfo | undefined,
    destination: Destination,
    pattern: string,
    params: Record<string, string>,
    route?: Route,
  ): Context {
    const req = headRequests.get(raw) ?? raw;
    const ctx: Context = {
      req,
      url: new URL(req.url),
      params,
      state: { ...options.state },
      route: pattern,
      destination,
      methods: route ? allowedMethods(route.module) : [],
      remoteAddr: (info?.remoteAddr as Deno.NetAddr | undefined) ??
        UNKNOWN_PEER,
      render(data, init) {
        if (!route?.module.default) {
          throw new Error(`route ${pattern} has no page component`);
        }
        const html = document(
          route.module.default,
          route.layouts,
          { ...pageProps(ctx, data) },
        );
        const headers = new Headers(init?.headers);
        headers.set("content-type", HTML["content-type"]);
        return Promise.resolve(
          new Response(html, { ...init, status: init?.status ?? 200, headers }),
        );
      },
      renderNotFound: () => renderNotFound(ctx),
      next: () => Promise.reject(new Error("next() called outside a chain")),
    };
    contexts.set(raw, ctx);
    return ctx;
  }

  /** The error page for `error` inside the folder's layouts and `_app`. */
  function renderError(
    ctx: Context,
    error: unknown,
    data?: unknown,
    init?: ResponseInit,
  ): Response {
    const status = init?.status ?? httpStatusOf(error);
    const headers = new Headers(errorHeaders(error));
    new Headers(init?.headers).forEach((value, name) =>
      headers.set(name, value)
    );
    headers.set("content-type", HTML["content-type"]);
    const Page = status === 404 ? NotFoundPage : ErrorPage;
    const props = { ...pageProps(ctx, data), error };
    // A folder's layout may need state that the failing middleware never
    // filled: then the page is drawn without the folder layouts, and as a
    // last resort as plain text, always with the error's status.
    const attempts = Page ? [layoutsFor(ctx.url.pathname), []] : [];
    for (const layouts of attempts) {
      try {
        return new Response(document(Page!, layouts, props), {
          status,
          headers,
        });
      } catch (renderError) {
        console.error("the error page failed to render:", renderError);
      }
    }
    headers.set("content-type", "text/plain; charset=utf-8");
    return new Response(status === 404 ? "Not Found" : "Error", {
      status,
      headers,
    });
  }

  async function errorResponse(
    ctx: Context,
    error: unknown,
  ): Promise<Response> {
    if (httpStatusOf(error) >= 500) {
      console.error(`${ctx.req.method} ${ctx.url.pathname} failed:`, error);
    }
    if (!errorHandler) return renderError(ctx, error);
    try {
      return await errorHandler(ctx.req, {
        ...ctx,
        error,
        render: (data, init) =>
          Promise.resolve(renderError(ctx, error, data, init)),
      });
    } catch (handlerError) {
      console.error("the error handler failed:", handlerError);
      return renderError(ctx, error);
    }
  }

  function runChain(
    ctx: Context,
    middlewares: MiddlewareHandler[],
    final: (ctx: Context) => Response | Promise<Response>,
  ): Promise<Response> {
    let index = 0;
    ctx.next = async () => {
      const middleware = middlewares[index++];
      try {
        return middleware ? await middleware(ctx.req, ctx) : await final(ctx);
      } catch (error) {
        if (error instanceof HTTPException) return error.getResponse();
        return errorResponse(ctx, error);
      }
    };
    return ctx.next();
  }

  const app = new Hono();

  for (const route of routes) {
    // Built once per route, not per request.
    const final = handleRoute(route);
    app.all(route.pattern, (c) => {
      const ctx = newContext(
        c.req.raw,
        c.env as Deno.ServeHandlerInfo | undefined,
        "route",
        route.pattern,
        c.req.param() as Record<string, string>,
        route,
      );
      return runChain(ctx, route.middlewares, final);
    });
  }

  app.notFound((c) => {
    const ctx = newContext(
      c.req.raw,
      c.env as Deno.ServeHandlerInfo | undefined,
      "notFound",
      c.req.path,
      {},
    );
    const middlewares = prefixMiddlewares
      .filter((m) => m.prefix.test(c.req.path))
      .flatMap((m) => m.item);
    return runChain(ctx, middlewares, () => renderNotFound(ctx));
  });

  const staticHeaders = options.staticHeaders ?? {};
  /**
   * A GET or HEAD of a static file or an island bundle, answered from
   * memory with headers made once: no URL object, router or middleware.
   */
  function staticAnswer(req: Request): Promise<Response> | undefined {
    if (req.method !== "GET" && req.method !== "HEAD") return;
    const { path, query } = splitUrl(req.url);
    const file: StaticFile | undefined = bundles.files.get(path) ??
      staticFiles.get(path);
    if (!file) return;
    const version = query && new URLSearchParams(query).get("v");
    return serveStaticFile(
      req,
      file,
      version === versionOf(file),
      staticHeaders,
    );
  }

  // Errors become error pages inside the middleware chain, so outer
  // middleware still sees (and can decorate) the response.
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    return errorResponse(
      contexts.get(c.req.raw) ??
        newContext(c.req.raw, undefined, "notFound", c.req.path, {}),
      error,
    );
  });

  /**
   * `/booking/` → 308 to `/booking`, query kept, when the path without its
   * trailing slashes is a route: before any middleware, so nobody is asked
   * to sign in on the way to a page that would not exist. A path that
   * would start with `//` stays as it is: as a Location it names a host.
   */
  function canonicalRedirect(req: Request): Response | undefined {
    const query = req.url.indexOf("?");
    if (req.url[(query < 0 ? req.url.length : query) - 1] !== "/") return;
    const url = new URL(req.url);
    const path = url.pathname.replace(/\/+$/, "") || "/";
    if (path === url.pathname || path.startsWith("//")) return;
    if (app.router.match("GET", path)[0].length === 0) return;
    return new Response(null, {
      status: 308,
      headers: { location: path + url.search },
    });
  }

  const fetch: WebApp["fetch"] = async (req, info) => {
    const file = staticAnswer(req);
    if (file) return await file;
    const redirect = canonicalRedirect(req);
    if (redirect) return redirect;
    if (req.method !== "HEAD") {
      const res = writableResponse(req, await app.fetch(req, info));
      return await compressResponse(req, res);
    }
    // Not `new Request(req, …)`: that would follow the request's signal,
    // which Deno aborts even when the answer was sent.
    const asGet = new Request(req.url, { headers: req.headers });
    headRequests.set(asGet, req);
    return await withoutBody(
      writableResponse(req, await app.fetch(asGet, info)),
    );
  };
  return {
    fetch,
    request: (input, init) =>
      fetch(new Request(new URL(input, "http://localhost"), init)),
  };
}

/**
 * The path (percent-decoded) and the query of an absolute request URL,
 * without parsing all of it; a path that does not decode is returned as
 * sent (it names no file).
 */
function splitUrl(url: string): { path: string; query: string } {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const mark = url.indexOf("?", start);
  const raw = mark < 0 ? url.slice(start) : url.slice(start, mark);
  let path = raw;
  if (raw.includes("%")) {
    try {
      path = decodeURIComponent(raw);
    } catch {
      // Malformed escapes: no file has that name.
    }
  }
  return { path, query: mark < 0 ? "" : url.slice(mark + 1) };
}

/**
 * The status an error asks for: errors may carry `status` (400–599), as
 * the app's domain errors do; anything else is a 500.
 */
function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" && status >= 400 && status <= 599
    ? status
    : 500;
}

function errorHeaders(error: unknown): HeadersInit | undefined {
  const headers = (error as { headers?: unknown })?.headers;
  return headers && typeof headers === "object"
    ? headers as HeadersInit
    : undefined;
}

/**
 * The answer to HEAD: the GET answer's status and headers without its
 * body, with the body's length, which is read for it; an event stream,
 * which never ends, is sent with no length at all.
 */
async function withoutBody(res: Response): Promise<Response> {
  if (res.body === null) return res;
  const headers = new Headers(res.headers);
  if (variesByCoding(res)) addVary(headers, "Accept-Encoding");
  const init = { status: res.status, statusText: res.statusText, headers };
  const type = headers.get("content-type") ?? "";
  if (headers.has("content-length") || type.startsWith("text/event-stream")) {
    await res.body.cancel();
    // An empty stream: Deno sends neither a body nor a length of its own.
    return headers.has("content-length")
      ? new Response(null, init)
      : new Response(new ReadableStream({ start: (c) => c.close() }), init);
  }
  headers.set("content-length", String((await res.arrayBuffer()).byteLength));
  return new Response(null, init);
}

/** The methods a route answers, in `Allow` order. */
function allowedMethods(module: RouteModule): string[] {
  const { handler, default: Page } = module;
  if (typeof handler === "function") return [...METHODS, ALWAYS_ALLOWED];
  const methods = new Set(
    METHODS.filter((m) => handler?.[m]),
  );
  if (Page) methods.add("GET");
  if (methods.has("GET")) methods.add("HEAD");
  return [...METHODS.filter((m) => methods.has(m)), ALWAYS_ALLOWED];
}

function handleRoute(route: Route): (ctx: Context) => Promise<Response> {
  const { handler, default: Page } = route.module;
  const allow = allowedMethods(route.module).join(", ");
  return async (ctx) => {
    if (typeof handler === "function") return await handler(ctx.req, ctx);
    if (ctx.req.method === ALWAYS_ALLOWED) {
      return new Response(null, { status: 204, headers: { allow } });
    }
    const method = ctx.req.method as Method;
    let fn: Handler | undefined = handler?.[method];
    if (!fn && method === "HEAD") fn = handler?.GET;
    if (!fn && (method === "GET" || method === "HEAD") && Page) {
      fn = (_req, ctx) => ctx.render();
    }
    if (!fn) {
      return new Response("Method Not Allowed", {
        status: 405,
        headers: { allow },
      });
    }
    return await fn(ctx.req, ctx);
  };
}

async function loadIslands(
  root: string,
  sources: IslandSources,
  dev: boolean,
): Promise<IslandBundles> {
  if (Object.keys(sources).length === 0) {
    return { entries: {}, files: new Map() };
  }
  if (!dev) return await loadBuild(root, sources);
  // Only development loads the bundler (and so esbuild's binary).
  const { bundleIslands } = await import("./bundle.ts");
  const { bundles } = await bundleIslands(root, sources, { minify: false });
  return bundles;
}
