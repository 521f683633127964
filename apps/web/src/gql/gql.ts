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
  '\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      capacity\n      placesLeft\n      registrationCount\n      cancelledAt\n      municipality {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n        myParticipation {\n          id\n          role\n        }\n      }\n      myRegistration {\n        id\n        cancelledAt\n      }\n    }\n  }\n': typeof types.ActivityPageDocument;
  '\n  mutation RegisterForActivity($id: ID!) {\n    registerForActivity(activityId: $id) {\n      id\n    }\n  }\n': typeof types.RegisterForActivityDocument;
  '\n  mutation CancelRegistration($id: ID!) {\n    cancelRegistration(activityId: $id)\n  }\n': typeof types.CancelRegistrationDocument;
  '\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      advice {\n        ...AdviceSection_advice\n      }\n      ...ParticipationChoice_atelier\n      joinRequests(first: 100) {\n        edges {\n          node {\n            id\n            kind\n          }\n        }\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n    me {\n      id\n      ...ParticipationChoice_viewer\n    }\n  }\n': typeof types.AtelierPageDocument;
  '\n  fragment ParticipationChoice_atelier on Atelier {\n    id\n    joinMode\n    joiningWays {\n      arena\n      tribune\n    }\n    trekker {\n      id\n      name\n    }\n    myParticipation {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    myJoinRequest {\n      id\n      kind\n      role\n      message\n      createdAt\n      organisation {\n        id\n        name\n      }\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ParticipationChoice_AtelierFragmentDoc;
  '\n  fragment ParticipationChoice_viewer on User {\n    id\n    memberships {\n      id\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ParticipationChoice_ViewerFragmentDoc;
  '\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID) {\n    joinAtelier(atelierId: $atelierId, role: $role, organisationId: $organisationId) {\n      id\n      role\n    }\n  }\n': typeof types.JoinAtelierDocument;
  '\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n': typeof types.SwitchRoleDocument;
  '\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n': typeof types.LeaveAtelierDocument;
  '\n  mutation RequestToJoin($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID, $message: String) {\n    requestToJoin(atelierId: $atelierId, role: $role, organisationId: $organisationId, message: $message) {\n      id\n      status\n    }\n  }\n': typeof types.RequestToJoinDocument;
  '\n  mutation WithdrawMyJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id)\n  }\n': typeof types.WithdrawMyJoinRequestDocument;
  '\n  mutation DeclineInvitation($id: ID!) {\n    decideJoinRequest(id: $id, accept: false) {\n      id\n      status\n    }\n  }\n': typeof types.DeclineInvitationDocument;
  '\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n': typeof types.SetPasswordWithTokenDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n': typeof types.SignUpDocument;
  '\n  query BeheerAudit($workshopId: ID!, $action: String, $personId: ID, $after: String) {\n    auditEvents(first: 25, after: $after, workshopId: $workshopId, action: $action, personId: $personId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.BeheerAuditDocument;
  '\n  query BeheerAuditPeople($workshopId: ID!) {\n    users(first: 100, workshopId: $workshopId) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.BeheerAuditPeopleDocument;
  '\n  query BeheerWorkshops {\n    me {\n      id\n      workshopRoles {\n        role\n        workshop {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.BeheerWorkshopsDocument;
  '\n  query BeheerMunicipalities($workshopId: ID!) {\n    municipalities(workshopId: $workshopId) {\n      id\n      name\n      cbsCode\n      region\n      places\n    }\n  }\n': typeof types.BeheerMunicipalitiesDocument;
  '\n  mutation BeheerCreateMunicipality($input: MunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.BeheerCreateMunicipalityDocument;
  '\n  query BeheerOrganisations($workshopId: ID!, $after: String) {\n    organisations(first: 50, after: $after, workshopId: $workshopId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          website\n          municipality {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.BeheerOrganisationsDocument;
  '\n  mutation BeheerCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.BeheerCreateOrganisationDocument;
  '\n  mutation BeheerRenameOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.BeheerRenameOrganisationDocument;
  '\n  query BeheerPeople($workshopId: ID!, $query: String, $after: String) {\n    users(first: 20, after: $after, workshopId: $workshopId, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          isBlocked\n          workshopRoles {\n            role\n            workshop {\n              id\n            }\n          }\n          memberships {\n            id\n            status\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.BeheerPeopleDocument;
  '\n  mutation BeheerSetRole($userId: ID!, $role: WorkshopRoleKind!, $granted: Boolean!, $workshopId: ID!) {\n    setWorkshopRole(userId: $userId, role: $role, granted: $granted, workshopId: $workshopId) {\n      id\n    }\n  }\n': typeof types.BeheerSetRoleDocument;
  '\n  mutation BeheerSetBlocked($userId: ID!, $blocked: Boolean!, $workshopId: ID!) {\n    setAccountBlocked(userId: $userId, blocked: $blocked, workshopId: $workshopId) {\n      id\n      isBlocked\n    }\n  }\n': typeof types.BeheerSetBlockedDocument;
  '\n  mutation BeheerEndSessions($userId: ID!, $workshopId: ID!) {\n    endSessions(userId: $userId, workshopId: $workshopId)\n  }\n': typeof types.BeheerEndSessionsDocument;
  '\n  mutation BeheerStartAccount($input: StartAccountInput!) {\n    startAccount(input: $input) {\n      link\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.BeheerStartAccountDocument;
  '\n  fragment AdviceSection_advice on Advice {\n    id\n    title\n    body\n    asked\n    createdAt\n  }\n': typeof types.AdviceSection_AdviceFragmentDoc;
  '\n  mutation GiveAdvice($atelierId: ID!, $input: GiveAdviceInput!) {\n    giveAdvice(atelierId: $atelierId, input: $input) {\n      ...AdviceSection_advice\n    }\n  }\n': typeof types.GiveAdviceDocument;
  '\n  query CommitteeAgenda($workshopId: ID!) {\n    socialIssues(first: 100, workshopId: $workshopId) {\n      edges {\n        node {\n          ...SocialIssueEditor_issue\n        }\n      }\n    }\n    trekkerCandidates {\n      id\n      name\n    }\n  }\n': typeof types.CommitteeAgendaDocument;
  '\n  mutation CreateSocialIssue($input: CreateSocialIssueInput!) {\n    createSocialIssue(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.CreateSocialIssueDocument;
  '\n  fragment SocialIssueEditor_issue on SocialIssue {\n    id\n    title\n    description\n    status\n    since\n    version\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      trekker {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SocialIssueEditor_IssueFragmentDoc;
  '\n  mutation UpdateSocialIssue($id: ID!, $input: UpdateSocialIssueInput!) {\n    updateSocialIssue(id: $id, input: $input) {\n      ...SocialIssueEditor_issue\n    }\n  }\n': typeof types.UpdateSocialIssueDocument;
  '\n  mutation MergeSocialIssues($sourceId: ID!, $targetId: ID!) {\n    mergeSocialIssues(sourceId: $sourceId, targetId: $targetId) {\n      ...SocialIssueEditor_issue\n    }\n  }\n': typeof types.MergeSocialIssuesDocument;
  '\n  mutation LapseSocialIssue($id: ID!, $reason: String!) {\n    lapseSocialIssue(id: $id, reason: $reason) {\n      ...SocialIssueEditor_issue\n    }\n  }\n': typeof types.LapseSocialIssueDocument;
  '\n  mutation StartAtelier($socialIssueId: ID!, $trekkerId: ID!, $input: StartAtelierInput) {\n    startAtelier(socialIssueId: $socialIssueId, trekkerId: $trekkerId, input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.StartAtelierDocument;
  '\n  query ComposeInsight($id: ID!, $condition: Condition, $municipalityId: ID, $practiceId: ID) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canLead\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n      }\n      lessons(first: 100, condition: $condition, municipalityId: $municipalityId, practiceId: $practiceId) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n            practice {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ComposeInsightDocument;
  '\n  mutation CreateInsight($atelierId: ID!, $input: CreateInsightInput!) {\n    createInsight(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n': typeof types.CreateInsightDocument;
  '\n  query TrekkerDashboard($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canLead\n      arenaCount\n      tribuneCount\n      ...JoinModeForm_atelier\n      joinRequests(first: 100) {\n        edges {\n          node {\n            ...JoinRequestQueue_request\n          }\n        }\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      waiting: lessons(visibility: ARENA, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n          latitude\n          longitude\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        startsAt\n        registrationCount\n        capacity\n      }\n      arena(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n      tribune(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n': typeof types.TrekkerDashboardDocument;
  '\n  mutation ShareLessonWithTribune($id: ID!) {\n    setLessonVisibility(id: $id, visibility: TRIBUNE) {\n      id\n      visibility\n    }\n  }\n': typeof types.ShareLessonWithTribuneDocument;
  '\n  fragment JoinModeForm_atelier on Atelier {\n    id\n    joinMode\n  }\n': typeof types.JoinModeForm_AtelierFragmentDoc;
  '\n  mutation SetAtelierJoinMode($atelierId: ID!, $mode: AtelierJoinMode!) {\n    setAtelierJoinMode(atelierId: $atelierId, mode: $mode) {\n      id\n      joinMode\n    }\n  }\n': typeof types.SetAtelierJoinModeDocument;
  '\n  fragment JoinRequestQueue_request on JoinRequest {\n    id\n    kind\n    role\n    message\n    createdAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n': typeof types.JoinRequestQueue_RequestFragmentDoc;
  '\n  mutation DecideJoinRequest($id: ID!, $accept: Boolean!, $note: String) {\n    decideJoinRequest(id: $id, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n': typeof types.DecideJoinRequestDocument;
  '\n  mutation WithdrawInvitation($id: ID!) {\n    withdrawJoinRequest(id: $id)\n  }\n': typeof types.WithdrawInvitationDocument;
  '\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n': typeof types.ParticipantRow_ParticipationFragmentDoc;
  '\n  mutation RemoveParticipant($id: ID!, $reason: String) {\n    removeParticipant(participationId: $id, reason: $reason)\n  }\n': typeof types.RemoveParticipantDocument;
  '\n  mutation InviteToArena($atelierId: ID!, $userId: ID!, $message: String) {\n    inviteToAtelier(atelierId: $atelierId, userId: $userId, role: ARENA, message: $message) {\n      id\n      status\n    }\n  }\n': typeof types.InviteToArenaDocument;
  '\n  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {\n    planActivity(atelierId: $atelierId, input: $input) {\n      id\n      title\n      startsAt\n    }\n  }\n': typeof types.PlanActivityDocument;
  '\n  query Feed($workshopId: ID!, $after: String) {\n    feed(first: 20, workshopId: $workshopId, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            conditions\n            sharedAt\n            author {\n              id\n              name\n            }\n            atelier {\n              id\n              title\n            }\n            municipality {\n              id\n              name\n            }\n            reactions {\n              id\n            }\n          }\n          ... on Insight {\n            id\n            title\n            conditions\n            sharedAt\n            lessonCount\n            author {\n              id\n              name\n            }\n            atelier {\n              id\n              title\n            }\n            reactions {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.FeedDocument;
  '\n  query InsightPage($id: ID!) {\n    insight(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      sharedAt\n      createdAt\n      lessonCount\n      allowedVisibilities\n      author {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n      }\n      lessons {\n        ...LessonCard_lesson\n      }\n      reactions {\n        ...Reactions_reaction\n      }\n    }\n  }\n': typeof types.InsightPageDocument;
  '\n  mutation SetInsightVisibility($id: ID!, $visibility: Visibility!) {\n    setInsightVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      sharedAt\n      allowedVisibilities\n    }\n  }\n': typeof types.SetInsightVisibilityDocument;
  '\n  fragment LessonCard_lesson on Lesson {\n    id\n    title\n    visibility\n    conditions\n    createdAt\n    author {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    practice {\n      id\n      title\n    }\n  }\n': typeof types.LessonCard_LessonFragmentDoc;
  '\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      level\n      domain\n      version\n      createdAt\n      canEdit\n      allowedVisibilities\n      publicConsent\n      ...PublicConsent_lesson\n      author {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n      }\n      practice {\n        id\n        title\n      }\n      municipality {\n        id\n        name\n      }\n      reactions {\n        ...Reactions_reaction\n      }\n      visibilityHistory {\n        fromValue\n        toValue\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.LessonPageDocument;
  '\n  mutation SetLessonVisibility($id: ID!, $visibility: Visibility!) {\n    setLessonVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n': typeof types.SetLessonVisibilityDocument;
  '\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      conditions\n      level\n      domain\n      version\n    }\n  }\n': typeof types.UpdateLessonDocument;
  '\n  query LogLessonContext($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canWorkInArena\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n    }\n  }\n': typeof types.LogLessonContextDocument;
  '\n  mutation LogLesson($input: LogLessonInput!) {\n    logLesson(input: $input) {\n      id\n      visibility\n    }\n  }\n': typeof types.LogLessonDocument;
  '\n  fragment PublicConsent_lesson on Lesson {\n    id\n    publicConsent\n    visibility\n  }\n': typeof types.PublicConsent_LessonFragmentDoc;
  '\n  mutation SetLessonPublicConsent($id: ID!, $consent: Boolean!) {\n    setLessonPublicConsent(id: $id, consent: $consent) {\n      id\n      publicConsent\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n': typeof types.SetLessonPublicConsentDocument;
  '\n  query MembershipsPage {\n    membershipRequests(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          function\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n          organisation {\n            id\n            name\n            status\n            kind\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.MembershipsPageDocument;
  '\n  mutation DecideMembership($id: ID!, $confirm: Boolean!, $note: String) {\n    decideMembership(id: $id, confirm: $confirm, note: $note) {\n      id\n      status\n    }\n  }\n': typeof types.DecideMembershipDocument;
  '\n  fragment MyMemberships_membership on Membership {\n    id\n    status\n    function\n    isContact\n    createdAt\n    organisation {\n      id\n      name\n      status\n    }\n  }\n': typeof types.MyMemberships_MembershipFragmentDoc;
  '\n  mutation RequestMembership(\n    $organisationId: ID\n    $proposedOrganisation: ProposeOrganisationInput\n    $function: String\n  ) {\n    requestMembership(\n      organisationId: $organisationId\n      proposedOrganisation: $proposedOrganisation\n      function: $function\n    ) {\n      ...MyMemberships_membership\n    }\n  }\n': typeof types.RequestMembershipDocument;
  '\n  query OrganisationChoices($query: String) {\n    organisations(first: 50, query: $query) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          workshop {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.OrganisationChoicesDocument;
  '\n  query ProposalPlaces {\n    workshops {\n      id\n      name\n    }\n    municipalities {\n      id\n      name\n      workshop {\n        id\n      }\n    }\n  }\n': typeof types.ProposalPlacesDocument;
  '\n  fragment DecisionNotification_notification on Notification {\n    kind\n    note\n    actor {\n      id\n      name\n    }\n    atelier {\n      id\n      title\n    }\n    lesson {\n      id\n      title\n    }\n    joinRequest {\n      id\n      kind\n      role\n      status\n    }\n    membership {\n      id\n      status\n      function\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.DecisionNotification_NotificationFragmentDoc;
  '\n  query Notifications($after: String) {\n    notifications(first: 30, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          lesson {\n            id\n            title\n          }\n          insight {\n            id\n            title\n          }\n          activity {\n            id\n            title\n          }\n          role\n          actor {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n          ...DecisionNotification_notification\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  mutation JoinPractice($id: ID!) {\n    joinPractice(practiceId: $id) {\n      id\n    }\n  }\n': typeof types.JoinPracticeDocument;
  '\n  mutation LeavePractice($id: ID!) {\n    leavePractice(practiceId: $id)\n  }\n': typeof types.LeavePracticeDocument;
  '\n  mutation StartPractice($atelierId: ID!, $input: StartPracticeInput!) {\n    startPractice(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n': typeof types.StartPracticeDocument;
  '\n  mutation UpdatePartyKind($partyKind: PartyKind) {\n    updateMe(input: { partyKind: $partyKind }) {\n      id\n      partyKind\n    }\n  }\n': typeof types.UpdatePartyKindDocument;
  '\n  query PrivacyPage {\n    me {\n      id\n      partyKind\n      memberships {\n        ...MyMemberships_membership\n      }\n    }\n  }\n': typeof types.PrivacyPageDocument;
  '\n  query ExportMyData {\n    exportMyData\n  }\n': typeof types.ExportMyDataDocument;
  '\n  mutation EraseMe($password: String!) {\n    eraseMe(password: $password)\n  }\n': typeof types.EraseMeDocument;
  '\n  fragment Reactions_reaction on Reaction {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n': typeof types.Reactions_ReactionFragmentDoc;
  '\n  mutation React($targetId: ID!, $body: String!) {\n    react(targetId: $targetId, body: $body) {\n      ...Reactions_reaction\n    }\n  }\n': typeof types.ReactDocument;
  '\n  query Search($query: String!, $workshopId: ID!, $after: String) {\n    search(query: $query, workshopId: $workshopId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        headline\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Insight {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Question {\n            id\n            title\n          }\n          ... on Atelier {\n            id\n            title\n            description\n          }\n        }\n      }\n    }\n  }\n': typeof types.SearchDocument;
  '\n  query ThemePage($slug: String!, $issuesAfter: String, $insightsAfter: String, $productsAfter: String) {\n    nationalTheme(slug: $slug) {\n      id\n      name\n      socialIssues(first: 50, after: $issuesAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            description\n            workshop {\n              id\n              slug\n              name\n            }\n            ateliers {\n              id\n              title\n            }\n          }\n        }\n      }\n      insights(first: 20, after: $insightsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            conditions\n            sharedAt\n            createdAt\n            atelier {\n              id\n              title\n              workshop {\n                id\n                slug\n                name\n              }\n            }\n          }\n        }\n      }\n      products(first: 20, after: $productsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            description\n            kind\n            url\n            publishedAt\n            atelier {\n              id\n              title\n              workshop {\n                id\n                slug\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ThemePageDocument;
  '\n  query ObjectWorkshop($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Atelier {\n        workshop {\n          id\n          slug\n        }\n      }\n      ... on Lesson {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n      ... on Insight {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n      ... on Activity {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n': typeof types.ObjectWorkshopDocument;
  '\n  query PersonWorkshops {\n    me {\n      id\n      workshops {\n        id\n        slug\n      }\n      workshopRoles {\n        role\n        workshop {\n          id\n          slug\n        }\n      }\n    }\n    workshops {\n      id\n      slug\n    }\n  }\n': typeof types.PersonWorkshopsDocument;
  '\n  query MyWorkshops {\n    me {\n      id\n      workshops {\n        id\n        slug\n        name\n      }\n    }\n  }\n': typeof types.MyWorkshopsDocument;
};
const documents: Documents = {
  '\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      capacity\n      placesLeft\n      registrationCount\n      cancelledAt\n      municipality {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n        myParticipation {\n          id\n          role\n        }\n      }\n      myRegistration {\n        id\n        cancelledAt\n      }\n    }\n  }\n':
    types.ActivityPageDocument,
  '\n  mutation RegisterForActivity($id: ID!) {\n    registerForActivity(activityId: $id) {\n      id\n    }\n  }\n':
    types.RegisterForActivityDocument,
  '\n  mutation CancelRegistration($id: ID!) {\n    cancelRegistration(activityId: $id)\n  }\n':
    types.CancelRegistrationDocument,
  '\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      advice {\n        ...AdviceSection_advice\n      }\n      ...ParticipationChoice_atelier\n      joinRequests(first: 100) {\n        edges {\n          node {\n            id\n            kind\n          }\n        }\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n    me {\n      id\n      ...ParticipationChoice_viewer\n    }\n  }\n':
    types.AtelierPageDocument,
  '\n  fragment ParticipationChoice_atelier on Atelier {\n    id\n    joinMode\n    joiningWays {\n      arena\n      tribune\n    }\n    trekker {\n      id\n      name\n    }\n    myParticipation {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    myJoinRequest {\n      id\n      kind\n      role\n      message\n      createdAt\n      organisation {\n        id\n        name\n      }\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n':
    types.ParticipationChoice_AtelierFragmentDoc,
  '\n  fragment ParticipationChoice_viewer on User {\n    id\n    memberships {\n      id\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.ParticipationChoice_ViewerFragmentDoc,
  '\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID) {\n    joinAtelier(atelierId: $atelierId, role: $role, organisationId: $organisationId) {\n      id\n      role\n    }\n  }\n':
    types.JoinAtelierDocument,
  '\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n':
    types.SwitchRoleDocument,
  '\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n':
    types.LeaveAtelierDocument,
  '\n  mutation RequestToJoin($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID, $message: String) {\n    requestToJoin(atelierId: $atelierId, role: $role, organisationId: $organisationId, message: $message) {\n      id\n      status\n    }\n  }\n':
    types.RequestToJoinDocument,
  '\n  mutation WithdrawMyJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id)\n  }\n':
    types.WithdrawMyJoinRequestDocument,
  '\n  mutation DeclineInvitation($id: ID!) {\n    decideJoinRequest(id: $id, accept: false) {\n      id\n      status\n    }\n  }\n':
    types.DeclineInvitationDocument,
  '\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n':
    types.SetPasswordWithTokenDocument,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n': types.SignUpDocument,
  '\n  query BeheerAudit($workshopId: ID!, $action: String, $personId: ID, $after: String) {\n    auditEvents(first: 25, after: $after, workshopId: $workshopId, action: $action, personId: $personId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.BeheerAuditDocument,
  '\n  query BeheerAuditPeople($workshopId: ID!) {\n    users(first: 100, workshopId: $workshopId) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.BeheerAuditPeopleDocument,
  '\n  query BeheerWorkshops {\n    me {\n      id\n      workshopRoles {\n        role\n        workshop {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.BeheerWorkshopsDocument,
  '\n  query BeheerMunicipalities($workshopId: ID!) {\n    municipalities(workshopId: $workshopId) {\n      id\n      name\n      cbsCode\n      region\n      places\n    }\n  }\n':
    types.BeheerMunicipalitiesDocument,
  '\n  mutation BeheerCreateMunicipality($input: MunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.BeheerCreateMunicipalityDocument,
  '\n  query BeheerOrganisations($workshopId: ID!, $after: String) {\n    organisations(first: 50, after: $after, workshopId: $workshopId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          website\n          municipality {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.BeheerOrganisationsDocument,
  '\n  mutation BeheerCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.BeheerCreateOrganisationDocument,
  '\n  mutation BeheerRenameOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n':
    types.BeheerRenameOrganisationDocument,
  '\n  query BeheerPeople($workshopId: ID!, $query: String, $after: String) {\n    users(first: 20, after: $after, workshopId: $workshopId, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          isBlocked\n          workshopRoles {\n            role\n            workshop {\n              id\n            }\n          }\n          memberships {\n            id\n            status\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.BeheerPeopleDocument,
  '\n  mutation BeheerSetRole($userId: ID!, $role: WorkshopRoleKind!, $granted: Boolean!, $workshopId: ID!) {\n    setWorkshopRole(userId: $userId, role: $role, granted: $granted, workshopId: $workshopId) {\n      id\n    }\n  }\n':
    types.BeheerSetRoleDocument,
  '\n  mutation BeheerSetBlocked($userId: ID!, $blocked: Boolean!, $workshopId: ID!) {\n    setAccountBlocked(userId: $userId, blocked: $blocked, workshopId: $workshopId) {\n      id\n      isBlocked\n    }\n  }\n':
    types.BeheerSetBlockedDocument,
  '\n  mutation BeheerEndSessions($userId: ID!, $workshopId: ID!) {\n    endSessions(userId: $userId, workshopId: $workshopId)\n  }\n':
    types.BeheerEndSessionsDocument,
  '\n  mutation BeheerStartAccount($input: StartAccountInput!) {\n    startAccount(input: $input) {\n      link\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.BeheerStartAccountDocument,
  '\n  fragment AdviceSection_advice on Advice {\n    id\n    title\n    body\n    asked\n    createdAt\n  }\n':
    types.AdviceSection_AdviceFragmentDoc,
  '\n  mutation GiveAdvice($atelierId: ID!, $input: GiveAdviceInput!) {\n    giveAdvice(atelierId: $atelierId, input: $input) {\n      ...AdviceSection_advice\n    }\n  }\n':
    types.GiveAdviceDocument,
  '\n  query CommitteeAgenda($workshopId: ID!) {\n    socialIssues(first: 100, workshopId: $workshopId) {\n      edges {\n        node {\n          ...SocialIssueEditor_issue\n        }\n      }\n    }\n    trekkerCandidates {\n      id\n      name\n    }\n  }\n':
    types.CommitteeAgendaDocument,
  '\n  mutation CreateSocialIssue($input: CreateSocialIssueInput!) {\n    createSocialIssue(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.CreateSocialIssueDocument,
  '\n  fragment SocialIssueEditor_issue on SocialIssue {\n    id\n    title\n    description\n    status\n    since\n    version\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      trekker {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n':
    types.SocialIssueEditor_IssueFragmentDoc,
  '\n  mutation UpdateSocialIssue($id: ID!, $input: UpdateSocialIssueInput!) {\n    updateSocialIssue(id: $id, input: $input) {\n      ...SocialIssueEditor_issue\n    }\n  }\n':
    types.UpdateSocialIssueDocument,
  '\n  mutation MergeSocialIssues($sourceId: ID!, $targetId: ID!) {\n    mergeSocialIssues(sourceId: $sourceId, targetId: $targetId) {\n      ...SocialIssueEditor_issue\n    }\n  }\n':
    types.MergeSocialIssuesDocument,
  '\n  mutation LapseSocialIssue($id: ID!, $reason: String!) {\n    lapseSocialIssue(id: $id, reason: $reason) {\n      ...SocialIssueEditor_issue\n    }\n  }\n':
    types.LapseSocialIssueDocument,
  '\n  mutation StartAtelier($socialIssueId: ID!, $trekkerId: ID!, $input: StartAtelierInput) {\n    startAtelier(socialIssueId: $socialIssueId, trekkerId: $trekkerId, input: $input) {\n      id\n      title\n    }\n  }\n':
    types.StartAtelierDocument,
  '\n  query ComposeInsight($id: ID!, $condition: Condition, $municipalityId: ID, $practiceId: ID) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canLead\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n      }\n      lessons(first: 100, condition: $condition, municipalityId: $municipalityId, practiceId: $practiceId) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n            practice {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ComposeInsightDocument,
  '\n  mutation CreateInsight($atelierId: ID!, $input: CreateInsightInput!) {\n    createInsight(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n':
    types.CreateInsightDocument,
  '\n  query TrekkerDashboard($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canLead\n      arenaCount\n      tribuneCount\n      ...JoinModeForm_atelier\n      joinRequests(first: 100) {\n        edges {\n          node {\n            ...JoinRequestQueue_request\n          }\n        }\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      waiting: lessons(visibility: ARENA, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n          latitude\n          longitude\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        startsAt\n        registrationCount\n        capacity\n      }\n      arena(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n      tribune(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n':
    types.TrekkerDashboardDocument,
  '\n  mutation ShareLessonWithTribune($id: ID!) {\n    setLessonVisibility(id: $id, visibility: TRIBUNE) {\n      id\n      visibility\n    }\n  }\n':
    types.ShareLessonWithTribuneDocument,
  '\n  fragment JoinModeForm_atelier on Atelier {\n    id\n    joinMode\n  }\n':
    types.JoinModeForm_AtelierFragmentDoc,
  '\n  mutation SetAtelierJoinMode($atelierId: ID!, $mode: AtelierJoinMode!) {\n    setAtelierJoinMode(atelierId: $atelierId, mode: $mode) {\n      id\n      joinMode\n    }\n  }\n':
    types.SetAtelierJoinModeDocument,
  '\n  fragment JoinRequestQueue_request on JoinRequest {\n    id\n    kind\n    role\n    message\n    createdAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n':
    types.JoinRequestQueue_RequestFragmentDoc,
  '\n  mutation DecideJoinRequest($id: ID!, $accept: Boolean!, $note: String) {\n    decideJoinRequest(id: $id, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n':
    types.DecideJoinRequestDocument,
  '\n  mutation WithdrawInvitation($id: ID!) {\n    withdrawJoinRequest(id: $id)\n  }\n':
    types.WithdrawInvitationDocument,
  '\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n':
    types.ParticipantRow_ParticipationFragmentDoc,
  '\n  mutation RemoveParticipant($id: ID!, $reason: String) {\n    removeParticipant(participationId: $id, reason: $reason)\n  }\n':
    types.RemoveParticipantDocument,
  '\n  mutation InviteToArena($atelierId: ID!, $userId: ID!, $message: String) {\n    inviteToAtelier(atelierId: $atelierId, userId: $userId, role: ARENA, message: $message) {\n      id\n      status\n    }\n  }\n':
    types.InviteToArenaDocument,
  '\n  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {\n    planActivity(atelierId: $atelierId, input: $input) {\n      id\n      title\n      startsAt\n    }\n  }\n':
    types.PlanActivityDocument,
  '\n  query Feed($workshopId: ID!, $after: String) {\n    feed(first: 20, workshopId: $workshopId, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            conditions\n            sharedAt\n            author {\n              id\n              name\n            }\n            atelier {\n              id\n              title\n            }\n            municipality {\n              id\n              name\n            }\n            reactions {\n              id\n            }\n          }\n          ... on Insight {\n            id\n            title\n            conditions\n            sharedAt\n            lessonCount\n            author {\n              id\n              name\n            }\n            atelier {\n              id\n              title\n            }\n            reactions {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.FeedDocument,
  '\n  query InsightPage($id: ID!) {\n    insight(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      sharedAt\n      createdAt\n      lessonCount\n      allowedVisibilities\n      author {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n      }\n      lessons {\n        ...LessonCard_lesson\n      }\n      reactions {\n        ...Reactions_reaction\n      }\n    }\n  }\n':
    types.InsightPageDocument,
  '\n  mutation SetInsightVisibility($id: ID!, $visibility: Visibility!) {\n    setInsightVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      sharedAt\n      allowedVisibilities\n    }\n  }\n':
    types.SetInsightVisibilityDocument,
  '\n  fragment LessonCard_lesson on Lesson {\n    id\n    title\n    visibility\n    conditions\n    createdAt\n    author {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    practice {\n      id\n      title\n    }\n  }\n':
    types.LessonCard_LessonFragmentDoc,
  '\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      level\n      domain\n      version\n      createdAt\n      canEdit\n      allowedVisibilities\n      publicConsent\n      ...PublicConsent_lesson\n      author {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n      }\n      practice {\n        id\n        title\n      }\n      municipality {\n        id\n        name\n      }\n      reactions {\n        ...Reactions_reaction\n      }\n      visibilityHistory {\n        fromValue\n        toValue\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.LessonPageDocument,
  '\n  mutation SetLessonVisibility($id: ID!, $visibility: Visibility!) {\n    setLessonVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n':
    types.SetLessonVisibilityDocument,
  '\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      conditions\n      level\n      domain\n      version\n    }\n  }\n':
    types.UpdateLessonDocument,
  '\n  query LogLessonContext($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canWorkInArena\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n    }\n  }\n':
    types.LogLessonContextDocument,
  '\n  mutation LogLesson($input: LogLessonInput!) {\n    logLesson(input: $input) {\n      id\n      visibility\n    }\n  }\n':
    types.LogLessonDocument,
  '\n  fragment PublicConsent_lesson on Lesson {\n    id\n    publicConsent\n    visibility\n  }\n':
    types.PublicConsent_LessonFragmentDoc,
  '\n  mutation SetLessonPublicConsent($id: ID!, $consent: Boolean!) {\n    setLessonPublicConsent(id: $id, consent: $consent) {\n      id\n      publicConsent\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n':
    types.SetLessonPublicConsentDocument,
  '\n  query MembershipsPage {\n    membershipRequests(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          function\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n          organisation {\n            id\n            name\n            status\n            kind\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.MembershipsPageDocument,
  '\n  mutation DecideMembership($id: ID!, $confirm: Boolean!, $note: String) {\n    decideMembership(id: $id, confirm: $confirm, note: $note) {\n      id\n      status\n    }\n  }\n':
    types.DecideMembershipDocument,
  '\n  fragment MyMemberships_membership on Membership {\n    id\n    status\n    function\n    isContact\n    createdAt\n    organisation {\n      id\n      name\n      status\n    }\n  }\n':
    types.MyMemberships_MembershipFragmentDoc,
  '\n  mutation RequestMembership(\n    $organisationId: ID\n    $proposedOrganisation: ProposeOrganisationInput\n    $function: String\n  ) {\n    requestMembership(\n      organisationId: $organisationId\n      proposedOrganisation: $proposedOrganisation\n      function: $function\n    ) {\n      ...MyMemberships_membership\n    }\n  }\n':
    types.RequestMembershipDocument,
  '\n  query OrganisationChoices($query: String) {\n    organisations(first: 50, query: $query) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          workshop {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.OrganisationChoicesDocument,
  '\n  query ProposalPlaces {\n    workshops {\n      id\n      name\n    }\n    municipalities {\n      id\n      name\n      workshop {\n        id\n      }\n    }\n  }\n':
    types.ProposalPlacesDocument,
  '\n  fragment DecisionNotification_notification on Notification {\n    kind\n    note\n    actor {\n      id\n      name\n    }\n    atelier {\n      id\n      title\n    }\n    lesson {\n      id\n      title\n    }\n    joinRequest {\n      id\n      kind\n      role\n      status\n    }\n    membership {\n      id\n      status\n      function\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.DecisionNotification_NotificationFragmentDoc,
  '\n  query Notifications($after: String) {\n    notifications(first: 30, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          lesson {\n            id\n            title\n          }\n          insight {\n            id\n            title\n          }\n          activity {\n            id\n            title\n          }\n          role\n          actor {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n          ...DecisionNotification_notification\n        }\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  mutation JoinPractice($id: ID!) {\n    joinPractice(practiceId: $id) {\n      id\n    }\n  }\n':
    types.JoinPracticeDocument,
  '\n  mutation LeavePractice($id: ID!) {\n    leavePractice(practiceId: $id)\n  }\n':
    types.LeavePracticeDocument,
  '\n  mutation StartPractice($atelierId: ID!, $input: StartPracticeInput!) {\n    startPractice(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n':
    types.StartPracticeDocument,
  '\n  mutation UpdatePartyKind($partyKind: PartyKind) {\n    updateMe(input: { partyKind: $partyKind }) {\n      id\n      partyKind\n    }\n  }\n':
    types.UpdatePartyKindDocument,
  '\n  query PrivacyPage {\n    me {\n      id\n      partyKind\n      memberships {\n        ...MyMemberships_membership\n      }\n    }\n  }\n':
    types.PrivacyPageDocument,
  '\n  query ExportMyData {\n    exportMyData\n  }\n': types.ExportMyDataDocument,
  '\n  mutation EraseMe($password: String!) {\n    eraseMe(password: $password)\n  }\n':
    types.EraseMeDocument,
  '\n  fragment Reactions_reaction on Reaction {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n':
    types.Reactions_ReactionFragmentDoc,
  '\n  mutation React($targetId: ID!, $body: String!) {\n    react(targetId: $targetId, body: $body) {\n      ...Reactions_reaction\n    }\n  }\n':
    types.ReactDocument,
  '\n  query Search($query: String!, $workshopId: ID!, $after: String) {\n    search(query: $query, workshopId: $workshopId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        headline\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Insight {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Question {\n            id\n            title\n          }\n          ... on Atelier {\n            id\n            title\n            description\n          }\n        }\n      }\n    }\n  }\n':
    types.SearchDocument,
  '\n  query ThemePage($slug: String!, $issuesAfter: String, $insightsAfter: String, $productsAfter: String) {\n    nationalTheme(slug: $slug) {\n      id\n      name\n      socialIssues(first: 50, after: $issuesAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            description\n            workshop {\n              id\n              slug\n              name\n            }\n            ateliers {\n              id\n              title\n            }\n          }\n        }\n      }\n      insights(first: 20, after: $insightsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            conditions\n            sharedAt\n            createdAt\n            atelier {\n              id\n              title\n              workshop {\n                id\n                slug\n                name\n              }\n            }\n          }\n        }\n      }\n      products(first: 20, after: $productsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            description\n            kind\n            url\n            publishedAt\n            atelier {\n              id\n              title\n              workshop {\n                id\n                slug\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ThemePageDocument,
  '\n  query ObjectWorkshop($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Atelier {\n        workshop {\n          id\n          slug\n        }\n      }\n      ... on Lesson {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n      ... on Insight {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n      ... on Activity {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n':
    types.ObjectWorkshopDocument,
  '\n  query PersonWorkshops {\n    me {\n      id\n      workshops {\n        id\n        slug\n      }\n      workshopRoles {\n        role\n        workshop {\n          id\n          slug\n        }\n      }\n    }\n    workshops {\n      id\n      slug\n    }\n  }\n':
    types.PersonWorkshopsDocument,
  '\n  query MyWorkshops {\n    me {\n      id\n      workshops {\n        id\n        slug\n        name\n      }\n    }\n  }\n':
    types.MyWorkshopsDocument,
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
export function graphql(
  source: '\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      capacity\n      placesLeft\n      registrationCount\n      cancelledAt\n      municipality {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n        myParticipation {\n          id\n          role\n        }\n      }\n      myRegistration {\n        id\n        cancelledAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      capacity\n      placesLeft\n      registrationCount\n      cancelledAt\n      municipality {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n        myParticipation {\n          id\n          role\n        }\n      }\n      myRegistration {\n        id\n        cancelledAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterForActivity($id: ID!) {\n    registerForActivity(activityId: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterForActivity($id: ID!) {\n    registerForActivity(activityId: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelRegistration($id: ID!) {\n    cancelRegistration(activityId: $id)\n  }\n',
): (typeof documents)['\n  mutation CancelRegistration($id: ID!) {\n    cancelRegistration(activityId: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      advice {\n        ...AdviceSection_advice\n      }\n      ...ParticipationChoice_atelier\n      joinRequests(first: 100) {\n        edges {\n          node {\n            id\n            kind\n          }\n        }\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n    me {\n      id\n      ...ParticipationChoice_viewer\n    }\n  }\n',
): (typeof documents)['\n  query AtelierPage($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      description\n      socialIssue {\n        id\n        title\n      }\n      trekker {\n        id\n        name\n      }\n      arenaCount\n      tribuneCount\n      canLead\n      canWorkInArena\n      advice {\n        ...AdviceSection_advice\n      }\n      ...ParticipationChoice_atelier\n      joinRequests(first: 100) {\n        edges {\n          node {\n            id\n            kind\n          }\n        }\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      practices {\n        id\n        title\n        neighbourhood\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n      lessons(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      insights(first: 10) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            lessonCount\n          }\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        kind\n        startsAt\n        location\n        onlineUrl\n        placesLeft\n        municipality {\n          id\n          name\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n    me {\n      id\n      ...ParticipationChoice_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ParticipationChoice_atelier on Atelier {\n    id\n    joinMode\n    joiningWays {\n      arena\n      tribune\n    }\n    trekker {\n      id\n      name\n    }\n    myParticipation {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    myJoinRequest {\n      id\n      kind\n      role\n      message\n      createdAt\n      organisation {\n        id\n        name\n      }\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ParticipationChoice_atelier on Atelier {\n    id\n    joinMode\n    joiningWays {\n      arena\n      tribune\n    }\n    trekker {\n      id\n      name\n    }\n    myParticipation {\n      id\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    myJoinRequest {\n      id\n      kind\n      role\n      message\n      createdAt\n      organisation {\n        id\n        name\n      }\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ParticipationChoice_viewer on User {\n    id\n    memberships {\n      id\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ParticipationChoice_viewer on User {\n    id\n    memberships {\n      id\n      status\n      organisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID) {\n    joinAtelier(atelierId: $atelierId, role: $role, organisationId: $organisationId) {\n      id\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation JoinAtelier($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID) {\n    joinAtelier(atelierId: $atelierId, role: $role, organisationId: $organisationId) {\n      id\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation SwitchRole($atelierId: ID!, $role: ParticipationRole!) {\n    switchRole(atelierId: $atelierId, role: $role) {\n      id\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n',
): (typeof documents)['\n  mutation LeaveAtelier($atelierId: ID!) {\n    leaveAtelier(atelierId: $atelierId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestToJoin($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID, $message: String) {\n    requestToJoin(atelierId: $atelierId, role: $role, organisationId: $organisationId, message: $message) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestToJoin($atelierId: ID!, $role: ParticipationRole!, $organisationId: ID, $message: String) {\n    requestToJoin(atelierId: $atelierId, role: $role, organisationId: $organisationId, message: $message) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawMyJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id)\n  }\n',
): (typeof documents)['\n  mutation WithdrawMyJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineInvitation($id: ID!) {\n    decideJoinRequest(id: $id, accept: false) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineInvitation($id: ID!) {\n    decideJoinRequest(id: $id, accept: false) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BeheerAudit($workshopId: ID!, $action: String, $personId: ID, $after: String) {\n    auditEvents(first: 25, after: $after, workshopId: $workshopId, action: $action, personId: $personId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BeheerAudit($workshopId: ID!, $action: String, $personId: ID, $after: String) {\n    auditEvents(first: 25, after: $after, workshopId: $workshopId, action: $action, personId: $personId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          createdAt\n          actor {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BeheerAuditPeople($workshopId: ID!) {\n    users(first: 100, workshopId: $workshopId) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BeheerAuditPeople($workshopId: ID!) {\n    users(first: 100, workshopId: $workshopId) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BeheerWorkshops {\n    me {\n      id\n      workshopRoles {\n        role\n        workshop {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BeheerWorkshops {\n    me {\n      id\n      workshopRoles {\n        role\n        workshop {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BeheerMunicipalities($workshopId: ID!) {\n    municipalities(workshopId: $workshopId) {\n      id\n      name\n      cbsCode\n      region\n      places\n    }\n  }\n',
): (typeof documents)['\n  query BeheerMunicipalities($workshopId: ID!) {\n    municipalities(workshopId: $workshopId) {\n      id\n      name\n      cbsCode\n      region\n      places\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeheerCreateMunicipality($input: MunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation BeheerCreateMunicipality($input: MunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BeheerOrganisations($workshopId: ID!, $after: String) {\n    organisations(first: 50, after: $after, workshopId: $workshopId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          website\n          municipality {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BeheerOrganisations($workshopId: ID!, $after: String) {\n    organisations(first: 50, after: $after, workshopId: $workshopId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          website\n          municipality {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeheerCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation BeheerCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeheerRenameOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation BeheerRenameOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BeheerPeople($workshopId: ID!, $query: String, $after: String) {\n    users(first: 20, after: $after, workshopId: $workshopId, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          isBlocked\n          workshopRoles {\n            role\n            workshop {\n              id\n            }\n          }\n          memberships {\n            id\n            status\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BeheerPeople($workshopId: ID!, $query: String, $after: String) {\n    users(first: 20, after: $after, workshopId: $workshopId, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          isBlocked\n          workshopRoles {\n            role\n            workshop {\n              id\n            }\n          }\n          memberships {\n            id\n            status\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeheerSetRole($userId: ID!, $role: WorkshopRoleKind!, $granted: Boolean!, $workshopId: ID!) {\n    setWorkshopRole(userId: $userId, role: $role, granted: $granted, workshopId: $workshopId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation BeheerSetRole($userId: ID!, $role: WorkshopRoleKind!, $granted: Boolean!, $workshopId: ID!) {\n    setWorkshopRole(userId: $userId, role: $role, granted: $granted, workshopId: $workshopId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeheerSetBlocked($userId: ID!, $blocked: Boolean!, $workshopId: ID!) {\n    setAccountBlocked(userId: $userId, blocked: $blocked, workshopId: $workshopId) {\n      id\n      isBlocked\n    }\n  }\n',
): (typeof documents)['\n  mutation BeheerSetBlocked($userId: ID!, $blocked: Boolean!, $workshopId: ID!) {\n    setAccountBlocked(userId: $userId, blocked: $blocked, workshopId: $workshopId) {\n      id\n      isBlocked\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeheerEndSessions($userId: ID!, $workshopId: ID!) {\n    endSessions(userId: $userId, workshopId: $workshopId)\n  }\n',
): (typeof documents)['\n  mutation BeheerEndSessions($userId: ID!, $workshopId: ID!) {\n    endSessions(userId: $userId, workshopId: $workshopId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeheerStartAccount($input: StartAccountInput!) {\n    startAccount(input: $input) {\n      link\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BeheerStartAccount($input: StartAccountInput!) {\n    startAccount(input: $input) {\n      link\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdviceSection_advice on Advice {\n    id\n    title\n    body\n    asked\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment AdviceSection_advice on Advice {\n    id\n    title\n    body\n    asked\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GiveAdvice($atelierId: ID!, $input: GiveAdviceInput!) {\n    giveAdvice(atelierId: $atelierId, input: $input) {\n      ...AdviceSection_advice\n    }\n  }\n',
): (typeof documents)['\n  mutation GiveAdvice($atelierId: ID!, $input: GiveAdviceInput!) {\n    giveAdvice(atelierId: $atelierId, input: $input) {\n      ...AdviceSection_advice\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommitteeAgenda($workshopId: ID!) {\n    socialIssues(first: 100, workshopId: $workshopId) {\n      edges {\n        node {\n          ...SocialIssueEditor_issue\n        }\n      }\n    }\n    trekkerCandidates {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CommitteeAgenda($workshopId: ID!) {\n    socialIssues(first: 100, workshopId: $workshopId) {\n      edges {\n        node {\n          ...SocialIssueEditor_issue\n        }\n      }\n    }\n    trekkerCandidates {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSocialIssue($input: CreateSocialIssueInput!) {\n    createSocialIssue(input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSocialIssue($input: CreateSocialIssueInput!) {\n    createSocialIssue(input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SocialIssueEditor_issue on SocialIssue {\n    id\n    title\n    description\n    status\n    since\n    version\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      trekker {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SocialIssueEditor_issue on SocialIssue {\n    id\n    title\n    description\n    status\n    since\n    version\n    lapseReason\n    mergedInto {\n      id\n      title\n    }\n    ateliers {\n      id\n      title\n      trekker {\n        id\n        name\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      createdAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSocialIssue($id: ID!, $input: UpdateSocialIssueInput!) {\n    updateSocialIssue(id: $id, input: $input) {\n      ...SocialIssueEditor_issue\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSocialIssue($id: ID!, $input: UpdateSocialIssueInput!) {\n    updateSocialIssue(id: $id, input: $input) {\n      ...SocialIssueEditor_issue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeSocialIssues($sourceId: ID!, $targetId: ID!) {\n    mergeSocialIssues(sourceId: $sourceId, targetId: $targetId) {\n      ...SocialIssueEditor_issue\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeSocialIssues($sourceId: ID!, $targetId: ID!) {\n    mergeSocialIssues(sourceId: $sourceId, targetId: $targetId) {\n      ...SocialIssueEditor_issue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LapseSocialIssue($id: ID!, $reason: String!) {\n    lapseSocialIssue(id: $id, reason: $reason) {\n      ...SocialIssueEditor_issue\n    }\n  }\n',
): (typeof documents)['\n  mutation LapseSocialIssue($id: ID!, $reason: String!) {\n    lapseSocialIssue(id: $id, reason: $reason) {\n      ...SocialIssueEditor_issue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartAtelier($socialIssueId: ID!, $trekkerId: ID!, $input: StartAtelierInput) {\n    startAtelier(socialIssueId: $socialIssueId, trekkerId: $trekkerId, input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation StartAtelier($socialIssueId: ID!, $trekkerId: ID!, $input: StartAtelierInput) {\n    startAtelier(socialIssueId: $socialIssueId, trekkerId: $trekkerId, input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComposeInsight($id: ID!, $condition: Condition, $municipalityId: ID, $practiceId: ID) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canLead\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n      }\n      lessons(first: 100, condition: $condition, municipalityId: $municipalityId, practiceId: $practiceId) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n            practice {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ComposeInsight($id: ID!, $condition: Condition, $municipalityId: ID, $practiceId: ID) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canLead\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n      }\n      lessons(first: 100, condition: $condition, municipalityId: $municipalityId, practiceId: $practiceId) {\n        edges {\n          node {\n            id\n            title\n            visibility\n            conditions\n            author {\n              id\n              name\n            }\n            municipality {\n              id\n              name\n            }\n            practice {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateInsight($atelierId: ID!, $input: CreateInsightInput!) {\n    createInsight(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateInsight($atelierId: ID!, $input: CreateInsightInput!) {\n    createInsight(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrekkerDashboard($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canLead\n      arenaCount\n      tribuneCount\n      ...JoinModeForm_atelier\n      joinRequests(first: 100) {\n        edges {\n          node {\n            ...JoinRequestQueue_request\n          }\n        }\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      waiting: lessons(visibility: ARENA, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n          latitude\n          longitude\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        startsAt\n        registrationCount\n        capacity\n      }\n      arena(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n      tribune(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query TrekkerDashboard($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canLead\n      arenaCount\n      tribuneCount\n      ...JoinModeForm_atelier\n      joinRequests(first: 100) {\n        edges {\n          node {\n            ...JoinRequestQueue_request\n          }\n        }\n      }\n      conditionSpread {\n        condition\n        count\n      }\n      waiting: lessons(visibility: ARENA, first: 50) {\n        totalCount\n        edges {\n          node {\n            ...LessonCard_lesson\n          }\n        }\n      }\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n          latitude\n          longitude\n        }\n      }\n      activities(upcoming: true) {\n        id\n        title\n        startsAt\n        registrationCount\n        capacity\n      }\n      arena(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n      tribune(first: 100) {\n        edges {\n          node {\n            ...ParticipantRow_participation\n          }\n        }\n      }\n    }\n    municipalities {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShareLessonWithTribune($id: ID!) {\n    setLessonVisibility(id: $id, visibility: TRIBUNE) {\n      id\n      visibility\n    }\n  }\n',
): (typeof documents)['\n  mutation ShareLessonWithTribune($id: ID!) {\n    setLessonVisibility(id: $id, visibility: TRIBUNE) {\n      id\n      visibility\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment JoinModeForm_atelier on Atelier {\n    id\n    joinMode\n  }\n',
): (typeof documents)['\n  fragment JoinModeForm_atelier on Atelier {\n    id\n    joinMode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAtelierJoinMode($atelierId: ID!, $mode: AtelierJoinMode!) {\n    setAtelierJoinMode(atelierId: $atelierId, mode: $mode) {\n      id\n      joinMode\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAtelierJoinMode($atelierId: ID!, $mode: AtelierJoinMode!) {\n    setAtelierJoinMode(atelierId: $atelierId, mode: $mode) {\n      id\n      joinMode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment JoinRequestQueue_request on JoinRequest {\n    id\n    kind\n    role\n    message\n    createdAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment JoinRequestQueue_request on JoinRequest {\n    id\n    kind\n    role\n    message\n    createdAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideJoinRequest($id: ID!, $accept: Boolean!, $note: String) {\n    decideJoinRequest(id: $id, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideJoinRequest($id: ID!, $accept: Boolean!, $note: String) {\n    decideJoinRequest(id: $id, accept: $accept, note: $note) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawInvitation($id: ID!) {\n    withdrawJoinRequest(id: $id)\n  }\n',
): (typeof documents)['\n  mutation WithdrawInvitation($id: ID!) {\n    withdrawJoinRequest(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment ParticipantRow_participation on Participation {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveParticipant($id: ID!, $reason: String) {\n    removeParticipant(participationId: $id, reason: $reason)\n  }\n',
): (typeof documents)['\n  mutation RemoveParticipant($id: ID!, $reason: String) {\n    removeParticipant(participationId: $id, reason: $reason)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteToArena($atelierId: ID!, $userId: ID!, $message: String) {\n    inviteToAtelier(atelierId: $atelierId, userId: $userId, role: ARENA, message: $message) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteToArena($atelierId: ID!, $userId: ID!, $message: String) {\n    inviteToAtelier(atelierId: $atelierId, userId: $userId, role: ARENA, message: $message) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {\n    planActivity(atelierId: $atelierId, input: $input) {\n      id\n      title\n      startsAt\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanActivity($atelierId: ID!, $input: PlanActivityInput!) {\n    planActivity(atelierId: $atelierId, input: $input) {\n      id\n      title\n      startsAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Feed($workshopId: ID!, $after: String) {\n    feed(first: 20, workshopId: $workshopId, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            conditions\n            sharedAt\n            author {\n              id\n              name\n            }\n            atelier {\n              id\n              title\n            }\n            municipality {\n              id\n              name\n            }\n            reactions {\n              id\n            }\n          }\n          ... on Insight {\n            id\n            title\n            conditions\n            sharedAt\n            lessonCount\n            author {\n              id\n              name\n            }\n            atelier {\n              id\n              title\n            }\n            reactions {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Feed($workshopId: ID!, $after: String) {\n    feed(first: 20, workshopId: $workshopId, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            conditions\n            sharedAt\n            author {\n              id\n              name\n            }\n            atelier {\n              id\n              title\n            }\n            municipality {\n              id\n              name\n            }\n            reactions {\n              id\n            }\n          }\n          ... on Insight {\n            id\n            title\n            conditions\n            sharedAt\n            lessonCount\n            author {\n              id\n              name\n            }\n            atelier {\n              id\n              title\n            }\n            reactions {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightPage($id: ID!) {\n    insight(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      sharedAt\n      createdAt\n      lessonCount\n      allowedVisibilities\n      author {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n      }\n      lessons {\n        ...LessonCard_lesson\n      }\n      reactions {\n        ...Reactions_reaction\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightPage($id: ID!) {\n    insight(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      sharedAt\n      createdAt\n      lessonCount\n      allowedVisibilities\n      author {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n      }\n      lessons {\n        ...LessonCard_lesson\n      }\n      reactions {\n        ...Reactions_reaction\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetInsightVisibility($id: ID!, $visibility: Visibility!) {\n    setInsightVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      sharedAt\n      allowedVisibilities\n    }\n  }\n',
): (typeof documents)['\n  mutation SetInsightVisibility($id: ID!, $visibility: Visibility!) {\n    setInsightVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      sharedAt\n      allowedVisibilities\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LessonCard_lesson on Lesson {\n    id\n    title\n    visibility\n    conditions\n    createdAt\n    author {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    practice {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment LessonCard_lesson on Lesson {\n    id\n    title\n    visibility\n    conditions\n    createdAt\n    author {\n      id\n      name\n    }\n    municipality {\n      id\n      name\n    }\n    practice {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      level\n      domain\n      version\n      createdAt\n      canEdit\n      allowedVisibilities\n      publicConsent\n      ...PublicConsent_lesson\n      author {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n      }\n      practice {\n        id\n        title\n      }\n      municipality {\n        id\n        name\n      }\n      reactions {\n        ...Reactions_reaction\n      }\n      visibilityHistory {\n        fromValue\n        toValue\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      body\n      visibility\n      conditions\n      level\n      domain\n      version\n      createdAt\n      canEdit\n      allowedVisibilities\n      publicConsent\n      ...PublicConsent_lesson\n      author {\n        id\n        name\n      }\n      atelier {\n        workshop {\n          id\n          slug\n        }\n        id\n        title\n      }\n      practice {\n        id\n        title\n      }\n      municipality {\n        id\n        name\n      }\n      reactions {\n        ...Reactions_reaction\n      }\n      visibilityHistory {\n        fromValue\n        toValue\n        createdAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetLessonVisibility($id: ID!, $visibility: Visibility!) {\n    setLessonVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n',
): (typeof documents)['\n  mutation SetLessonVisibility($id: ID!, $visibility: Visibility!) {\n    setLessonVisibility(id: $id, visibility: $visibility) {\n      id\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      conditions\n      level\n      domain\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      conditions\n      level\n      domain\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LogLessonContext($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canWorkInArena\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LogLessonContext($id: ID!) {\n    atelier(id: $id) {\n      workshop {\n        id\n        slug\n      }\n      id\n      title\n      canWorkInArena\n      practices {\n        id\n        title\n        municipality {\n          id\n          name\n        }\n        participants {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogLesson($input: LogLessonInput!) {\n    logLesson(input: $input) {\n      id\n      visibility\n    }\n  }\n',
): (typeof documents)['\n  mutation LogLesson($input: LogLessonInput!) {\n    logLesson(input: $input) {\n      id\n      visibility\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublicConsent_lesson on Lesson {\n    id\n    publicConsent\n    visibility\n  }\n',
): (typeof documents)['\n  fragment PublicConsent_lesson on Lesson {\n    id\n    publicConsent\n    visibility\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetLessonPublicConsent($id: ID!, $consent: Boolean!) {\n    setLessonPublicConsent(id: $id, consent: $consent) {\n      id\n      publicConsent\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n',
): (typeof documents)['\n  mutation SetLessonPublicConsent($id: ID!, $consent: Boolean!) {\n    setLessonPublicConsent(id: $id, consent: $consent) {\n      id\n      publicConsent\n      visibility\n      version\n      allowedVisibilities\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MembershipsPage {\n    membershipRequests(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          function\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n          organisation {\n            id\n            name\n            status\n            kind\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MembershipsPage {\n    membershipRequests(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          function\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n          organisation {\n            id\n            name\n            status\n            kind\n            municipality {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideMembership($id: ID!, $confirm: Boolean!, $note: String) {\n    decideMembership(id: $id, confirm: $confirm, note: $note) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideMembership($id: ID!, $confirm: Boolean!, $note: String) {\n    decideMembership(id: $id, confirm: $confirm, note: $note) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MyMemberships_membership on Membership {\n    id\n    status\n    function\n    isContact\n    createdAt\n    organisation {\n      id\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment MyMemberships_membership on Membership {\n    id\n    status\n    function\n    isContact\n    createdAt\n    organisation {\n      id\n      name\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestMembership(\n    $organisationId: ID\n    $proposedOrganisation: ProposeOrganisationInput\n    $function: String\n  ) {\n    requestMembership(\n      organisationId: $organisationId\n      proposedOrganisation: $proposedOrganisation\n      function: $function\n    ) {\n      ...MyMemberships_membership\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestMembership(\n    $organisationId: ID\n    $proposedOrganisation: ProposeOrganisationInput\n    $function: String\n  ) {\n    requestMembership(\n      organisationId: $organisationId\n      proposedOrganisation: $proposedOrganisation\n      function: $function\n    ) {\n      ...MyMemberships_membership\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationChoices($query: String) {\n    organisations(first: 50, query: $query) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          workshop {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationChoices($query: String) {\n    organisations(first: 50, query: $query) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          workshop {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProposalPlaces {\n    workshops {\n      id\n      name\n    }\n    municipalities {\n      id\n      name\n      workshop {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProposalPlaces {\n    workshops {\n      id\n      name\n    }\n    municipalities {\n      id\n      name\n      workshop {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DecisionNotification_notification on Notification {\n    kind\n    note\n    actor {\n      id\n      name\n    }\n    atelier {\n      id\n      title\n    }\n    lesson {\n      id\n      title\n    }\n    joinRequest {\n      id\n      kind\n      role\n      status\n    }\n    membership {\n      id\n      status\n      function\n      organisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment DecisionNotification_notification on Notification {\n    kind\n    note\n    actor {\n      id\n      name\n    }\n    atelier {\n      id\n      title\n    }\n    lesson {\n      id\n      title\n    }\n    joinRequest {\n      id\n      kind\n      role\n      status\n    }\n    membership {\n      id\n      status\n      function\n      organisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($after: String) {\n    notifications(first: 30, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          lesson {\n            id\n            title\n          }\n          insight {\n            id\n            title\n          }\n          activity {\n            id\n            title\n          }\n          role\n          actor {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n          ...DecisionNotification_notification\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($after: String) {\n    notifications(first: 30, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          lesson {\n            id\n            title\n          }\n          insight {\n            id\n            title\n          }\n          activity {\n            id\n            title\n          }\n          role\n          actor {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n          ...DecisionNotification_notification\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JoinPractice($id: ID!) {\n    joinPractice(practiceId: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation JoinPractice($id: ID!) {\n    joinPractice(practiceId: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LeavePractice($id: ID!) {\n    leavePractice(practiceId: $id)\n  }\n',
): (typeof documents)['\n  mutation LeavePractice($id: ID!) {\n    leavePractice(practiceId: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartPractice($atelierId: ID!, $input: StartPracticeInput!) {\n    startPractice(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartPractice($atelierId: ID!, $input: StartPracticeInput!) {\n    startPractice(atelierId: $atelierId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePartyKind($partyKind: PartyKind) {\n    updateMe(input: { partyKind: $partyKind }) {\n      id\n      partyKind\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePartyKind($partyKind: PartyKind) {\n    updateMe(input: { partyKind: $partyKind }) {\n      id\n      partyKind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PrivacyPage {\n    me {\n      id\n      partyKind\n      memberships {\n        ...MyMemberships_membership\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PrivacyPage {\n    me {\n      id\n      partyKind\n      memberships {\n        ...MyMemberships_membership\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportMyData {\n    exportMyData\n  }\n',
): (typeof documents)['\n  query ExportMyData {\n    exportMyData\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EraseMe($password: String!) {\n    eraseMe(password: $password)\n  }\n',
): (typeof documents)['\n  mutation EraseMe($password: String!) {\n    eraseMe(password: $password)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Reactions_reaction on Reaction {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment Reactions_reaction on Reaction {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation React($targetId: ID!, $body: String!) {\n    react(targetId: $targetId, body: $body) {\n      ...Reactions_reaction\n    }\n  }\n',
): (typeof documents)['\n  mutation React($targetId: ID!, $body: String!) {\n    react(targetId: $targetId, body: $body) {\n      ...Reactions_reaction\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search($query: String!, $workshopId: ID!, $after: String) {\n    search(query: $query, workshopId: $workshopId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        headline\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Insight {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Question {\n            id\n            title\n          }\n          ... on Atelier {\n            id\n            title\n            description\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Search($query: String!, $workshopId: ID!, $after: String) {\n    search(query: $query, workshopId: $workshopId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        headline\n        node {\n          __typename\n          ... on Lesson {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Insight {\n            id\n            title\n            visibility\n            atelier {\n              id\n              title\n            }\n          }\n          ... on Question {\n            id\n            title\n          }\n          ... on Atelier {\n            id\n            title\n            description\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ThemePage($slug: String!, $issuesAfter: String, $insightsAfter: String, $productsAfter: String) {\n    nationalTheme(slug: $slug) {\n      id\n      name\n      socialIssues(first: 50, after: $issuesAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            description\n            workshop {\n              id\n              slug\n              name\n            }\n            ateliers {\n              id\n              title\n            }\n          }\n        }\n      }\n      insights(first: 20, after: $insightsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            conditions\n            sharedAt\n            createdAt\n            atelier {\n              id\n              title\n              workshop {\n                id\n                slug\n                name\n              }\n            }\n          }\n        }\n      }\n      products(first: 20, after: $productsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            description\n            kind\n            url\n            publishedAt\n            atelier {\n              id\n              title\n              workshop {\n                id\n                slug\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ThemePage($slug: String!, $issuesAfter: String, $insightsAfter: String, $productsAfter: String) {\n    nationalTheme(slug: $slug) {\n      id\n      name\n      socialIssues(first: 50, after: $issuesAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            description\n            workshop {\n              id\n              slug\n              name\n            }\n            ateliers {\n              id\n              title\n            }\n          }\n        }\n      }\n      insights(first: 20, after: $insightsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            conditions\n            sharedAt\n            createdAt\n            atelier {\n              id\n              title\n              workshop {\n                id\n                slug\n                name\n              }\n            }\n          }\n        }\n      }\n      products(first: 20, after: $productsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            title\n            description\n            kind\n            url\n            publishedAt\n            atelier {\n              id\n              title\n              workshop {\n                id\n                slug\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ObjectWorkshop($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Atelier {\n        workshop {\n          id\n          slug\n        }\n      }\n      ... on Lesson {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n      ... on Insight {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n      ... on Activity {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ObjectWorkshop($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Atelier {\n        workshop {\n          id\n          slug\n        }\n      }\n      ... on Lesson {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n      ... on Insight {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n      ... on Activity {\n        atelier {\n          id\n          workshop {\n            id\n            slug\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonWorkshops {\n    me {\n      id\n      workshops {\n        id\n        slug\n      }\n      workshopRoles {\n        role\n        workshop {\n          id\n          slug\n        }\n      }\n    }\n    workshops {\n      id\n      slug\n    }\n  }\n',
): (typeof documents)['\n  query PersonWorkshops {\n    me {\n      id\n      workshops {\n        id\n        slug\n      }\n      workshopRoles {\n        role\n        workshop {\n          id\n          slug\n        }\n      }\n    }\n    workshops {\n      id\n      slug\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyWorkshops {\n    me {\n      id\n      workshops {\n        id\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyWorkshops {\n    me {\n      id\n      workshops {\n        id\n        slug\n        name\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
