import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { BUILT_IN_WERKGEBIEDEN } from './werkgebieden.js';

/** Refused input of `werkplaats setup`: the message is the one sentence the operator reads. */
export class SetupRefusal extends Error {}

/** The shape of ../shared/data/werkgebied.json: the gemeenten (with their kernen) of a werkplaats. */
const werkgebiedSchema = z.object({
  workshop: z.object({ slug: z.string(), name: z.string() }).optional(),
  note: z.string().optional(),
  municipalities: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(120),
        cbsCode: z.string().regex(/^GM\d{4}$/, { message: 'must be a CBS code like GM0268' }),
        region: z.string().trim().min(1).max(120).nullish(),
        lat: z.number().min(-90).max(90).nullish(),
        lon: z.number().min(-180).max(180).nullish(),
        places: z.array(z.string().trim().min(1).max(120)).max(200).optional(),
      }),
    )
    .min(1, { message: 'needs at least one gemeente' })
    .max(1000),
});

export interface WerkgebiedMunicipality {
  name: string;
  cbsCode: string;
  region: string | null;
  latitude: number | null;
  longitude: number | null;
  places: string[];
}

/** `--werkgebied`: the name of a built-in werkgebied, or the path of a JSON file of the same shape. */
export async function loadWerkgebied(value: string): Promise<WerkgebiedMunicipality[]> {
  const builtIn = Object.hasOwn(BUILT_IN_WERKGEBIEDEN, value)
    ? BUILT_IN_WERKGEBIEDEN[value as keyof typeof BUILT_IN_WERKGEBIEDEN]
    : undefined;
  let data: unknown = builtIn;
  if (!builtIn) {
    let text: string;
    try {
      text = await readFile(value, 'utf8');
    } catch {
      throw new SetupRefusal(
        `--werkgebied must be ${Object.keys(BUILT_IN_WERKGEBIEDEN).join(' or ')} or a readable JSON file, and "${value}" is neither.`,
      );
    }
    try {
      data = JSON.parse(text);
    } catch {
      throw new SetupRefusal(`The werkgebied file ${value} is not valid JSON.`);
    }
  }
  const parsed = werkgebiedSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = (issue?.path ?? [])
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    throw new SetupRefusal(
      `The werkgebied file ${value} is not of the expected shape: ${where.replace(/^\./, '') || 'the file'}: ${issue?.message ?? 'invalid'} (expected { "municipalities": [{ "name", "cbsCode", "region", "lat", "lon", "places" }] }).`,
    );
  }
  const municipalities = parsed.data.municipalities;
  const codes = new Set<string>();
  for (const m of municipalities) {
    if (codes.has(m.cbsCode)) {
      throw new SetupRefusal(`The werkgebied file ${value} names gemeente ${m.cbsCode} twice.`);
    }
    codes.add(m.cbsCode);
  }
  return municipalities.map((m) => ({
    name: m.name,
    cbsCode: m.cbsCode,
    region: m.region ?? null,
    latitude: m.lat ?? null,
    longitude: m.lon ?? null,
    places: m.places ?? [],
  }));
}
