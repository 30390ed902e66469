import { delegateLinkUrl } from "@/lib/delegate-links/tokens";

/** The delegate's current private link for an e-mail (derived again, never re-issued), or null when they have none. */
export function pageUrlOf(delegateId: string): Promise<string | null> {
  return delegateLinkUrl(delegateId);
}
