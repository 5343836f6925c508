/**
 * Table types for Kysely, one interface per table, kept in step with
 * `migrations/`. `Generated<T>` marks columns the database fills.
 */
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OptionsTable {
  name: string;
  value: string;
  updated_at: Generated<Timestamp>;
}

export interface Tables {
  options: OptionsTable;
}
