/**
 * Makes sure `Temporal` exists before any domain code runs. Deno has it
 * built in from 2.7; an older runtime (Deno Deploy documents one) gets the
 * maintained `temporal-polyfill`, loaded only then. `main.ts` imports this
 * module first.
 */
if (!("Temporal" in globalThis)) {
  const { Temporal } = await import("temporal-polyfill");
  Object.defineProperty(globalThis, "Temporal", {
    value: Temporal,
    writable: true,
    configurable: true,
  });
}
