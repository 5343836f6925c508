import { defineMessages } from "../define.ts";

/** This instance's own module licenses: panel, lock page, banner. */
export default defineMessages({
  "license.module.booking": "Booking",
  "license.module.activity": "Activity tracker",
  "license.locked.title": "This module is locked",
  "license.locked.text":
    "The {module} module needs a valid license. Public pages keep working; enter the license key in the module's settings to unlock its administration.",
  "license.locked.action": "Open the settings",
  "license.reason.UNLICENSED": "No license key has been entered yet.",
  "license.reason.GRACE_OVER":
    "The license server could not be reached for more than 7 days.",
  "license.reason.LICENSE_REVOKED": "The license was revoked.",
  "license.reason.LICENSE_EXPIRED": "The license has expired.",
  "license.reason.TAMPERED":
    "The stored license data is not valid. Please activate the key again.",
  "license.reason.DOMAIN_CHANGED":
    "The license belongs to another domain. Please activate it again.",
  "license.reason.STATE_MISMATCH":
    "The stored license data is older than this installation's record of it (for example after part of a database backup was restored). Check the license now, or activate the key again.",
  "license.reason.DOMAIN_MISMATCH": "The key is active on another domain.",
  "license.reason.LICENSE_NOT_FOUND":
    "The license server does not know this key.",
  "license.panel.title": "License",
  "license.panel.intro":
    "Paste the key from your purchase email and activate it for this domain.",
  "license.panel.key": "License key",
  "license.panel.activate": "Activate License",
  "license.panel.remove": "Remove license",
  "license.panel.status": "Status",
  "license.panel.status.valid": "Active",
  "license.panel.status.grace": "Active (server not reachable)",
  "license.panel.status.invalid": "Invalid",
  "license.panel.status.unlicensed": "Not activated",
  "license.panel.domain": "Domain",
  "license.panel.lastCheck": "Last check",
  "license.panel.expires": "Expires",
  "license.panel.never": "Never",
  "license.panel.activated": "The license is active.",
  "license.panel.removed": "The license was removed from this installation.",
  "license.panel.failed": "Activation failed: {message}",
  "license.panel.check": "Check now",
  "license.panel.checked": "The license server confirmed the license.",
  "license.panel.checkRefused":
    "The license server refused the license; the reason is shown below.",
  "license.panel.checkUnreachable":
    "The license server cannot be reached. Please try again later.",
  "license.panel.checkImpossible":
    "The stored license cannot be checked. Please activate the key again.",
  "license.banner.grace":
    "The license server could not be reached. The {module} module keeps working for {days} more day(s); please check the connection.",
}, {
  "license.module.booking": "Terminbuchung",
  "license.module.activity": "Aktivitäts-Tracker",
  "license.locked.title": "Dieses Modul ist gesperrt",
  "license.locked.text":
    "Das Modul {module} braucht eine gültige Lizenz. Öffentliche Seiten funktionieren weiter; geben Sie den Lizenzschlüssel in den Einstellungen des Moduls ein, um die Verwaltung freizuschalten.",
  "license.locked.action": "Einstellungen öffnen",
  "license.reason.UNLICENSED": "Es wurde noch kein Lizenzschlüssel eingegeben.",
  "license.reason.GRACE_OVER":
    "Der Lizenzserver war länger als 7 Tage nicht erreichbar.",
  "license.reason.LICENSE_REVOKED": "Die Lizenz wurde widerrufen.",
  "license.reason.LICENSE_EXPIRED": "Die Lizenz ist abgelaufen.",
  "license.reason.TAMPERED":
    "Die gespeicherten Lizenzdaten sind ungültig. Bitte aktivieren Sie den Schlüssel erneut.",
  "license.reason.DOMAIN_CHANGED":
    "Die Lizenz gehört zu einer anderen Domain. Bitte aktivieren Sie sie erneut.",
  "license.reason.STATE_MISMATCH":
    "Die gespeicherten Lizenzdaten sind älter als der Stand, den diese Installation festgehalten hat (etwa nachdem ein Teil einer Datenbanksicherung zurückgespielt wurde). Prüfen Sie die Lizenz jetzt oder aktivieren Sie den Schlüssel erneut.",
  "license.reason.DOMAIN_MISMATCH":
    "Der Schlüssel ist auf einer anderen Domain aktiv.",
  "license.reason.LICENSE_NOT_FOUND":
    "Der Lizenzserver kennt diesen Schlüssel nicht.",
  "license.panel.title": "Lizenz",
  "license.panel.intro":
    "Fügen Sie den Schlüssel aus Ihrer Kauf-E-Mail ein und aktivieren Sie ihn für diese Domain.",
  "license.panel.key": "Lizenzschlüssel",
  "license.panel.activate": "Lizenz aktivieren",
  "license.panel.remove": "Lizenz entfernen",
  "license.panel.status": "Status",
  "license.panel.status.valid": "Aktiv",
  "license.panel.status.grace": "Aktiv (Server nicht erreichbar)",
  "license.panel.status.invalid": "Ungültig",
  "license.panel.status.unlicensed": "Nicht aktiviert",
  "license.panel.domain": "Domain",
  "license.panel.lastCheck": "Letzte Prüfung",
  "license.panel.expires": "Läuft ab",
  "license.panel.never": "Nie",
  "license.panel.activated": "Die Lizenz ist aktiv.",
  "license.panel.removed": "Die Lizenz wurde von dieser Installation entfernt.",
  "license.panel.failed": "Aktivierung fehlgeschlagen: {message}",
  "license.panel.check": "Jetzt prüfen",
  "license.panel.checked": "Der Lizenzserver hat die Lizenz bestätigt.",
  "license.panel.checkRefused":
    "Der Lizenzserver hat die Lizenz abgelehnt; der Grund steht unten.",
  "license.panel.checkUnreachable":
    "Der Lizenzserver ist nicht erreichbar. Bitte versuchen Sie es später erneut.",
  "license.panel.checkImpossible":
    "Die gespeicherte Lizenz kann nicht geprüft werden. Bitte aktivieren Sie den Schlüssel erneut.",
  "license.banner.grace":
    "Der Lizenzserver ist nicht erreichbar. Das Modul {module} funktioniert noch {days} Tag(e); bitte prüfen Sie die Verbindung.",
});
