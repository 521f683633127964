/** The "@…" being typed just before the caret (letters and spaces, no line break), or null. */
export function typedMention(text: string, caret: number): { start: number; search: string } | null {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)@([^\s@][^@\n]{0,39})?$/u.exec(before);
  if (!match) return null;
  const search = match[1] ?? '';
  return { start: caret - search.length - 1, search };
}
