import { Head } from "@/lib/web/mod.ts";

/** Shown for any URL that matches no route. */
export default function NotFound() {
  return (
    <section class="message-page">
      <Head>
        <title>Page not found · Portico</title>
      </Head>
      <h1>Page not found</h1>
      <p>The page you asked for does not exist or has moved.</p>
      <p>
        <a class="button" href="/">Go to the start page</a>
      </p>
    </section>
  );
}
