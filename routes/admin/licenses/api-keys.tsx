import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  API_SCOPES,
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from "@/lib/auth/api_keys.ts";
import { NotFoundError, ValidationError } from "@/lib/errors.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { formIntent, type FormState } from "@/lib/http/forms.ts";
import { assertAdmin, assertStaff } from "@/lib/http/guards.ts";
import { checkbox, requiredText } from "@/lib/http/forms.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import { CsrfField, Field } from "@/components/Field.tsx";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { LicenseKey } from "@/components/licensing/LicenseBadges.tsx";
import { DataTable } from "@/components/admin/DataTable.tsx";

/** One checkbox per scope, `scope.<name>`, so a failed form keeps each tick. */
const apiKeyForm = z.object({
  name: requiredText(100),
  ...Object.fromEntries(
    API_SCOPES.map((scope) => [`scope.${scope}`, checkbox()]),
  ) as Record<
    `scope.${typeof API_SCOPES[number]}`,
    ReturnType<typeof checkbox>
  >,
}).transform((form, ctx) => {
  const scopes = API_SCOPES.filter((scope) => form[`scope.${scope}`]);
  if (scopes.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["scopes"],
      message: "licensing.apiKeys.scopeRequired",
    });
  }
  return { name: form.name, scopes };
});

const apiKeyIdForm = z.object({ api_key_id: z.uuid() });

type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

interface ApiKeysPageData {
  apiKeys: ApiKeyRow[];
  timeZone: string;
  canManage: boolean;
  form: FormState;
  /** The key just created, in the one response that shows it. */
  created?: { name: string; key: string };
}

type Ctx = FreshContext<State, ApiKeysPageData>;

const PAGE = "/admin/licenses/api-keys";

async function showApiKeys(
  ctx: Ctx,
  extra: { form?: FormState; created?: ApiKeysPageData["created"] } = {},
  status = 200,
) {
  const { db } = ctx.state.services;
  const [apiKeys, settings] = await Promise.all([
    listApiKeys(db),
    ctx.state.business(),
  ]);
  return ctx.render({
    apiKeys,
    timeZone: settings.timeZone,
    canManage: ctx.state.staffSession?.user.role === "admin",
    form: extra.form ?? {},
    created: extra.created,
    // A new key is in this page exactly once: no cache may keep a copy.
  }, { status, headers: { "cache-control": "no-store" } });
}

async function create(req: Request, ctx: Ctx, staffId: string) {
  const { db, now } = ctx.state.services;
  return await submitForm(req, ctx.state.secure, {
    schema: apiKeyForm,
    run: ({ name, scopes }) => createApiKey(db, name, staffId, now(), scopes),
    invalid: (form, status) => showApiKeys(ctx, { form }, status),
    // Rendered, not redirected: a key must not travel in a URL or a cookie.
    done: async ({ key }, { name }) =>
      await showApiKeys(ctx, { created: { name, key } }, 201),
  });
}

async function revoke(req: Request, ctx: Ctx, staffId: string) {
  const { db, now } = ctx.state.services;
  return await submitForm(req, ctx.state.secure, {
    schema: apiKeyIdForm,
    run: (data) => revokeApiKey(db, data.api_key_id, staffId, now()),
    invalid: () => {
      throw new NotFoundError();
    },
    done: () => ({
      to: PAGE,
      flash: { kind: "success", message: "licensing.apiKeys.revoked" },
    }),
  });
}

/** Admin → Licenses → API keys: staff see the list; administrators create and revoke. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    return showApiKeys(ctx);
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const staffId = ctx.state.staffSession.user.id;
    switch (await formIntent(req)) {
      case "create":
        return await create(req, ctx, staffId);
      case "revoke":
        return await revoke(req, ctx, staffId);
      default:
        throw new ValidationError({ intent: "form.invalid" });
    }
  },
};

export default function ApiKeysPage(
  { state, data }: PageProps<ApiKeysPageData, State>,
) {
  const { t, csrf, locale } = state;
  const when = (date: Date) => formatDateTime(locale, date, data.timeZone);
  return (
    <>
      <PageHeader
        title={t("licensing.apiKeys.title")}
        intro={t("licensing.apiKeys.intro")}
        back={{ href: "/admin/licenses", label: t("licensing.back") }}
      />
      {data.created && (
        <section class="card section api-key-created" role="status">
          <h2>
            {t("licensing.apiKeys.createdTitle", { name: data.created.name })}
          </h2>
          <p>{t("licensing.apiKeys.createdText")}</p>
          <LicenseKey value={data.created.key} />
        </section>
      )}
      {data.canManage
        ? (
          <form method="post" class="toolbar section" novalidate>
            <CsrfField token={csrf} />
            <input type="hidden" name="intent" value="create" />
            <Field
              t={t}
              name="name"
              label="licensing.apiKeys.name"
              hint={t("licensing.apiKeys.nameHint")}
              required
              {...data.form}
            />
            <fieldset class="field">
              <legend>{t("licensing.apiKeys.scopes")}</legend>
              {data.form.errors?.scopes && (
                <p class="field-error" role="alert">
                  {t("licensing.apiKeys.scopeRequired")}
                </p>
              )}
              {API_SCOPES.map((scope) => (
                <label class="field-checkbox">
                  <input
                    type="checkbox"
                    name={`scope.${scope}`}
                    checked={data.form.values
                      ? data.form.values[`scope.${scope}`] === "on"
                      : scope === "licenses:issue"}
                  />{" "}
                  <code>{scope}</code>
                </label>
              ))}
            </fieldset>
            <button type="submit">{t("licensing.apiKeys.create")}</button>
          </form>
        )
        : <p class="muted section">{t("licensing.apiKeys.adminOnly")}</p>}
      {data.apiKeys.length === 0
        ? (
          <div class="card section">
            <EmptyState text={t("licensing.apiKeys.empty")} />
          </div>
        )
        : (
          <div class="table-wrap section">
            <DataTable
              rows={data.apiKeys}
              columns={[
                {
                  label: t("licensing.apiKeys.col.name"),
                  cell: (apiKey) => apiKey.name,
                },
                {
                  label: t("licensing.apiKeys.col.prefix"),
                  cell: (apiKey) => <code>{apiKey.prefix}…</code>,
                },
                {
                  label: t("licensing.apiKeys.scopes"),
                  cell: (apiKey) => apiKey.scopes.join(", "),
                },
                {
                  label: t("licensing.apiKeys.col.created"),
                  cell: (apiKey) => when(apiKey.created_at),
                },
                {
                  label: t("licensing.apiKeys.col.lastUsed"),
                  cell: (apiKey) =>
                    apiKey.last_used_at
                      ? when(apiKey.last_used_at)
                      : (
                        <span class="muted">
                          {t("licensing.apiKeys.neverUsed")}
                        </span>
                      ),
                },
                {
                  label: t("licensing.apiKeys.col.status"),
                  cell: (apiKey) =>
                    apiKey.revoked_at
                      ? (
                        <span class="badge badge-revoked">
                          {t("licensing.apiKeys.revokedOn", {
                            date: when(apiKey.revoked_at),
                          })}
                        </span>
                      )
                      : (
                        <span class="badge badge-active">
                          {t("licensing.apiKeys.active")}
                        </span>
                      ),
                },
                ...(data.canManage
                  ? [{
                    label: t("licensing.apiKeys.revoke"),
                    action: true,
                    cell: (apiKey: (typeof data.apiKeys)[number]) =>
                      !apiKey.revoked_at && (
                        <PostButton
                          csrf={csrf}
                          fields={{ intent: "revoke", api_key_id: apiKey.id }}
                          label={t("licensing.apiKeys.revoke")}
                          variant="danger"
                        />
                      ),
                  }]
                  : []),
              ]}
            />
          </div>
        )}
    </>
  );
}
