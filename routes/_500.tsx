import { Head } from "@/lib/web/mod.ts";

/** Shown when a request fails unexpectedly; the details go to the log only. */
export default function ServerError() {
  return (
    <section class="message-page">
      <Head>
        <title>Something went wrong · Portico</title>
      </Head>
      <h1>Something went wrong</h1>
      <p>
        We could not complete your request. Nothing was changed; please try
        again in a moment.
      </p>
      <p>
        <a class="button" href="/">Go to the start page</a>
      </p>
    </section>
  );
}
