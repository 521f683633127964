import { buildIcs, escapeText, fold } from './ics';

describe('the .ics file of an activity', () => {
  const event = {
    uid: 'QWN0aXZpdHk6MQ',
    title: 'Themabespreking: van ontmoeting naar contact',
    description: 'Praktijken vertellen; daarna, met de tribune, het gesprek.\nWelkom!',
    startsAt: new Date('2026-12-07T13:30:00Z'),
    endsAt: new Date('2026-12-07T15:30:00Z'),
    location: 'Wijkcentrum Hatert, Nijmegen',
    url: null,
    stamp: new Date('2026-11-25T08:00:00Z'),
  };

  it('is one VEVENT with UTC times, a stable UID and CRLF line endings', () => {
    const ics = buildIcs(event);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('\r\nUID:QWN0aXZpdHk6MQ@werkplaats\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261125T080000Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20261207T133000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261207T153000Z\r\n');
    expect(ics).toContain('\r\nLOCATION:Wijkcentrum Hatert\\, Nijmegen\r\n');
    expect(ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'ë'.repeat(100)}`;
    const folded = fold(line).split('\r\n');
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('lasts an hour when no end is given', () => {
    expect(buildIcs({ ...event, endsAt: null })).toContain('\r\nDTEND:20261207T143000Z\r\n');
  });
});
