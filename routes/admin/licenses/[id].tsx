import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { ConflictError, ValidationError } from "@/lib/errors.ts";
import { redirect } from "@/lib/http/flash.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { formIntent, type FormState } from "@/lib/http/forms.ts";
import { assertAdmin, assertStaff, staffActor } from "@/lib/http/guards.ts";
import { requiredText } from "@/lib/http/forms.ts";
import { isWithinDateYears } from "@/lib/validation.ts";
import { endOfDay, lastValidDay } from "@/lib/wall_clock.ts";
import { uuidParam } from "@/lib/http/params.ts";
import {
  formatDate,
  formatDateTime,
  type Locale,
  type Translate,
} from "@/lib/i18n/mod.ts";
import {
  extendLicense,
  getLicenseDetail,
  type LicenseDetail,
  type LicenseEventRow,
  moveLicense,
  readLicenseKey,
  reinstateLicense,
  revokeLicense,
} from "@/lib/licensing/manage.ts";
import { CsrfField, Field } from "@/components/Field.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { ConfirmButton } from "@/components/ConfirmButton.tsx";
import { ProductName } from "@/components/licensing/ProductName.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import {
  LicenseKey,
  LicenseStatusBadge,
  LicenseTypeBadge,
} from "@/components/licensing/LicenseBadges.tsx";

/** A calendar day from `<input type="date">`, in the years `DATE_YEARS`. */
const day = z.string({ error: "licensing.extend.date" }).trim()
  .refine(isWithinDateYears, "licensing.extend.date")
  .transform((text, ctx) => {
    try {
      return Temporal.PlainDate.from(text, { overflow: "reject" });
    } catch {
      ctx.addIssue({ code: "custom", message: "licensing.extend.date" });
      return z.NEVER;
    }
  });

const extendLicenseForm = z.object({ expires_on: day });

const moveLicenseForm = z.object({ domain: requiredText(300) });

/** Where the domain's `expires_at` error shows on the extend form. */
const EXTEND_FIELD_NAMES = { expires_at: "expires_on" };

interface LicensePageData {
  detail: LicenseDetail;
  /** The full key, behind a disclosure: staff may look it up for a client. */
  key: string;
  timeZone: string;
  /** Whether the viewer may change the license (administrators only). */
  canManage: boolean;
  extend: FormState;
  move: FormState;
}

type Ctx = FreshContext<State, LicensePageData>;

async function showLicense(
  ctx: Ctx,
  licenseId: string,
  forms: { extend?: FormState; move?: FormState } = {},
  status = 200,
) {
  const { db, keys, now } = ctx.state.services;
  const [detail, key, settings] = await Promise.all([
    getLicenseDetail(db, licenseId, now()),
    readLicenseKey(db, keys, licenseId),
    ctx.state.business(),
  ]);
  const expiresAt = detail.license.expires_at;
  return ctx.render({
    detail,
    key,
    timeZone: settings.timeZone,
    canManage: ctx.state.staffSession?.user.role === "admin",
    extend: forms.extend ?? {
      values: {
        expires_on: expiresAt ? lastValidDay(expiresAt, settings.timeZone) : "",
      },
    },
    move: forms.move ?? {},
    // The page holds the full key: never keep it in a cache.
  }, { status, headers: { "cache-control": "no-store" } });
}

/** This license's page, where every change comes back to. */
function backHere(licenseId: string): string {
  return `/admin/licenses/${licenseId}`;
}

/** Revoke and reinstate: what runs, and the flash when it did or did not change anything. */
const STATUS_CHANGES = {
  revoke: {
    run: revokeLicense,
    done: "licensing.revoked",
    unchanged: "licensing.alreadyRevoked",
  },
  reinstate: {
    run: reinstateLicense,
    done: "licensing.reinstated",
    unchanged: "licensing.notRevoked",
  },
} as const;

async function changeStatus(
  ctx: Ctx,
  licenseId: string,
  intent: keyof typeof STATUS_CHANGES,
) {
  const { db, now } = ctx.state.services;
  const change = STATUS_CHANGES[intent];
  const changed = await change.run(
    db,
    licenseId,
    staffActor(ctx.state),
    now(),
  );
  return redirect(
    backHere(licenseId),
    changed
      ? { kind: "success", message: change.done }
      : { kind: "warning", message: change.unchanged },
    ctx.state.secure,
  );
}

async function extend(req: Request, ctx: Ctx, licenseId: string) {
  const { db, now } = ctx.state.services;
  const { timeZone } = await ctx.state.business();
  return await submitForm(req, ctx.state.secure, {
    schema: extendLicenseForm,
    async run(data) {
      const expiresAt = endOfDay(data.expires_on, timeZone);
      await extendLicense(
        db,
        licenseId,
        expiresAt,
        staffActor(ctx.state),
        now(),
      );
      return expiresAt;
    },
    rename: EXTEND_FIELD_NAMES,
    invalid: (form, status) =>
      showLicense(ctx, licenseId, { extend: form }, status),
    done: (expiresAt) => ({
      to: backHere(licenseId),
      flash: {
        kind: "success",
        message: "licensing.extended",
        params: {
          date: formatDate(
            ctx.state.locale,
            new Date(expiresAt.getTime() - 1),
            timeZone,
          ),
        },
      },
    }),
  });
}

async function move(req: Request, ctx: Ctx, licenseId: string) {
  const { db, now } = ctx.state.services;
  return await submitForm(req, ctx.state.secure, {
    schema: moveLicenseForm,
    run: (data) =>
      moveLicense(db, licenseId, data.domain, staffActor(ctx.state), now()),
    invalid: (form, status) =>
      showLicense(ctx, licenseId, { move: form }, status),
    refused: (error) =>
      error instanceof ConflictError
        ? {
          to: backHere(licenseId),
          flash: { kind: "error", message: "licensing.move.conflict" },
        }
        : undefined,
    done: ({ to }) => ({
      to: backHere(licenseId),
      flash: {
        kind: "success",
        message: "licensing.moved",
        params: { domain: to },
      },
    }),
  });
}

/** Admin → Licenses → one license: details, key, activations, history; admins change it. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    return showLicense(ctx, uuidParam(ctx.params.id));
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const licenseId = uuidParam(ctx.params.id);
    const intent = await formIntent(req);
    switch (intent) {
      case "revoke":
      case "reinstate":
        return await changeStatus(ctx, licenseId, intent);
      case "extend":
        return await extend(req, ctx, licenseId);
      case "move":
        return await move(req, ctx, licenseId);
      default:
        throw new ValidationError({ intent: "form.invalid" });
    }
  },
};

function eventText(
  t: Translate,
  locale: Locale,
  timeZone: string,
  event: LicenseEventRow,
): string {
  const domain = event.domain ?? "";
  switch (event.kind) {
    case "issued":
      return t("licensing.event.issued", {
        type: event.detail === "trial" || event.detail === "full"
          ? t(`licensing.type.${event.detail}`)
          : event.detail ?? "",
      });
    case "moved":
      return event.detail
        ? t("licensing.event.moved", { domain, to: event.detail })
        : t("licensing.event.movedAway", { domain });
    case "extended":
      return t("licensing.event.extended", {
        date: event.detail
          ? formatDateTime(locale, new Date(event.detail), timeZone)
          : "",
      });
    case "activated":
    case "deactivated":
    case "released":
      return t(`licensing.event.${event.kind}`, { domain });
    default:
      return t(`licensing.event.${event.kind}`);
  }
}

function ManageLicense(
  { t, csrf, data }: { t: Translate; csrf: string; data: LicensePageData },
) {
  const { license } = data.detail;
  const revoked = license.status === "revoked";
  return (
    <section class="card section">
      <h2>{t("licensing.manage.title")}</h2>
      <div class="license-manage">
        <div>
          <p class="muted">
            {t(revoked ? "licensing.reinstate.hint" : "licensing.revoke.hint")}
          </p>
          {revoked
            ? (
              <PostButton
                csrf={csrf}
                fields={{ intent: "reinstate" }}
                label={t("licensing.reinstate")}
              />
            )
            : (
              <ConfirmButton
                csrf={csrf}
                fields={{ intent: "revoke" }}
                label={t("licensing.revoke")}
                question={t("licensing.revoke.question")}
                confirm={t("licensing.revoke.confirm")}
              />
            )}
        </div>
        <form method="post" class="form" novalidate>
          <h3>{t("licensing.extend.title")}</h3>
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="extend" />
          <Field
            t={t}
            name="expires_on"
            type="date"
            label="licensing.extend.field"
            hint={t("licensing.extend.hint", { timeZone: data.timeZone })}
            required
            {...data.extend}
          />
          <div>
            <button type="submit" class="button-secondary">
              {t("licensing.extend.submit")}
            </button>
          </div>
        </form>
        <form method="post" class="form" novalidate>
          <h3>{t("licensing.move.title")}</h3>
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="move" />
          <Field
            t={t}
            name="domain"
            label="licensing.move.field"
            hint={t("licensing.move.hint")}
            required
            {...data.move}
          />
          <div>
            <button type="submit" class="button-secondary">
              {t("licensing.move.submit")}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}

export default function LicensePage(
  { state, data }: PageProps<LicensePageData, State>,
) {
  const { t, csrf, locale } = state;
  const { license, client, activations, events } = data.detail;
  const when = (date: Date) => formatDateTime(locale, date, data.timeZone);
  return (
    <>
      <PageHeader
        title={license.key_prefix}
        back={{ href: "/admin/licenses", label: t("licensing.back") }}
      />

      <section class="card section">
        <h2>{t("licensing.details")}</h2>
        <dl class="details">
          <dt>{t("licensing.field.key")}</dt>
          <dd>
            <details class="license-key-reveal">
              <summary>{t("licensing.field.showKey")}</summary>
              <LicenseKey value={data.key} />
              <p class="hint">{t("licensing.field.showKeyHint")}</p>
            </details>
          </dd>
          <dt>{t("licensing.col.product")}</dt>
          <dd>
            <ProductName license={license} locale={locale} />{" "}
            <LicenseTypeBadge type={license.type} t={t} />
            {license.own_installation && (
              <>
                {" "}
                <span class="badge badge-active">
                  {t("licensing.ownInstallation")}
                </span>
              </>
            )}
          </dd>
          <dt>{t("licensing.col.status")}</dt>
          <dd>
            <LicenseStatusBadge status={license.status} t={t} />
          </dd>
          <dt>{t("licensing.col.expires")}</dt>
          <dd>
            {license.expires_at
              ? when(license.expires_at)
              : t("licensing.noExpiry")}
          </dd>
          {license.name && (
            <>
              <dt>{t("licensing.field.name")}</dt>
              <dd>{license.name}</dd>
            </>
          )}
          <dt>{t("licensing.field.email")}</dt>
          <dd>{license.email}</dd>
          {client && (
            <>
              <dt>{t("licensing.field.client")}</dt>
              <dd>
                <a href={`/admin/clients/${client.id}`}>
                  {client.company ?? client.contact ?? client.id}
                </a>
              </dd>
            </>
          )}
          {license.reference && (
            <>
              <dt>{t("licensing.field.reference")}</dt>
              <dd>
                <code>{license.reference}</code>
              </dd>
            </>
          )}
          <dt>{t("licensing.field.issued")}</dt>
          <dd>{when(license.created_at)}</dd>
        </dl>
      </section>

      <section class="section">
        <h2>{t("licensing.activations.title")}</h2>
        {activations.length === 0
          ? (
            <div class="table-wrap">
              <p class="empty-state">{t("licensing.activations.empty")}</p>
            </div>
          )
          : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("licensing.col.domain")}</th>
                    <th scope="col">{t("licensing.activations.since")}</th>
                    <th scope="col">{t("licensing.activations.until")}</th>
                    <th scope="col">
                      {t("licensing.activations.validations")}
                    </th>
                    <th scope="col">
                      {t("licensing.activations.lastValidation")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {activations.map((activation) => (
                    <tr>
                      <td>{activation.domain}</td>
                      <td>{when(activation.activated_at)}</td>
                      <td>
                        {activation.deactivated_at
                          ? when(activation.deactivated_at)
                          : (
                            <span class="badge badge-active">
                              {t("licensing.activations.current")}
                            </span>
                          )}
                      </td>
                      <td class="numeric">{activation.validation_count}</td>
                      <td>
                        {activation.last_validated_at
                          ? when(activation.last_validated_at)
                          : (
                            <span class="muted">
                              {t("licensing.activations.neverValidated")}
                            </span>
                          )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
      </section>

      {data.canManage
        ? <ManageLicense t={t} csrf={csrf} data={data} />
        : <p class="muted section">{t("licensing.manage.adminOnly")}</p>}

      <section class="section">
        <h2>{t("licensing.events.title")}</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("licensing.events.when")}</th>
                <th scope="col">{t("licensing.events.what")}</th>
                <th scope="col">{t("licensing.events.who")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr>
                  <td>{when(event.at)}</td>
                  <td>{eventText(t, locale, data.timeZone, event)}</td>
                  <td>
                    {event.actor_name ??
                      t(`licensing.actor.${event.actor_type}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
