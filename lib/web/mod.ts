/** The Fresh-style layer's public API; internals are not re-exported. */
export { createApp } from "./app.ts";
export type { AppOptions } from "./app.ts";
export { BuildMissingError, loadManifestBuild } from "./build.ts";
export type { IslandBuild } from "./build.ts";
export { Head } from "./render.ts";
export { addVary } from "./compress.ts";
export { asset } from "./static.ts";
export { serve } from "./serve.ts";
export type {
  AppProps,
  Destination,
  ErrorHandler,
  ErrorHandlerContext,
  ErrorPageProps,
  FreshContext,
  Handler,
  Handlers,
  Manifest,
  MiddlewareHandler,
  PageProps,
} from "./types.ts";
