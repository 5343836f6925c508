import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn, TestClient } from "./helpers/http.ts";
import { createClient } from "@/lib/crm/clients.ts";

let mailKicks = 0;
const app = await startTestApp({ mail: { kick: () => mailKicks++ } });
Deno.test.afterAll(() => app.close());
const { db } = app.services;

const ADMIN = {
  name: "Ada Admin",
  email: "ada@example.com",
  password: "ada admin password",
};
const adminId = await createStaff(db, { ...ADMIN, role: "admin" });
const admin = await signIn(app.url, "admin", ADMIN.email, ADMIN.password);

type CountedTable = "staff" | "clients" | "contacts" | "audit_log";
const countRows = async (table: CountedTable) =>
  Number(
    (await db.selectFrom(table).select(db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow()).n,
  );

/** The page a 303 points to, as the browser would load it next. */
async function follow(client: TestClient, res: Response) {
  assert.equal(res.status, 303, `expected a redirect, got ${res.status}`);
  await res.body?.cancel();
  return await client.page(res.headers.get("location")!);
}

async function expectStatus(res: Response, status: number): Promise<string> {
  const html = await res.text();
  assert.equal(res.status, status, html.slice(0, 500));
  return html;
}

const auditActions = async (
  entityId: string,
) => (await db.selectFrom("audit_log").select(["action", "actor_id"])
  .where("entity_id", "=", entityId).orderBy("id").execute());

Deno.test("staff: an admin adds a member; errors keep the values; a duplicate email is a field error", async () => {
  const list = await admin.page("/admin/staff");
  assert.equal(list.status, 200);
  assert.match(list.html, /ada@example\.com/);

  const weak = await admin.post("/admin/staff", {
    intent: "create",
    name: "Ben Busy",
    email: "ben@example.com",
    role: "staff",
    locale: "de",
    password: "short",
  });
  const weakHtml = await expectStatus(weak, 422);
  assert.match(weakHtml, /Use at least 10 characters/);
  assert.match(weakHtml, /value="Ben Busy"/, "values are kept");
  assert.match(weakHtml, /id="field-password"[^>]*autofocus/);

  const created = await admin.post("/admin/staff", {
    intent: "create",
    name: "Ben Busy",
    email: "Ben@Example.com",
    role: "staff",
    locale: "de",
    password: "ben's password 1",
  });
  const after = await follow(admin, created);
  assert.match(after.html, /The staff member was added/);
  assert.match(after.html, /ben@example\.com/);
  const ben = await db.selectFrom("staff").selectAll()
    .where("email", "=", "ben@example.com").executeTakeFirstOrThrow();
  assert.equal(ben.role, "staff");
  assert.equal(ben.locale, "de");
  assert.notEqual(ben.password_hash, "ben's password 1");
  await signIn(app.url, "admin", "ben@example.com", "ben's password 1");

  const before = await countRows("staff");
  const duplicate = await admin.post("/admin/staff", {
    intent: "create",
    name: "Ben Again",
    email: "BEN@example.com",
    role: "admin",
    locale: "en",
    password: "another password",
  });
  const duplicateHtml = await expectStatus(duplicate, 422);
  assert.match(duplicateHtml, /This email address is already in use/);
  assert.match(duplicateHtml, /id="field-email"[^>]*aria-invalid="true"/);
  assert.equal(await countRows("staff"), before);
  assert.deepEqual(await auditActions(ben.id), [
    { action: "staff.create", actor_id: adminId },
  ]);
});

Deno.test("staff: a staff-role member gets 403 on /admin/staff but may use the other admin pages", async () => {
  await createStaff(db, {
    name: "Stella Staff",
    email: "stella@example.com",
    password: "stella password",
    role: "staff",
  });
  const stella = await signIn(
    app.url,
    "admin",
    "stella@example.com",
    "stella password",
  );
  const page = await stella.page("/admin/staff");
  assert.equal(page.status, 403);
  assert.match(page.html, /You do not have permission/);
  const before = await countRows("staff");
  const post = await stella.post("/admin/staff", {
    intent: "create",
    name: "Sneaky",
    email: "sneaky@example.com",
    role: "admin",
    locale: "en",
    password: "sneaky password",
  });
  await expectStatus(post, 403);
  assert.equal(await countRows("staff"), before);
  assert.equal((await stella.page("/admin/clients")).status, 200);
  assert.equal((await stella.page("/admin/audit")).status, 200);
});

Deno.test("staff: deactivating ends their sessions and stops sign-in; reactivating lets them back", async () => {
  const id = await createStaff(db, {
    name: "Dora Door",
    email: "dora@example.com",
    password: "dora password 1",
    role: "admin",
  });
  const dora = await signIn(
    app.url,
    "admin",
    "dora@example.com",
    "dora password 1",
  );
  await admin.page("/admin/staff");
  const res = await admin.post("/admin/staff", {
    intent: "deactivate",
    staff_id: id,
  });
  const after = await follow(admin, res);
  assert.match(after.html, /deactivated and signed out on all devices/);

  const sessions = await db.selectFrom("auth_sessions").select("token_hash")
    .where("staff_id", "=", id).execute();
  assert.equal(sessions.length, 0, "their sessions are deleted");
  const kickedOut = await dora.request("/admin");
  assert.equal(kickedOut.status, 303);
  assert.match(kickedOut.headers.get("location")!, /^\/admin\/login/);
  await kickedOut.body?.cancel();
  await assert.rejects(
    signIn(app.url, "admin", "dora@example.com", "dora password 1"),
    /sign-in failed: 401/,
  );

  const back = await admin.post("/admin/staff", {
    intent: "reactivate",
    staff_id: id,
  });
  assert.match((await follow(admin, back)).html, /can sign in again/);
  await signIn(app.url, "admin", "dora@example.com", "dora password 1");
  assert.deepEqual(
    (await auditActions(id)).map((entry) => entry.action),
    ["staff.deactivate", "staff.reactivate"],
  );
});

Deno.test("staff: the role changes; an admin cannot demote or deactivate themselves", async () => {
  const id = await createStaff(db, {
    name: "Rita Role",
    email: "rita@example.com",
    password: "rita password 1",
    role: "staff",
  });
  await admin.page("/admin/staff");
  const promoted = await admin.post("/admin/staff", {
    intent: "role",
    staff_id: id,
    role: "admin",
  });
  assert.match((await follow(admin, promoted)).html, /The role was changed/);
  const rita = await db.selectFrom("staff").select("role")
    .where("id", "=", id).executeTakeFirstOrThrow();
  assert.equal(rita.role, "admin");

  const selfChanges: Record<string, string>[] = [
    { intent: "deactivate" },
    { intent: "role", role: "staff" },
  ];
  for (const change of selfChanges) {
    const res = await admin.post("/admin/staff", {
      ...change,
      staff_id: adminId,
    });
    const page = await follow(admin, res);
    assert.match(page.html, /You cannot demote or deactivate yourself/);
  }
  const self = await db.selectFrom("staff").select(["role", "active"])
    .where("id", "=", adminId).executeTakeFirstOrThrow();
  assert.deepEqual(self, { role: "admin", active: true });
});

Deno.test("staff: the last active administrator cannot be deactivated", async () => {
  const solo = await startTestApp();
  try {
    const id = await createStaff(solo.services.db, {
      name: "Solo",
      email: "solo@example.com",
      password: "solo password 1",
    });
    const client = await signIn(
      solo.url,
      "admin",
      "solo@example.com",
      "solo password 1",
    );
    await client.page("/admin/staff");
    const res = await client.post("/admin/staff", {
      intent: "deactivate",
      staff_id: id,
    });
    const page = await follow(client, res);
    assert.match(page.html, /At least one active administrator must remain/);
    const row = await solo.services.db.selectFrom("staff").select("active")
      .where("id", "=", id).executeTakeFirstOrThrow();
    assert.equal(row.active, true);
  } finally {
    await solo.close();
  }
});

Deno.test("clients: the empty list says what to do; a client is created with its primary contact", async () => {
  const empty = await admin.page("/admin/clients");
  assert.equal(empty.status, 200);
  assert.match(empty.html, /No clients yet/);
  assert.match(empty.html, /href="\/admin\/clients\/new"/);

  await admin.page("/admin/clients/new");
  const invalid = await admin.post("/admin/clients/new", {
    company: "Nordwind Segel GmbH",
    country: "Germany",
    contact_name: "",
    contact_email: "not an email",
    contact_locale: "de",
  });
  const invalidHtml = await expectStatus(invalid, 422);
  assert.match(invalidHtml, /Use a two-letter country code such as DE/);
  assert.match(invalidHtml, /Please fill in this field/);
  assert.match(invalidHtml, /Please enter a valid email address/);
  assert.match(invalidHtml, /value="Nordwind Segel GmbH"/);
  assert.match(invalidHtml, /id="field-country"[^>]*autofocus/);

  const res = await admin.post("/admin/clients/new", {
    company: "Nordwind Segel GmbH",
    city: "Kiel",
    country: "de",
    contact_name: "Nina Nordwind",
    contact_email: "Nina@Nordwind.example",
    contact_locale: "de",
  });
  const location = res.headers.get("location")!;
  assert.match(location, /^\/admin\/clients\/[0-9a-f-]{36}$/);
  const page = await follow(admin, res);
  assert.match(page.html, /The client was created/);
  assert.match(page.html, /<h1>Nordwind Segel GmbH<\/h1>/);
  assert.match(page.html, /nina@nordwind\.example/);

  const clientId = location.split("/").pop()!;
  const client = await db.selectFrom("clients").selectAll()
    .where("id", "=", clientId).executeTakeFirstOrThrow();
  assert.equal(client.country, "DE");
  const contacts = await db.selectFrom("contacts").selectAll()
    .where("client_id", "=", clientId).execute();
  assert.equal(contacts.length, 1);
  assert.equal(contacts[0].is_primary, true);
  assert.equal(contacts[0].locale, "de");
  assert.equal(contacts[0].password_hash, null);
  assert.deepEqual(await auditActions(clientId), [
    { action: "client.create", actor_id: adminId },
  ]);
});

Deno.test("clients: search finds by company and by contact email, and the list pages", async () => {
  const actor = { type: "system" } as const;
  const now = new Date();
  await createClient(db, actor, {
    client: { company: "Bergblick Hotel AG" },
    contact: {
      name: "Hanna Berg",
      email: "hanna@bergblick.example",
      locale: "de",
    },
  }, now);
  await createClient(db, actor, {
    client: { company: "Fjord Fisk AS" },
    contact: {
      name: "Ola Fjord",
      email: "ola@fjordfisk.example",
      locale: "en",
    },
  }, now);

  const byCompany = await admin.page("/admin/clients?q=bergblick");
  assert.match(byCompany.html, /Bergblick Hotel AG/);
  assert.doesNotMatch(byCompany.html, /Fjord Fisk AS/);
  assert.match(
    byCompany.html,
    /value="bergblick"/,
    "the search box keeps the term",
  );

  const byEmail = await admin.page("/admin/clients?q=ola%40fjordfisk");
  assert.match(byEmail.html, /Fjord Fisk AS/);
  assert.doesNotMatch(byEmail.html, /Bergblick Hotel AG/);

  const byName = await admin.page("/admin/clients?q=Hanna");
  assert.match(byName.html, /Bergblick Hotel AG/);

  const wildcard = await admin.page("/admin/clients?q=%25");
  assert.match(
    wildcard.html,
    /No client matches/,
    "% is a character, not a wildcard",
  );

  for (let i = 0; i < 26; i++) {
    const n = String(i).padStart(2, "0");
    await createClient(db, actor, {
      client: { company: `Paging Test ${n} GmbH` },
      contact: {
        name: `Pat ${n}`,
        email: `pat${n}@paging.example`,
        locale: "en",
      },
    }, now);
  }
  const first = await admin.page("/admin/clients?q=Paging+Test");
  assert.match(first.html, /Page 1 of 2/);
  assert.match(first.html, /Paging Test 24 GmbH/);
  assert.doesNotMatch(first.html, /Paging Test 25 GmbH/);
  assert.match(
    first.html,
    /href="\/admin\/clients\?q=Paging\+Test&amp;page=2"/,
  );
  const second = await admin.page("/admin/clients?q=Paging+Test&page=2");
  assert.match(second.html, /Paging Test 25 GmbH/);
  assert.match(second.html, /Page 2 of 2/);
});

async function newClientViaForm(company: string, email: string) {
  await admin.page("/admin/clients/new");
  const res = await admin.post("/admin/clients/new", {
    company,
    contact_name: `${company} Contact`,
    contact_email: email,
    contact_locale: "en",
  });
  assert.equal(res.status, 303);
  await res.body?.cancel();
  const clientId = res.headers.get("location")!.split("/").pop()!;
  const contact = await db.selectFrom("contacts").select("id")
    .where("client_id", "=", clientId).executeTakeFirstOrThrow();
  return {
    clientId,
    contactId: contact.id,
    path: `/admin/clients/${clientId}`,
  };
}

Deno.test("clients: details and contacts are edited; the primary contact can move", async () => {
  const { clientId, contactId, path } = await newClientViaForm(
    "Edit Me GmbH",
    "first@editme.example",
  );
  await admin.page(path);
  const badCountry = await admin.post(path, {
    intent: "update",
    company: "Edited GmbH",
    country: "XYZ",
  });
  const badHtml = await expectStatus(badCountry, 422);
  assert.match(badHtml, /<details class="disclosure" open/);
  assert.match(badHtml, /value="Edited GmbH"/);

  const saved = await admin.post(path, {
    intent: "update",
    company: "Edited GmbH",
    city: "Bremen",
    country: "DE",
  });
  assert.match(
    (await follow(admin, saved)).html,
    /The client details were saved/,
  );
  const client = await db.selectFrom("clients").selectAll()
    .where("id", "=", clientId).executeTakeFirstOrThrow();
  assert.equal(client.company, "Edited GmbH");
  assert.equal(client.city, "Bremen");

  const added = await admin.post(path, {
    intent: "add_contact",
    contact_name: "Second Person",
    contact_email: "second@editme.example",
    contact_locale: "de",
    is_primary: "on",
  });
  assert.match((await follow(admin, added)).html, /The contact was added/);
  const contacts = await db.selectFrom("contacts").select(["id", "is_primary"])
    .where("client_id", "=", clientId).execute();
  assert.equal(contacts.length, 2);
  assert.deepEqual(
    contacts.filter((c) => c.is_primary).map((c) => c.id === contactId),
    [false],
    "the new contact became the only primary one",
  );

  const editPath = `${path}/contacts/${contactId}`;
  const form = await admin.page(editPath);
  assert.equal(form.status, 200);
  assert.match(form.html, /value="first@editme\.example"/);
  const edited = await admin.post(editPath, {
    contact_name: "First Renamed",
    contact_email: "first@editme.example",
    contact_locale: "de",
    is_primary: "on",
    portal_enabled: "on",
  });
  assert.match((await follow(admin, edited)).html, /The contact was saved/);
  const first = await db.selectFrom("contacts").selectAll()
    .where("id", "=", contactId).executeTakeFirstOrThrow();
  assert.equal(first.name, "First Renamed");
  assert.equal(first.locale, "de");
  assert.equal(first.is_primary, true);
  const primaries = await db.selectFrom("contacts").select("id")
    .where("client_id", "=", clientId).where("is_primary", "=", true).execute();
  assert.equal(primaries.length, 1);

  assert.deepEqual(
    (await auditActions(clientId)).map((entry) => entry.action),
    ["client.create", "client.update"],
  );
  assert.deepEqual(
    (await auditActions(contactId)).map((entry) => entry.action),
    ["contact.create", "contact.update"],
  );
});

Deno.test("clients: a duplicate contact email is a 422 field error and writes nothing", async () => {
  const { path, contactId } = await newClientViaForm(
    "Taken GmbH",
    "taken@taken.example",
  );
  const counts = async () => ({
    clients: await countRows("clients"),
    contacts: await countRows("contacts"),
    audit: await countRows("audit_log"),
  });
  const before = await counts();

  await admin.page("/admin/clients/new");
  const newClient = await admin.post("/admin/clients/new", {
    company: "Copycat GmbH",
    contact_name: "Copy Cat",
    contact_email: "TAKEN@taken.example",
    contact_locale: "en",
  });
  const newHtml = await expectStatus(newClient, 422);
  assert.match(newHtml, /This email address is already in use/);
  assert.match(newHtml, /id="field-contact_email"[^>]*aria-invalid="true"/);
  assert.match(newHtml, /value="Copycat GmbH"/);

  await admin.page(path);
  const addContact = await admin.post(path, {
    intent: "add_contact",
    contact_name: "Copy Cat",
    contact_email: "taken@taken.example",
    contact_locale: "en",
  });
  assert.match(
    await expectStatus(addContact, 422),
    /This email address is already in use/,
  );

  const other = await newClientViaForm("Other GmbH", "other@other.example");
  const afterOther = await counts();
  const editPath = `${other.path}/contacts/${other.contactId}`;
  await admin.page(editPath);
  const edit = await admin.post(editPath, {
    contact_name: "Other",
    contact_email: "taken@taken.example",
    contact_locale: "en",
    portal_enabled: "on",
  });
  assert.match(
    await expectStatus(edit, 422),
    /This email address is already in use/,
  );

  assert.deepEqual(await counts(), afterOther, "the failed edit wrote nothing");
  assert.equal(
    afterOther.clients,
    before.clients + 1,
    "only the Other client was added",
  );
  const taken = await db.selectFrom("contacts").select("email")
    .where("id", "=", contactId).executeTakeFirstOrThrow();
  assert.equal(taken.email, "taken@taken.example");
});

Deno.test("clients: unknown and malformed ids are 404", async () => {
  const { clientId } = await newClientViaForm(
    "Known GmbH",
    "known@known.example",
  );
  const other = await newClientViaForm(
    "Stranger GmbH",
    "stranger@stranger.example",
  );
  const unknown = crypto.randomUUID();
  for (
    const path of [
      `/admin/clients/${unknown}`,
      "/admin/clients/not-a-uuid",
      `/admin/clients/${clientId}/contacts/${unknown}`,
      `/admin/clients/${clientId}/contacts/${other.contactId}`,
      `/admin/clients/${clientId}/contacts/nope`,
    ]
  ) {
    const page = await admin.page(path);
    assert.equal(page.status, 404, path);
    assert.match(page.html, /Page not found/);
  }
  await admin.page(`/admin/clients/${clientId}`);
  const post = await admin.post(`/admin/clients/${unknown}`, {
    intent: "update",
    company: "Ghost",
  });
  await expectStatus(post, 404);
  const invite = await admin.post(`/admin/clients/${clientId}`, {
    intent: "invite",
    contact_id: other.contactId,
  });
  await expectStatus(invite, 404);
});

Deno.test("clients: an invitation is queued to the contact, and its link lets them choose a password and sign in", async () => {
  const { path, contactId } = await newClientViaForm(
    "Invite GmbH",
    "guest@invite.example",
  );
  const page = await admin.page(path);
  assert.match(page.html, /Invite to portal/);
  assert.match(page.html, /No password yet/);
  const kicksBefore = mailKicks;
  const res = await admin.post(path, {
    intent: "invite",
    contact_id: contactId,
  });
  assert.match((await follow(admin, res)).html, /The invitation is on its way/);
  assert.equal(mailKicks, kicksBefore + 1, "the mail worker was woken");

  const mail = await db.selectFrom("email_outbox").selectAll()
    .where("to_address", "=", "guest@invite.example").executeTakeFirstOrThrow();
  assert.equal(mail.status, "pending");
  const link = new URL(
    mail.text.match(/http\S+\/clients\/password\/reset\?token=\S+/)![0],
  );
  assert.equal(link.origin, new URL(app.url).origin);

  const guest = new TestClient(app.url);
  const form = await guest.page(link.pathname + link.search);
  assert.equal(form.status, 200);
  const chosen = await guest.post("/clients/password/reset", {
    token: link.searchParams.get("token")!,
    password: "guest portal pass",
    password_repeat: "guest portal pass",
  });
  assert.equal(chosen.status, 303);
  await chosen.body?.cancel();
  const portal = await signIn(
    app.url,
    "clients",
    "guest@invite.example",
    "guest portal pass",
  );
  assert.equal((await portal.page("/clients")).status, 200);
  assert.match((await admin.page(path)).html, /Has access/);
  assert.deepEqual(
    (await auditActions(contactId)).map((entry) => entry.action),
    ["contact.create", "contact.invite", "password.reset"],
  );
});

Deno.test("the audit log lists these changes newest first, with actor names, filtered by type", async () => {
  const { clientId } = await newClientViaForm(
    "Audit Trail GmbH",
    "trail@audit.example",
  );
  const all = await admin.page("/admin/audit");
  assert.equal(all.status, 200);
  const rows = all.html.split("<tbody>")[1].split("</tr>");
  assert.match(rows[0], /Ada Admin/);
  assert.match(
    rows[0],
    /Added contact/,
    "newest first: the contact was recorded last",
  );
  assert.match(rows[1], /Created client/);
  assert.match(rows[1], new RegExp(`href="/admin/clients/${clientId}"`));
  assert.match(rows[1], /Audit Trail GmbH/);
  assert.match(
    all.html,
    /Reset password<\/td><td data-label="[^"]+"><span class="muted">Contact<\/span><div><a href="\/admin\/clients\/[^"]+">Invite GmbH Contact</,
    "entries without a stored label show the record's name, linked",
  );
  assert.match(all.html, /<time datetime="\d{4}-\d\d-\d\dT/);

  const staffOnly = await admin.page("/admin/audit?type=staff");
  assert.match(staffOnly.html, /Added staff member/);
  assert.match(staffOnly.html, /Deactivated staff member/);
  assert.match(staffOnly.html, /Dora Door/);
  assert.doesNotMatch(staffOnly.html, /Created client/);
  assert.match(staffOnly.html, /<option value="staff" selected/);

  const byActor = await admin.page(`/admin/audit?actor=${adminId}&type=client`);
  assert.match(byActor.html, /Created client/);
  const nobody = await admin.page(`/admin/audit?actor=${crypto.randomUUID()}`);
  assert.match(nobody.html, /No entries match these filters/);

  const gerdaId = await createStaff(db, {
    name: "Gerda",
    email: "gerda@example.com",
    password: "gerda password",
    role: "staff",
  });
  await db.updateTable("staff").set({ locale: "de" }).where("id", "=", gerdaId)
    .execute();
  const gerda = await signIn(
    app.url,
    "admin",
    "gerda@example.com",
    "gerda password",
  );
  const german = await gerda.page("/admin/audit?type=client");
  assert.match(german.html, /<h1>Protokoll<\/h1>/);
  assert.match(german.html, /Kunde angelegt/);
});
