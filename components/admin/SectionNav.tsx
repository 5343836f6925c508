import type { MessageKey, Translate } from "@/lib/i18n/mod.ts";

export interface Section {
  href: string;
  label: MessageKey;
  /** Shown to administrators only. */
  adminOnly?: boolean;
}

/**
 * The section a path belongs to: the first section owns every page the
 * others do not (its new and detail pages included).
 */
function currentSection(sections: Section[], path: string): string {
  const other = sections.slice(1).find((section) =>
    path === section.href || path.startsWith(section.href + "/")
  );
  return other?.href ?? sections[0].href;
}

/** Tabs across the pages of one admin area. */
export function SectionNav(
  { sections, path, isAdmin, label, t }: {
    sections: Section[];
    path: string;
    isAdmin: boolean;
    /** The navigation's accessible name. */
    label: string;
    t: Translate;
  },
) {
  const current = currentSection(sections, path);
  return (
    <nav class="subnav" aria-label={label}>
      {sections.filter((section) => isAdmin || !section.adminOnly).map((
        section,
      ) => (
        <a
          href={section.href}
          aria-current={section.href === current ? "page" : undefined}
        >
          {t(section.label)}
        </a>
      ))}
    </nav>
  );
}
