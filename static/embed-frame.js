// Inside the booking widget's frame: tells the page around it how tall the
// content is, so the frame grows and shrinks with it (static file, no inline
// script: the strict CSP holds).
(() => {
  if (globalThis.parent === globalThis) return;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    // The height is no secret; the embedding page checks who sent it.
    globalThis.parent.postMessage({ type: "portico:height", height }, "*");
  };
  addEventListener("load", report);
  new ResizeObserver(report).observe(document.documentElement);
  report();
})();
