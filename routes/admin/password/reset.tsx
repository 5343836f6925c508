import type { PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  type ResetData,
  resetPasswordHandlers,
} from "@/lib/http/account_routes.ts";
import { ResetPasswordPage } from "@/components/auth/PasswordPages.tsx";

export const handler = resetPasswordHandlers("staff");

export default function Reset({ state, data }: PageProps<ResetData, State>) {
  return (
    <ResetPasswordPage
      realm="staff"
      t={state.t}
      csrf={state.csrf}
      data={data}
    />
  );
}
