import type { AcceptedText, Choice, Finding, PseudonymiseResult } from './types.js';

/**
 * Applies one choice per finding (keyed by finding id): PSEUDONYMISE writes the finding's suggestion (or
 * the given replacement), CONFIRM keeps the text and records the reason. Mentions of the same person get
 * the same stand-in, so a choice for one mention with a custom replacement carries to the others.
 * A health or debt detail is resolved by pseudonymising the name it stands next to. Replacements are
 * applied from the end of the text, so each finding's offsets stay valid while the text changes.
 * `write` puts a stand-in in the place of the finding's original text; by default it replaces it whole (plain
 * text), the API passes one that keeps any HTML tags the finding spans.
 */
export function pseudonymise(
  text: string,
  findings: readonly Finding[],
  choices: Readonly<Record<string, Choice>>,
  write: (original: string, standIn: string, finding: Finding) => string = (_original, standIn) => standIn,
): PseudonymiseResult {
  const accepted: AcceptedText[] = [];
  const unresolved: Finding[] = [];
  const replacements: { finding: Finding; replacement: string }[] = [];
  const personStandIn = new Map<string, string>();
  const pseudonymisedNames = new Set<string>();

  for (const f of findings) {
    const choice = choices[f.id];
    if (f.kind === 'NAME' && choice?.action === 'PSEUDONYMISE') {
      pseudonymisedNames.add(f.id);
      if (choice.replacement && f.person) personStandIn.set(f.person, choice.replacement);
    }
  }

  for (const f of findings) {
    const choice = choices[f.id];
    if (!choice) {
      if (f.kind === 'HEALTH_OR_DEBT_WITH_NAME' && f.about && pseudonymisedNames.has(f.about)) continue;
      unresolved.push(f);
      continue;
    }
    switch (choice.action) {
      case 'CONFIRM':
        if (choice.reason.trim() === '') unresolved.push(f);
        else accepted.push({ kind: f.kind, text: f.text, reason: choice.reason.trim() });
        break;
      case 'PSEUDONYMISE': {
        const replacement =
          choice.replacement ??
          (f.kind === 'NAME' && f.person ? personStandIn.get(f.person) : undefined) ??
          f.suggestion;
        replacements.push({ finding: f, replacement });
        if (!accepted.some((a) => a.kind === f.kind && a.text === replacement))
          accepted.push({ kind: f.kind, text: replacement, standIn: true });
        break;
      }
    }
  }

  let result = text;
  for (const { finding, replacement } of replacements.sort((a, b) => b.finding.start - a.finding.start)) {
    // "mevrouw Jansen." → "mevrouw B." rather than "mevrouw B..": the sentence's stop serves both.
    const written =
      replacement.endsWith('.') && result[finding.end] === '.' ? replacement.slice(0, -1) : replacement;
    result =
      result.slice(0, finding.start) +
      write(result.slice(finding.start, finding.end), written, finding) +
      result.slice(finding.end);
  }
  return { text: result, accepted, unresolved };
}
