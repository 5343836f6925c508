import { Head } from "@/lib/web/mod.ts";

/** The landing page: what Portico offers, one card per surface. */
export default function Home() {
  return (
    <>
      <Head>
        <title>Portico</title>
      </Head>
      <section class="hero">
        <h1>Appointments, modules and client activity in one place</h1>
        <p class="lead">
          Book a time with our team, buy a module licence, or sign in to your
          client portal.
        </p>
      </section>
      <div class="card-grid">
        <a class="card card-link" href="/booking">
          <h2>Book an appointment</h2>
          <p>Pick a service, a time that suits you, and you are done.</p>
        </a>
        <a class="card card-link" href="/shop">
          <h2>Shop</h2>
          <p>Modules with licence keys delivered by email.</p>
        </a>
        <a class="card card-link" href="/clients">
          <h2>Client portal</h2>
          <p>Your bookings, licences and invoices.</p>
        </a>
      </div>
    </>
  );
}
