import { buildCalendar, buildIcs, escapeText, fold, icsFileName } from '@werkplaats/domain';

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

  it('is named after the activity', () => {
    expect(icsFileName('Themabespreking: van ontmoeting naar contact')).toBe(
      'themabespreking-van-ontmoeting-naar-contact.ics',
    );
    expect(icsFileName('Café Ëlst & Zoë')).toBe('cafe-elst-zoe.ics');
    expect(icsFileName('!!!')).toBe('activiteit.ics');
  });
});

describe('a calendar subscription', () => {
  const base = {
    description: '',
    endsAt: null,
    location: null,
    stamp: new Date('2026-11-25T08:00:00Z'),
  };

  it('holds each activity once, names itself, says how often to look again and marks what was cancelled', () => {
    const ics = buildCalendar(
      [
        {
          ...base,
          uid: 'a',
          title: 'Eerste',
          startsAt: new Date('2026-12-07T13:30:00Z'),
          url: 'https://w.nl/a',
        },
        {
          ...base,
          uid: 'b',
          title: 'Tweede',
          startsAt: new Date('2026-12-08T13:30:00Z'),
          url: null,
          cancelled: true,
        },
      ],
      { name: 'Werkplaats: mijn activiteiten', refreshMinutes: 60 },
    );
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('X-WR-CALNAME:Werkplaats: mijn activiteiten');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M');
    expect(lines).toContain('URL:https://w.nl/a');
    // Only the second event is cancelled.
    const second = lines.slice(lines.indexOf('UID:b@werkplaats'));
    expect(second).toContain('STATUS:CANCELLED');
    expect(lines.slice(0, lines.indexOf('UID:b@werkplaats'))).not.toContain('STATUS:CANCELLED');
  });

  it('is a valid empty calendar when there is nothing to show', () => {
    expect(buildCalendar([], { stamp: base.stamp })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Werkplaats Sociaal Domein//Werkplaats//NL\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });
});
