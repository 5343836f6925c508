/**
 * Only same-site paths may be redirect targets taken from a request, so a
 * crafted link cannot bounce a visitor to another site.
 */
export function safeRedirectPath(value: unknown, fallback: string): string {
  if (
    typeof value !== "string" || !value.startsWith("/") ||
    value.startsWith("//")
  ) {
    return fallback;
  }
  if (value.includes("\\") || /[\r\n]/.test(value)) return fallback;
  return value;
}
