import type { PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { resetPasswordHandlers } from "../../(_shared)/account.ts";
import {
  type ResetData,
  ResetPasswordPage,
} from "@/components/auth/PasswordPages.tsx";

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
