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

/** The mailbox of `MAIL_FROM`, which the configuration checked. */
export function senderMailbox(mailFrom: string): Mailbox {
  const mailbox = parseMailbox(mailFrom);
  if (!mailbox) throw new Error(`MAIL_FROM is not one address: ${mailFrom}`);
  return mailbox;
}
