import type { PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { signInHandlers } from "../(_shared)/account.ts";
import { type SignInData, SignInPage } from "@/components/auth/SignInPage.tsx";

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
