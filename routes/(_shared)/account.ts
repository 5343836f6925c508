/**
 * Handlers shared by the staff (`/admin/…`) and portal (`/clients/…`)
 * account pages: sign-in, sign-out, forgotten password, reset. Each route
 * file binds them to its realm; the rules live in lib/auth.
 */
import { z } from "zod";
import type { FreshContext, Handlers } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  isAuthTokenUsable,
  resetPasswordWithToken,
  sendAccountLink,
  type SignedIn,
  signInWithPassword,
} from "@/lib/auth/accounts.ts";
import { endAllSessions, endSession, type Realm } from "@/lib/auth/sessions.ts";
import { RateLimitedError, UnauthorizedError } from "@/lib/errors.ts";
import { readFormData } from "@/lib/http/body_limit.ts";
import { rotateCsrfSeed } from "@/lib/http/csrf.ts";
import { emailField, newPassword, parseForm } from "@/lib/http/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { redirect, setFlash } from "@/lib/http/flash.ts";
import { safeRedirectPath } from "@/lib/http/redirects.ts";
import {
  clearSessionCookie,
  setSessionCookie,
} from "@/lib/http/session_cookie.ts";
import { readDeviceCookie, setDeviceCookie } from "@/lib/http/device_cookie.ts";
import { needsSetup } from "@/lib/auth/accounts.ts";
import type { SignInData } from "@/components/auth/SignInPage.tsx";
import type { ResetData } from "@/components/auth/PasswordPages.tsx";

type Ctx = FreshContext<State, SignInData>;

const HOME: Record<Realm, string> = { staff: "/admin", contact: "/clients" };
const BASE = HOME;

function signedIn(state: State, realm: Realm) {
  return realm === "staff" ? state.staffSession : state.contactSession;
}

/**
 * A response that starts a session: session and known-device cookies, a
 * fresh CSRF seed, redirect.
 */
export function startSessionResponse(
  realm: Realm,
  signedIn: SignedIn,
  location: string,
  secure: boolean,
): Response {
  const res = redirect(location);
  setSessionCookie(res.headers, realm, signedIn.sessionToken, secure);
  setDeviceCookie(res.headers, realm, signedIn.deviceCookie, secure);
  rotateCsrfSeed(res.headers, secure);
  return res;
}

const signInSchema = z.object({
  email: z.string().trim().max(254).default(""),
  password: z.string().max(200).default(""),
  next: z.string().optional(),
});

/**
 * GET shows the form; POST checks the password (same answer for any
 * failure; while attempts must wait, 429 with the wait stated).
 */
export function signInHandlers(realm: Realm): Handlers<SignInData, State> {
  return {
    async GET(_req, ctx: Ctx) {
      if (signedIn(ctx.state, realm)) return redirect(HOME[realm]);
      if (realm === "staff" && await needsSetup(ctx.state.services.db)) {
        return redirect("/setup");
      }
      const next = ctx.url.searchParams.get("next") ?? undefined;
      return ctx.render({
        next: next && safeRedirectPath(next, "") || undefined,
      });
    },
    async POST(req, ctx: Ctx) {
      const { db, keys, now } = ctx.state.services;
      const { secure } = ctx.state;
      // Not through submitForm: a form that does not parse still counts as
      // a failed attempt, tried with empty credentials.
      const form = await parseForm(req, signInSchema);
      const input = form.ok
        ? form.data
        : { email: "", password: "", next: undefined };
      try {
        const signedIn = await signInWithPassword(db, keys, realm, {
          email: input.email,
          password: input.password,
          ip: ctx.state.clientIp,
          userAgent: req.headers.get("user-agent"),
          deviceCookie: readDeviceCookie(req, realm, secure),
        }, now());
        const next = safeRedirectPath(input.next, HOME[realm]);
        return startSessionResponse(realm, signedIn, next, secure);
      } catch (error) {
        const kept = { values: { email: input.email }, next: input.next };
        if (error instanceof RateLimitedError) {
          return ctx.render({
            ...kept,
            retryAfterSeconds: error.retryAfterSeconds,
          }, { status: 429, headers: error.headers });
        }
        if (!(error instanceof UnauthorizedError)) throw error;
        return ctx.render({ ...kept, errors: { _form: "auth.invalid" } }, {
          status: 401,
        });
      }
    },
  };
}

/** POST signs out this browser, or with `everywhere` every device. */
export function signOutHandlers(realm: Realm): Handlers<unknown, State> {
  return {
    async POST(req, ctx) {
      const { db } = ctx.state.services;
      const session = signedIn(ctx.state, realm);
      const everywhere = (await readFormData(req)).get("everywhere") === "1";
      if (session && everywhere) {
        await endAllSessions(db, realm, session.user.id);
      } else if (session) await endSession(db, session.tokenHash);
      const res = redirect(`${BASE[realm]}/login`);
      setFlash(res.headers, {
        kind: "success",
        message: everywhere ? "auth.signedOutEverywhere" : "auth.signedOut",
      }, ctx.state.secure);
      clearSessionCookie(res.headers, realm, ctx.state.secure);
      rotateCsrfSeed(res.headers, ctx.state.secure);
      return res;
    },
  };
}

const emailSchema = z.object({ email: emailField() });

/**
 * Emails a link (password reset, or for clients a sign-in link) and always
 * answers the same, whether or not the address has an account.
 */
export function emailLinkHandlers(
  realm: Realm,
  purpose: "sign_in" | "password_reset",
): Handlers<ResetData, State> {
  return {
    GET(_req, ctx) {
      return ctx.render({});
    },
    async POST(req, ctx) {
      const { db, now, config } = ctx.state.services;
      return await submitForm(req, ctx.state.secure, {
        schema: emailSchema,
        run: ({ email }) =>
          sendAccountLink(db, realm, purpose, {
            email,
            ip: ctx.state.clientIp,
            appUrl: config.appUrl,
          }, now()),
        invalid: (form, status) => ctx.render(form, { status }),
        done: () => ({
          to: `${BASE[realm]}/login`,
          flash: {
            kind: "success",
            message: purpose === "sign_in" ? "auth.linkSent" : "auth.resetSent",
          },
        }),
      });
    },
  };
}

const resetSchema = z.object({
  token: z.string().min(1).max(100),
  password: newPassword(),
  password_repeat: z.string(),
}).refine((v) => v.password === v.password_repeat, {
  path: ["password_repeat"],
  message: "auth.passwordMismatch",
});

/** The page behind a reset or invitation link: choose a new password. */
export function resetPasswordHandlers(
  realm: Realm,
): Handlers<ResetData, State> {
  return {
    async GET(_req, ctx) {
      const { db, now } = ctx.state.services;
      const token = ctx.url.searchParams.get("token") ?? "";
      const usable = token.length <= 100 &&
        await isAuthTokenUsable(db, token, ["password_reset", "invite"], now());
      return ctx.render({ token, invalid: !usable }, {
        status: usable ? 200 : 410,
      });
    },
    async POST(req, ctx) {
      const { db, now } = ctx.state.services;
      return await submitForm(req, ctx.state.secure, {
        schema: resetSchema,
        run: ({ token, password }) =>
          resetPasswordWithToken(db, realm, token, password, now()),
        invalid: (form, status) =>
          ctx.render({ ...form, token: form.values?.token ?? "" }, { status }),
        done: (reset, _, { token }) =>
          reset
            ? {
              to: `${BASE[realm]}/login`,
              flash: { kind: "success", message: "auth.resetDone" },
            }
            : ctx.render({ token, invalid: true }, { status: 410 }),
      });
    },
  };
}
