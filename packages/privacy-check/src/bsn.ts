/**
 * The elfproef for a burgerservicenummer: 9 digits where 9·d1 + 8·d2 + … + 2·d8 − d9 is divisible by 11.
 * Nine digits that fail it are not a BSN (an amount, an order number).
 */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
