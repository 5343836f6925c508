/**
 * Email templates are Preact components. They render to HTML inside a
 * simple table-free layout with inline-free styles (a <style> block is fine
 * in mail), and to a plain-text part derived from the same HTML.
 */
import type { ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import { type Locale, t } from "../i18n/mod.ts";
import type { EmailMessage } from "./outbox.ts";

const STYLE = `
body{margin:0;padding:24px;background:#f7f7fb;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1c1d26;line-height:1.55}
.mail{max-width:560px;margin:0 auto;background:#fff;border:1px solid #e3e4ec;border-radius:12px;padding:28px}
h1{font-size:20px;margin:0 0 16px}
a.button{display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600}
.muted{color:#5b5e6e;font-size:14px}
code{font-family:ui-monospace,Menlo,Consolas,monospace;background:#f2f4f7;padding:2px 6px;border-radius:4px}
`;

/**
 * Renders a template to a complete message for `to`: the subject as its
 * heading, "Hello Name," when `greet` names the recipient, then the body.
 */
export function renderEmail(options: {
  to: string;
  locale: Locale;
  subject: string;
  greet?: string;
  body: ComponentChildren;
  attachments?: EmailMessage["attachments"];
}): EmailMessage {
  const content = renderToString(
    <div class="mail">
      <h1>{options.subject}</h1>
      {options.greet !== undefined && (
        <p>{t(options.locale, "mail.greeting", { name: options.greet })}</p>
      )}
      {options.body}
    </div>,
  );
  const html =
    `<!DOCTYPE html><html lang="${options.locale}"><head><meta charset="utf-8"><title>${
      escapeHtml(options.subject)
    }</title><style>${STYLE}</style></head><body>${content}</body></html>`;
  return {
    to: options.to,
    subject: options.subject,
    html,
    text: htmlToText(content),
    attachments: options.attachments,
  };
}

/** A mail's main action: a link drawn as a button. */
export function EmailButton(
  { href, children }: { href: string; children: ComponentChildren },
) {
  return (
    <p>
      <a class="button" href={href}>{children}</a>
    </p>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(
    />/g,
    "&gt;",
  );
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/**
 * A readable plain-text version: paragraphs, list items (numbered in an
 * `<ol>`), links with their URLs, and table rows as `Label: value` lines
 * (a header cell labels the cells after it).
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gs, (_m, href, label) => {
      const text = label.replace(/<[^>]+>/g, "").trim();
      return text && text !== href ? `${text}: ${href}` : href;
    })
    .replace(/<ol[^>]*>(.*?)<\/ol>/gs, (_m, items: string) => {
      let number = 0;
      return items.replace(/<li[^>]*>/g, () => `\n${++number}. `) + "\n\n";
    })
    .replace(/<li[^>]*>/g, "\n- ")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<\/th>\s*/g, ": ")
    .replace(/<\/td>\s*(?=<td)/g, " ")
    .replace(/<\/tr>/g, "\n")
    .replace(/<\/(p|h1|h2|h3|div|ul|table)>/g, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity])
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim() + "\n";
}
