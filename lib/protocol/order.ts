/** Staff lists follow the visit's order of precedence: lower first, equal values by name. */
export function inPrecedence(a: { precedence: number; name: string }, b: { precedence: number; name: string }): number {
  return a.precedence - b.precedence || a.name.localeCompare(b.name);
}
