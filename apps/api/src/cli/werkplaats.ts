import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../common/config/config.js';
import { applyMigrations } from '../common/database/migrate.js';
import { contentChanged } from '../common/graphql/response-cache.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { openDatabase } from '../server/open-database.js';
import { PASSWORD_TOKEN_DAYS } from '../auth/password-token.js';
import { checkSetupRequest, setUpWorkshop } from '../setup/setup.service.js';
import { loadWerkgebied, SetupRefusal } from '../setup/werkgebied-file.js';
import { BUILT_IN_WERKGEBIEDEN } from '../setup/werkgebieden.js';

/**
 * `pnpm werkplaats <command>` (in the production image: `werkplaats <command>`): operating a deployment from its
 * command line. It opens the database the server opens (DATABASE_URL, or the embedded one in DATA_DIR, which the
 * server must not have open at the same time) and applies the migrations first.
 */
const USAGE = `Usage: pnpm werkplaats setup [flags]

Sets up a werkplaats on this deployment: applies the migrations, creates the werkplaats with its
werkgebied (gemeenten and kernen) and its first beheerder, and prints a one-time link (valid
${PASSWORD_TOKEN_DAYS} days) with which the beheerder sets a password. Running it again with the same
--slug changes nothing and says so.

Flags (all required but --new-link):
  --name "<name>"             the werkplaats, e.g. "Werkplaats Sociaal Domein Arnhem-Nijmegen"
  --slug <slug>               its short name in addresses: lower-case letters, digits and hyphens
  --region "<region>"         the region it serves, e.g. "Arnhem-Nijmegen"
  --werkgebied <name|file>    ${Object.keys(BUILT_IN_WERKGEBIEDEN).join(', ')}, or a JSON file of the same shape:
                              { "municipalities": [{ "name": "Nijmegen", "cbsCode": "GM0268",
                                "region": null, "lat": 51.842, "lon": 5.853, "places": [] }] }
  --beheerder-email <email>   the first beheerder's e-mail address (an existing account is kept)
  --beheerder-name "<name>"   the first beheerder's name
  --new-link                  issue a new one-time link for the beheerder of an existing werkplaats
  --help                      show this

Environment: DATABASE_URL (absent: the embedded database in DATA_DIR, default ./.data; stop
pnpm start first), PUBLIC_URL (the address in the link; default http://localhost:PORT).
With SMTP_URL (or outside production, into the dev mailbox) the link is mailed to the beheerder
as well; the server sends it.
`;

const FLAGS = {
  name: { type: 'string' },
  slug: { type: 'string' },
  region: { type: 'string' },
  werkgebied: { type: 'string' },
  'beheerder-email': { type: 'string' },
  'beheerder-name': { type: 'string' },
  'new-link': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

async function setup(args: string[]): Promise<void> {
  let values: ReturnType<typeof parseArgs<{ options: typeof FLAGS; args: string[] }>>['values'];
  try {
    ({ values } = parseArgs({ args, options: FLAGS, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new SetupRefusal(`${error instanceof Error ? error.message : String(error)}; see --help.`);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const required = ['name', 'slug', 'region', 'werkgebied', 'beheerder-email', 'beheerder-name'] as const;
  const missing = required.filter((flag) => !values[flag]?.trim());
  if (missing.length > 0) {
    throw new SetupRefusal(`Missing ${missing.map((flag) => `--${flag}`).join(', ')}; see --help.`);
  }
  const flags = checkSetupRequest({
    name: values.name!,
    slug: values.slug!,
    region: values.region!,
    beheerderEmail: values['beheerder-email']!,
    beheerderName: values['beheerder-name']!,
  });
  const municipalities = await loadWerkgebied(values.werkgebied!);

  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const { applied } = await applyMigrations(database.pool, { log: (line) => console.log(line) });
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);
    const prisma = new PrismaService(database.pool, { prepare: false });
    try {
      const outcome = await setUpWorkshop(
        prisma,
        { ...flags, municipalities, newLink: values['new-link'] },
        config,
      );
      // Answers the running server kept are out of date (see response-cache.ts).
      if (outcome.created || outcome.link) await contentChanged(database.pool);
      for (const line of outcome.lines) console.log(line);
      if (outcome.link) {
        console.log(
          `One-time link for ${flags.beheerderEmail} to set a password (valid ${PASSWORD_TOKEN_DAYS} days, works once):\n${outcome.link}`,
        );
        if (outcome.mailed) {
          console.log(
            config.mail.smtpUrl
              ? `It is queued to ${flags.beheerderEmail} by mail as well; the server sends it (at once when it runs).`
              : `It is kept for the dev mailbox as well (no SMTP_URL): ${config.mail.mailDir}, /dev/mail, once the server runs.`,
          );
        }
      }
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'setup') return setup(rest);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    if (command === undefined) process.exitCode = 1;
    return;
  }
  throw new SetupRefusal(`Unknown command "${command}"; the command is setup (see --help).`);
}

// pnpm passes a `--` before the arguments when asked to (`pnpm werkplaats -- setup …`): it is no argument.
main(process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'))).catch((error: unknown) => {
  if (error instanceof SetupRefusal || error instanceof ConfigError) {
    console.error(`werkplaats: ${error.message}`);
  } else {
    console.error('werkplaats: setup failed:', error);
  }
  process.exitCode = 1;
});
