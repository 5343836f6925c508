// Portico's booking widget. On your page, where the widget should appear:
//   <script src="https://<portico>/embed.js" data-accent="0f766e" async></script>
// It puts the booking page in a frame after itself and sizes the frame to
// the page's content. data-accent (optional) is six hex digits.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const origin = new URL(script.src).origin;
  const src = new URL("/booking", origin);
  src.searchParams.set("embed", "1");
  const accent = script.dataset.accent;
  if (accent) src.searchParams.set("accent", accent.replace(/^#/, ""));
  const frame = document.createElement("iframe");
  frame.src = src.href;
  frame.title = script.dataset.title || "Booking";
  frame.loading = "lazy";
  frame.className = "portico-booking";
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.minHeight = "480px";
  script.after(frame);
  addEventListener("message", (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const height = event.data && event.data.height;
    if (event.data.type === "portico:height" && Number.isFinite(height)) {
      frame.style.height = `${Math.min(Math.max(height, 200), 10000)}px`;
    }
  });
})();
