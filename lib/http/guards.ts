/**
 * Area guards: who may see `/admin/…` and `/clients/…`. Pages that must
 * work signed out (sign-in, password reset, links) are listed here.
 */
import type { FreshContext } from "../web/mod.ts";
import type { State } from "./state.ts";
import type { ContactUser, Session, StaffUser } from "../auth/sessions.ts";
import type { Actor } from "../audit.ts";
import { ForbiddenError } from "../errors.ts";
import { redirect } from "./flash.ts";

const PUBLIC =
  /^\/(admin|clients)\/(login(\/.*)?|password\/.*)$|^\/clients\/cat_consent_js$/;

function toSignIn(
  ctx: FreshContext<State>,
  area: "/admin" | "/clients",
): Response {
  const back = ctx.req.method === "GET"
    ? ctx.url.pathname + ctx.url.search
    : area;
  return redirect(`${area}/login?next=${encodeURIComponent(back)}`);
}

/**
 * Middleware for `/admin`: staff only. A signed-in portal contact is
 * refused (403) rather than sent to a sign-in they cannot pass.
 */
export function requireStaff(_req: Request, ctx: FreshContext<State>) {
  if (PUBLIC.test(ctx.url.pathname) || ctx.state.staffSession) {
    return ctx.next();
  }
  if (ctx.state.contactSession) throw new ForbiddenError();
  return Promise.resolve(toSignIn(ctx, "/admin"));
}

/** Middleware for `/clients`: signed-in portal contacts only. */
export function requireContact(_req: Request, ctx: FreshContext<State>) {
  if (PUBLIC.test(ctx.url.pathname) || ctx.state.contactSession) {
    return ctx.next();
  }
  return Promise.resolve(toSignIn(ctx, "/clients"));
}

/** Narrows the state in a route behind `requireStaff`. */
export function assertStaff(
  state: State,
): asserts state is State & { staffSession: Session<StaffUser> } {
  if (!state.staffSession) throw new ForbiddenError();
}

/** For admin-only pages (staff management, settings). */
export function assertAdmin(
  state: State,
): asserts state is State & { staffSession: Session<StaffUser> } {
  if (state.staffSession?.user.role !== "admin") throw new ForbiddenError();
}

/** Narrows the state in a route behind `requireContact`. */
export function assertContact(
  state: State,
): asserts state is State & { contactSession: Session<ContactUser> } {
  if (!state.contactSession) throw new ForbiddenError();
}

/** The signed-in staff member as the actor of audited changes. */
export function staffActor(state: State): Actor {
  assertStaff(state);
  return { type: "staff", id: state.staffSession.user.id };
}
