import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import { plainDate } from "@/lib/http/form_fields.ts";
import { dateIn } from "@/lib/wall_clock.ts";
import {
  accountantCsv,
  accountantZip,
  type ExportPeriod,
  periodBounds,
} from "@/lib/billing/export.ts";
import { CsrfField, Field, FormError } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";

/** The period (days in the business time zone) and what to download. */
const exportForm = z.object({
  from: plainDate(),
  to: plainDate(),
  format: z.enum(["csv", "zip"], { error: "form.invalid" }),
});

type Ctx = FreshContext<State, FormState>;

/** A streamed download that is not cached. */
function download(
  body: ReadableStream<Uint8Array>,
  filename: string,
  contentType: string,
): Response {
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}

/**
 * Admin → Accounting (administrators): the accountant export of a period,
 * as CSV or as a zip of the PDFs (lib/billing/export.ts).
 */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { timeZone } = await ctx.state.business();
    const today = dateIn(ctx.state.services.now(), timeZone);
    const lastMonth = today.with({ day: 1 }).subtract({ months: 1 });
    return ctx.render({
      values: {
        from: lastMonth.toString(),
        to: lastMonth.add({ months: 1 }).subtract({ days: 1 }).toString(),
      },
    });
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db } = ctx.state.services;
    const { timeZone } = await ctx.state.business();
    return await submitForm(req, ctx.state.secure, {
      schema: exportForm,
      run(data) {
        const period: ExportPeriod = {
          from: data.from.toString(),
          to: data.to.toString(),
          timeZone,
        };
        // Refuses a period it cannot export before the download starts.
        periodBounds(period);
        return Promise.resolve(period);
      },
      invalid: (form, status) => ctx.render(form, { status }),
      done(period, { format }) {
        const name = `accounting-${period.from}-${period.to}`;
        return format === "csv"
          ? download(
            accountantCsv(db, period),
            `${name}.csv`,
            "text/csv; charset=utf-8",
          )
          : download(
            accountantZip(db, period),
            `${name}.zip`,
            "application/zip",
          );
      },
    });
  },
};

export default function AccountingPage(
  { state, data }: PageProps<FormState, State>,
) {
  const { t, csrf } = state;
  return (
    <>
      <PageHeader
        title={t("billing.export.title")}
        intro={t("billing.export.intro")}
      />
      <form method="post" class="card form" novalidate>
        <CsrfField token={csrf} />
        <FormError t={t} errors={data.errors} />
        <Field
          t={t}
          name="from"
          type="date"
          label="billing.export.from"
          required
          {...data}
        />
        <Field
          t={t}
          name="to"
          type="date"
          label="billing.export.to"
          required
          {...data}
        />
        <div class="form-actions">
          <button type="submit" name="format" value="csv">
            {t("billing.export.csv")}
          </button>
          <button
            type="submit"
            name="format"
            value="zip"
            class="button-secondary"
          >
            {t("billing.export.zip")}
          </button>
        </div>
      </form>
    </>
  );
}
