import type { AcceptedText } from '@werkplaats/privacy-check';
import { acceptedOf, climbFindings, type ClimbText } from '../privacy/climb-check.js';

/**
 * The personal-data check run again on every text that leaves the platform as a document (the atelier report, open
 * data): what was shared may predate a rule or a word the werkplaats added since. An item with unresolved findings
 * is left out and counted, never shown, so a document says how many were withheld but not what.
 */
export class ClimbFilter {
  withheld = 0;

  constructor(private readonly words: readonly string[]) {}

  /** Whether every text of one item passes, without counting it (for an item counted elsewhere). */
  clean(texts: readonly ClimbText[], accepted: unknown = []): boolean {
    const resolved: AcceptedText[] = acceptedOf(accepted);
    return texts.every((text) => climbFindings(text, this.words, resolved).length === 0);
  }

  /** Whether every text of one item passes; counts the item as withheld when one does not. */
  passes(texts: readonly ClimbText[], accepted: unknown = []): boolean {
    const clean = this.clean(texts, accepted);
    if (!clean) this.withheld += 1;
    return clean;
  }

  /** The items that pass, in their order. */
  keep<T>(items: readonly T[], textsOf: (item: T) => ClimbText[], acceptedOf?: (item: T) => unknown): T[] {
    return items.filter((item) => this.passes(textsOf(item), acceptedOf?.(item)));
  }
}
