/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment SocialIssueCard_issue on SocialIssue {\n    id\n    title\n    description\n    since\n    status\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      arenaCount\n      tribuneCount\n      trekker {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SocialIssueCard_IssueFragmentDoc,
    "\n  query Agenda($status: SocialIssueStatus, $after: String) {\n    socialIssues(first: 50, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SocialIssueCard_issue\n        }\n      }\n    }\n  }\n": typeof types.AgendaDocument,
    "\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            createdAt\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AtelierPageDocument,
    "\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!) {\n    joinAtelier(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.JoinAtelierDocument,
    "\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SwitchRoleDocument,
    "\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n": typeof types.LeaveAtelierDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation EraseMe($password: String!) {\n    eraseMe(password: $password)\n  }\n": typeof types.EraseMeDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment SocialIssueCard_issue on SocialIssue {\n    id\n    title\n    description\n    since\n    status\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      arenaCount\n      tribuneCount\n      trekker {\n        id\n        name\n      }\n    }\n  }\n": types.SocialIssueCard_IssueFragmentDoc,
    "\n  query Agenda($status: SocialIssueStatus, $after: String) {\n    socialIssues(first: 50, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SocialIssueCard_issue\n        }\n      }\n    }\n  }\n": types.AgendaDocument,
    "\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            createdAt\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AtelierPageDocument,
    "\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!) {\n    joinAtelier(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": types.JoinAtelierDocument,
    "\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SwitchRoleDocument,
    "\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n": types.LeaveAtelierDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": types.SignUpDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation EraseMe($password: String!) {\n    eraseMe(password: $password)\n  }\n": types.EraseMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocialIssueCard_issue on SocialIssue {\n    id\n    title\n    description\n    since\n    status\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      arenaCount\n      tribuneCount\n      trekker {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SocialIssueCard_issue on SocialIssue {\n    id\n    title\n    description\n    since\n    status\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      arenaCount\n      tribuneCount\n      trekker {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($status: SocialIssueStatus, $after: String) {\n    socialIssues(first: 50, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SocialIssueCard_issue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agenda($status: SocialIssueStatus, $after: String) {\n    socialIssues(first: 50, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SocialIssueCard_issue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            createdAt\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            createdAt\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!) {\n    joinAtelier(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!) {\n    joinAtelier(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n"): (typeof documents)["\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMe($password: String!) {\n    eraseMe(password: $password)\n  }\n"): (typeof documents)["\n  mutation EraseMe($password: String!) {\n    eraseMe(password: $password)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;