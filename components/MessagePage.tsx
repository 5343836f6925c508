import type { Translate } from "@/lib/i18n/mod.ts";
import type { MessageKey, MessageParams } from "@/lib/i18n/mod.ts";
import { Head } from "@/lib/web/mod.ts";

/** A centred page with a title, a sentence and a way back. */
export function MessagePage(
  props: {
    t: Translate;
    title: MessageKey;
    text: MessageKey;
    params?: MessageParams;
  },
) {
  const { t } = props;
  return (
    <section class="message-page">
      <Head>
        <title>{`${t(props.title)} · Portico`}</title>
      </Head>
      <h1>{t(props.title)}</h1>
      <p>{t(props.text, props.params)}</p>
      <p>
        <a class="button" href="/">{t("error.home")}</a>
      </p>
    </section>
  );
}
