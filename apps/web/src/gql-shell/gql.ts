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
    "\n  query UnreadNotifications {\n    unreadNotificationCount\n    membershipRequests(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  query ModerationSummary($workshopId: ID!) {\n    moderationSummary(workshopId: $workshopId) {\n      mayModerate\n      openItemCount\n    }\n  }\n": typeof types.ModerationSummaryDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query ProviderLogout {\n    providerLogout {\n      url\n      label\n    }\n  }\n": typeof types.ProviderLogoutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      emailConfirmed\n      locale\n      workshops {\n        id\n        slug\n        name\n      }\n      workshopRoles {\n        role\n        workshop {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query CurrentWorkshop($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      name\n      region\n    }\n  }\n": typeof types.CurrentWorkshopDocument,
    "\n  fragment SocialIssueCard_issue on SocialIssue {\n    id\n    title\n    description\n    since\n    status\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n    ateliers {\n      id\n      title\n      arenaCount\n      tribuneCount\n      trekker {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SocialIssueCard_IssueFragmentDoc,
    "\n  query Agenda($workshopId: ID!, $status: SocialIssueStatus, $after: String) {\n    socialIssues(first: 50, workshopId: $workshopId, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SocialIssueCard_issue\n        }\n      }\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n    # The werkplaats's own meetings (ontmoetingen, the symposium): those this reader may read, soonest first.\n    werkplaats: node(id: $workshopId) {\n      id\n      ... on Workshop {\n        activities(upcoming: true, first: 5) {\n          edges {\n            node {\n              id\n              title\n              kind\n              startsAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgendaDocument,
    "\n  query Workshops {\n    workshops {\n      id\n      slug\n      name\n      region\n      activeSocialIssueCount\n      atelierCount\n      publicInsightCount\n      latestPublicInsights {\n        id\n        title\n      }\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.WorkshopsDocument,
};
const documents: Documents = {
    "\n  query UnreadNotifications {\n    unreadNotificationCount\n    membershipRequests(first: 1) {\n      totalCount\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  query ModerationSummary($workshopId: ID!) {\n    moderationSummary(workshopId: $workshopId) {\n      mayModerate\n      openItemCount\n    }\n  }\n": types.ModerationSummaryDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query ProviderLogout {\n    providerLogout {\n      url\n      label\n    }\n  }\n": types.ProviderLogoutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      emailConfirmed\n      locale\n      workshops {\n        id\n        slug\n        name\n      }\n      workshopRoles {\n        role\n        workshop {\n          id\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query CurrentWorkshop($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      name\n      region\n    }\n  }\n": types.CurrentWorkshopDocument,
    "\n  fragment SocialIssueCard_issue on SocialIssue {\n    id\n    title\n    description\n    since\n    status\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n    ateliers {\n      id\n      title\n      arenaCount\n      tribuneCount\n      trekker {\n        id\n        name\n      }\n    }\n  }\n": types.SocialIssueCard_IssueFragmentDoc,
    "\n  query Agenda($workshopId: ID!, $status: SocialIssueStatus, $after: String) {\n    socialIssues(first: 50, workshopId: $workshopId, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SocialIssueCard_issue\n        }\n      }\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n    # The werkplaats's own meetings (ontmoetingen, the symposium): those this reader may read, soonest first.\n    werkplaats: node(id: $workshopId) {\n      id\n      ... on Workshop {\n        activities(upcoming: true, first: 5) {\n          edges {\n            node {\n              id\n              title\n              kind\n              startsAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AgendaDocument,
    "\n  query Workshops {\n    workshops {\n      id\n      slug\n      name\n      region\n      activeSocialIssueCount\n      atelierCount\n      publicInsightCount\n      latestPublicInsights {\n        id\n        title\n      }\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n  }\n": types.WorkshopsDocument,
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
export function graphql(source: "\n  query UnreadNotifications {\n    unreadNotificationCount\n    membershipRequests(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    unreadNotificationCount\n    membershipRequests(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationSummary($workshopId: ID!) {\n    moderationSummary(workshopId: $workshopId) {\n      mayModerate\n      openItemCount\n    }\n  }\n"): (typeof documents)["\n  query ModerationSummary($workshopId: ID!) {\n    moderationSummary(workshopId: $workshopId) {\n      mayModerate\n      openItemCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderLogout {\n    providerLogout {\n      url\n      label\n    }\n  }\n"): (typeof documents)["\n  query ProviderLogout {\n    providerLogout {\n      url\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      emailConfirmed\n      locale\n      workshops {\n        id\n        slug\n        name\n      }\n      workshopRoles {\n        role\n        workshop {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      emailConfirmed\n      locale\n      workshops {\n        id\n        slug\n        name\n      }\n      workshopRoles {\n        role\n        workshop {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentWorkshop($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      name\n      region\n    }\n  }\n"): (typeof documents)["\n  query CurrentWorkshop($slug: String!) {\n    workshop(slug: $slug) {\n      id\n      slug\n      name\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocialIssueCard_issue on SocialIssue {\n    id\n    title\n    description\n    since\n    status\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n    ateliers {\n      id\n      title\n      arenaCount\n      tribuneCount\n      trekker {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SocialIssueCard_issue on SocialIssue {\n    id\n    title\n    description\n    since\n    status\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n    ateliers {\n      id\n      title\n      arenaCount\n      tribuneCount\n      trekker {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($workshopId: ID!, $status: SocialIssueStatus, $after: String) {\n    socialIssues(first: 50, workshopId: $workshopId, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SocialIssueCard_issue\n        }\n      }\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n    # The werkplaats's own meetings (ontmoetingen, the symposium): those this reader may read, soonest first.\n    werkplaats: node(id: $workshopId) {\n      id\n      ... on Workshop {\n        activities(upcoming: true, first: 5) {\n          edges {\n            node {\n              id\n              title\n              kind\n              startsAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agenda($workshopId: ID!, $status: SocialIssueStatus, $after: String) {\n    socialIssues(first: 50, workshopId: $workshopId, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SocialIssueCard_issue\n        }\n      }\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n    # The werkplaats's own meetings (ontmoetingen, the symposium): those this reader may read, soonest first.\n    werkplaats: node(id: $workshopId) {\n      id\n      ... on Workshop {\n        activities(upcoming: true, first: 5) {\n          edges {\n            node {\n              id\n              title\n              kind\n              startsAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workshops {\n    workshops {\n      id\n      slug\n      name\n      region\n      activeSocialIssueCount\n      atelierCount\n      publicInsightCount\n      latestPublicInsights {\n        id\n        title\n      }\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query Workshops {\n    workshops {\n      id\n      slug\n      name\n      region\n      activeSocialIssueCount\n      atelierCount\n      publicInsightCount\n      latestPublicInsights {\n        id\n        title\n      }\n    }\n    nationalThemes {\n      id\n      slug\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;