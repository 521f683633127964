// Pseudonymising a finding that spans tags in a rich body keeps the HTML whole: the stand-in takes the first run of
// text and the tags stay, as the erasure of an account does.
import { climbFindings, resolvePersonalData } from '../climb-check.js';

const NOW = new Date('2026-12-01T10:00:00Z');

function resolveAll(body: string, title = 'Een gesprek in de buurtkamer') {
  const text = { title, body, html: true };
  const findings = climbFindings(text, [], []);
  return resolvePersonalData(
    text,
    [],
    [],
    findings.map((f) => ({ findingId: f.id, action: 'PSEUDONYMISE' as const })),
    'user-1',
    NOW,
  );
}

describe('resolving personal data in a rich body', () => {
  it('a name whose surname is bold keeps its <strong> and the rest of the paragraph', () => {
    const result = resolveAll('<p>Mevrouw <strong>Jansen</strong> vertelde over haar post.</p>');
    expect(result.body).toBe('<p>Mevrouw A.<strong></strong> vertelde over haar post.</p>');
    expect(result.unresolved).toEqual([]);
  });

  it('a name split by <em> stays well-formed and is replaced once', () => {
    const result = resolveAll('<p>Meneer <em>De</em> Vries belde gisteren.</p>');
    expect(result.body).toBe('<p>Meneer A.<em></em> belde gisteren.</p>');
  });

  it('a name in the title is replaced as plain text, the body keeps its tags', () => {
    const result = resolveAll('<p>Ze belde <strong>06-12345678</strong> terug.</p>', 'Mevrouw Jansen belde');
    expect(result.title).toBe('Mevrouw A. belde');
    expect(result.body).toBe('<p>Ze belde <strong>[telefoonnummer]</strong> terug.</p>');
  });
});
