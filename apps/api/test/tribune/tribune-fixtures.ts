import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/auth/password.js';
import { DEMO, DEMO_PASSWORD } from '../factories/fixtures.js';
import type { GraphQLClient, GraphQLResponse, TestApp } from '../support/test-app.js';

export type DemoRole = keyof typeof DEMO;

/** Signs in every demo account, plus a visitor. */
export async function demoClients(t: TestApp): Promise<Record<DemoRole | 'visitor', GraphQLClient>> {
  const entries = await Promise.all(
    (Object.keys(DEMO) as DemoRole[]).map(
      async (role) => [role, await t.client().signIn(DEMO[role], DEMO_PASSWORD)] as const,
    ),
  );
  return { visitor: t.client(), ...Object.fromEntries(entries) } as Record<
    DemoRole | 'visitor',
    GraphQLClient
  >;
}

// One argon2 hash for every person these tests make: hashing is deliberately slow.
const PASSWORD = 'tribune-test-wachtwoord';
let passwordHash: Promise<string> | undefined;

/**
 * A new person who can sign in, taking part in the atelier as `role` (or in none), signed in on a client
 * of their own.
 */
export async function person(
  t: TestApp,
  options: { atelierId?: string; role?: 'ARENA' | 'TRIBUNE'; name?: string } = {},
): Promise<{ userId: string; client: GraphQLClient }> {
  passwordHash ??= hashPassword(PASSWORD);
  const user = await t.prisma.user.create({
    data: {
      email: `tribune-${randomUUID()}@example.nl`,
      name: options.name ?? 'Lid van de tribune',
      passwordHash: await passwordHash,
    },
  });
  if (options.atelierId && options.role) {
    await t.prisma.participation.create({
      data: { atelierId: options.atelierId, userId: user.id, role: options.role },
    });
  }
  const client = await t.client().signIn(user.email, PASSWORD);
  return { userId: user.id, client };
}

export function errorOf(
  result: GraphQLResponse,
): { code: string; field?: string; [key: string]: unknown } | undefined {
  return result.errors?.[0]?.extensions;
}

export const inDays = (days: number): string =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
