/**
 * What every request's `ctx.state` holds. `services` is wired once in
 * `main.ts` (or a test) and shared; the rest is filled per request by the
 * root middleware.
 */
import type { Services } from "../app/services.ts";
import type { BusinessSettings } from "../app/business.ts";
import type { Locale, Translate } from "../i18n/mod.ts";
import type { ContactUser, Session, StaffUser } from "../auth/sessions.ts";
import type { Flash } from "./flash.ts";
import type { CsrfSeed } from "./csrf.ts";
import type {
  LicensedModule,
  ModuleLicenseState,
} from "../licensing/client.ts";

export type Theme = "light" | "dark";

export interface State {
  services: Services;
  locale: Locale;
  t: Translate;
  /** The visitor's explicit colour scheme, if they chose one. */
  theme?: Theme;
  /** CSRF token to put in this page's forms. */
  csrf: string;
  /** The browser's CSRF seed the token derives from. */
  csrfSeed: CsrfSeed;
  /** Client address (from the proxy header when `TRUST_PROXY` is on). */
  clientIp: string;
  /** Set under `/admin` when a staff member is signed in. */
  staffSession?: Session<StaffUser>;
  /** Set when a portal contact is signed in. */
  contactSession?: Session<ContactUser>;
  /** A message carried over a POST → redirect. */
  flash?: Flash;
  /**
   * The business time zone and currency, from the table cache; read on
   * first use and then the same for the rest of the request.
   */
  business(): Promise<BusinessSettings>;
  /**
   * Set on a booking page shown as the embedded widget (`?embed=1`): the
   * minimal layout, with the site's accent colour (six hex digits) if given.
   */
  embed?: { accent: string | null };
  /** Whether cookies get `Secure` (the app is served over https). */
  secure: boolean;
  /** Set on a licensed module's admin pages: its license state, for banners. */
  moduleLicense?: {
    module: LicensedModule;
    state: ModuleLicenseState;
    /** This instance is its own license server (see lib/licensing/own.ts). */
    ownServer: boolean;
  };
}
