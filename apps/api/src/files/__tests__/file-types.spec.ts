import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDisposition, detectFileType, sanitiseFileName } from '../file-types.js';

describe('file names', () => {
  it('keeps the last path part, drops what means something in a path or header, and ends in the real extension', () => {
    expect(sanitiseFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(sanitiseFileName('C:\\Users\\anne\\Verslag "juni".docx', 'pdf')).toBe('Verslag -juni.pdf');
    expect(sanitiseFileName('Rapport <def>?.pdf.exe', 'pdf')).toBe('Rapport -def.pdf');
    expect(sanitiseFileName('Ërvaringen   in  de wijk.odt', 'odt')).toBe('Ërvaringen in de wijk.odt');
    expect(sanitiseFileName('...', 'mp4')).toBe('bestand.mp4');
    expect(sanitiseFileName('a\u0000b\r\nc.pdf', 'pdf')).toBe('a-b-c.pdf');
    expect([...sanitiseFileName('x'.repeat(500), 'pdf')].length).toBe(124);
  });

  it('says the name for a download in ASCII and in full (RFC 5987)', () => {
    expect(contentDisposition('Ërvaringen.pdf')).toBe(
      `attachment; filename="Ervaringen.pdf"; filename*=UTF-8''%C3%8Brvaringen.pdf`,
    );
  });
});

describe('file kinds, by their bytes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-types-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function kindOf(bytes: Buffer) {
    const path = join(dir, `f-${Math.random().toString(36).slice(2)}`);
    await writeFile(path, bytes);
    return detectFileType(path);
  }

  it('knows a PDF and an MP4, whatever they are called', async () => {
    expect(await kindOf(Buffer.from('%PDF-1.7\n%%EOF\n'))).toEqual({
      ext: 'pdf',
      contentType: 'application/pdf',
    });
    const mp4 = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypisom'),
      Buffer.from([0, 0, 2, 0]),
      Buffer.from('isomiso2'),
    ]);
    expect(await kindOf(mp4)).toEqual({ ext: 'mp4', contentType: 'video/mp4' });
  });

  it('refuses other kinds: an image, a script, plain text', async () => {
    expect(await kindOf(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBeNull();
    expect(await kindOf(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(await kindOf(Buffer.from('Gewoon tekst.'))).toBeNull();
  });
});
