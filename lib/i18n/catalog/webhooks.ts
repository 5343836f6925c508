import { defineMessages } from "../define.ts";

/** Admin → Webhooks, and the email when an endpoint is switched off. */
export default defineMessages({
  "admin.nav.webhooks": { en: "Webhooks", de: "Webhooks" },
  "webhooks.title": { en: "Webhooks", de: "Webhooks" },
  "webhooks.intro": {
    en:
      "Portico tells other tools (a CRM, accounting, an automation service) about bookings, orders, invoices and licenses by calling their URL. Each request is signed per Standard Webhooks; failed ones are retried with growing pauses.",
    de:
      "Portico informiert andere Werkzeuge (ein CRM, die Buchhaltung, einen Automatisierungsdienst) über Termine, Bestellungen, Rechnungen und Lizenzen, indem es deren URL aufruft. Jede Anfrage ist nach Standard Webhooks signiert; fehlgeschlagene werden mit wachsenden Pausen wiederholt.",
  },
  "webhooks.new": { en: "Add an endpoint", de: "Endpunkt hinzufügen" },
  "webhooks.url": { en: "URL", de: "URL" },
  "webhooks.urlHint": {
    en: "An https:// address on the public internet.",
    de: "Eine https://-Adresse im öffentlichen Internet.",
  },
  "webhooks.description": { en: "Description", de: "Beschreibung" },
  "webhooks.descriptionHint": {
    en: "Optional: what this endpoint is for.",
    de: "Optional: wofür dieser Endpunkt da ist.",
  },
  "webhooks.events": { en: "Events", de: "Ereignisse" },
  "webhooks.create": { en: "Add endpoint", de: "Endpunkt hinzufügen" },
  "webhooks.createdTitle": {
    en: "Endpoint added: {url}",
    de: "Endpunkt hinzugefügt: {url}",
  },
  "webhooks.createdText": {
    en:
      "This is its signing secret. Copy it into the receiving tool now: it is shown only once.",
    de:
      "Das ist sein Signaturschlüssel. Tragen Sie ihn jetzt im empfangenden Werkzeug ein: Er wird nur einmal angezeigt.",
  },
  "webhooks.empty": {
    en:
      "No endpoints yet. Add one to have Portico call it on the events you choose.",
    de:
      "Noch keine Endpunkte. Fügen Sie einen hinzu, damit Portico ihn bei den gewählten Ereignissen aufruft.",
  },
  "webhooks.col.url": { en: "URL", de: "URL" },
  "webhooks.col.events": { en: "Events", de: "Ereignisse" },
  "webhooks.col.status": { en: "Status", de: "Status" },
  "webhooks.col.pending": { en: "Waiting", de: "Wartend" },
  "webhooks.col.failed": { en: "Failed", de: "Fehlgeschlagen" },
  "webhooks.col.event": { en: "Event", de: "Ereignis" },
  "webhooks.col.attempts": { en: "Attempts", de: "Versuche" },
  "webhooks.col.response": { en: "Response", de: "Antwort" },
  "webhooks.col.created": { en: "Created", de: "Erstellt" },
  "webhooks.enabled": { en: "On", de: "Aktiv" },
  "webhooks.disabledSince": {
    en: "Off since {date}",
    de: "Aus seit {date}",
  },
  "webhooks.failingSince": {
    en: "Failing since {date}",
    de: "Fehlerhaft seit {date}",
  },
  "webhooks.back": { en: "All webhooks", de: "Alle Webhooks" },
  "webhooks.deliveries": {
    en: "Latest deliveries",
    de: "Letzte Zustellungen",
  },
  "webhooks.noDeliveries": {
    en:
      "Nothing sent yet: deliveries appear here when a subscribed event happens.",
    de:
      "Noch nichts gesendet: Zustellungen erscheinen hier, sobald ein abonniertes Ereignis eintritt.",
  },
  "webhooks.nextAttempt": {
    en: "next attempt {date}",
    de: "nächster Versuch {date}",
  },
  "webhooks.delivery.pending": { en: "Waiting", de: "Wartend" },
  "webhooks.delivery.delivered": { en: "Delivered", de: "Zugestellt" },
  "webhooks.delivery.failed": { en: "Failed", de: "Fehlgeschlagen" },
  "webhooks.resend": { en: "Send again", de: "Erneut senden" },
  "webhooks.resent": {
    en: "The delivery is sent again.",
    de: "Die Zustellung wird erneut gesendet.",
  },
  "webhooks.enable": { en: "Switch on", de: "Einschalten" },
  "webhooks.disable": { en: "Switch off", de: "Ausschalten" },
  "webhooks.switchedOn": {
    en: "The endpoint is on again; waiting deliveries are sent.",
    de: "Der Endpunkt ist wieder aktiv; wartende Zustellungen werden gesendet.",
  },
  "webhooks.switchedOff": {
    en: "The endpoint is off: nothing is sent to it.",
    de: "Der Endpunkt ist aus: Es wird nichts an ihn gesendet.",
  },
  "webhooks.delete": { en: "Delete endpoint", de: "Endpunkt löschen" },
  "webhooks.deleted": {
    en: "The endpoint and its deliveries are deleted.",
    de: "Der Endpunkt und seine Zustellungen sind gelöscht.",
  },
  "webhooks.url.scheme": {
    en: "Enter an http:// or https:// address.",
    de: "Geben Sie eine http://- oder https://-Adresse ein.",
  },
  "webhooks.url.credentials": {
    en: "Leave the user name and password out of the address.",
    de: "Lassen Sie Benutzername und Passwort aus der Adresse weg.",
  },
  "webhooks.url.private": {
    en:
      "This address is on the local or a private network, which webhooks may not call (WEBHOOK_ALLOW_PRIVATE allows it).",
    de:
      "Diese Adresse liegt im lokalen oder einem privaten Netz, das Webhooks nicht aufrufen dürfen (WEBHOOK_ALLOW_PRIVATE erlaubt es).",
  },
  "webhooks.url.unresolved": {
    en: "This host name is not found.",
    de: "Dieser Hostname wird nicht gefunden.",
  },
  "webhooks.events.required": {
    en: "Choose at least one event.",
    de: "Wählen Sie mindestens ein Ereignis.",
  },
  "webhooks.disabledMail.subject": {
    en: "A webhook endpoint was switched off",
    de: "Ein Webhook-Endpunkt wurde ausgeschaltet",
  },
  "webhooks.disabledMail.body": {
    en:
      "Deliveries to {url} have failed since {since}, so Portico stopped calling it. Its waiting deliveries are kept: switch it on again once it answers.",
    de:
      "Zustellungen an {url} schlagen seit {since} fehl, daher ruft Portico ihn nicht mehr auf. Seine wartenden Zustellungen bleiben erhalten: Schalten Sie ihn wieder ein, sobald er antwortet.",
  },
  "webhooks.disabledMail.action": {
    en: "Open the endpoint",
    de: "Endpunkt öffnen",
  },
  "jobs.deliverWebhooks.title": {
    en: "Deliver webhooks",
    de: "Webhooks zustellen",
  },
  "jobs.deliverWebhooks.description": {
    en:
      "Sends due webhook deliveries, retries failed ones and switches off endpoints that fail for days.",
    de:
      "Sendet fällige Webhook-Zustellungen, wiederholt fehlgeschlagene und schaltet Endpunkte aus, die tagelang fehlschlagen.",
  },
});
