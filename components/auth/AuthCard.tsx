import type { ComponentChildren } from "preact";
import { Head } from "@/lib/web/mod.ts";

/** The narrow centred card that sign-in, reset and setup pages share. */
export function AuthCard(
  props: { title: string; intro?: string; children: ComponentChildren },
) {
  return (
    <section class="auth-card card">
      <Head>
        <title>{`${props.title} · Portico`}</title>
      </Head>
      <h1>{props.title}</h1>
      {props.intro && <p class="muted">{props.intro}</p>}
      {props.children}
    </section>
  );
}
