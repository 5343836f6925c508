/** One mailbox out of an address header, such as `MAIL_FROM`. */
import addressparser from "nodemailer/lib/addressparser";

export interface Mailbox {
  /** The display name; empty when the header has none. */
  name: string;
  email: string;
}

/**
 * The single mailbox in `header` (`Name <a@b.example>` or `a@b.example`);
 * null when it holds none, several, or an address without a domain.
 *
 * @example parseMailbox("Portico <portico@example.com>") // { name: "Portico", email: "portico@example.com" }
 */
export function parseMailbox(header: string): Mailbox | null {
  const entries = addressparser(header);
  const only = entries.length === 1 ? entries[0] : undefined;
  if (!only || only.group || !/^[^@\s]+@[^@\s]+$/.test(only.address)) {
    return null;
  }
  return { name: only.name, email: only.address };
}

const senders = new Map<string, Readonly<Mailbox>>();

/**
 * The mailbox of `MAIL_FROM`, which the configuration checked: parsed once
 * (every booking page names the organizer, and parsing cost a few per cent
 * of the page).
 */
export function senderMailbox(mailFrom: string): Readonly<Mailbox> {
  const known = senders.get(mailFrom);
  if (known) return known;
  const mailbox = parseMailbox(mailFrom);
  if (!mailbox) throw new Error(`MAIL_FROM is not one address: ${mailFrom}`);
  senders.set(mailFrom, Object.freeze(mailbox));
  return mailbox;
}
