import { defineMessages } from "../define.ts";

/** Admin → Booking → Embed: the booking widget for other websites. */
export default defineMessages({
  "embed.nav": { en: "Embed", de: "Einbetten" },
  "embed.title": {
    en: "Booking on your website",
    de: "Buchung auf Ihrer Website",
  },
  "embed.intro": {
    en:
      "Put the booking page on your own website: it appears in a frame that grows with its content, in your accent colour.",
    de:
      "Binden Sie die Buchungsseite in Ihre eigene Website ein: Sie erscheint in einem Rahmen, der mit seinem Inhalt wächst, in Ihrer Akzentfarbe.",
  },
  "embed.snippet": { en: "The snippet", de: "Das Code-Schnipsel" },
  "embed.snippetText": {
    en:
      "Copy this line into your page where the booking should appear. data-accent is your colour as six hex digits.",
    de:
      "Kopieren Sie diese Zeile an die Stelle Ihrer Seite, an der die Buchung erscheinen soll. data-accent ist Ihre Farbe als sechs Hexadezimalziffern.",
  },
  "embed.frameText": {
    en:
      "Or frame this address yourself (then the frame does not resize by itself):",
    de:
      "Oder rahmen Sie diese Adresse selbst ein (dann passt sich der Rahmen nicht selbst an):",
  },
  "embed.origins": {
    en: "Websites that may show it",
    de: "Websites, die sie zeigen dürfen",
  },
  "embed.originsLabel": { en: "Origins", de: "Ursprünge" },
  "embed.originsHint": {
    en:
      "One a line, e.g. https://www.example.com. Browsers refuse the widget on any other site; with none listed it is refused everywhere.",
    de:
      "Einer pro Zeile, z. B. https://www.example.com. Browser verweigern das Widget auf jeder anderen Website; ist keine eingetragen, wird es überall verweigert.",
  },
  "embed.save": { en: "Save", de: "Speichern" },
  "embed.saved": {
    en: "The websites are saved.",
    de: "Die Websites sind gespeichert.",
  },
  "embed.origins.invalid": {
    en:
      "“{line}” is no origin: write the scheme and host only, e.g. https://www.example.com.",
    de:
      "„{line}“ ist kein Ursprung: Schreiben Sie nur Schema und Host, z. B. https://www.example.com.",
  },
  "embed.origins.tooMany": {
    en: "At most {max} websites.",
    de: "Höchstens {max} Websites.",
  },
});
