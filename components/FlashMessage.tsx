import type { Flash } from "@/lib/http/flash.ts";
import type { Translate } from "@/lib/i18n/mod.ts";

/** The message a POST left for the page after its redirect. */
export function FlashMessage({ flash, t }: { flash?: Flash; t: Translate }) {
  if (!flash) return null;
  return (
    <div class={`alert alert-${flash.kind}`} role="status">
      {t(flash.message, flash.params)}
    </div>
  );
}
