import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A work-account provider the sign-in page offers for an address ("Inloggen met je werkaccount").',
})
export class SignInProvider {
  @Field(() => ID, { description: 'Goes into /auth/oidc/<id>/start.' }) id!: string;
  @Field({ description: "The button's text." }) label!: string;
  @Field({ description: 'Password sign-in is refused for this address: this is the way in.' })
  required!: boolean;
}

@ObjectType({ description: 'A login at a work-account provider, linked to your account.' })
export class LinkedLogin {
  @Field(() => ID) id!: string;
  @Field({ description: 'The provider, as its button was called when it was linked.' }) label!: string;
  @Field() issuer!: string;
  @Field() createdAt!: Date;
  @Field() lastUsedAt!: Date;
}

@ObjectType({
  description:
    'A login through the provider that matches counts as a confirmed membership of the organisation: by the ' +
    "address's e-mail domain (claim null) or by a claim of the ID token.",
})
export class OidcOrganisationRule {
  @Field(() => String, {
    nullable: true,
    description:
      'Null: value is an e-mail domain. Else the name of an ID-token claim (such as tid or groups) that must equal value, or as a list hold it.',
  })
  claim!: string | null;
  @Field() value!: string;
  @Field(() => ID, { description: 'An organisation of the werkplaats (global ID).' }) organisationId!: string;
}

@InputType()
export class OidcOrganisationRuleInput {
  @Field(() => String, { nullable: true, description: 'Null or left out: value is an e-mail domain.' })
  claim?: string | null;
  @Field() value!: string;
  @Field(() => ID) organisationId!: string;
}

@ObjectType({
  description:
    "A werkplaats's work-account provider, for its beheerders. The client secret is never sent out.",
})
export class OidcProviderSetting {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field() issuer!: string;
  @Field() clientId!: string;
  @Field(() => [String]) domains!: string[];
  @Field() requiredForDomains!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The organisation a login counts as confirmed membership of.',
  })
  organisationId!: string | null;
  @Field(() => [OidcOrganisationRule], {
    description: 'Further organisations a login counts for, by e-mail domain or ID-token claim.',
  })
  organisationRules!: OidcOrganisationRule[];
  @Field({ description: 'Where the provider must send people back to (register it there).' })
  redirectUri!: string;
}

@InputType()
export class OidcProviderInput {
  @Field() label!: string;
  @Field({ description: 'The https:// issuer (its /.well-known/openid-configuration is read).' })
  issuer!: string;
  @Field() clientId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Required for a new provider; left out: kept as it is.',
  })
  clientSecret?: string | null;
  @Field(() => [String], { description: 'The e-mail domains it serves, such as arnhem.nl.' })
  domains!: string[];
  @Field({ description: 'Refuse password sign-in for addresses of these domains.' })
  requiredForDomains!: boolean;
  @Field(() => ID, { nullable: true, description: 'An organisation of the werkplaats (global ID).' })
  organisationId?: string | null;
  @Field(() => [OidcOrganisationRuleInput], {
    nullable: true,
    description: 'Replaces the organisation rules (at most 50); left out: kept as they are.',
  })
  organisationRules?: OidcOrganisationRuleInput[] | null;
}
