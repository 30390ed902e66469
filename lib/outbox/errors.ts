/** A message that can never be sent (its delegate was deleted …): failed at once, not retried. */
export class Undeliverable extends Error {}
