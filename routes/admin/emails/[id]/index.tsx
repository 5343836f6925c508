import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { EmailMessageRow } from "@/lib/db/schema.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import { getOutboxEmail } from "@/lib/mail/admin.ts";
import { CsrfField } from "@/components/Field.tsx";
import { EmailStatusBadge } from "@/components/admin/EmailStatusBadge.tsx";
import { ZonedTime } from "@/components/admin/ZonedTime.tsx";
import { numberFormat } from "@/lib/intl.ts";

interface Data {
  email: EmailMessageRow;
  /** The business time zone the times are shown in. */
  timeZone: string;
}

/** One outbox message: its details, plain text and a sandboxed HTML preview. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    assertAdmin(ctx.state);
    const email = await getOutboxEmail(ctx.state.services.db, ctx.params.id);
    const { timeZone } = await ctx.state.business();
    return ctx.render({ email, timeZone }, {
      headers: { "cache-control": "no-store" },
    });
  },
};

/** Decoded size of a base64 attachment, e.g. "2.1 kB". */
function attachmentSize(base64: string, locale: string): string {
  const bytes = Math.floor(base64.replace(/=+$/, "").length * 3 / 4);
  return numberFormat(locale, {
    style: "unit",
    unit: bytes < 1000 ? "byte" : "kilobyte",
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(bytes < 1000 ? bytes : bytes / 1000);
}

export default function EmailDetail(
  { state, data: { email, timeZone } }: PageProps<Data, State>,
) {
  const { t, locale } = state;
  const attachments = Array.isArray(email.attachments) ? email.attachments : [];
  return (
    <>
      <Head>
        <title>{`${email.subject} · ${t("emails.title")} · Portico`}</title>
      </Head>
      <p>
        <a href="/admin/emails">← {t("emails.back")}</a>
      </p>
      <div class="page-header">
        <h1>{email.subject}</h1>
        {email.status !== "sent" && (
          <form method="post" action={`/admin/emails/${email.id}/retry`}>
            <CsrfField token={state.csrf} />
            <button type="submit">{t("emails.retry")}</button>
          </form>
        )}
      </div>
      <section class="card">
        <dl class="details">
          <dt>{t("emails.col.status")}</dt>
          <dd>
            <EmailStatusBadge status={email.status} t={t} />
          </dd>
          <dt>{t("emails.col.recipient")}</dt>
          <dd>{email.to_address}</dd>
          <dt>{t("emails.col.attempts")}</dt>
          <dd>{email.attempts}</dd>
          <dt>{t("emails.col.created")}</dt>
          <dd>
            <ZonedTime
              date={email.created_at}
              locale={locale}
              timeZone={timeZone}
            />
          </dd>
          {email.status === "pending" && (
            <>
              <dt>{t("emails.detail.nextAttempt")}</dt>
              <dd>
                <ZonedTime
                  date={email.next_attempt_at}
                  locale={locale}
                  timeZone={timeZone}
                />
              </dd>
            </>
          )}
          {email.sent_at && (
            <>
              <dt>{t("emails.col.sent")}</dt>
              <dd>
                <ZonedTime
                  date={email.sent_at}
                  locale={locale}
                  timeZone={timeZone}
                />
              </dd>
            </>
          )}
          {email.last_error && (
            <>
              <dt>{t("emails.col.lastError")}</dt>
              <dd class="outbox-error">{email.last_error}</dd>
            </>
          )}
          {attachments.length > 0 && (
            <>
              <dt>{t("emails.detail.attachments")}</dt>
              <dd>
                <ul class="outbox-attachments">
                  {attachments.map((attachment) => (
                    <li>
                      {attachment.filename}{" "}
                      <span class="muted">
                        ({attachment.contentType},{" "}
                        {attachmentSize(attachment.content, locale)})
                      </span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      </section>
      <h2 class="email-section-title">{t("emails.detail.html")}</h2>
      {/* No scripts, no same-origin access: the preview is inert. */}
      <iframe
        class="email-preview"
        sandbox=""
        src={`/admin/emails/${email.id}/html`}
        title={t("emails.detail.htmlFrame", { subject: email.subject })}
      />
      <h2 class="email-section-title">{t("emails.detail.text")}</h2>
      <pre class="email-text">{email.text}</pre>
    </>
  );
}
