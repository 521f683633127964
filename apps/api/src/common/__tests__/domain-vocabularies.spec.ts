import * as shared from '@werkplaats/domain';
import * as db from '../../generated/prisma/enums.js';

/** The shared vocabularies of packages/domain must be the database's enums, value for value. */
describe('shared domain vocabularies', () => {
  it.each([
    ['Condition', shared.CONDITIONS],
    ['Visibility', shared.VISIBILITY_LADDER],
    ['Level', shared.LEVELS],
    ['Domain', shared.DOMAINS],
    ['ParticipationRole', shared.PARTICIPATION_ROLES],
    ['ActivityKind', shared.ACTIVITY_KINDS],
    ['OrganisationKind', shared.ORGANISATION_KINDS],
    ['PartyKind', shared.PARTY_KINDS],
    ['ProductKind', shared.PRODUCT_KINDS],
    ['ProductO', shared.PRODUCT_OS],
  ] as const)('%s matches prisma/schema.prisma in values and order', (name, values) => {
    expect([...values]).toEqual(Object.values(db[name]));
  });

  it('orders the ladder from DRAFT to PUBLIC', () => {
    expect(shared.rung('DRAFT')).toBeLessThan(shared.rung('ARENA'));
    expect(shared.rung('TRIBUNE')).toBeLessThan(shared.rung('PUBLIC'));
  });
});
