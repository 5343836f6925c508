/**
 * The checkout's lines, VAT and total, shown before the order button.
 * The server renders it for the form as sent, with an "Update total"
 * button that recomputes it without JavaScript; once hydrated, changing
 * the country, buyer type or VAT ID refreshes it from the summary
 * endpoint instead (the button goes while that works).
 */
import { useEffect, useState } from "preact/hooks";

/** One row of the summary, already in the page's language. */
export interface SummaryRow {
  label: string;
  amount: string;
}

/** What the summary shows; the endpoint answers the same shape. */
export interface CheckoutSummaryView {
  lines: SummaryRow[];
  vat: SummaryRow;
  /** Consumers' VAT is included in the total (shown under it), businesses' added. */
  vatIncluded: boolean;
  total: SummaryRow;
  /** The VAT note: reverse charge, §19 UStG, outside the EU. */
  note: string | null;
  /** Why a typed VAT ID or country was not used. */
  problem: string | null;
}

export interface CheckoutSummaryProps {
  summary: CheckoutSummaryView;
  title: string;
  updateLabel: string;
  /** The form whose fields the totals depend on. */
  formId: string;
  /** Answers a `CheckoutSummaryView` for the fields below, as a query. */
  endpoint: string;
}

/** The form fields the totals depend on. */
const FIELDS = ["item", "mode", "buyer", "country", "vat_id"];

function Row({ row, total }: { row: SummaryRow; total?: boolean }) {
  return (
    <tr class={total ? "summary-total" : undefined}>
      <th scope="row">{row.label}</th>
      <td>{row.amount}</td>
    </tr>
  );
}

/** The summary as a table; also what the order confirmation page shows. */
export function SummaryTable(
  { summary, title }: { summary: CheckoutSummaryView; title: string },
) {
  return (
    <section class="checkout-summary" aria-live="polite">
      <h2>{title}</h2>
      <table class="summary-table">
        <tbody>
          {summary.lines.map((row, i) => <Row key={i} row={row} />)}
          {!summary.vatIncluded && <Row row={summary.vat} />}
          <Row row={summary.total} total />
          {summary.vatIncluded && <Row row={summary.vat} />}
        </tbody>
      </table>
      {summary.note && <p class="muted">{summary.note}</p>}
      {summary.problem && <p class="field-error">{summary.problem}</p>}
    </section>
  );
}

export default function CheckoutSummary(props: CheckoutSummaryProps) {
  const [summary, setSummary] = useState(props.summary);
  // Until the endpoint answers, the no-JS button stays.
  const [live, setLive] = useState(false);

  useEffect(() => {
    const form = document.getElementById(props.formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const refresh = async () => {
      const data = new FormData(form);
      const query = new URLSearchParams();
      for (const name of FIELDS) query.set(name, String(data.get(name) ?? ""));
      const request = ++latest;
      try {
        const response = await fetch(`${props.endpoint}?${query}`);
        if (!response.ok) throw new Error(String(response.status));
        const next = await response.json();
        if (request === latest) setSummary(next);
        setLive(true);
      } catch {
        // The button is back; the order is priced again on submit anyway.
        setLive(false);
      }
    };
    const changed = (event: Event) => {
      const field = event.target as HTMLInputElement;
      if (!FIELDS.includes(field.name)) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, event.type === "input" ? 300 : 0);
    };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    setLive(true);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", changed);
      form.removeEventListener("change", changed);
    };
  }, [props.formId, props.endpoint]);

  return (
    <div class="checkout-summary-live">
      <SummaryTable summary={summary} title={props.title} />
      {!live && (
        <button
          type="submit"
          name="intent"
          value="quote"
          formnovalidate
          class="button-secondary"
        >
          {props.updateLabel}
        </button>
      )}
    </div>
  );
}
