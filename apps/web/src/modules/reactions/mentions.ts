/** Someone a reaction mentions ("@Naam"), as offered by reactionMentionCandidates. */
export interface Mention {
  id: string;
  name: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text a reader reads in rich text, as the API reads it (readableText): tags as spaces, entities read, runs of
 * white space (a no-break space too) as one space.
 */
export function readableText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ids of the chosen people whose @name the text still holds: the server checks them again. */
export function mentionIdsIn(html: string, mentions: readonly Mention[]): string[] {
  const text = readableText(html);
  return mentions.filter((m) => text.includes(`@${m.name.replace(/\s+/g, ' ').trim()}`)).map((m) => m.id);
}
