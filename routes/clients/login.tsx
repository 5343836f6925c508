import type { PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { type SignInData, signInHandlers } from "@/lib/http/account_routes.ts";
import { SignInPage } from "@/components/auth/SignInPage.tsx";

export const handler = signInHandlers("contact");

export default function Login({ state, data }: PageProps<SignInData, State>) {
  return (
    <SignInPage
      realm="contact"
      t={state.t}
      locale={state.locale}
      csrf={state.csrf}
      data={data}
    />
  );
}
