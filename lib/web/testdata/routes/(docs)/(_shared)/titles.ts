/** A helper beside the routes that use it: not a route itself. */
export function guideTitle(): string {
  return "The guide";
}
