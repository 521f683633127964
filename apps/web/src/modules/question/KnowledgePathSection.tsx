import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import type { KnowledgePathStepsFragment } from '../../gql/graphql';

graphql(`
  fragment KnowledgePathSteps on KnowledgePath {
    steps {
      kind
      hiddenCount
      items {
        __typename
        ... on Question {
          id
          title
          createdAt
        }
        ... on Practice {
          id
          title
          createdAt
          municipality {
            id
            name
          }
        }
        ... on Lesson {
          id
          title
          createdAt
        }
        ... on Insight {
          id
          title
          createdAt
        }
        ... on Product {
          id
          title
          kind
          createdAt
        }
      }
    }
  }
`);

const KnowledgePathQuery = graphql(`
  query KnowledgePath($id: ID!) {
    node(id: $id) {
      id
      ... on Question {
        knowledgePath {
          ...KnowledgePathSteps
        }
      }
      ... on Insight {
        knowledgePath {
          ...KnowledgePathSteps
        }
      }
    }
  }
`);

type Step = KnowledgePathStepsFragment['steps'][number];
type Item = Step['items'][number];

/**
 * The knowledge path (Kennispad) behind a question or an insight, as a timeline: the question, the practices that
 * work on it, the lessons learned there, the insights resting on them, the outputs drawing on those. Each step shows
 * what the reader may read and says how many more it holds ("2 verborgen"), never what they are.
 */
export function KnowledgePathSection({ id, collapsed = false }: { id: string; collapsed?: boolean }) {
  const { data } = useQuery(KnowledgePathQuery, { variables: { id } });
  const node = data?.node;
  const path = node && 'knowledgePath' in node ? node.knowledgePath : null;
  if (!path) return null;
  return <KnowledgePathView path={path} collapsed={collapsed} />;
}

/** The timeline itself, for a page that reads the path with its own query (an output's). */
export function KnowledgePathView({
  path,
  collapsed = false,
}: {
  path: KnowledgePathStepsFragment;
  collapsed?: boolean;
}) {
  const { t } = useI18n();
  const heading = <h2 id="kennispad">{t('path.title')}</h2>;
  const timeline = (
    <>
      <p className="meta">{t('path.lead')}</p>
      <ol className="knowledge-path__steps">
        {path.steps.map((step) => (
          <li
            key={step.kind}
            className={`knowledge-path__step knowledge-path__step--${step.kind.toLowerCase()}`}
          >
            <h3>{t(`path.step.${step.kind}`)}</h3>
            {step.items.length > 0 && (
              <ul className="knowledge-path__items">
                {step.items.map((item) => (
                  <PathItem key={item.id} item={item} />
                ))}
              </ul>
            )}
            {step.hiddenCount > 0 && (
              <p className="meta knowledge-path__hidden">{t('path.hidden', { count: step.hiddenCount })}</p>
            )}
            {step.items.length === 0 && step.hiddenCount === 0 && (
              <p className="meta">{t(`path.empty.${step.kind}`)}</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
  return (
    <section aria-labelledby="kennispad" className="knowledge-path">
      {collapsed ? (
        // Where the page lists the lessons already (an insight's), the path is there to open, not repeated.
        <details>
          <summary>{heading}</summary>
          {timeline}
        </details>
      ) : (
        <>
          {heading}
          {timeline}
        </>
      )}
    </section>
  );
}

function PathItem({ item }: { item: Item }) {
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  const date = <span className="meta"> · {formatDate(item.createdAt)}</span>;
  switch (item.__typename) {
    case 'Question':
      return (
        <li>
          <Link to={workshop.path(`/vragen/${encodeURIComponent(item.id)}`)}>{item.title}</Link>
          {date}
        </li>
      );
    case 'Lesson':
      return (
        <li>
          <Link to={workshop.path(`/lessen/${encodeURIComponent(item.id)}`)}>{item.title}</Link>
          {date}
        </li>
      );
    case 'Insight':
      return (
        <li>
          <Link to={workshop.path(`/inzichten/${encodeURIComponent(item.id)}`)}>{item.title}</Link>
          {date}
        </li>
      );
    case 'Product':
      return (
        <li>
          <Link to={workshop.path(`/opbrengsten/${encodeURIComponent(item.id)}`)}>{item.title}</Link>
          <span className="meta"> ({t(`productKind.${item.kind}`)})</span>
          {date}
        </li>
      );
    case 'Practice':
      return (
        <li>
          {item.title} <span className="meta">({item.municipality.name})</span>
          {date}
        </li>
      );
    default:
      return null;
  }
}
