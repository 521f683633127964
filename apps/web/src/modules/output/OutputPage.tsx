import { useMutation, useQuery } from '@apollo/client/react';
import type { Visibility } from '@werkplaats/domain';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { queryStatus } from '../common/QueryStatus';
import { PersonalDataCheck, type PersonalDataChoice } from '../lesson/PersonalDataCheck';
import { VisibilityLadder } from '../lesson/VisibilityLadder';
import { KnowledgePathView } from '../question/KnowledgePathSection';
import { useViewer } from '../../app/session';
import { Reactions } from '../reactions/Reactions';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { fileSizeText } from './file-upload';

const OUTPUT_RUNGS: readonly Visibility[] = ['ARENA', 'TRIBUNE', 'PUBLIC'];

const OutputQuery = graphql(`
  query OutputPage($id: ID!) {
    product(id: $id) {
      id
      kind
      title
      description
      url
      os
      publishedAt
      createdAt
      visibility
      version
      mayEdit
      allowedVisibilitySteps
      personalDataFindings {
        id
        kind
        field
        text
        suggestion
      }
      atelier {
        id
        title
        workshop {
          id
          slug
        }
      }
      reactions {
        ...Reactions_reaction
      }
      registeredBy {
        id
        name
      }
      authors {
        id
        name
      }
      organisations {
        id
        name
      }
      nationalThemes {
        id
        name
      }
      lessons {
        id
        title
      }
      insights {
        id
        title
      }
      hiddenSources {
        lessons
        insights
      }
      file {
        name
        size
        contentType
        url
      }
      knowledgePath {
        ...KnowledgePathSteps
      }
    }
  }
`);

const SetOutputVisibilityMutation = graphql(`
  mutation SetOutputVisibility($id: ID!, $visibility: Visibility!) {
    setProductVisibility(id: $id, visibility: $visibility) {
      id
      visibility
      allowedVisibilitySteps
      mayEdit
    }
  }
`);

const ResolveOutputPersonalDataMutation = graphql(`
  mutation ResolveOutputPersonalData($input: ResolvePersonalDataInput!) {
    resolveProductPersonalData(input: $input) {
      product {
        id
        title
        description
        version
      }
      unresolved {
        id
      }
    }
  }
`);

const RemoveOutputMutation = graphql(`
  mutation RemoveOutput($id: ID!) {
    removeProduct(id: $id)
  }
`);

/** The file kinds by their content type, as a reader knows them. */
const FILE_KIND: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'video/mp4': 'MP4',
};

/** One output: what it is, who made it, the sources it draws on (those the reader may read, and how many not), its file. */
export function OutputPage() {
  const { id = '' } = useParams();
  const { t, formatDate, locale } = useI18n();
  const { viewer } = useViewer();
  const workshop = useWorkshop();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(OutputQuery, { variables: { id } });
  const [setVisibility, moving] = useMutation(SetOutputVisibilityMutation);
  const [remove, removing] = useMutation(RemoveOutputMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  // A step refused for personal data in the title or summary: the rung it was for, while the findings are shown.
  const [checking, setChecking] = useState<Visibility | null>(null);
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const [resolvePersonalData, resolving] = useMutation(ResolveOutputPersonalDataMutation);
  const product = data?.product;
  if (!product) return queryStatus({ loading, error, retry: refetch });
  if (product.atelier.workshop.slug !== workshop.slug)
    return <WrongWorkshop slug={product.atelier.workshop.slug} />;

  async function move(to: Visibility) {
    setNotice(null);
    setProblem(null);
    try {
      await setVisibility({ variables: { id, visibility: to } });
      setNotice(t('ladder.done', { rung: t(`visibility.${to}`) }));
    } catch (failure) {
      const first = apiProblems(failure)[0];
      if (first?.code === 'PERSONAL_DATA') {
        // The findings as they are now (with ids to name), shown with one action each to whoever may edit it.
        const { data: now } = await refetch();
        if ((now?.product?.personalDataFindings.length ?? 0) > 0) {
          setChecking(to);
          return;
        }
      }
      setProblem(first ? problemText(t, first) : t('inputError.failed'));
    }
  }

  /** Each finding replaced or kept with its reason, then the step that was refused is taken again. */
  async function resolveAndMove(choices: PersonalDataChoice[]) {
    if (!product || !checking) return;
    setCheckProblem(null);
    try {
      await resolvePersonalData({ variables: { input: { id, version: product.version, choices } } });
    } catch (failure) {
      setCheckProblem(apiProblems(failure).map((p) => problemText(t, p))[0] ?? t('inputError.failed'));
      await refetch();
      return;
    }
    const to = checking;
    setChecking(null);
    await move(to);
  }

  async function onRemove() {
    setRemoveProblem(null);
    try {
      await remove({ variables: { id } });
      await navigate(workshop.path(`/ateliers/${encodeURIComponent(product!.atelier.id)}`));
    } catch (failure) {
      setRemoveProblem(apiProblems(failure).map((p) => problemText(t, p))[0] ?? t('inputError.failed'));
    }
  }

  const hidden = product.hiddenSources.lessons + product.hiddenSources.insights;
  const sources = product.lessons.length + product.insights.length;
  return (
    <article className="output">
      <p className="eyebrow">
        <Link to={workshop.path(`/ateliers/${encodeURIComponent(product.atelier.id)}`)}>
          {product.atelier.title}
        </Link>
        {' · '}
        <Link to={workshop.path('/opbrengsten')}>{t('output.catalogueTitle')}</Link>
      </p>
      <div className="two-columns">
        <div className="stack">
          <header className="intro">
            <p className="eyebrow">{t(`productKind.${product.kind}`)}</p>
            <h1>{product.title}</h1>
            {product.description && <p className="lead output__summary">{product.description}</p>}
            <p className="meta">
              <span className={`badge badge--${product.visibility.toLowerCase()}`}>
                {t(`visibility.${product.visibility}`)}
              </span>
              <span>{formatDate(product.publishedAt ?? product.createdAt)}</span>
            </p>
          </header>

          <dl className="output__facts">
            {product.authors.length > 0 && (
              <>
                <dt>{t('output.authors')}</dt>
                <dd>{product.authors.map((a) => a.name).join(', ')}</dd>
              </>
            )}
            {product.organisations.length > 0 && (
              <>
                <dt>{t('output.organisations')}</dt>
                <dd>{product.organisations.map((o) => o.name).join(', ')}</dd>
              </>
            )}
            {product.os.length > 0 && (
              <>
                <dt>{t('output.osLabel')}</dt>
                <dd>{product.os.map((o) => t(`productO.${o}`)).join(', ')}</dd>
              </>
            )}
            {product.nationalThemes.length > 0 && (
              <>
                <dt>{t('output.themes')}</dt>
                <dd>{product.nationalThemes.map((theme) => theme.name).join(', ')}</dd>
              </>
            )}
            {product.registeredBy && (
              <>
                <dt>{t('output.registeredBy')}</dt>
                <dd>{product.registeredBy.name}</dd>
              </>
            )}
          </dl>

          {(product.file || product.url) && (
            <section aria-labelledby="output-get" className="card">
              <h2 id="output-get">{t('output.getIt')}</h2>
              <ul className="output__links">
                {product.file && (
                  <li>
                    <a
                      href={product.file.url}
                      download={product.file.name}
                      className="button button--primary"
                    >
                      {t('output.download', {
                        kind: FILE_KIND[product.file.contentType] ?? '',
                        size: fileSizeText(product.file.size, locale),
                      })}
                    </a>
                    <span className="meta"> {product.file.name}</span>
                  </li>
                )}
                {product.url && (
                  <li>
                    <a href={product.url} rel="noopener noreferrer">
                      {t('output.link')}
                    </a>
                  </li>
                )}
              </ul>
            </section>
          )}

          <section aria-labelledby="output-sources">
            <h2 id="output-sources">{t('output.sourcesTitle')}</h2>
            {sources === 0 && hidden === 0 && <p className="state">{t('output.noSources')}</p>}
            {product.insights.length > 0 && (
              <>
                <h3>{t('output.sourceInsights')}</h3>
                <ul className="source-list">
                  {product.insights.map((insight) => (
                    <li key={insight.id}>
                      <Link to={workshop.path(`/inzichten/${encodeURIComponent(insight.id)}`)}>
                        {insight.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {product.lessons.length > 0 && (
              <>
                <h3>{t('output.sourceLessons')}</h3>
                <ul className="source-list">
                  {product.lessons.map((lesson) => (
                    <li key={lesson.id}>
                      <Link to={workshop.path(`/lessen/${encodeURIComponent(lesson.id)}`)}>
                        {lesson.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {hidden > 0 && <p className="meta">{t('output.hiddenSources', { count: hidden })}</p>}
          </section>
          {/* The sources are listed above; the longer chain behind them is there to open. */}
          <KnowledgePathView path={product.knowledgePath} collapsed />
        </div>

        <aside className="stack">
          {product.mayEdit && (
            <section className="card" aria-labelledby="output-manage">
              <h2 id="output-manage">{t('output.manage')}</h2>
              <div className="choice">
                <Link
                  className="button"
                  to={workshop.path(`/opbrengsten/${encodeURIComponent(product.id)}/bewerken`)}
                >
                  {t('output.edit')}
                </Link>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => setConfirmRemove(true)}
                >
                  {t('output.remove')}
                </button>
              </div>
            </section>
          )}
          {product.allowedVisibilitySteps.length > 0 && (
            <VisibilityLadder
              title={t('output.ladderTitle')}
              current={product.visibility}
              allowed={product.allowedVisibilitySteps}
              rungs={OUTPUT_RUNGS}
              busy={moving.loading}
              onMove={(to) => void move(to)}
              notice={notice}
              problem={problem}
            />
          )}
          <PersonalDataCheck
            open={checking !== null}
            findings={product.personalDataFindings}
            busy={resolving.loading || moving.loading}
            problem={checkProblem}
            onResolve={(choices) => void resolveAndMove(choices)}
            onClose={() => {
              setChecking(null);
              setCheckProblem(null);
            }}
          />
        </aside>
      </div>
      {(product.visibility === 'TRIBUNE' || product.visibility === 'PUBLIC') && (
        <Reactions targetId={product.id} reactions={product.reactions} canReact={viewer !== null} />
      )}
      <ConfirmDialog
        open={confirmRemove}
        title={t('output.removeTitle')}
        confirmLabel={t('output.removeConfirm')}
        cancelLabel={t('output.cancel')}
        busy={removing.loading}
        problem={removeProblem}
        onConfirm={() => void onRemove()}
        onClose={() => setConfirmRemove(false)}
      >
        <p>{t('output.removeBody')}</p>
      </ConfirmDialog>
    </article>
  );
}
