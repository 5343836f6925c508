import { defineMessages } from "../define.ts";

/** Admin CRM pages: staff, clients and contacts, the audit log. */
export default defineMessages({
  "crm.emailTaken": {
    en: "This email address is already in use.",
    de: "Diese E-Mail-Adresse wird bereits verwendet.",
  },
  "crm.actions": { en: "Actions", de: "Aktionen" },
  "crm.phone": { en: "Phone", de: "Telefon" },
  "crm.language": { en: "Language", de: "Sprache" },
  "crm.locale.en": { en: "English", de: "Englisch" },
  "crm.locale.de": { en: "German", de: "Deutsch" },
  "crm.pagination": { en: "Pages", de: "Seiten" },
  "crm.pagination.previous": { en: "Previous", de: "Zurück" },
  "crm.pagination.next": { en: "Next", de: "Weiter" },
  "crm.pagination.status": {
    en: "Page {page} of {pageCount}",
    de: "Seite {page} von {pageCount}",
  },
  "crm.staff.title": { en: "Staff", de: "Mitarbeitende" },
  "crm.staff.intro": {
    en: "Everyone who can sign in to the administration.",
    de: "Alle, die sich in der Verwaltung anmelden können.",
  },
  "crm.staff.add": { en: "Add staff member", de: "Teammitglied hinzufügen" },
  "crm.staff.addIntro": {
    en:
      "They sign in at /admin/login with this email and the initial password you give them, and can change it with “Forgot your password?”.",
    de:
      "Die Anmeldung erfolgt unter /admin/login mit dieser E-Mail-Adresse und dem ersten Passwort, das Sie weitergeben; ändern lässt es sich über „Passwort vergessen?“.",
  },
  "crm.staff.role": { en: "Role", de: "Rolle" },
  "crm.staff.role.admin": { en: "Administrator", de: "Administration" },
  "crm.staff.role.staff": { en: "Staff", de: "Team" },
  "crm.staff.roleHint": {
    en: "Administrators also manage staff and settings.",
    de: "Die Administration verwaltet auch Team und Einstellungen.",
  },
  "crm.staff.status": { en: "Status", de: "Status" },
  "crm.staff.active": { en: "Active", de: "Aktiv" },
  "crm.staff.inactive": { en: "Deactivated", de: "Deaktiviert" },
  "crm.staff.you": { en: "you", de: "Sie" },
  "crm.staff.changeRole": { en: "Change role", de: "Rolle ändern" },
  "crm.staff.deactivate": { en: "Deactivate", de: "Deaktivieren" },
  "crm.staff.reactivate": { en: "Reactivate", de: "Reaktivieren" },
  "crm.staff.initialPassword": {
    en: "Initial password",
    de: "Erstes Passwort",
  },
  "crm.staff.created": {
    en: "The staff member was added.",
    de: "Das Teammitglied wurde hinzugefügt.",
  },
  "crm.staff.roleChanged": {
    en: "The role was changed.",
    de: "Die Rolle wurde geändert.",
  },
  "crm.staff.deactivated": {
    en: "The staff member was deactivated and signed out on all devices.",
    de: "Das Teammitglied wurde deaktiviert und auf allen Geräten abgemeldet.",
  },
  "crm.staff.reactivated": {
    en: "The staff member can sign in again.",
    de: "Das Teammitglied kann sich wieder anmelden.",
  },
  "crm.staff.lastAdmin": {
    en:
      "At least one active administrator must remain. Make someone else an administrator first.",
    de:
      "Mindestens eine aktive Person muss die Administration behalten. Geben Sie zuerst jemand anderem die Rolle Administration.",
  },
  "crm.staff.notYourself": {
    en: "You cannot demote or deactivate yourself. Ask another administrator.",
    de:
      "Sie können sich nicht selbst herabstufen oder deaktivieren. Bitten Sie eine andere Person aus der Administration.",
  },
  "crm.clients.title": { en: "Clients", de: "Kunden" },
  "crm.clients.new": { en: "New client", de: "Neuer Kunde" },
  "crm.clients.search": { en: "Search", de: "Suchen" },
  "crm.clients.searchLabel": {
    en: "Company, contact name or email",
    de: "Firma, Kontaktname oder E-Mail",
  },
  "crm.clients.clearSearch": { en: "Show all", de: "Alle anzeigen" },
  "crm.clients.empty.title": { en: "No clients yet", de: "Noch keine Kunden" },
  "crm.clients.empty.text": {
    en:
      "Add your first client with “New client”. Clients who buy in the shop are added automatically.",
    de:
      "Legen Sie Ihren ersten Kunden mit „Neuer Kunde“ an. Wer im Shop kauft, wird automatisch angelegt.",
  },
  "crm.clients.noMatch": {
    en:
      "No client matches “{search}”. Try part of a company name, a contact name or an email address.",
    de:
      "Kein Kunde passt zu „{search}“. Versuchen Sie einen Teil des Firmen- oder Kontaktnamens oder der E-Mail-Adresse.",
  },
  "crm.clients.client": { en: "Client", de: "Kunde" },
  "crm.clients.primaryContact": { en: "Primary contact", de: "Hauptkontakt" },
  "crm.clients.contacts": { en: "Contacts", de: "Kontakte" },
  "crm.clients.location": { en: "Location", de: "Ort" },
  "crm.client.back": { en: "All clients", de: "Alle Kunden" },
  "crm.client.detailsSection": { en: "Client details", de: "Kundendaten" },
  "crm.client.contactSection": { en: "Primary contact", de: "Hauptkontakt" },
  "crm.client.contactSectionHint": {
    en:
      "The person emails and invoices go to. You can invite them to the portal afterwards.",
    de:
      "Die Person, an die E-Mails und Rechnungen gehen. Sie können sie danach ins Portal einladen.",
  },
  "crm.client.company": { en: "Company", de: "Firma" },
  "crm.client.companyHint": {
    en: "Leave empty for a private person.",
    de: "Leer lassen bei Privatpersonen.",
  },
  "crm.client.privatePerson": { en: "Private person", de: "Privatperson" },
  "crm.client.vatNumber": { en: "VAT number", de: "USt-IdNr." },
  "crm.client.buyerReference": {
    en: "Buyer reference or Leitweg-ID",
    de: "Käuferreferenz oder Leitweg-ID",
  },
  "crm.client.buyerReferenceHint": {
    en:
      "Put on this client's invoices and e-invoices (BT-10) when the order names none; public buyers in Germany give a Leitweg-ID.",
    de:
      "Steht auf den Rechnungen und E-Rechnungen dieses Kunden (BT-10), wenn die Bestellung keine nennt; öffentliche Auftraggeber nennen eine Leitweg-ID.",
  },
  "crm.client.address": {
    en: "Street and number",
    de: "Straße und Hausnummer",
  },
  "crm.client.postalCode": { en: "Postal code", de: "PLZ" },
  "crm.client.city": { en: "City", de: "Ort" },
  "crm.client.country": { en: "Country", de: "Land" },
  "crm.client.countryHint": {
    en: "Two-letter code, e.g. DE, AT or CH.",
    de: "Zweistelliger Code, z. B. DE, AT oder CH.",
  },
  "crm.client.countryInvalid": {
    en: "Use a two-letter country code such as DE.",
    de: "Bitte einen zweistelligen Ländercode wie DE verwenden.",
  },
  "crm.client.create": { en: "Create client", de: "Kunde anlegen" },
  "crm.client.created": {
    en: "The client was created.",
    de: "Der Kunde wurde angelegt.",
  },
  "crm.client.details": { en: "Details", de: "Details" },
  "crm.client.edit": { en: "Edit details", de: "Daten bearbeiten" },
  "crm.client.saveChanges": { en: "Save changes", de: "Änderungen speichern" },
  "crm.client.saved": {
    en: "The client details were saved.",
    de: "Die Kundendaten wurden gespeichert.",
  },
  "crm.client.addedOn": { en: "Added on", de: "Angelegt am" },
  "crm.contacts.title": { en: "Contacts", de: "Kontakte" },
  "crm.contact.primary": { en: "Primary", de: "Hauptkontakt" },
  "crm.contact.makePrimary": {
    en: "Primary contact (receives emails and invoices)",
    de: "Hauptkontakt (erhält E-Mails und Rechnungen)",
  },
  "crm.contact.isPrimary": {
    en:
      "This is the primary contact. To change that, make another contact primary.",
    de:
      "Dies ist der Hauptkontakt. Um das zu ändern, machen Sie einen anderen Kontakt zum Hauptkontakt.",
  },
  "crm.contact.portal": { en: "Portal", de: "Portal" },
  "crm.contact.portalEnabled": {
    en: "May sign in to the client portal",
    de: "Darf sich im Kundenportal anmelden",
  },
  "crm.contact.portal.active": { en: "Has access", de: "Hat Zugang" },
  "crm.contact.portal.notSetUp": {
    en: "No password yet",
    de: "Noch kein Passwort",
  },
  "crm.contact.portal.off": { en: "Off", de: "Aus" },
  "crm.contact.lastLogin": { en: "Last sign-in", de: "Letzte Anmeldung" },
  "crm.contact.never": { en: "Never", de: "Nie" },
  "crm.contact.edit": { en: "Edit", de: "Bearbeiten" },
  "crm.contact.editTitle": { en: "Edit contact", de: "Kontakt bearbeiten" },
  "crm.contact.backToClient": {
    en: "Back to the client",
    de: "Zurück zum Kunden",
  },
  "crm.contact.invite": { en: "Invite to portal", de: "Zum Portal einladen" },
  "crm.contact.invited": {
    en: "The invitation is on its way. Its link is valid for 7 days.",
    de: "Die Einladung ist unterwegs. Ihr Link gilt 7 Tage.",
  },
  "crm.contact.portalDisabled": {
    en: "Portal access is off for this contact. Switch it on first.",
    de:
      "Der Portalzugang ist für diesen Kontakt ausgeschaltet. Schalten Sie ihn zuerst ein.",
  },
  "crm.contact.add": { en: "Add contact", de: "Kontakt hinzufügen" },
  "crm.contact.added": {
    en: "The contact was added.",
    de: "Der Kontakt wurde hinzugefügt.",
  },
  "crm.contact.saved": {
    en: "The contact was saved.",
    de: "Der Kontakt wurde gespeichert.",
  },
  "crm.audit.title": { en: "Audit log", de: "Protokoll" },
  "crm.audit.intro": {
    en: "Who changed what, newest first.",
    de: "Wer was geändert hat, neueste Einträge zuerst.",
  },
  "crm.audit.timeZone": { en: "Times in {zone}.", de: "Zeiten in {zone}." },
  "crm.audit.time": { en: "Time", de: "Zeit" },
  "crm.audit.actor": { en: "By", de: "Von" },
  "crm.overview.orders": { en: "Orders", de: "Bestellungen" },
  "crm.overview.noOrders": {
    en: "No order yet.",
    de: "Noch keine Bestellung.",
  },
  "crm.overview.invoices": { en: "Invoices", de: "Rechnungen" },
  "crm.overview.noInvoices": {
    en: "No invoice yet.",
    de: "Noch keine Rechnung.",
  },
  "crm.overview.bookings": { en: "Bookings", de: "Termine" },
  "crm.overview.noBookings": {
    en: "No booking yet.",
    de: "Noch kein Termin.",
  },
  "crm.overview.licenses": { en: "Licenses", de: "Lizenzen" },
  "crm.overview.noLicenses": {
    en: "No license yet.",
    de: "Noch keine Lizenz.",
  },
  "crm.overview.until": { en: "until {date}", de: "bis {date}" },
  "crm.overview.activity": {
    en: "Portal activity",
    de: "Aktivität im Portal",
  },
  "crm.overview.sessions": {
    en: "{count} sessions",
    de: "{count} Sitzungen",
  },
  "crm.overview.lastSeen": {
    en: "last seen {date}",
    de: "zuletzt {date}",
  },
  "crm.audit.action": { en: "Action", de: "Aktion" },
  "crm.audit.entity": { en: "Record", de: "Datensatz" },
  "crm.audit.filterType": { en: "Record type", de: "Art des Datensatzes" },
  "crm.audit.allTypes": { en: "All types", de: "Alle Arten" },
  "crm.audit.filterActor": { en: "Staff member", de: "Person" },
  "crm.audit.everyone": { en: "Everyone", de: "Alle" },
  "crm.audit.filter": { en: "Filter", de: "Filtern" },
  "crm.audit.reset": { en: "Reset", de: "Zurücksetzen" },
  "crm.audit.empty": {
    en:
      "Nothing recorded yet. Changes to staff, clients and contacts appear here as they happen.",
    de:
      "Noch nichts protokolliert. Änderungen an Team, Kunden und Kontakten erscheinen hier, sobald sie geschehen.",
  },
  "crm.audit.noMatch": {
    en: "No entries match these filters. Reset them to see the whole log.",
    de:
      "Keine Einträge passen zu diesen Filtern. Setzen Sie sie zurück, um das ganze Protokoll zu sehen.",
  },
  "crm.audit.actor.system": { en: "System", de: "System" },
  "crm.audit.actor.api": { en: "API", de: "API" },
  "crm.audit.actor.unknown": { en: "Removed account", de: "Entferntes Konto" },
  "crm.audit.action.staff.setup": {
    en: "Set up Portico",
    de: "Portico eingerichtet",
  },
  "crm.audit.action.staff.create": {
    en: "Added staff member",
    de: "Teammitglied hinzugefügt",
  },
  "crm.audit.action.staff.role": { en: "Changed role", de: "Rolle geändert" },
  "crm.audit.action.staff.deactivate": {
    en: "Deactivated staff member",
    de: "Teammitglied deaktiviert",
  },
  "crm.audit.action.staff.reactivate": {
    en: "Reactivated staff member",
    de: "Teammitglied reaktiviert",
  },
  "crm.audit.action.client.create": {
    en: "Created client",
    de: "Kunde angelegt",
  },
  "crm.audit.action.client.update": {
    en: "Edited client",
    de: "Kunde bearbeitet",
  },
  "crm.audit.action.contact.create": {
    en: "Added contact",
    de: "Kontakt hinzugefügt",
  },
  "crm.audit.action.contact.update": {
    en: "Edited contact",
    de: "Kontakt bearbeitet",
  },
  "crm.audit.action.contact.invite": {
    en: "Invited to the portal",
    de: "Zum Portal eingeladen",
  },
  "crm.audit.action.password.reset": {
    en: "Reset password",
    de: "Passwort zurückgesetzt",
  },
  "crm.audit.entity.staff": { en: "Staff member", de: "Teammitglied" },
  "crm.audit.entity.client": { en: "Client", de: "Kunde" },
  "crm.audit.entity.contact": { en: "Contact", de: "Kontakt" },
});
