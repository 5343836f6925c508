/**
 * The visitor's colour-scheme override, kept in a cookie so the server
 * renders the right theme at once (no flash, no inline script).
 */
import { parse } from "hono/utils/cookie";
import type { Theme } from "./state.ts";

export const THEME_COOKIE = "theme";

/** The theme the cookie names, or undefined to follow the system. */
export function themeFromCookie(header: string | null): Theme | undefined {
  if (!header) return undefined;
  const value = parse(header, THEME_COOKIE)[THEME_COOKIE];
  return value === "dark" || value === "light" ? value : undefined;
}
