import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { isAuthTokenUsable, signInWithLink } from "@/lib/auth/accounts.ts";
import { startSessionResponse } from "@/lib/http/account_routes.ts";
import { readFormData } from "@/lib/http/body_limit.ts";
import { readDeviceCookie } from "@/lib/http/device_cookie.ts";
import { AuthCard } from "@/components/auth/AuthCard.tsx";
import { CsrfField } from "@/components/Field.tsx";

interface Data {
  token: string;
  valid: boolean;
}

/**
 * The emailed sign-in link. Opening it shows a button; only the POST uses
 * the token, so mail scanners that fetch links cannot spend it.
 */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const { db, now } = ctx.state.services;
    const token = (ctx.url.searchParams.get("token") ?? "").slice(0, 100);
    const valid = token !== "" &&
      await isAuthTokenUsable(db, token, ["sign_in"], now());
    return ctx.render({ token, valid }, { status: valid ? 200 : 410 });
  },
  async POST(req: Request, ctx: FreshContext<State, Data>) {
    const { db, keys, now } = ctx.state.services;
    const { secure } = ctx.state;
    const token = String((await readFormData(req)).get("token") ?? "").slice(
      0,
      100,
    );
    const signedIn = await signInWithLink(db, keys, token, {
      userAgent: req.headers.get("user-agent"),
      deviceCookie: readDeviceCookie(req, "contact", secure),
    }, now());
    if (!signedIn) return ctx.render({ token, valid: false }, { status: 410 });
    return startSessionResponse("contact", signedIn, "/clients", secure);
  },
};

export default function SignInLink(
  { state: { t, csrf }, data }: PageProps<Data, State>,
) {
  return (
    <AuthCard title={t("auth.linkTitle")}>
      {data.valid
        ? (
          <form method="post" class="form">
            <CsrfField token={csrf} />
            <input type="hidden" name="token" value={data.token} />
            <button type="submit">{t("auth.signIn")}</button>
          </form>
        )
        : (
          <>
            <div class="alert alert-error" role="alert">
              {t("auth.linkInvalid")}
            </div>
            <a class="button" href="/clients/login">{t("auth.signIn")}</a>
          </>
        )}
    </AuthCard>
  );
}
