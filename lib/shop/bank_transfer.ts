/**
 * Bank transfer, the default way to pay: the details a buyer types into
 * their banking app, and the same as an EPC QR code ("GiroCode", EPC069-12
 * version 002) that the app scans instead. The code is SVG drawn on the
 * server, so the order page needs no JavaScript to show it, and a PNG
 * shown inline in the emails that carry the bank details.
 */
// @ts-types="@types/qrcode"

/** What a transfer needs: to whom, how much, with which reference. */
export interface TransferDetails {
  /** The account holder (the seller's legal name). */
  holder: string;
  /** Compact, upper case. */
  iban: string;
  /** Optional in the EPC payload version 002; "" when unknown. */
  bic: string;
  amountCents: number;
  currency: string;
  /** The invoice number, as the transfer's remittance text. */
  reference: string;
}

/** The EPC payload's limits (EPC069-12 §3.4); the amount in euros. */
const EPC = { holder: 70, reference: 140, maxCents: 99_999_999_999 };

/**
 * The EPC069-12 payload (version 002, UTF-8, SEPA credit transfer), or
 * null when the transfer cannot be one: not in euros, nothing to pay, or
 * an amount above the standard's maximum. The invoice number goes in the
 * unstructured remittance line, the structured one stays empty (it is for
 * ISO 11649 creditor references).
 */
export function epcPayload(details: TransferDetails): string | null {
  if (
    details.currency !== "EUR" || details.amountCents < 1 ||
    details.amountCents > EPC.maxCents || !details.iban
  ) {
    return null;
  }
  const euros = `${Math.floor(details.amountCents / 100)}.${
    String(details.amountCents % 100).padStart(2, "0")
  }`;
  return [
    "BCD",
    "002",
    "1",
    "SCT",
    details.bic,
    details.holder.slice(0, EPC.holder),
    details.iban,
    `EUR${euros}`,
    "",
    "",
    details.reference.slice(0, EPC.reference),
  ].join("\n");
}

/**
 * The payload as a PNG QR code (base64), for emails: mail apps show a
 * PNG where many drop an SVG. Error correction M, 4 pixels a module.
 */
export async function epcQrPng(payload: string): Promise<string> {
  // Loaded with the first QR code, not at start-up.
  const { default: QRCode } = await import("qrcode");
  const png = await QRCode.toBuffer(payload, {
    type: "png",
    errorCorrectionLevel: "M",
    margin: 4,
    scale: 4,
  });
  return png.toString("base64");
}

/** The payload as an SVG QR code, error correction M as the standard asks. */
export async function epcQrSvg(payload: string): Promise<string> {
  // Loaded with the first QR code, not at start-up.
  const { default: QRCode } = await import("qrcode");
  return await QRCode.toString(payload, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 4,
  });
}
