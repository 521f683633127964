import { parseDelays } from '../../common/config/config.js';
import { passwordResetMail } from '../account-mail.js';
import { retryDelay } from '../backoff.js';
import { escapeHtml, mailLocale, renderMail } from '../template.js';

describe('renderMail', () => {
  const content = {
    locale: 'nl' as const,
    subject: 'Onderwerp <met> "tekens"',
    heading: 'Hallo <Mia> & co,',
    paragraphs: ['Eerste alinea.', 'Tweede <b>alinea</b>.'],
    action: { label: 'Doe het', url: 'https://werkplaats.example.nl/pad?token=a&b="c"' },
    after: ['Daarna.'],
    footer: 'Verstuurd door de werkplaats.',
  };

  it('successful-html: one escaped column with inline styles, the action as a button and written out, the language set', () => {
    const { html, subject } = renderMail(content);
    expect(subject).toBe(content.subject);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('Hallo &lt;Mia&gt; &amp; co,');
    expect(html).toContain('Tweede &lt;b&gt;alinea&lt;/b&gt;.');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/<table|<style|<script/);
    const url = 'https://werkplaats.example.nl/pad?token=a&amp;b=&quot;c&quot;';
    expect(html.split(`href="${url}"`)).toHaveLength(3);
    expect(html).toContain('max-width:560px');
    // The order of the text: heading, paragraphs, action, after, footer.
    const order = ['Hallo', 'Eerste', 'Tweede', 'Doe het', 'Daarna', 'Verstuurd'].map((w) => html.indexOf(w));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('successful-text: the same words as plain text, the address on a line of its own, a signature separator', () => {
    const { text } = renderMail(content);
    expect(text.split('\n')).toEqual([
      'Hallo <Mia> & co,',
      '',
      'Eerste alinea.',
      '',
      'Tweede <b>alinea</b>.',
      '',
      'Doe het:',
      'https://werkplaats.example.nl/pad?token=a&b="c"',
      '',
      'Daarna.',
      '',
      '-- ',
      'Verstuurd door de werkplaats.',
      '',
    ]);
  });

  it('successful-locale: English for who chose it, Dutch otherwise', () => {
    expect(mailLocale('en')).toBe('en');
    expect(mailLocale('nl')).toBe('nl');
    expect(mailLocale('fr')).toBe('nl');
    expect(mailLocale(null)).toBe('nl');
    const context = { name: 'Mia', publicUrl: 'https://w.example.nl' };
    const en = renderMail(passwordResetMail({ ...context, locale: 'en' }, 'https://w.example.nl/x', 60));
    const nl = renderMail(passwordResetMail({ ...context, locale: 'nl' }, 'https://w.example.nl/x', 60));
    expect(en.subject).toBe('Set a new password');
    expect(nl.subject).toBe('Nieuw wachtwoord instellen');
    expect(en.text).toContain('for 60 minutes');
    expect(nl.text).toContain('60 minuten lang');
  });

  it('escapeHtml escapes the five characters HTML gives meaning', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('retry delays', () => {
  const defaults = parseDelays('1m,5m,30m,2h,12h')!;

  it('successful-backoff: 1 min, 5 min, 30 min, 2 h, 12 h after the first to fifth failure, then dead', () => {
    expect(defaults).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 43_200_000]);
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, defaults))).toEqual(defaults);
    expect(retryDelay(6, defaults)).toBeNull();
    expect(retryDelay(0, defaults)).toBe(0);
  });

  it('parseDelays reads ms, s, m and h, and refuses anything else', () => {
    expect(parseDelays('20ms, 1.5s,2m')).toEqual([20, 1500, 120_000]);
    expect(parseDelays('')).toBeNull();
    expect(parseDelays('5')).toBeNull();
    expect(parseDelays('1m,soon')).toBeNull();
    expect(parseDelays('1d')).toBeNull();
  });
});
