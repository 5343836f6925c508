import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { type FormDone, submitForm } from "@/lib/http/form_action.ts";
import { z } from "zod";
import type { StaffRole } from "@/lib/db/schema.ts";
import type { MessageKey } from "@/lib/i18n/mod.ts";
import { ValidationError } from "@/lib/errors.ts";
import { StaffRuleError } from "@/lib/crm/errors.ts";
import {
  createStaff,
  deactivateStaff,
  listStaff,
  reactivateStaff,
  type StaffMember,
  updateStaffRole,
} from "@/lib/crm/staff.ts";
import { localeChoice } from "@/lib/http/form_fields.ts";
import { type Flash, redirect } from "@/lib/http/flash.ts";
import {
  emailField,
  formIntent,
  type FormState,
  newPassword,
  requiredText,
} from "@/lib/http/forms.ts";
import { assertAdmin, staffActor } from "@/lib/http/guards.ts";
import { CsrfField, Field } from "@/components/Field.tsx";
import { LocaleField } from "@/components/crm/ClientFields.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { DataTable } from "@/components/admin/DataTable.tsx";

const role = z.enum(["admin", "staff"], { error: "form.invalid" });

/** Adding a staff member. */
const newStaffForm = z.object({
  name: requiredText(200),
  email: emailField(),
  role,
  locale: localeChoice(),
  password: newPassword(),
});

/** Changing a staff member's role. */
const staffRoleForm = z.object({ staff_id: z.uuid(), role });

/** Deactivating or reactivating a staff member. */
const staffIdForm = z.object({ staff_id: z.uuid() });

interface StaffPageData {
  staff: StaffMember[];
  form: FormState;
}

type Ctx = FreshContext<State, StaffPageData>;

const ROLES: StaffRole[] = ["admin", "staff"];

const RULE_MESSAGES: Record<StaffRuleError["code"], MessageKey> = {
  LAST_ADMIN: "crm.staff.lastAdmin",
  NOT_YOURSELF: "crm.staff.notYourself",
};

async function showStaff(ctx: Ctx, form?: FormState, status = 200) {
  const staff = await listStaff(ctx.state.services.db);
  const initial = { values: { role: "staff", locale: ctx.state.locale } };
  return ctx.render({ staff, form: form ?? initial }, { status });
}

async function addStaffMember(req: Request, ctx: Ctx) {
  const { db, now } = ctx.state.services;
  return await submitForm(req, ctx.state.secure, {
    schema: newStaffForm,
    run: (input) => createStaff(db, staffActor(ctx.state), input, now()),
    invalid: (form, status) => showStaff(ctx, form, status),
    done: () => ({
      to: "/admin/staff",
      flash: { kind: "success", message: "crm.staff.created" },
    }),
  });
}

/** A row action: parse, apply, and come back with what happened. */
async function changeStaff<T>(
  req: Request,
  ctx: Ctx,
  schema: z.ZodType<T>,
  change: (data: T) => Promise<void>,
  done: MessageKey,
) {
  const back = (flash: Flash): FormDone => ({ to: "/admin/staff", flash });
  return await submitForm(req, ctx.state.secure, {
    schema,
    run: change,
    invalid: () =>
      redirect("/admin/staff", {
        kind: "error",
        message: "form.invalid",
      }, ctx.state.secure),
    refused: (error) =>
      error instanceof StaffRuleError
        ? back({ kind: "error", message: RULE_MESSAGES[error.code] })
        : undefined,
    done: () => back({ kind: "success", message: done }),
  });
}

/** Admin → Staff (administrators only): the team, add, role, (de)activate. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    return showStaff(ctx);
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    const actor = staffActor(ctx.state);
    switch (await formIntent(req)) {
      case "create":
        return await addStaffMember(req, ctx);
      case "role":
        return await changeStaff(
          req,
          ctx,
          staffRoleForm,
          (data) => updateStaffRole(db, actor, data.staff_id, data.role, now()),
          "crm.staff.roleChanged",
        );
      case "deactivate":
        return await changeStaff(
          req,
          ctx,
          staffIdForm,
          (data) => deactivateStaff(db, actor, data.staff_id, now()),
          "crm.staff.deactivated",
        );
      case "reactivate":
        return await changeStaff(
          req,
          ctx,
          staffIdForm,
          (data) => reactivateStaff(db, actor, data.staff_id, now()),
          "crm.staff.reactivated",
        );
      default:
        throw new ValidationError({ intent: "form.invalid" });
    }
  },
};

export default function StaffPage(
  { state, data }: PageProps<StaffPageData, State>,
) {
  assertAdmin(state);
  const { t, csrf } = state;
  const me = state.staffSession.user.id;
  const roleOptions = Object.fromEntries(
    ROLES.map((role) => [role, t(`crm.staff.role.${role}`)]),
  );
  return (
    <>
      <PageHeader title={t("crm.staff.title")} intro={t("crm.staff.intro")}>
        <a class="button" href="#add-staff">{t("crm.staff.add")}</a>
      </PageHeader>
      <div class="table-wrap">
        <DataTable
          rows={data.staff}
          columns={[
            {
              label: t("auth.name"),
              cell: (member) => (
                <>
                  {member.name}
                  {member.id === me && (
                    <span class="muted">{` (${t("crm.staff.you")})`}</span>
                  )}
                </>
              ),
            },
            { label: t("auth.email"), cell: (member) => member.email },
            {
              label: t("crm.staff.role"),
              cell: (member) =>
                member.id === me
                  ? t(`crm.staff.role.${member.role}`)
                  : (
                    <form method="post" class="inline-form">
                      <CsrfField token={csrf} />
                      <input type="hidden" name="intent" value="role" />
                      <input type="hidden" name="staff_id" value={member.id} />
                      <select name="role" aria-label={t("crm.staff.role")}>
                        {ROLES.map((role) => (
                          <option value={role} selected={role === member.role}>
                            {roleOptions[role]}
                          </option>
                        ))}
                      </select>
                      <button type="submit" class="button-secondary">
                        {t("crm.staff.changeRole")}
                      </button>
                    </form>
                  ),
            },
            {
              label: t("crm.staff.status"),
              cell: (member) =>
                member.active
                  ? (
                    <span class="badge badge-active">
                      {t("crm.staff.active")}
                    </span>
                  )
                  : <span class="badge">{t("crm.staff.inactive")}</span>,
            },
            {
              label: t("crm.actions"),
              action: true,
              cell: (member) =>
                member.id !== me && (
                  <PostButton
                    csrf={csrf}
                    fields={{
                      intent: member.active ? "deactivate" : "reactivate",
                      staff_id: member.id,
                    }}
                    label={t(
                      member.active
                        ? "crm.staff.deactivate"
                        : "crm.staff.reactivate",
                    )}
                    variant={member.active ? "danger" : "secondary"}
                  />
                ),
            },
          ]}
        />
      </div>

      <section class="card section" id="add-staff">
        <h2>{t("crm.staff.add")}</h2>
        <p class="muted">{t("crm.staff.addIntro")}</p>
        <form method="post" class="form" novalidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="create" />
          <Field
            t={t}
            name="name"
            label="auth.name"
            required
            autocomplete="off"
            {...data.form}
          />
          <Field
            t={t}
            name="email"
            label="auth.email"
            type="email"
            required
            autocomplete="off"
            {...data.form}
          />
          <div class="field-row">
            <Field
              t={t}
              name="role"
              label="crm.staff.role"
              options={roleOptions}
              hint={t("crm.staff.roleHint")}
              {...data.form}
            />
            <LocaleField t={t} name="locale" {...data.form} />
          </div>
          <Field
            t={t}
            name="password"
            label="crm.staff.initialPassword"
            type="password"
            autocomplete="new-password"
            hint={t("auth.passwordTooShort")}
            required
            {...data.form}
          />
          <div>
            <button type="submit">{t("crm.staff.add")}</button>
          </div>
        </form>
      </section>
    </>
  );
}
