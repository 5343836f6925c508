/**
 * GET /clients/cat_consent_js: the consent helper for portal pages that
 * are not built with Portico's islands (e.g. custom portal pages). It
 * enhances any server-rendered consent form with an in-place submit; served
 * from this app, never from a CDN.
 */
const SCRIPT = `(() => {
  for (const form of document.querySelectorAll('form[action="/clients/consent"]')) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const res = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { accept: "application/json" },
        credentials: "same-origin",
      }).catch(() => null);
      if (!res || !res.ok) return form.submit();
      const banner = form.closest(".consent-banner");
      if (banner) banner.remove();
    });
  }
})();
`;

export const handler = {
  GET() {
    return new Response(SCRIPT, {
      headers: {
        "content-type": "text/javascript; charset=utf-8",
        "cache-control": "public, max-age=3600",
      },
    });
  },
};
