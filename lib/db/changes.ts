/** Names of the fields an update changes, for the audit entry. */
export function changedFields<T extends object>(
  before: T,
  after: Partial<T>,
): string[] {
  return (Object.keys(after) as (keyof T)[])
    .filter((key) => after[key] !== undefined && after[key] !== before[key])
    .map(String);
}
