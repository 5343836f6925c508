// Preloaded by tests/temporal_polyfill_test.ts for a whole start: the
// runtime's own Temporal is taken away and nothing else, so main.ts's first
// import (lib/temporal.ts) has to install the polyfill in time.
delete (globalThis as { Temporal?: unknown }).Temporal;
