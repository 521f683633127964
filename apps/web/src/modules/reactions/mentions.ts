/** Someone a reaction mentions ("@Naam"), as offered by reactionMentionCandidates. */
export interface Mention {
  id: string;
  name: string;
}

/** The text a reader reads in rich text: entities read, tags as spaces, runs of white space as one space. */
export function readableText(html: string): string {
  const doc = new DOMParser().parseFromString(html.replace(/<[^>]*>/g, ' $& '), 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The ids of the chosen people whose @name the text still holds: the server checks them again. */
export function mentionIdsIn(html: string, mentions: readonly Mention[]): string[] {
  const text = readableText(html);
  return mentions.filter((m) => text.includes(`@${m.name.replace(/\s+/g, ' ').trim()}`)).map((m) => m.id);
}
