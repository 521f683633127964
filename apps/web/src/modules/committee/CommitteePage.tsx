import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useRolesIn, useViewer } from '../../app/session';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { LoadError, Loading } from '../common/States';
import { TextArea } from '../common/TextArea';
import { SocialIssueEditor } from './SocialIssueEditor';

const CommitteeQuery = graphql(`
  query CommitteeAgenda($workshopId: ID!) {
    socialIssues(first: 100, workshopId: $workshopId) {
      edges {
        node {
          ...SocialIssueEditor_issue
        }
      }
    }
    trekkerCandidates(workshopId: $workshopId) {
      id
      name
    }
  }
`);

const CreateMutation = graphql(`
  mutation CreateSocialIssue($input: CreateSocialIssueInput!) {
    createSocialIssue(input: $input) {
      id
      title
    }
  }
`);

/** The programmacommissie's agenda editor. */
export function CommitteePage() {
  const { t } = useI18n();
  const { loading: viewerLoading } = useViewer();
  const workshop = useWorkshop();
  const { isCommittee } = useRolesIn(workshop.id);
  const { data, loading, error, refetch } = useQuery(CommitteeQuery, {
    variables: { workshopId: workshop.id },
    skip: !isCommittee,
    fetchPolicy: 'cache-and-network',
  });
  const [create, creating] = useMutation(CreateMutation);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [since, setSince] = useState('');
  const [errors, setErrors] = useState<{ title?: string; description?: string; since?: string }>({});
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  const [notice, setNotice] = useState<string | null>(null);

  if (viewerLoading) return <Loading />;
  if (!isCommittee) {
    return (
      <section className="narrow">
        <h1>{t('committee.title')}</h1>
        <p>{t('committee.notMember')}</p>
      </section>
    );
  }

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const missing: typeof errors = {};
    if (title.trim() === '') missing.title = t('auth.error.required');
    if (description.trim() === '') missing.description = t('auth.error.required');
    setErrors(missing);
    focusFirstInvalid();
    if (Object.keys(missing).length > 0) return;
    try {
      const result = await create({
        variables: { input: { title, description, since: since || null, workshopId: workshop.id } },
      });
      setNotice(t('committee.created', { title: result.data?.createSocialIssue.title ?? title }));
      setTitle('');
      setDescription('');
      setSince('');
      await refetch();
    } catch (failure) {
      const next: typeof errors = {};
      for (const p of apiProblems(failure)) {
        const field = fieldName(p.field);
        if (field === 'title' || field === 'description' || field === 'since')
          next[field] = problemText(t, p);
        else next.title = problemText(t, p);
      }
      setErrors(next);
      focusFirstInvalid();
    }
  }

  const issues = data?.socialIssues.edges.map((e) => e.node) ?? [];
  const activeIssues = issues.filter((i) => i.status === 'ACTIVE');
  const ordered = [...activeIssues, ...issues.filter((i) => i.status !== 'ACTIVE')];
  return (
    <section>
      <header className="intro">
        <h1>{t('committee.title')}</h1>
        <p className="lead">{t('committee.intro')}</p>
      </header>
      <div className="two-columns">
        <div>
          {loading && !data ? (
            <Loading />
          ) : error && !data ? (
            <LoadError retry={() => void refetch()} />
          ) : (
            <ul className="card-list">
              {/* The running agenda in the order kwesties came on it (a new one last), merged and lapsed ones
                  after it. One list, so that a kwestie that is merged keeps its card (and the message on it). */}
              {ordered.map((issue) => (
                <SocialIssueEditor
                  key={issue.id}
                  issue={issue}
                  others={activeIssues.filter((o) => o.id !== issue.id)}
                  candidates={data?.trekkerCandidates ?? []}
                  onChanged={() => refetch()}
                />
              ))}
            </ul>
          )}
        </div>
        <aside>
          <form
            ref={form}
            className="card form"
            onSubmit={(e) => void onCreate(e)}
            noValidate
            aria-labelledby="nieuw"
          >
            <h2 id="nieuw">{t('committee.new')}</h2>
            {notice && (
              <p className="notice" role="status">
                {notice}
              </p>
            )}
            <Field
              label={t('committee.title.field')}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              error={errors.title}
              maxLength={200}
            />
            <TextArea
              label={t('committee.description')}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              error={errors.description}
              rows={5}
            />
            <Field
              label={t('committee.since')}
              value={since}
              onChange={(e) => setSince(e.target.value)}
              error={errors.since}
              maxLength={40}
            />
            <button type="submit" className="button button--primary" disabled={creating.loading}>
              {t('committee.create')}
            </button>
          </form>
        </aside>
      </div>
    </section>
  );
}
