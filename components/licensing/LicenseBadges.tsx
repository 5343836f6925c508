import type { LicenseType } from "@/lib/db/schema.ts";
import type { EffectiveLicenseStatus } from "@/lib/licensing/manage.ts";
import type { Translate } from "@/lib/i18n/mod.ts";

/** A license's status in the shared colours: active green, revoked red, expired grey. */
export function LicenseStatusBadge(
  { status, t }: { status: EffectiveLicenseStatus; t: Translate },
) {
  return (
    <span class={`badge badge-${status}`}>
      {t(`licensing.status.${status}`)}
    </span>
  );
}

/** Full or trial; trials are blue everywhere. */
export function LicenseTypeBadge(
  { type, t }: { type: LicenseType; t: Translate },
) {
  return (
    <span class={type === "trial" ? "badge badge-trial" : "badge"}>
      {t(`licensing.type.${type}`)}
    </span>
  );
}

/**
 * A full key for people to copy: monospace, and one click selects all of
 * it (`user-select: all`), so no script is needed.
 */
export function LicenseKey({ value }: { value: string }) {
  return <code class="license-key">{value}</code>;
}
