import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Questions staff ask on a service (short text, long text, a choice of
 * options, a checkbox), and the answers a booking was made with. Answers
 * are kept on the booking as a copy of each question's label beside what
 * was answered, so editing or removing a question later never changes
 * what a past client said.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table service_questions (
      id uuid primary key default gen_random_uuid(),
      service_id uuid not null references services(id) on delete cascade,
      position int not null default 0,
      kind text not null constraint service_questions_kind_check
        check (kind in ('text', 'long_text', 'choice', 'checkbox')),
      label text not null constraint service_questions_label_check
        check (length(label) between 1 and 200),
      options text[] not null default '{}'
        constraint service_questions_options_check
        check ((kind = 'choice') = (cardinality(options) > 0)),
      required boolean not null default false,
      created_at timestamptz not null default now()
    );
    create index service_questions_service_idx
      on service_questions (service_id, position);
    alter table bookings
      add column answers jsonb not null default '[]'
        constraint bookings_answers_check check (jsonb_typeof(answers) = 'array');
  `,
  );
}
