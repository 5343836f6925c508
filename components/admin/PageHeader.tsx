import type { ComponentChildren } from "preact";
import { Head } from "@/lib/web/mod.ts";

interface PageHeaderProps {
  /** The page title, also used for the document title. */
  title: string;
  /** One sentence under the title. */
  intro?: string;
  /** A link back up, shown above the title. */
  back?: { href: string; label: string };
  /** The page's primary action(s), on the right of the title. */
  children?: ComponentChildren;
}

/** An admin page's title with its primary action on the right. */
export function PageHeader({ title, intro, back, children }: PageHeaderProps) {
  return (
    <>
      <Head>
        <title>{`${title} · Portico`}</title>
      </Head>
      <div class="page-header">
        <div>
          {back && (
            <a class="back-link" href={back.href}>
              <span aria-hidden="true">←</span> {back.label}
            </a>
          )}
          <h1>{title}</h1>
          {intro && <p class="muted page-intro">{intro}</p>}
        </div>
        {children && <div class="page-actions">{children}</div>}
      </div>
    </>
  );
}
