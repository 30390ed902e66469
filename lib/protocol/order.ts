/** Staff lists follow the visit's order of precedence: placed people (1, 2, 3 …) first, then the rest by name. */
export function inPrecedence(a: { precedence: number; name: string }, b: { precedence: number; name: string }): number {
  return (a.precedence || Number.MAX_SAFE_INTEGER) - (b.precedence || Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name);
}
