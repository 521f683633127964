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
    "\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n": typeof types.AtelierPageDocument,
    "\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!) {\n    joinAtelier(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.JoinAtelierDocument,
    "\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SwitchRoleDocument,
    "\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n": typeof types.LeaveAtelierDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query ComposeInsight($id: ID!, $condition: Condition, $municipalityId: ID, $practiceId: ID) {\n    atelier(id: $id) {\n      id\n      title\n      canLead\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n      }\n      lessons(first: 100, condition: $condition, municipalityId: $municipalityId, practiceId: $practiceId) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n            practice {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ComposeInsightDocument,
    "\n  mutation CreateInsight($atelierId: ID!, $input: CreateInsightInput!) {\n    createInsight(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInsightDocument,
    "\n  query TrekkerDashboard($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      canLead\n      arenaCount\n      tribuneCount\n      conditionSpread {\n        condition\n        count\n      }\n      waiting: lessons(visibility: ARENA, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n          latitude\n          longitude\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        startsAt\n        registrationCount\n        capacity\n      }\n      arena(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n      tribune(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n": typeof types.TrekkerDashboardDocument,
    "\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.ParticipantRow_ParticipationFragmentDoc,
    "\n  mutation ShareLessonWithTribune($id: ID!) {\n    setLessonVisibility(id: $id, visibility: TRIBUNE) {\n      id\n      visibility\n    }\n  }\n": typeof types.ShareLessonWithTribuneDocument,
    "\n  mutation RemoveParticipant($id: ID!) {\n    removeParticipant(participationId: $id)\n  }\n": typeof types.RemoveParticipantDocument,
    "\n  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {\n    planActivity(atelierId: $atelierId, input: $input) {\n      id\n      title\n      startsAt\n    }\n  }\n": typeof types.PlanActivityDocument,
    "\n  fragment LessonCard_lesson on Lesson {\n    id\n    title\n    visibility\n    conditions\n    createdAt\n    author {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    practice {\n      id\n      title\n    }\n  }\n": typeof types.LessonCard_LessonFragmentDoc,
    "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      level\n      domain\n      version\n      createdAt\n      canEdit\n      allowedVisibilities\n      author {\n        id\n        name\n      }\n      atelier {\n        id\n        title\n      }\n      practice {\n        id\n        title\n      }\n      municipality {\n        id\n        name\n      }\n      visibilityHistory {\n        fromValue\n        toValue\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LessonPageDocument,
    "\n  mutation SetLessonVisibility($id: ID!, $visibility: Visibility!) {\n    setLessonVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n": typeof types.SetLessonVisibilityDocument,
    "\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      conditions\n      level\n      domain\n      version\n    }\n  }\n": typeof types.UpdateLessonDocument,
    "\n  query LogLessonContext($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      canWorkInArena\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LogLessonContextDocument,
    "\n  mutation LogLesson($input: LogLessonInput!) {\n    logLesson(input: $input) {\n      id\n      visibility\n    }\n  }\n": typeof types.LogLessonDocument,
    "\n  mutation JoinPractice($id: ID!) {\n    joinPractice(practiceId: $id) {\n      id\n    }\n  }\n": typeof types.JoinPracticeDocument,
    "\n  mutation LeavePractice($id: ID!) {\n    leavePractice(practiceId: $id)\n  }\n": typeof types.LeavePracticeDocument,
    "\n  mutation StartPractice($atelierId: ID!, $input: StartPracticeInput!) {\n    startPractice(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n": typeof types.StartPracticeDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation EraseMe($password: String!) {\n    eraseMe(password: $password)\n  }\n": typeof types.EraseMeDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment SocialIssueCard_issue on SocialIssue {\n    id\n    title\n    description\n    since\n    status\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      arenaCount\n      tribuneCount\n      trekker {\n        id\n        name\n      }\n    }\n  }\n": types.SocialIssueCard_IssueFragmentDoc,
    "\n  query Agenda($status: SocialIssueStatus, $after: String) {\n    socialIssues(first: 50, status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SocialIssueCard_issue\n        }\n      }\n    }\n  }\n": types.AgendaDocument,
    "\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n": types.AtelierPageDocument,
    "\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!) {\n    joinAtelier(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": types.JoinAtelierDocument,
    "\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SwitchRoleDocument,
    "\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n": types.LeaveAtelierDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": types.SignUpDocument,
    "\n  query ComposeInsight($id: ID!, $condition: Condition, $municipalityId: ID, $practiceId: ID) {\n    atelier(id: $id) {\n      id\n      title\n      canLead\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n      }\n      lessons(first: 100, condition: $condition, municipalityId: $municipalityId, practiceId: $practiceId) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n            practice {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ComposeInsightDocument,
    "\n  mutation CreateInsight($atelierId: ID!, $input: CreateInsightInput!) {\n    createInsight(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n": types.CreateInsightDocument,
    "\n  query TrekkerDashboard($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      canLead\n      arenaCount\n      tribuneCount\n      conditionSpread {\n        condition\n        count\n      }\n      waiting: lessons(visibility: ARENA, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n          latitude\n          longitude\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        startsAt\n        registrationCount\n        capacity\n      }\n      arena(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n      tribune(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n": types.TrekkerDashboardDocument,
    "\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.ParticipantRow_ParticipationFragmentDoc,
    "\n  mutation ShareLessonWithTribune($id: ID!) {\n    setLessonVisibility(id: $id, visibility: TRIBUNE) {\n      id\n      visibility\n    }\n  }\n": types.ShareLessonWithTribuneDocument,
    "\n  mutation RemoveParticipant($id: ID!) {\n    removeParticipant(participationId: $id)\n  }\n": types.RemoveParticipantDocument,
    "\n  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {\n    planActivity(atelierId: $atelierId, input: $input) {\n      id\n      title\n      startsAt\n    }\n  }\n": types.PlanActivityDocument,
    "\n  fragment LessonCard_lesson on Lesson {\n    id\n    title\n    visibility\n    conditions\n    createdAt\n    author {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    practice {\n      id\n      title\n    }\n  }\n": types.LessonCard_LessonFragmentDoc,
    "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      level\n      domain\n      version\n      createdAt\n      canEdit\n      allowedVisibilities\n      author {\n        id\n        name\n      }\n      atelier {\n        id\n        title\n      }\n      practice {\n        id\n        title\n      }\n      municipality {\n        id\n        name\n      }\n      visibilityHistory {\n        fromValue\n        toValue\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LessonPageDocument,
    "\n  mutation SetLessonVisibility($id: ID!, $visibility: Visibility!) {\n    setLessonVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n": types.SetLessonVisibilityDocument,
    "\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      conditions\n      level\n      domain\n      version\n    }\n  }\n": types.UpdateLessonDocument,
    "\n  query LogLessonContext($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      canWorkInArena\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n    }\n  }\n": types.LogLessonContextDocument,
    "\n  mutation LogLesson($input: LogLessonInput!) {\n    logLesson(input: $input) {\n      id\n      visibility\n    }\n  }\n": types.LogLessonDocument,
    "\n  mutation JoinPractice($id: ID!) {\n    joinPractice(practiceId: $id) {\n      id\n    }\n  }\n": types.JoinPracticeDocument,
    "\n  mutation LeavePractice($id: ID!) {\n    leavePractice(practiceId: $id)\n  }\n": types.LeavePracticeDocument,
    "\n  mutation StartPractice($atelierId: ID!, $input: StartPracticeInput!) {\n    startPractice(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n": types.StartPracticeDocument,
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
export function graphql(source: "\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  query ComposeInsight($id: ID!, $condition: Condition, $municipalityId: ID, $practiceId: ID) {\n    atelier(id: $id) {\n      id\n      title\n      canLead\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n      }\n      lessons(first: 100, condition: $condition, municipalityId: $municipalityId, practiceId: $practiceId) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n            practice {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComposeInsight($id: ID!, $condition: Condition, $municipalityId: ID, $practiceId: ID) {\n    atelier(id: $id) {\n      id\n      title\n      canLead\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n      }\n      lessons(first: 100, condition: $condition, municipalityId: $municipalityId, practiceId: $practiceId) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n            practice {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInsight($atelierId: ID!, $input: CreateInsightInput!) {\n    createInsight(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInsight($atelierId: ID!, $input: CreateInsightInput!) {\n    createInsight(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrekkerDashboard($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      canLead\n      arenaCount\n      tribuneCount\n      conditionSpread {\n        condition\n        count\n      }\n      waiting: lessons(visibility: ARENA, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n          latitude\n          longitude\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        startsAt\n        registrationCount\n        capacity\n      }\n      arena(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n      tribune(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TrekkerDashboard($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      canLead\n      arenaCount\n      tribuneCount\n      conditionSpread {\n        condition\n        count\n      }\n      waiting: lessons(visibility: ARENA, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n          latitude\n          longitude\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        startsAt\n        registrationCount\n        capacity\n      }\n      arena(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n      tribune(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareLessonWithTribune($id: ID!) {\n    setLessonVisibility(id: $id, visibility: TRIBUNE) {\n      id\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation ShareLessonWithTribune($id: ID!) {\n    setLessonVisibility(id: $id, visibility: TRIBUNE) {\n      id\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveParticipant($id: ID!) {\n    removeParticipant(participationId: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveParticipant($id: ID!) {\n    removeParticipant(participationId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {\n    planActivity(atelierId: $atelierId, input: $input) {\n      id\n      title\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {\n    planActivity(atelierId: $atelierId, input: $input) {\n      id\n      title\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonCard_lesson on Lesson {\n    id\n    title\n    visibility\n    conditions\n    createdAt\n    author {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    practice {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment LessonCard_lesson on Lesson {\n    id\n    title\n    visibility\n    conditions\n    createdAt\n    author {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    practice {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      level\n      domain\n      version\n      createdAt\n      canEdit\n      allowedVisibilities\n      author {\n        id\n        name\n      }\n      atelier {\n        id\n        title\n      }\n      practice {\n        id\n        title\n      }\n      municipality {\n        id\n        name\n      }\n      visibilityHistory {\n        fromValue\n        toValue\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      level\n      domain\n      version\n      createdAt\n      canEdit\n      allowedVisibilities\n      author {\n        id\n        name\n      }\n      atelier {\n        id\n        title\n      }\n      practice {\n        id\n        title\n      }\n      municipality {\n        id\n        name\n      }\n      visibilityHistory {\n        fromValue\n        toValue\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLessonVisibility($id: ID!, $visibility: Visibility!) {\n    setLessonVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n"): (typeof documents)["\n  mutation SetLessonVisibility($id: ID!, $visibility: Visibility!) {\n    setLessonVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      conditions\n      level\n      domain\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      conditions\n      level\n      domain\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogLessonContext($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      canWorkInArena\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogLessonContext($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      canWorkInArena\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogLesson($input: LogLessonInput!) {\n    logLesson(input: $input) {\n      id\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation LogLesson($input: LogLessonInput!) {\n    logLesson(input: $input) {\n      id\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinPractice($id: ID!) {\n    joinPractice(practiceId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation JoinPractice($id: ID!) {\n    joinPractice(practiceId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeavePractice($id: ID!) {\n    leavePractice(practiceId: $id)\n  }\n"): (typeof documents)["\n  mutation LeavePractice($id: ID!) {\n    leavePractice(practiceId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPractice($atelierId: ID!, $input: StartPracticeInput!) {\n    startPractice(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartPractice($atelierId: ID!, $input: StartPracticeInput!) {\n    startPractice(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n"];
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