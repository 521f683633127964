/**
 * iCalendar (RFC 5545) for activities, so they can be added to any calendar: one file per activity (the web
 * app's download) or a person's subscription (the API's `/kalender/<token>.ics`). A stable UID per activity,
 * times in UTC, text escaped and lines folded at 75 octets, CRLF line endings.
 */
export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  url: string | null;
  /** A cancelled activity stays in a subscription as cancelled, so calendars take it out. */
  cancelled?: boolean;
  stamp?: Date;
}

export interface CalendarOptions {
  /** The calendar's name in a subscription (X-WR-CALNAME). */
  name?: string;
  /** How often a subscribing calendar should look again. */
  refreshMinutes?: number;
  stamp?: Date;
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), continuing with a space, as RFC 5545 §3.1 asks. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const end = event.endsAt ?? new Date(event.startsAt.getTime() + 60 * 60 * 1000);
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}@werkplaats`,
    `DTSTAMP:${utc(event.stamp ?? stamp)}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.cancelled ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ];
}

export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions = {}): string {
  const stamp = options.stamp ?? new Date();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Werkplaats Sociaal Domein//Werkplaats//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...(options.refreshMinutes
      ? [
          `REFRESH-INTERVAL;VALUE=DURATION:PT${options.refreshMinutes}M`,
          `X-PUBLISHED-TTL:PT${options.refreshMinutes}M`,
        ]
      : []),
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** One activity's file. */
export function buildIcs(event: CalendarEvent): string {
  return buildCalendar([event], { stamp: event.stamp });
}

/** A file name for an activity's .ics: its title in lower case, letters and digits joined by dashes. */
export function icsFileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'activiteit'}.ics`;
}
