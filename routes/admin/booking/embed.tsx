import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import { getEmbedOrigins, saveEmbedOrigins } from "@/lib/booking/embed.ts";
import { CsrfField, Field } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import type { BookingAdminState } from "./_middleware.ts";

const originsForm = z.object({
  origins: z.string().max(5000, "form.tooLong").default(""),
});

interface EmbedPageData {
  appUrl: string;
  form: FormState;
}

type Ctx = FreshContext<BookingAdminState, EmbedPageData>;

async function show(ctx: Ctx, form?: FormState, status = 200) {
  const { db, config } = ctx.state.services;
  return ctx.render({
    appUrl: config.appUrl,
    form: form ??
      { values: { origins: (await getEmbedOrigins(db)).join("\n") } },
  }, { status });
}

/** Admin → Booking → Embed: the widget's snippet, and the sites that may show it. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    return show(ctx);
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    const staffId = ctx.state.staffSession.user.id;
    return await submitForm(req, ctx.state.secure, {
      schema: originsForm,
      run: (form) => saveEmbedOrigins(db, form.origins, staffId, now()),
      invalid: (form, status) => show(ctx, form, status),
      done: () => ({
        to: "/admin/booking/embed",
        flash: { kind: "success", message: "embed.saved" },
      }),
    });
  },
};

export default function EmbedPage(
  { state, data }: PageProps<EmbedPageData, BookingAdminState>,
) {
  const { t, csrf } = state;
  const snippet =
    `<script src="${data.appUrl}/embed.js" data-accent="4f46e5" async></script>`;
  const frameUrl = `${data.appUrl}/booking?embed=1&accent=4f46e5`;
  return (
    <>
      <PageHeader title={t("embed.title")} intro={t("embed.intro")} />
      <section class="card section">
        <h2>{t("embed.snippet")}</h2>
        <p>{t("embed.snippetText")}</p>
        <pre class="snippet"><code>{snippet}</code></pre>
        <p>{t("embed.frameText")}</p>
        <pre class="snippet"><code>{frameUrl}</code></pre>
      </section>
      <form method="post" class="card section form" novalidate>
        <h2>{t("embed.origins")}</h2>
        <CsrfField token={csrf} />
        <Field
          t={t}
          name="origins"
          label="embed.originsLabel"
          hint={t("embed.originsHint")}
          multiline
          {...data.form}
        />
        <button type="submit">{t("embed.save")}</button>
      </form>
    </>
  );
}
