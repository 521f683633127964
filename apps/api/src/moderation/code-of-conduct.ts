/**
 * The code of conduct (gedragscode) a werkplaats shows until its beheerders write their own: built on the four
 * values of social quality the werkplaatsen work from (rechtvaardigheid, gelijkwaardigheid, solidariteit,
 * menswaardigheid). Markdown-like plain text: paragraphs, `#` headings and `-` list items; never HTML.
 */
export const DEFAULT_CODE_OF_CONDUCT = `# Gedragscode

In deze werkplaats leren professionals, onderzoekers, docenten, studenten, beleidsmakers, ervaringsdeskundigen en inwoners samen. Dat lukt alleen als iedereen zich veilig voelt om te vertellen wat hij of zij ziet en meemaakt. Deze afspraken gelden overal waar je hier schrijft: lessen, vragen, inzichten en reacties.

# Onze waarden

- Gelijkwaardigheid: ieders kennis telt, die uit ervaring net zo goed als die uit onderzoek of beleid.
- Menswaardigheid: we spreken over mensen zoals we zouden willen dat over ons gesproken wordt.
- Rechtvaardigheid: we zijn eerlijk over wat we weten en wat niet, en we geven anderen de ruimte om te reageren.
- Solidariteit: we helpen elkaar verder en reageren op de inhoud, niet op de persoon.

# Wat we afspreken

- Schrijf nooit namen, adressen of andere gegevens waarmee een inwoner herkend kan worden. Vertel het verhaal, niet wie het is.
- Geen beledigingen, intimidatie, discriminatie of bedreigingen.
- Geen reclame of berichten die niets met het atelier te maken hebben.
- Deel wat je weet zo zorgvuldig mogelijk en zeg het als iets een mening of een vermoeden is.

# Als het misgaat

Zie je iets dat niet past bij deze afspraken? Meld het met de knop "Melden" bij de les of de reactie. De trekker van het atelier en de beheerders van de werkplaats bekijken elke melding. Zij kunnen iets verbergen: wie het leest ziet dan alleen dat het verborgen is, en waarom. De schrijver krijgt daarvan bericht en kan het met hen bespreken.
`;

/** How long a code of conduct may be. */
export const CODE_OF_CONDUCT_MAX = 20_000;

/**
 * Keeps what a beheerder wrote as plain text: no control characters (a line break and a tab stay), no HTML tags
 * (the web app shows text, never markup), trimmed. Empty: the default text again.
 */
export function sanitiseCodeOfConduct(text: string): string | null {
  const clean = text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/<[^>]*>/g, '')
    .trim();
  return clean === '' ? null : clean;
}
