import { defineMessages } from "../define.ts";

/** This instance's own module licenses: panel, lock page, banner. */
export default defineMessages({
  "license.module.booking": { en: "Booking", de: "Terminbuchung" },
  "license.module.activity": {
    en: "Activity tracker",
    de: "Aktivitäts-Tracker",
  },
  "license.locked.title": {
    en: "This module is locked",
    de: "Dieses Modul ist gesperrt",
  },
  "license.locked.text": {
    en:
      "The {module} module needs a valid license to open its administration. Public pages keep working meanwhile.",
    de:
      "Das Modul {module} braucht eine gültige Lizenz, damit sich seine Verwaltung öffnet. Öffentliche Seiten funktionieren unterdessen weiter.",
  },
  "license.locked.step.buy": {
    en: "Buy a license for {module} from your vendor's shop.",
    de: "Kaufen Sie eine Lizenz für {module} im Shop Ihres Anbieters.",
  },
  "license.locked.step.copy": {
    en:
      "Copy the license key from the purchase email, or from Licenses in the vendor's customer portal.",
    de:
      "Kopieren Sie den Lizenzschlüssel aus der Kauf-E-Mail oder unter „Lizenzen“ im Kundenportal des Anbieters.",
  },
  "license.locked.step.paste": {
    en:
      "Open this module's settings, paste the key under License and choose “Activate License”. An administrator can do this.",
    de:
      "Öffnen Sie die Einstellungen dieses Moduls, fügen Sie den Schlüssel unter „Lizenz“ ein und wählen Sie „Lizenz aktivieren“. Das kann ein Administrator.",
  },
  "license.own.text": {
    en:
      "This installation is its own license server, so it can license its own modules: one click issues this installation's license and activates it for this domain (administrators).",
    de:
      "Diese Installation ist ihr eigener Lizenzserver und kann ihre Module selbst lizenzieren: Ein Klick stellt die Lizenz dieser Installation aus und aktiviert sie für diese Domain (Administratoren).",
  },
  "license.own.action": {
    en: "Use this installation's own license",
    de: "Eigene Lizenz dieser Installation verwenden",
  },
  "license.own.done": {
    en: "This installation's own license is active.",
    de: "Die eigene Lizenz dieser Installation ist aktiv.",
  },
  "license.locked.action": {
    en: "Open the settings",
    de: "Einstellungen öffnen",
  },
  "license.reason.UNLICENSED": {
    en: "No license key has been entered yet.",
    de: "Es wurde noch kein Lizenzschlüssel eingegeben.",
  },
  "license.reason.GRACE_OVER": {
    en: "The license server could not be reached for more than 7 days.",
    de: "Der Lizenzserver war länger als 7 Tage nicht erreichbar.",
  },
  "license.reason.LICENSE_REVOKED": {
    en: "The license was revoked.",
    de: "Die Lizenz wurde widerrufen.",
  },
  "license.reason.LICENSE_EXPIRED": {
    en: "The license has expired.",
    de: "Die Lizenz ist abgelaufen.",
  },
  "license.reason.TAMPERED": {
    en: "The stored license data is not valid. Please activate the key again.",
    de:
      "Die gespeicherten Lizenzdaten sind ungültig. Bitte aktivieren Sie den Schlüssel erneut.",
  },
  "license.reason.DOMAIN_CHANGED": {
    en: "The license belongs to another domain. Please activate it again.",
    de:
      "Die Lizenz gehört zu einer anderen Domain. Bitte aktivieren Sie sie erneut.",
  },
  "license.reason.STATE_MISMATCH": {
    en:
      "The stored license data is older than this installation's record of it (for example after part of a database backup was restored). Check the license now, or activate the key again.",
    de:
      "Die gespeicherten Lizenzdaten sind älter als der Stand, den diese Installation festgehalten hat (etwa nachdem ein Teil einer Datenbanksicherung zurückgespielt wurde). Prüfen Sie die Lizenz jetzt oder aktivieren Sie den Schlüssel erneut.",
  },
  "license.reason.DOMAIN_MISMATCH": {
    en: "The key is active on another domain.",
    de: "Der Schlüssel ist auf einer anderen Domain aktiv.",
  },
  "license.reason.LICENSE_NOT_FOUND": {
    en: "The license server does not know this key.",
    de: "Der Lizenzserver kennt diesen Schlüssel nicht.",
  },
  "license.panel.title": { en: "License", de: "Lizenz" },
  "license.panel.intro": {
    en:
      "Paste the key from your purchase email and activate it for this domain.",
    de:
      "Fügen Sie den Schlüssel aus Ihrer Kauf-E-Mail ein und aktivieren Sie ihn für diese Domain.",
  },
  "license.panel.key": { en: "License key", de: "Lizenzschlüssel" },
  "license.panel.activate": { en: "Activate License", de: "Lizenz aktivieren" },
  "license.panel.remove": { en: "Remove license", de: "Lizenz entfernen" },
  "license.panel.status.valid": { en: "Active", de: "Aktiv" },
  "license.panel.status.grace": {
    en: "Active (server not reachable)",
    de: "Aktiv (Server nicht erreichbar)",
  },
  "license.panel.status.invalid": { en: "Invalid", de: "Ungültig" },
  "license.panel.status.unlicensed": {
    en: "Not activated",
    de: "Nicht aktiviert",
  },
  "license.panel.domain": { en: "Domain", de: "Domain" },
  "license.panel.lastCheck": { en: "Last check", de: "Letzte Prüfung" },
  "license.panel.expires": { en: "Expires", de: "Läuft ab" },
  "license.panel.never": { en: "Never", de: "Nie" },
  "license.panel.activated": {
    en: "The license is active.",
    de: "Die Lizenz ist aktiv.",
  },
  "license.panel.removed": {
    en: "The license was removed from this installation.",
    de: "Die Lizenz wurde von dieser Installation entfernt.",
  },
  "license.panel.failed": {
    en: "Activation failed: {message}",
    de: "Aktivierung fehlgeschlagen: {message}",
  },
  "license.panel.check": { en: "Check now", de: "Jetzt prüfen" },
  "license.panel.checked": {
    en: "The license server confirmed the license.",
    de: "Der Lizenzserver hat die Lizenz bestätigt.",
  },
  "license.panel.checkRefused": {
    en: "The license server refused the license; the reason is shown below.",
    de: "Der Lizenzserver hat die Lizenz abgelehnt; der Grund steht unten.",
  },
  "license.panel.checkUnreachable": {
    en: "The license server cannot be reached. Please try again later.",
    de:
      "Der Lizenzserver ist nicht erreichbar. Bitte versuchen Sie es später erneut.",
  },
  "license.panel.checkImpossible": {
    en: "The stored license cannot be checked. Please activate the key again.",
    de:
      "Die gespeicherte Lizenz kann nicht geprüft werden. Bitte aktivieren Sie den Schlüssel erneut.",
  },
  "license.banner.grace": {
    en:
      "The license server could not be reached. The {module} module keeps working for {days} more day(s); please check the connection.",
    de:
      "Der Lizenzserver ist nicht erreichbar. Das Modul {module} funktioniert noch {days} Tag(e); bitte prüfen Sie die Verbindung.",
  },
});
