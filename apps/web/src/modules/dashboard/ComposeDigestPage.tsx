import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { graphql } from '../../gql';
import type { Condition, DigestReader } from '../../gql/graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { queryStatus } from '../common/QueryStatus';
import { Empty } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { PersonalDataCheck, type PersonalDataChoice } from '../lesson/PersonalDataCheck';

const DigestDraftQuery = graphql(`
  query DigestDraft($id: ID!) {
    atelier(id: $id) {
      workshop {
        id
        slug
      }
      id
      title
      canLead
      tribuneCount
      arenaCount
      digestDraft {
        id
        version
        introduction
        periodFrom
        personalDataFindings {
          id
          kind
          field
          text
          suggestion
        }
        items {
          condition
          holdsPersonalData
          lesson {
            id
            title
          }
          insight {
            id
            title
          }
        }
        proposals {
          condition
          lesson {
            id
            title
          }
          insight {
            id
            title
          }
        }
      }
    }
  }
`);

const StartDigestMutation = graphql(`
  mutation StartDigest($atelierId: ID!) {
    startDigest(atelierId: $atelierId) {
      id
    }
  }
`);

const UpdateDigestMutation = graphql(`
  mutation UpdateDigest($id: ID!, $input: UpdateDigestInput!) {
    updateDigest(id: $id, input: $input) {
      id
      version
      introduction
    }
  }
`);

const ResolveDigestPersonalDataMutation = graphql(`
  mutation ResolveDigestPersonalData($input: ResolvePersonalDataInput!) {
    resolveDigestPersonalData(input: $input) {
      digest {
        id
        version
        introduction
      }
      unresolved {
        id
      }
    }
  }
`);

const SendDigestMutation = graphql(`
  mutation SendDigest($id: ID!) {
    sendDigest(id: $id) {
      id
      status
      sentAt
    }
  }
`);

const DigestPreviewQuery = graphql(`
  query DigestPreview($id: ID!, $reader: DigestReader!) {
    atelier(id: $id) {
      id
      digestDraft {
        id
        preview(reader: $reader) {
          reader
          subject
          html
          itemCount
        }
      }
    }
  }
`);

interface Entry {
  id: string;
  title: string;
  kind: 'lesson' | 'insight';
  condition: Condition | null;
}

function entryOf(item: {
  condition?: Condition | null;
  lesson?: { id: string; title: string } | null;
  insight?: { id: string; title: string } | null;
}): Entry {
  return item.lesson
    ? { id: item.lesson.id, title: item.lesson.title, kind: 'lesson', condition: item.condition ?? null }
    : {
        id: item.insight!.id,
        title: item.insight!.title,
        kind: 'insight',
        condition: item.condition ?? null,
      };
}

/** Where an item's own text is resolved: the lesson's or the insight's page. */
const pathOf = (entry: Entry) =>
  `/${entry.kind === 'lesson' ? 'lessen' : 'inzichten'}/${encodeURIComponent(entry.id)}`;

const READERS: DigestReader[] = ['TRIBUNE', 'ARENA', 'PUBLIC'];

/**
 * The trekker writes the digest "Wat we leerden": the app proposes what the atelier shared with the tribune since
 * the last one; the trekker orders, leaves out and introduces, previews it per kind of reader and sends it.
 */
export function ComposeDigestPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const workshop = useWorkshop();
  const { data, loading, error, refetch } = useQuery(DigestDraftQuery, { variables: { id } });
  const [start, starting] = useMutation(StartDigestMutation);
  const [update, saving] = useMutation(UpdateDigestMutation);
  const [send, sending] = useMutation(SendDigestMutation);
  const [resolvePersonalData, resolving] = useMutation(ResolveDigestPersonalDataMutation);
  // Sending was refused for personal data in the introduction: its findings are shown to resolve.
  const [checking, setChecking] = useState(false);
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const [loadPreview, preview] = useLazyQuery(DigestPreviewQuery, { fetchPolicy: 'network-only' });
  const [introduction, setIntroduction] = useState('');
  const [items, setItems] = useState<Entry[]>([]);
  const [reader, setReader] = useState<DigestReader>('TRIBUNE');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);

  const [loadedDraft, setLoadedDraft] = useState<string | null>(null);

  const draft = data?.atelier?.digestDraft;
  // The saved draft fills the form once per draft (React's way of adjusting state to new props, during render).
  if (draft && loadedDraft !== draft.id) {
    setLoadedDraft(draft.id);
    setIntroduction(draft.introduction);
    setItems(draft.items.map(entryOf));
  }

  const atelier = data?.atelier;
  if (!atelier) return queryStatus({ loading, error, retry: refetch });
  if (atelier.workshop.slug !== workshop.slug) return <WrongWorkshop slug={atelier.workshop.slug} />;
  const back = workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}`);
  if (!atelier.canLead) {
    return (
      <section className="narrow">
        <h1>{t('digest.title')}</h1>
        <p>{t('dashboard.notLead')}</p>
      </section>
    );
  }

  const inDraft = new Set(items.map((i) => i.id));
  // What the draft held when it was loaded counts as proposed too: an item left out since is offered again at once,
  // without waiting for the server's proposals to be asked again.
  const offered = new Map(
    [...(draft?.items ?? []), ...(draft?.proposals ?? [])].map((entry) => [
      entryOf(entry).id,
      entryOf(entry),
    ]),
  );
  const proposals = [...offered.values()].filter((p) => !inDraft.has(p.id));
  const conditionLabel = (c: Condition | null) => (c ? t(`condition.${c}`) : t('digest.noCondition'));

  async function save(next = items, intro = introduction): Promise<boolean> {
    if (!draft) return false;
    setProblem(null);
    try {
      await update({
        variables: { id: draft.id, input: { introduction: intro, itemIds: next.map((i) => i.id) } },
      });
      setStatus(t('digest.saved'));
      return true;
    } catch (failure) {
      const [first] = apiProblems(failure);
      setProblem(first ? problemText(t, first) : t('state.error'));
      return false;
    }
  }
  function change(next: Entry[]) {
    setItems(next);
    void save(next);
  }
  function move(index: number, by: -1 | 1) {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    change(next);
  }
  async function onPreview() {
    if (!(await save())) return;
    await loadPreview({ variables: { id: atelier!.id, reader } });
  }
  async function onSend() {
    setAsking(false);
    if (!draft || !(await save())) return;
    await sendNow();
  }
  async function sendNow() {
    if (!draft) return;
    try {
      await send({ variables: { id: draft.id } });
      setSent(true);
      setStatus(t('digest.sentStatus'));
      await refetch();
    } catch (failure) {
      const [first] = apiProblems(failure);
      if (first?.code === 'PERSONAL_DATA') {
        // The findings as they are now: the introduction's are resolved here, an item's in its own page.
        await refetch();
        if (first.reason === 'ITEMS') setProblem(t('digest.itemsHoldPersonalData'));
        else setChecking(true);
        return;
      }
      setProblem(first ? problemText(t, first) : t('state.error'));
    }
  }
  /** Each finding in the introduction replaced or kept with its reason, then the digest is sent again. */
  async function resolveAndSend(choices: PersonalDataChoice[]) {
    if (!draft) return;
    setCheckProblem(null);
    try {
      const result = await resolvePersonalData({
        variables: { input: { id: draft.id, version: draft.version, choices } },
      });
      const introductionNow = result.data?.resolveDigestPersonalData.digest.introduction;
      if (introductionNow !== undefined) setIntroduction(introductionNow);
    } catch (failure) {
      setCheckProblem(problemText(t, apiProblems(failure)[0]!));
      await refetch();
      return;
    }
    setChecking(false);
    await sendNow();
  }
  const holdsPersonalData = new Set(
    (draft?.items ?? []).filter((i) => i.holdsPersonalData).map((i) => entryOf(i).id),
  );

  const shown = preview.data?.atelier?.digestDraft?.preview;
  return (
    <section>
      <header className="intro">
        <p className="eyebrow">
          <Link to={workshop.path(`/ateliers/${encodeURIComponent(atelier.id)}/dashboard`)}>
            {atelier.title}
          </Link>
        </p>
        <h1>{t('digest.title')}</h1>
        <p className="lead">{t('digest.intro')}</p>
      </header>
      <StatusMessage>{status}</StatusMessage>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      {sent && (
        <p>
          <Link to={back}>{t('digest.sentOpen')}</Link>
        </p>
      )}
      {!draft ? (
        <div className="card stack">
          <p>{t('digest.startIntro')}</p>
          <p>
            <button
              type="button"
              className="button button--primary"
              disabled={starting.loading}
              onClick={() =>
                void start({ variables: { atelierId: atelier.id } })
                  .then(() => refetch())
                  .catch(() => setProblem(t('state.error')))
              }
            >
              {t('digest.start')}
            </button>
          </p>
        </div>
      ) : (
        <div className="two-columns">
          <div className="stack">
            <p className="meta">
              {t('digest.since', {
                date: formatDate(draft.periodFrom, { day: 'numeric', month: 'long', year: 'numeric' }),
              })}
            </p>
            <div className="field">
              <label htmlFor="digest-introduction">{t('digest.introduction')}</label>
              <textarea
                id="digest-introduction"
                rows={6}
                maxLength={5000}
                value={introduction}
                onChange={(e) => setIntroduction(e.target.value)}
                onBlur={() => void save()}
              />
            </div>
            <section aria-labelledby="in-overzicht">
              <h2 id="in-overzicht">{t('digest.items', { count: items.length })}</h2>
              {items.length === 0 ? (
                <Empty>{t('digest.itemsEmpty')}</Empty>
              ) : (
                <ol className="card-list">
                  {items.map((item, index) => (
                    <li key={item.id} className="card">
                      <strong>{item.title}</strong>
                      <span className="meta">
                        {t(item.kind === 'lesson' ? 'digest.lesson' : 'digest.insight')} ·{' '}
                        {conditionLabel(item.condition)}
                      </span>
                      {holdsPersonalData.has(item.id) && (
                        <p className="notice">
                          {t('digest.holdsPersonalData')}{' '}
                          <Link to={workshop.path(pathOf(item))}>
                            {t(
                              item.kind === 'lesson' ? 'digest.resolveInLesson' : 'digest.resolveInInsight',
                              {
                                title: item.title,
                              },
                            )}
                          </Link>
                        </p>
                      )}
                      <div className="choice">
                        <button
                          type="button"
                          className="button"
                          disabled={index === 0 || saving.loading}
                          onClick={() => move(index, -1)}
                          aria-label={`${t('digest.up')}: ${item.title}`}
                        >
                          {t('digest.up')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          disabled={index === items.length - 1 || saving.loading}
                          onClick={() => move(index, 1)}
                          aria-label={`${t('digest.down')}: ${item.title}`}
                        >
                          {t('digest.down')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          disabled={saving.loading}
                          onClick={() => change(items.filter((i) => i.id !== item.id))}
                          aria-label={`${t('digest.leaveOut')}: ${item.title}`}
                        >
                          {t('digest.leaveOut')}
                        </button>
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby="voorgesteld">
              <h2 id="voorgesteld">{t('digest.proposals')}</h2>
              {proposals.length === 0 ? (
                <Empty>{t('digest.proposalsEmpty')}</Empty>
              ) : (
                <ul className="card-list">
                  {proposals.map((item) => (
                    <li key={item.id} className="card">
                      <strong>{item.title}</strong>
                      <span className="meta">
                        {t(item.kind === 'lesson' ? 'digest.lesson' : 'digest.insight')} ·{' '}
                        {conditionLabel(item.condition)}
                      </span>
                      <p>
                        <button
                          type="button"
                          className="button"
                          disabled={saving.loading}
                          onClick={() => change([...items, item])}
                          aria-label={`${t('digest.add')}: ${item.title}`}
                        >
                          {t('digest.add')}
                        </button>
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <div className="stack">
            <section className="card" aria-labelledby="voorbeeld">
              <h2 id="voorbeeld">{t('digest.preview')}</h2>
              <fieldset className="fieldset">
                <legend>{t('digest.previewAs')}</legend>
                {READERS.map((kind) => (
                  <label key={kind} className="checkbox">
                    <input
                      type="radio"
                      name="digest-reader"
                      value={kind}
                      checked={reader === kind}
                      onChange={() => setReader(kind)}
                    />
                    <span>{t(`digest.reader.${kind}`)}</span>
                  </label>
                ))}
              </fieldset>
              <p>
                <button
                  type="button"
                  className="button"
                  disabled={preview.loading}
                  onClick={() => void onPreview()}
                >
                  {t('digest.showPreview')}
                </button>
              </p>
              {shown && (
                <div aria-live="polite">
                  <p className="meta">
                    {shown.itemCount === 0
                      ? t('digest.previewNothing')
                      : t('digest.previewCount', { count: shown.itemCount })}
                  </p>
                  {shown.itemCount > 0 && (
                    <iframe
                      className="digest-preview"
                      title={t('digest.previewFrame', { reader: t(`digest.reader.${shown.reader}`) })}
                      sandbox=""
                      srcDoc={shown.html}
                    />
                  )}
                </div>
              )}
            </section>
            <section className="card" aria-labelledby="versturen">
              <h2 id="versturen">{t('digest.send')}</h2>
              <p>{t('digest.sendWho', { count: atelier.arenaCount + atelier.tribuneCount })}</p>
              <button
                type="button"
                className="button button--primary"
                disabled={sending.loading || items.length === 0}
                onClick={() => setAsking(true)}
              >
                {t('digest.send')}
              </button>
              <ConfirmDialog
                open={asking}
                title={t('digest.sendConfirm')}
                confirmLabel={t('digest.send')}
                cancelLabel={t('ladder.cancel')}
                tone="primary"
                busy={sending.loading}
                onConfirm={() => void onSend()}
                onClose={() => setAsking(false)}
              >
                <p>{t('digest.sendWho', { count: atelier.arenaCount + atelier.tribuneCount })}</p>
              </ConfirmDialog>
              <PersonalDataCheck
                open={checking}
                findings={draft.personalDataFindings}
                busy={resolving.loading || sending.loading}
                problem={checkProblem}
                onResolve={(choices) => void resolveAndSend(choices)}
                onClose={() => {
                  setChecking(false);
                  setCheckProblem(null);
                }}
              />
            </section>
          </div>
        </div>
      )}
    </section>
  );
}
