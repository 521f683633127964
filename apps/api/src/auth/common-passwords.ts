import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The ~18,000 passwords of 8 or more characters among the most common ones leaked (zxcvbn's bundled
 * list, which also has Dutch favourites like "welkom01"). Refused at sign-up and password change.
 */
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'].filter((p) => p.length >= 8).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}
