import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Prisma } from '../../generated/prisma/client.js';
import { holdsPersonalData, processingRegister, type RetentionFacts } from '../processing-register.js';
import { registerCsv, registerJson, registerRows } from '../register-document.js';

const FACTS: RetentionFacts = {
  sessionIdleMinutes: 120,
  sessionAbsoluteHours: 168,
  knownBrowserDays: 365,
  passwordTokenDays: 7,
  draftRetentionMonths: 12,
  draftGraceDays: 30,
};

interface SchemaModel {
  name: string;
  /** Scalar columns that point at a person: the `fields:` of a relation to User. */
  personColumns: string[];
  /** Whether the model is about people itself (User), or holds an address (a column named email or to). */
  addressColumns: string[];
}

/** The models of prisma/schema.prisma, read from the schema itself (the source of the generated client). */
function schemaModels(): SchemaModel[] {
  const schema = readFileSync(
    fileURLToPath(new URL('../../../../../prisma/schema.prisma', import.meta.url)),
    'utf8',
  );
  const models: SchemaModel[] = [];
  for (const match of schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const [, name, body] = match as unknown as [string, string, string];
    const personColumns: string[] = [];
    const addressColumns: string[] = [];
    for (const line of body.split('\n')) {
      const field = /^\s+(\w+)\s+(\w+)(\??|\[\])\s*(.*)$/.exec(line);
      if (!field) continue;
      const [, fieldName, type, , rest] = field as unknown as [string, string, string, string, string];
      const fk = /@relation\([^)]*fields:\s*\[([^\]]+)\]/.exec(rest ?? '');
      if (type === 'User' && fk) personColumns.push(...fk[1]!.split(',').map((s) => s.trim()));
      if (type === 'String' && (fieldName === 'email' || fieldName === 'to')) addressColumns.push(fieldName);
    }
    models.push({ name, personColumns, addressColumns });
  }
  return models;
}

const register = processingRegister(FACTS) as Record<
  string,
  ReturnType<typeof processingRegister>[Prisma.ModelName]
>;

/**
 * The register of processing is generated from one typed description of the data model. A table added to the
 * schema, or a column that points at a person, fails here until the register says what it holds and why.
 */
describe('the register of processing describes every table holding personal data', () => {
  const models = schemaModels();

  it('reads the same tables from the schema as the generated client has', () => {
    expect(models.map((m) => m.name).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it.each(models.map((m) => [m.name, m] as const))('%s is in the register', (name) => {
    expect(register[name]).toBeDefined();
  });

  it.each(
    models
      .filter((m) => m.name === 'User' || m.personColumns.length > 0 || m.addressColumns.length > 0)
      .map((m) => [m.name, m] as const),
  )('%s points at a person, so it holds personal data and names each such column', (name, model) => {
    const entry = register[name]!;
    expect(holdsPersonalData(entry)).toBe(true);
    if (!holdsPersonalData(entry)) return;
    const described = Object.keys(entry.fields);
    for (const column of [...model.personColumns, ...model.addressColumns])
      expect(described).toContain(column);
  });

  it.each(Object.values(Prisma.ModelName).map((m) => [m] as const))(
    '%s: every column the register names is a column of the table',
    (name) => {
      const entry = register[name]!;
      if (!holdsPersonalData(entry)) return;
      const columns = Object.keys(
        (Prisma as unknown as Record<string, Record<string, string>>)[`${name}ScalarFieldEnum`]!,
      );
      for (const field of Object.keys(entry.fields)) expect(columns).toContain(field);
      expect(Object.keys(entry.fields).length).toBeGreaterThan(0);
    },
  );

  it('states the retention the code applies, with this deployment’s numbers', () => {
    const sessions = registerRows({ ...FACTS, sessionIdleMinutes: 45, sessionAbsoluteHours: 12 }).find(
      (r) => r.tabel === 'Session',
    );
    expect(sessions?.bewaartermijn).toContain('45 minuten zonder gebruik of 12 uur na het inloggen');
    const mail = registerRows(FACTS).find((r) => r.tabel === 'MailMessage');
    expect(mail?.bewaartermijn).toContain('gewist zodra de mail verzonden is');
    // The werkplaats's own retention of drafts, as its beheerder set it.
    const lessons = registerRows({ ...FACTS, draftRetentionMonths: 6 }).find((r) => r.tabel === 'Lesson');
    expect(lessons?.bewaartermijn).toContain('Een concept dat 6 maanden niet is aangeraakt');
    expect(lessons?.bewaartermijn).toContain('30 dagen later verwijderd');
  });

  it('writes CSV with Dutch headings that a spreadsheet reads as UTF-8, one row per table with personal data', () => {
    const csv = registerCsv(FACTS);
    expect(csv.startsWith('\uFEFF"Tabel";"Verwerking";"Persoonsgegevens (veld: omschrijving)";')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + registerRows(FACTS).length);
    expect(lines.find((l) => l.startsWith('"Lesson"'))).toContain('"Geleerde lessen"');
    // A quote inside a text is doubled, so the cell stays whole.
    expect(lines.find((l) => l.startsWith('"Lesson"'))).toContain('""Verwijderd account""');
  });

  it('writes JSON naming the werkplaats, its controller and FG, or that they are not filled in yet', () => {
    const document = JSON.parse(
      registerJson(
        {
          workshopName: 'Werkplaats Lauwersland',
          controller: 'Hanzehogeschool Groningen',
          dpoContact: null,
          contactEmail: 'privacy@lauwersland.nl',
          generatedAt: new Date('2026-12-06T12:00:00Z'),
        },
        FACTS,
      ),
    ) as Record<string, unknown> & { verwerkingen: { tabel: string }[] };
    expect(document).toMatchObject({
      werkplaats: 'Werkplaats Lauwersland',
      opgesteld: '2026-12-06T12:00:00.000Z',
      verwerkingsverantwoordelijke: 'Hanzehogeschool Groningen',
      functionarisGegevensbescherming: '(nog niet ingevuld in de privacyverklaring)',
      contactadres: 'privacy@lauwersland.nl',
    });
    expect(document.verwerkingen.map((v) => v.tabel)).toEqual(
      expect.arrayContaining(['User', 'Lesson', 'AuditEvent']),
    );
    expect(document.verwerkingen.map((v) => v.tabel)).not.toContain('Municipality');
  });
});
