import type { PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  emailLinkHandlers,
  type ResetData,
} from "@/lib/http/account_routes.ts";
import { ForgotPasswordPage } from "@/components/auth/PasswordPages.tsx";

export const handler = emailLinkHandlers("contact", "password_reset");

export default function Forgot({ state, data }: PageProps<ResetData, State>) {
  return (
    <ForgotPasswordPage
      realm="contact"
      t={state.t}
      csrf={state.csrf}
      data={data}
    />
  );
}
