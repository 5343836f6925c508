import { defineMessages } from "../define.ts";

/** The license server's people side: admin → Licenses, API keys, portal licenses. */
export default defineMessages({
  "licensing.title": { en: "Licenses", de: "Lizenzen" },
  "licensing.intro": {
    en:
      "Every license key this server has issued, newest first. Each key works on one domain.",
    de:
      "Alle Lizenzschlüssel, die dieser Server ausgegeben hat, die neuesten zuerst. Jeder Schlüssel gilt für eine Domain.",
  },
  "licensing.apiKeys.link": { en: "API keys", de: "API-Schlüssel" },
  "licensing.search.label": {
    en: "Key prefix, email, domain or product",
    de: "Schlüsselanfang, E-Mail, Domain oder Produkt",
  },
  "licensing.filter.product": { en: "Product", de: "Produkt" },
  "licensing.filter.allProducts": { en: "All products", de: "Alle Produkte" },
  "licensing.filter.status": { en: "Status", de: "Status" },
  "licensing.filter.allStatuses": { en: "All statuses", de: "Alle Status" },
  "licensing.filter.apply": { en: "Search", de: "Suchen" },
  "licensing.filter.clear": { en: "Clear filters", de: "Filter zurücksetzen" },
  "licensing.status.active": { en: "Active", de: "Aktiv" },
  "licensing.status.expired": { en: "Expired", de: "Abgelaufen" },
  "licensing.status.revoked": { en: "Revoked", de: "Widerrufen" },
  "licensing.type.full": { en: "Full", de: "Vollversion" },
  "licensing.type.trial": { en: "Trial", de: "Testversion" },
  "licensing.col.key": { en: "Key", de: "Schlüssel" },
  "licensing.col.product": { en: "Product", de: "Produkt" },
  "licensing.col.holder": { en: "Licensee", de: "Lizenznehmer" },
  "licensing.col.domain": { en: "Domain", de: "Domain" },
  "licensing.col.status": { en: "Status", de: "Status" },
  "licensing.col.expires": { en: "Expires", de: "Läuft ab" },
  "licensing.noExpiry": { en: "Never", de: "Nie" },
  "licensing.notBound": { en: "Not activated", de: "Nicht aktiviert" },
  "licensing.empty.title": { en: "No licenses yet", de: "Noch keine Lizenzen" },
  "licensing.empty.text": {
    en:
      "Licenses appear here when the shop sells a module or another system issues one through the API. Create an API key for each system that should issue licenses.",
    de:
      "Lizenzen erscheinen hier, sobald der Shop ein Modul verkauft oder ein anderes System eine über die API ausstellt. Legen Sie für jedes System, das Lizenzen ausstellen soll, einen API-Schlüssel an.",
  },
  "licensing.noMatch": {
    en:
      "No license matches these filters. Try only the start of the key, such as BOOKING-7K3M, or clear the filters.",
    de:
      "Keine Lizenz passt zu diesen Filtern. Geben Sie nur den Anfang des Schlüssels ein, etwa BOOKING-7K3M, oder setzen Sie die Filter zurück.",
  },
  "licensing.back": { en: "All licenses", de: "Alle Lizenzen" },
  "licensing.details": { en: "Details", de: "Angaben" },
  "licensing.field.key": { en: "License key", de: "Lizenzschlüssel" },
  "licensing.field.showKey": { en: "Show key", de: "Schlüssel anzeigen" },
  "licensing.field.showKeyHint": {
    en: "Give the key only to the licensee. Select it to copy it.",
    de:
      "Geben Sie den Schlüssel nur an den Lizenznehmer weiter. Markieren Sie ihn zum Kopieren.",
  },
  "licensing.field.email": { en: "Email", de: "E-Mail" },
  "licensing.field.name": { en: "Name", de: "Name" },
  "licensing.field.client": { en: "Client", de: "Kunde" },
  "licensing.field.reference": { en: "Reference", de: "Referenz" },
  "licensing.field.issued": { en: "Issued", de: "Ausgestellt" },
  "licensing.activations.title": { en: "Activations", de: "Aktivierungen" },
  "licensing.activations.empty": {
    en: "The key has not been activated on a domain yet.",
    de: "Der Schlüssel wurde noch auf keiner Domain aktiviert.",
  },
  "licensing.activations.since": { en: "Since", de: "Seit" },
  "licensing.activations.until": { en: "Until", de: "Bis" },
  "licensing.activations.current": { en: "Current", de: "Aktuell" },
  "licensing.activations.validations": { en: "Validations", de: "Prüfungen" },
  "licensing.activations.lastValidation": {
    en: "Last validation",
    de: "Letzte Prüfung",
  },
  "licensing.activations.neverValidated": { en: "Not yet", de: "Noch keine" },
  "licensing.events.title": { en: "History", de: "Verlauf" },
  "licensing.events.when": { en: "When", de: "Wann" },
  "licensing.events.what": { en: "What", de: "Was" },
  "licensing.events.who": { en: "By", de: "Von" },
  "licensing.event.issued": {
    en: "Issued as {type}",
    de: "Ausgestellt als {type}",
  },
  "licensing.event.activated": {
    en: "Activated on {domain}",
    de: "Aktiviert auf {domain}",
  },
  "licensing.event.deactivated": {
    en: "Deactivated on {domain}",
    de: "Deaktiviert auf {domain}",
  },
  "licensing.event.released": {
    en: "Domain {domain} released",
    de: "Domain {domain} freigegeben",
  },
  "licensing.event.moved": {
    en: "Moved from {domain} to {to}",
    de: "Umgezogen von {domain} nach {to}",
  },
  "licensing.event.movedAway": {
    en: "Moved away from {domain}",
    de: "Von {domain} umgezogen",
  },
  "licensing.event.revoked": { en: "Revoked", de: "Widerrufen" },
  "licensing.event.reinstated": { en: "Reinstated", de: "Wieder aktiviert" },
  "licensing.event.extended": {
    en: "Expiry set to {date}",
    de: "Ablauf auf {date} gesetzt",
  },
  "licensing.event.upgraded": { en: "Upgraded", de: "Hochgestuft" },
  "licensing.actor.staff": { en: "Staff", de: "Mitarbeiter" },
  "licensing.actor.contact": { en: "Client", de: "Kunde" },
  "licensing.actor.system": { en: "System", de: "System" },
  "licensing.actor.api": { en: "API", de: "API" },
  "licensing.manage.title": { en: "Change this license", de: "Lizenz ändern" },
  "licensing.manage.adminOnly": {
    en: "Only administrators can revoke, reinstate, extend or move licenses.",
    de:
      "Nur Administratoren können Lizenzen widerrufen, wieder aktivieren, verlängern oder umziehen.",
  },
  "licensing.revoke": { en: "Revoke license…", de: "Lizenz widerrufen …" },
  "licensing.ownInstallation": {
    en: "This installation's own",
    de: "Eigene Lizenz dieser Installation",
  },
  "licensing.revoke.question": {
    en:
      "Revoke this license? Every installation using it stops validating at its next check. You can reinstate it later.",
    de:
      "Diese Lizenz widerrufen? Jede Installation, die sie nutzt, wird bei der nächsten Prüfung abgewiesen. Sie können sie später wieder aktivieren.",
  },
  "licensing.revoke.confirm": {
    en: "Yes, revoke the license",
    de: "Ja, Lizenz widerrufen",
  },
  "licensing.revoke.hint": {
    en:
      "The key stops working at its next validation. The domain binding is kept, so reinstating restores it.",
    de:
      "Der Schlüssel funktioniert ab seiner nächsten Prüfung nicht mehr. Die Domain-Bindung bleibt, sodass eine Wiederaktivierung sie zurückbringt.",
  },
  "licensing.reinstate": {
    en: "Reinstate license",
    de: "Lizenz wieder aktivieren",
  },
  "licensing.reinstate.hint": {
    en:
      "The key works again at its next validation, on the domain it was bound to.",
    de:
      "Der Schlüssel funktioniert ab seiner nächsten Prüfung wieder, auf der Domain, an die er gebunden war.",
  },
  "licensing.revoked": {
    en: "The license was revoked.",
    de: "Die Lizenz wurde widerrufen.",
  },
  "licensing.alreadyRevoked": {
    en: "The license was already revoked.",
    de: "Die Lizenz war bereits widerrufen.",
  },
  "licensing.reinstated": {
    en: "The license is active again.",
    de: "Die Lizenz ist wieder aktiv.",
  },
  "licensing.notRevoked": {
    en: "The license was not revoked.",
    de: "Die Lizenz war nicht widerrufen.",
  },
  "licensing.extend.title": { en: "Expiry", de: "Ablauf" },
  "licensing.extend.field": {
    en: "Valid through",
    de: "Gültig bis einschließlich",
  },
  "licensing.extend.hint": {
    en: "The license ends when this day is over ({timeZone}).",
    de: "Die Lizenz endet mit Ablauf dieses Tages ({timeZone}).",
  },
  "licensing.extend.submit": { en: "Save expiry", de: "Ablauf speichern" },
  "licensing.extend.past": {
    en: "Please choose a day in the future.",
    de: "Bitte wählen Sie einen Tag in der Zukunft.",
  },
  "licensing.extend.date": {
    en: "Please enter a date.",
    de: "Bitte geben Sie ein Datum ein.",
  },
  "licensing.extended": {
    en: "The license is now valid through {date}.",
    de: "Die Lizenz gilt jetzt bis einschließlich {date}.",
  },
  "licensing.move.title": {
    en: "Move to another domain",
    de: "Auf eine andere Domain umziehen",
  },
  "licensing.move.field": { en: "New domain", de: "Neue Domain" },
  "licensing.move.hint": {
    en: "Ends the current activation and binds the key to this domain at once.",
    de:
      "Beendet die aktuelle Aktivierung und bindet den Schlüssel sofort an diese Domain.",
  },
  "licensing.move.submit": { en: "Move license", de: "Lizenz umziehen" },
  "licensing.move.sameDomain": {
    en: "The key is already bound to this domain.",
    de: "Der Schlüssel ist bereits an diese Domain gebunden.",
  },
  "licensing.move.conflict": {
    en:
      "The key was activated somewhere else at the same moment. Please try again.",
    de:
      "Der Schlüssel wurde im selben Moment anderswo aktiviert. Bitte versuchen Sie es noch einmal.",
  },
  "licensing.moved": {
    en: "The license is now bound to {domain}.",
    de: "Die Lizenz ist jetzt an {domain} gebunden.",
  },
  "licensing.domain.invalid": {
    en: "Please enter a domain such as shop.example.com.",
    de: "Bitte geben Sie eine Domain wie shop.example.com ein.",
  },
  "licensing.domain.development": {
    en: "Development hosts such as localhost work without an activation.",
    de: "Entwicklungsrechner wie localhost brauchen keine Aktivierung.",
  },
  "licensing.apiKeys.title": { en: "API keys", de: "API-Schlüssel" },
  "licensing.apiKeys.intro": {
    en:
      "Other systems, such as a shop on another installation, issue licenses through POST /api/licenses with an API key sent as “Authorization: Bearer …”.",
    de:
      "Andere Systeme, etwa ein Shop auf einer anderen Installation, stellen Lizenzen über POST /api/licenses aus, mit einem API-Schlüssel im Header „Authorization: Bearer …“.",
  },
  "licensing.apiKeys.name": { en: "Name", de: "Name" },
  "licensing.apiKeys.nameHint": {
    en: "What will use the key, e.g. “Shop on example.com”.",
    de: "Wer den Schlüssel verwendet, z. B. „Shop auf example.com“.",
  },
  "licensing.apiKeys.scopes": { en: "Allowed", de: "Erlaubt" },
  "licensing.apiKeys.scopeRequired": {
    en:
      "Choose what the key may do: licenses:issue (the license API), bookings:read (the booking API), or both.",
    de:
      "Wählen Sie, was der Schlüssel darf: licenses:issue (die Lizenz-API), bookings:read (die Buchungs-API) oder beides.",
  },
  "licensing.apiKeys.create": {
    en: "Create API key",
    de: "API-Schlüssel anlegen",
  },
  "licensing.apiKeys.createdTitle": {
    en: "Your new API key “{name}”",
    de: "Ihr neuer API-Schlüssel „{name}“",
  },
  "licensing.apiKeys.createdText": {
    en:
      "Copy it now: this is the only time it is shown. Portico keeps only a fingerprint of it.",
    de:
      "Kopieren Sie ihn jetzt: Er wird nur dieses eine Mal angezeigt. Portico speichert nur einen Fingerabdruck davon.",
  },
  "licensing.apiKeys.col.name": { en: "Name", de: "Name" },
  "licensing.apiKeys.col.prefix": { en: "Starts with", de: "Beginnt mit" },
  "licensing.apiKeys.col.created": { en: "Created", de: "Angelegt" },
  "licensing.apiKeys.col.lastUsed": {
    en: "Last used",
    de: "Zuletzt verwendet",
  },
  "licensing.apiKeys.col.status": { en: "Status", de: "Status" },
  "licensing.apiKeys.neverUsed": { en: "Never", de: "Nie" },
  "licensing.apiKeys.active": { en: "Active", de: "Aktiv" },
  "licensing.apiKeys.revokedOn": {
    en: "Revoked {date}",
    de: "Widerrufen am {date}",
  },
  "licensing.apiKeys.revoke": { en: "Revoke", de: "Widerrufen" },
  "licensing.apiKeys.revoked": {
    en: "The API key was revoked. Requests with it are refused from now on.",
    de:
      "Der API-Schlüssel wurde widerrufen. Anfragen damit werden ab sofort abgelehnt.",
  },
  "licensing.apiKeys.empty": {
    en:
      "No API keys yet. Create one for each system that should issue licenses, so each can be revoked on its own.",
    de:
      "Noch keine API-Schlüssel. Legen Sie für jedes System, das Lizenzen ausstellen soll, einen eigenen an, damit jeder einzeln widerrufen werden kann.",
  },
  "licensing.apiKeys.adminOnly": {
    en: "Only administrators can create or revoke API keys.",
    de: "Nur Administratoren können API-Schlüssel anlegen oder widerrufen.",
  },
  "licensing.portal.title": { en: "Your licenses", de: "Ihre Lizenzen" },
  "licensing.portal.intro": {
    en:
      "Each key works on one domain. Moving to a new domain or reinstalling? Release the domain here, then activate the key on the new site.",
    de:
      "Jeder Schlüssel gilt für eine Domain. Sie ziehen auf eine neue Domain um oder installieren neu? Geben Sie die Domain hier frei und aktivieren Sie den Schlüssel dann auf der neuen Website.",
  },
  "licensing.portal.allowance": {
    en: "Domain releases left: {remaining} of {limit} within 30 days.",
    de:
      "Verbleibende Domain-Freigaben: {remaining} von {limit} innerhalb von 30 Tagen.",
  },
  "licensing.portal.allowanceUsed": {
    en:
      "You have used all {limit} domain releases of the last 30 days. The next one is possible from {date}. If you need to move sooner, please contact us.",
    de:
      "Sie haben alle {limit} Domain-Freigaben der letzten 30 Tage genutzt. Die nächste ist ab {date} möglich. Wenn Sie früher umziehen müssen, melden Sie sich bitte bei uns.",
  },
  "licensing.portal.limitReached": {
    en:
      "The domain was not released: you have already released {limit} domains in the last 30 days. The next release is possible from {date}. If you need to move sooner, please contact us.",
    de:
      "Die Domain wurde nicht freigegeben: Sie haben in den letzten 30 Tagen bereits {limit} Domains freigegeben. Die nächste Freigabe ist ab {date} möglich. Wenn Sie früher umziehen müssen, melden Sie sich bitte bei uns.",
  },
  "licensing.portal.key": { en: "License key", de: "Lizenzschlüssel" },
  "licensing.portal.copyHint": {
    en: "Click the key to select it, then copy it.",
    de:
      "Klicken Sie auf den Schlüssel, um ihn zu markieren, und kopieren Sie ihn dann.",
  },
  "licensing.portal.domain": { en: "Domain", de: "Domain" },
  "licensing.portal.expires": { en: "Valid until", de: "Gültig bis" },
  "licensing.portal.release": {
    en: "Release domain…",
    de: "Domain freigeben …",
  },
  "licensing.portal.releaseQuestion": {
    en:
      "Release {domain}? The license stops working there at its next check, and the key can be activated on another domain.",
    de:
      "{domain} freigeben? Dort funktioniert die Lizenz ab der nächsten Prüfung nicht mehr, und der Schlüssel kann auf einer anderen Domain aktiviert werden.",
  },
  "licensing.portal.releaseConfirm": {
    en: "Yes, release the domain",
    de: "Ja, Domain freigeben",
  },
  "licensing.portal.releaseLabel": {
    en: "Release {domain} from the {product} key",
    de: "{domain} vom Schlüssel für {product} freigeben",
  },
  "licensing.portal.released": {
    en: "{domain} was released. Activate the key on the new domain now.",
    de:
      "{domain} wurde freigegeben. Aktivieren Sie den Schlüssel jetzt auf der neuen Domain.",
  },
  "licensing.portal.notBound": {
    en:
      "This license is not bound to a domain, so there was nothing to release.",
    de:
      "Diese Lizenz ist an keine Domain gebunden, es gab also nichts freizugeben.",
  },
  "licensing.portal.empty": {
    en:
      "You have no licenses yet. Modules you buy in the shop appear here with their key.",
    de:
      "Sie haben noch keine Lizenzen. Module, die Sie im Shop kaufen, erscheinen hier mit ihrem Schlüssel.",
  },
  "licensing.portal.shop": { en: "Go to the shop", de: "Zum Shop" },
});
