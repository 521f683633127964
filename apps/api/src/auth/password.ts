import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** OWASP's argon2id parameters: 19 MiB memory, 2 iterations, 1 lane. */
// (Algorithm is a const enum, which isolated modules can't read: 2 is Argon2id.)
const ARGON2_OPTIONS = {
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verifying against this when the email is unknown makes a wrong email cost the same as a wrong password.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword('no account has this password');
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    // An unparseable stored hash never matches.
    return false;
  }
}
