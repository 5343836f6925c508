import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import {
  completeSignIn,
  createFirstAdmin,
  needsSetup,
} from "@/lib/auth/accounts.ts";
import { NotFoundError } from "@/lib/errors.ts";
import { startSessionResponse } from "./(_shared)/account.ts";
import { setFlash } from "@/lib/http/flash.ts";
import {
  emailField,
  type FormState,
  newPassword,
  requiredText,
} from "@/lib/http/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { AuthCard } from "@/components/auth/AuthCard.tsx";
import { ownLicensingEnv } from "@/lib/app/domains.ts";
import { licenseOwnModules } from "@/lib/licensing/own.ts";
import { CsrfField, Field } from "@/components/Field.tsx";

const schema = z.object({
  name: requiredText(200),
  email: emailField(),
  password: newPassword(),
});

async function assertOpen(ctx: FreshContext<State>) {
  if (!await needsSetup(ctx.state.services.db)) throw new NotFoundError();
}

/**
 * The vendor's own install unlocks its modules with its own licenses. A
 * failure leaves setup done and the modules locked; their lock page offers
 * the same step again.
 */
async function licenseOwnModulesAtSetup(
  services: State["services"],
  owner: { email: string; name: string },
) {
  const env = ownLicensingEnv(services);
  if (!env) return;
  try {
    await licenseOwnModules(services.db, env, owner, services.now());
  } catch (error) {
    console.error("licensing this installation's own modules failed:", error);
  }
}

/**
 * First run: create the administrator (and, on its own license server,
 * license the installation's modules). Gone (404) once any staff exists.
 */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, FormState>) {
    await assertOpen(ctx);
    return ctx.render({});
  },
  async POST(req: Request, ctx: FreshContext<State, FormState>) {
    await assertOpen(ctx);
    const { db, keys, now } = ctx.state.services;
    const userAgent = req.headers.get("user-agent");
    return await submitForm(req, ctx.state.secure, {
      schema,
      async run(data) {
        const id = await createFirstAdmin(db, {
          ...data,
          locale: ctx.state.locale,
        }, now());
        await licenseOwnModulesAtSetup(ctx.state.services, data);
        return await completeSignIn(
          db,
          keys,
          "staff",
          { id, email: data.email },
          { device: null, userAgent },
          now(),
        );
      },
      invalid: (form, status) => ctx.render(form, { status }),
      done(signedIn) {
        const res = startSessionResponse(
          "staff",
          signedIn,
          "/admin",
          ctx.state.secure,
        );
        setFlash(
          res.headers,
          { kind: "success", message: "setup.done" },
          ctx.state.secure,
        );
        return res;
      },
    });
  },
};

export default function Setup(
  { state: { t, csrf }, data }: PageProps<FormState, State>,
) {
  return (
    <AuthCard title={t("setup.title")} intro={t("setup.intro")}>
      <form method="post" class="form" novalidate>
        <CsrfField token={csrf} />
        <Field
          t={t}
          name="name"
          label="auth.name"
          autocomplete="name"
          required
          {...data}
        />
        <Field
          t={t}
          name="email"
          label="auth.email"
          type="email"
          autocomplete="username"
          required
          {...data}
        />
        <Field
          t={t}
          name="password"
          label="auth.password"
          type="password"
          autocomplete="new-password"
          hint={t("auth.passwordTooShort")}
          required
          {...data}
        />
        <button type="submit">{t("setup.submit")}</button>
      </form>
    </AuthCard>
  );
}
