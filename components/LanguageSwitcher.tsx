import type { Locale, Translate } from "@/lib/i18n/mod.ts";
import { CsrfField } from "./Field.tsx";

/** Switches between German and English; a plain form, so no JS needed. */
export function LanguageSwitcher(
  { locale, t, csrf, back }: {
    locale: Locale;
    t: Translate;
    csrf: string;
    back: string;
  },
) {
  return (
    <form
      method="post"
      action="/locale"
      class="language-switcher"
      aria-label={t("nav.language")}
    >
      <CsrfField token={csrf} />
      <input type="hidden" name="back" value={back} />
      {(["en", "de"] as const).map((option) => (
        <button
          type="submit"
          name="locale"
          value={option}
          class="button-link"
          aria-pressed={option === locale}
          lang={option}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </form>
  );
}
