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
    "\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      advice {\n        ...AdviceSection_advice\n      }\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n": typeof types.AtelierPageDocument,
    "\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!) {\n    joinAtelier(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.JoinAtelierDocument,
    "\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SwitchRoleDocument,
    "\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n": typeof types.LeaveAtelierDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment AdviceSection_advice on Advice {\n    id\n    title\n    body\n    asked\n    createdAt\n  }\n": typeof types.AdviceSection_AdviceFragmentDoc,
    "\n  mutation GiveAdvice($atelierId: ID!, $input: GiveAdviceInput!) {\n    giveAdvice(atelierId: $atelierId, input: $input) {\n      ...AdviceSection_advice\n    }\n  }\n": typeof types.GiveAdviceDocument,
    "\n  query CommitteeAgenda {\n    socialIssues(first: 100) {\n      edges {\n        node {\n          ...SocialIssueEditor_issue\n        }\n      }\n    }\n    trekkerCandidates {\n      id\n      name\n    }\n  }\n": typeof types.CommitteeAgendaDocument,
    "\n  mutation CreateSocialIssue($input: CreateSocialIssueInput!) {\n    createSocialIssue(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateSocialIssueDocument,
    "\n  fragment SocialIssueEditor_issue on SocialIssue {\n    id\n    title\n    description\n    status\n    since\n    version\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      trekker {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SocialIssueEditor_IssueFragmentDoc,
    "\n  mutation UpdateSocialIssue($id: ID!, $input: UpdateSocialIssueInput!) {\n    updateSocialIssue(id: $id, input: $input) {\n      ...SocialIssueEditor_issue\n    }\n  }\n": typeof types.UpdateSocialIssueDocument,
    "\n  mutation MergeSocialIssues($sourceId: ID!, $targetId: ID!) {\n    mergeSocialIssues(sourceId: $sourceId, targetId: $targetId) {\n      ...SocialIssueEditor_issue\n    }\n  }\n": typeof types.MergeSocialIssuesDocument,
    "\n  mutation LapseSocialIssue($id: ID!, $reason: String!) {\n    lapseSocialIssue(id: $id, reason: $reason) {\n      ...SocialIssueEditor_issue\n    }\n  }\n": typeof types.LapseSocialIssueDocument,
    "\n  mutation StartAtelier($socialIssueId: ID!, $trekkerId: ID!, $input: StartAtelierInput) {\n    startAtelier(socialIssueId: $socialIssueId, trekkerId: $trekkerId, input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.StartAtelierDocument,
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
    "\n  query Search($query: String!, $after: String) {\n    search(query: $query, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Insight {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Question {\n            id\n            title\n          }\n          ... on Atelier {\n            id\n            title\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
};
const documents: Documents = {
    "\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      advice {\n        ...AdviceSection_advice\n      }\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n": types.AtelierPageDocument,
    "\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!) {\n    joinAtelier(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": types.JoinAtelierDocument,
    "\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SwitchRoleDocument,
    "\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n": types.LeaveAtelierDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment AdviceSection_advice on Advice {\n    id\n    title\n    body\n    asked\n    createdAt\n  }\n": types.AdviceSection_AdviceFragmentDoc,
    "\n  mutation GiveAdvice($atelierId: ID!, $input: GiveAdviceInput!) {\n    giveAdvice(atelierId: $atelierId, input: $input) {\n      ...AdviceSection_advice\n    }\n  }\n": types.GiveAdviceDocument,
    "\n  query CommitteeAgenda {\n    socialIssues(first: 100) {\n      edges {\n        node {\n          ...SocialIssueEditor_issue\n        }\n      }\n    }\n    trekkerCandidates {\n      id\n      name\n    }\n  }\n": types.CommitteeAgendaDocument,
    "\n  mutation CreateSocialIssue($input: CreateSocialIssueInput!) {\n    createSocialIssue(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateSocialIssueDocument,
    "\n  fragment SocialIssueEditor_issue on SocialIssue {\n    id\n    title\n    description\n    status\n    since\n    version\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      trekker {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.SocialIssueEditor_IssueFragmentDoc,
    "\n  mutation UpdateSocialIssue($id: ID!, $input: UpdateSocialIssueInput!) {\n    updateSocialIssue(id: $id, input: $input) {\n      ...SocialIssueEditor_issue\n    }\n  }\n": types.UpdateSocialIssueDocument,
    "\n  mutation MergeSocialIssues($sourceId: ID!, $targetId: ID!) {\n    mergeSocialIssues(sourceId: $sourceId, targetId: $targetId) {\n      ...SocialIssueEditor_issue\n    }\n  }\n": types.MergeSocialIssuesDocument,
    "\n  mutation LapseSocialIssue($id: ID!, $reason: String!) {\n    lapseSocialIssue(id: $id, reason: $reason) {\n      ...SocialIssueEditor_issue\n    }\n  }\n": types.LapseSocialIssueDocument,
    "\n  mutation StartAtelier($socialIssueId: ID!, $trekkerId: ID!, $input: StartAtelierInput) {\n    startAtelier(socialIssueId: $socialIssueId, trekkerId: $trekkerId, input: $input) {\n      id\n      title\n    }\n  }\n": types.StartAtelierDocument,
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
    "\n  query Search($query: String!, $after: String) {\n    search(query: $query, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Insight {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Question {\n            id\n            title\n          }\n          ... on Atelier {\n            id\n            title\n            description\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
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
export function graphql(source: "\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      advice {\n        ...AdviceSection_advice\n      }\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      advice {\n        ...AdviceSection_advice\n      }\n      myParticipation {\n        id\n        role\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AdviceSection_advice on Advice {\n    id\n    title\n    body\n    asked\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdviceSection_advice on Advice {\n    id\n    title\n    body\n    asked\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveAdvice($atelierId: ID!, $input: GiveAdviceInput!) {\n    giveAdvice(atelierId: $atelierId, input: $input) {\n      ...AdviceSection_advice\n    }\n  }\n"): (typeof documents)["\n  mutation GiveAdvice($atelierId: ID!, $input: GiveAdviceInput!) {\n    giveAdvice(atelierId: $atelierId, input: $input) {\n      ...AdviceSection_advice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeAgenda {\n    socialIssues(first: 100) {\n      edges {\n        node {\n          ...SocialIssueEditor_issue\n        }\n      }\n    }\n    trekkerCandidates {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CommitteeAgenda {\n    socialIssues(first: 100) {\n      edges {\n        node {\n          ...SocialIssueEditor_issue\n        }\n      }\n    }\n    trekkerCandidates {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSocialIssue($input: CreateSocialIssueInput!) {\n    createSocialIssue(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSocialIssue($input: CreateSocialIssueInput!) {\n    createSocialIssue(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocialIssueEditor_issue on SocialIssue {\n    id\n    title\n    description\n    status\n    since\n    version\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      trekker {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SocialIssueEditor_issue on SocialIssue {\n    id\n    title\n    description\n    status\n    since\n    version\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      trekker {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSocialIssue($id: ID!, $input: UpdateSocialIssueInput!) {\n    updateSocialIssue(id: $id, input: $input) {\n      ...SocialIssueEditor_issue\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSocialIssue($id: ID!, $input: UpdateSocialIssueInput!) {\n    updateSocialIssue(id: $id, input: $input) {\n      ...SocialIssueEditor_issue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeSocialIssues($sourceId: ID!, $targetId: ID!) {\n    mergeSocialIssues(sourceId: $sourceId, targetId: $targetId) {\n      ...SocialIssueEditor_issue\n    }\n  }\n"): (typeof documents)["\n  mutation MergeSocialIssues($sourceId: ID!, $targetId: ID!) {\n    mergeSocialIssues(sourceId: $sourceId, targetId: $targetId) {\n      ...SocialIssueEditor_issue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LapseSocialIssue($id: ID!, $reason: String!) {\n    lapseSocialIssue(id: $id, reason: $reason) {\n      ...SocialIssueEditor_issue\n    }\n  }\n"): (typeof documents)["\n  mutation LapseSocialIssue($id: ID!, $reason: String!) {\n    lapseSocialIssue(id: $id, reason: $reason) {\n      ...SocialIssueEditor_issue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAtelier($socialIssueId: ID!, $trekkerId: ID!, $input: StartAtelierInput) {\n    startAtelier(socialIssueId: $socialIssueId, trekkerId: $trekkerId, input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation StartAtelier($socialIssueId: ID!, $trekkerId: ID!, $input: StartAtelierInput) {\n    startAtelier(socialIssueId: $socialIssueId, trekkerId: $trekkerId, input: $input) {\n      id\n      title\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $after: String) {\n    search(query: $query, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Insight {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Question {\n            id\n            title\n          }\n          ... on Atelier {\n            id\n            title\n            description\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $after: String) {\n    search(query: $query, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Insight {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Question {\n            id\n            title\n          }\n          ... on Atelier {\n            id\n            title\n            description\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;