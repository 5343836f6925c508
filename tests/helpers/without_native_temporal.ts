// Preloaded by tests/temporal_polyfill_test.ts: the runtime's own Temporal
// is taken away, so lib/temporal.ts must install the polyfill.
const native = (globalThis as { Temporal?: unknown }).Temporal;
delete (globalThis as { Temporal?: unknown }).Temporal;
await import("@/lib/temporal.ts");
const installed = (globalThis as { Temporal?: unknown }).Temporal;
if (!installed || installed === native) {
  throw new Error("lib/temporal.ts did not install the polyfill");
}
