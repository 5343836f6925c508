/**
 * Public types of the Fresh-style layer. They mirror Fresh 1.x so that route
 * and island files would move to real Fresh with few changes.
 */
import type { ComponentChildren, ComponentType, VNode } from "preact";

/**
 * What a request was routed to. Static files and island bundles are
 * answered before any middleware (see `AppOptions.staticHeaders`), so
 * middleware never sees them.
 */
export type Destination = "route" | "notFound";

/** Per-request context handed to handlers and middleware. */
export interface FreshContext<State = Record<string, unknown>, Data = unknown> {
  req: Request;
  url: URL;
  /** Route parameters (`[id]` → `params.id`, `[...rest]` → `params.rest`). */
  params: Record<string, string>;
  /** Shared by every middleware and the route of one request. */
  state: State;
  /** The route pattern that matched, e.g. `/booking/:id`. */
  route: string;
  destination: Destination;
  /**
   * The methods the matched route answers, as for `Allow` (OPTIONS is
   * always one); empty when no route matched.
   */
  methods: readonly string[];
  /** Client address as seen by the server (no proxy headers applied). */
  remoteAddr: { hostname: string; port: number };
  /** Renders the route's page component with `props.data = data`. */
  render(data?: Data, init?: ResponseInit): Promise<Response>;
  /** Renders the `_404` page with status 404. */
  renderNotFound(): Promise<Response>;
  /** Runs the next middleware, or the route itself. */
  next(): Promise<Response>;
}

export type Handler<Data = unknown, State = Record<string, unknown>> = (
  req: Request,
  ctx: FreshContext<State, Data>,
) => Response | Promise<Response>;

export type Method = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

export type Handlers<Data = unknown, State = Record<string, unknown>> = {
  [M in Method]?: Handler<Data, State>;
};

export type MiddlewareHandler<State = Record<string, unknown>> = (
  req: Request,
  ctx: FreshContext<State>,
) => Response | Promise<Response>;

/** Props of a route's default export. */
export interface PageProps<Data = unknown, State = Record<string, unknown>> {
  url: URL;
  params: Record<string, string>;
  route: string;
  state: State;
  data: Data;
}

/** Props of `_app.tsx` and `_layout.tsx`: the page below as `Component`. */
export interface AppProps<State = Record<string, unknown>>
  extends PageProps<unknown, State> {
  Component: ComponentType<Record<never, never>>;
}

/**
 * Props of `_500.tsx`, which renders every thrown error: the status comes
 * from the error's `status` (400–599) or is 500; a 404 renders `_404.tsx`.
 */
export interface ErrorPageProps<State = Record<string, unknown>>
  extends PageProps<unknown, State> {
  error: unknown;
}

/**
 * The context of `_500.tsx`'s `handler`, which answers every thrown error
 * (a 404 too): `error` is what was thrown, and `render()` draws the error
 * page (`_404.tsx` for a 404, else `_500.tsx`) with the error's status and
 * headers. `state` holds whatever middleware had filled before the error,
 * which may be nothing.
 */
export interface ErrorHandlerContext<State = Record<string, unknown>>
  extends FreshContext<State> {
  error: unknown;
}

export type ErrorHandler<State = Record<string, unknown>> = (
  req: Request,
  ctx: ErrorHandlerContext<State>,
) => Response | Promise<Response>;

/** A component whose props the layer passes through without knowing them. */
// deno-lint-ignore no-explicit-any -- pages, layouts and islands each declare their own props
export type AnyComponent = ComponentType<any>;

export interface RouteModule {
  // deno-lint-ignore no-explicit-any -- each route chooses its own Data type
  handler?: Handler<any, any> | Handlers<any, any>;
  default?: AnyComponent;
}

export interface MiddlewareModule {
  // deno-lint-ignore no-explicit-any -- each folder chooses its own State type
  handler: MiddlewareHandler<any> | MiddlewareHandler<any>[];
}

/** `_500.tsx`: the page, and optionally a handler that chooses the answer. */
export interface ErrorModule {
  // deno-lint-ignore no-explicit-any -- the app chooses its own State type
  handler?: ErrorHandler<any>;
  default?: AnyComponent;
}

export interface IslandModule {
  default: AnyComponent;
}

/** The generated `fresh.gen.ts`. */
export interface Manifest {
  routes: Record<string, RouteModule | MiddlewareModule | ErrorModule>;
  islands: Record<string, IslandModule>;
  baseUrl: string;
}

export type { ComponentChildren, VNode };
