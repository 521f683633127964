// The GraphQL operations the benchmark sends: what the web app asks on the pages people use most.

/** The tribune's feed: the FeedPage query of the web app (title, conditions, atelier, author, sharedAt, reactions). */
export const FEED = `query Feed($after: String) {
  feed(first: 20, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        __typename
        ... on Lesson {
          id title conditions sharedAt
          author { id name }
          atelier { id title }
          municipality { id name }
          reactions { id }
        }
        ... on Insight {
          id title conditions sharedAt lessonCount
          author { id name }
          atelier { id title }
          reactions { id }
        }
      }
    }
  }
}`;

/** The trekker's dashboard: counts, condition spread, lessons waiting in the arena, practices on the map, what is coming up. */
export const DASHBOARD = `query TrekkerDashboard($id: ID!) {
  atelier(id: $id) {
    id title canLead arenaCount tribuneCount
    conditionSpread { condition count }
    waiting: lessons(visibility: ARENA, first: 20) {
      totalCount
      edges {
        node {
          id title visibility conditions createdAt
          author { id name }
          municipality { id name }
          practice { id title }
        }
      }
    }
    practices { id title municipality { id name latitude longitude } }
    activities(upcoming: true) { id title startsAt registrationCount capacity }
  }
}`;

/** A lesson's page of the web app: the lesson with its author, atelier, practice, gemeente, reactions and history. */
export const LESSON = `query LessonPage($id: ID!) {
  lesson(id: $id) {
    id title body visibility conditions level domain version createdAt canEdit
    author { id name }
    atelier { id title workshop { id slug } }
    practice { id title }
    municipality { id name }
    reactions { id body createdAt author { id name } }
    visibilityHistory { fromValue toValue createdAt actor { id name } }
  }
}`;

/** The search results page of the web app. */
export const SEARCH = `query Search($query: String!, $after: String) {
  search(query: $query, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        __typename
        ... on Lesson { id title visibility atelier { id title } }
        ... on Insight { id title visibility atelier { id title } }
        ... on Question { id title }
        ... on Atelier { id title description }
      }
    }
  }
}`;

export const LOG_LESSON = `mutation LogLesson($input: LogLessonInput!) {
  logLesson(input: $input) { id title visibility createdAt }
}`;

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id name }
}`;

/** The same global ids as the API (apps/api/src/common/graphql/relay.ts). */
export function toGlobalId(type, id) {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}
