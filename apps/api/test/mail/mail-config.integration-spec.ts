// Mail configuration as an operator meets it: production without SMTP_URL does not start, saying why in one
// line, before any database is opened; a malformed SMTP_URL is named without repeating it (it holds a password).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../support/built-app.js';

describe('mail configuration at start-up (the built server)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-mail-config-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('failing-production-without-smtp: stops with one clear line', async () => {
    const { code, output } = await run({ NODE_ENV: 'production', DATA_DIR: dataDir, PORT: '0' }).done;
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toEqual([
      'Werkplaats cannot start: SMTP_URL must be set in production (password links and account mail go out by e-mail), such as smtp://user:password@smtp.example.nl:587',
    ]);
  });

  it('failing-bad-smtp-url: names the variable without repeating its value', async () => {
    const { code, output } = await run({ SMTP_URL: 'http://user:geheim@mail', DATA_DIR: dataDir, PORT: '0' })
      .done;
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toEqual([
      'Werkplaats cannot start: SMTP_URL must be an smtp:// or smtps:// URL with a host, such as smtp://user:password@smtp.example.nl:587',
    ]);
    expect(output).not.toContain('geheim');
  });

  it('failing-bad-retry-delays: says what MAIL_RETRY_DELAYS must be', async () => {
    const { code, output } = await run({ MAIL_RETRY_DELAYS: '1m,soon', DATA_DIR: dataDir, PORT: '0' }).done;
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      'Werkplaats cannot start: MAIL_RETRY_DELAYS must be delays separated by commas, each a number with ms, s, m or h, such as 1m,5m,30m,2h,12h, not "1m,soon"',
    );
  });
});
