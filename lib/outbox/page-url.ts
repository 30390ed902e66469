// The delegate's current private link for an e-mail, or null when they have none.
// Bridges to lib/delegate-links once its derivable tokens (currentLinkToken) are on main.
export async function pageUrlOf(_delegateId: string): Promise<string | null> {
  return null;
}
