import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { graphql } from '../../gql';
import { StatusMessage } from '../common/StatusMessage';

// The atelier's own lists already hold only what the signed-in leader may read; the API checks again on save.
const LinkChoicesQuery = graphql(`
  query ActivityLinkChoices($id: ID!) {
    atelier(id: $id) {
      id
      insights(first: 100) {
        edges {
          node {
            id
            title
          }
        }
      }
      lessons(first: 100) {
        edges {
          node {
            id
            title
          }
        }
      }
      products {
        id
        title
      }
    }
  }
`);

// A werkplaats-wide activity presents what any of the werkplaats's ateliers brought: its leader picks an atelier first.
export const LinkAteliersQuery = graphql(`
  query ActivityLinkAteliers($workshopId: ID!) {
    ateliers(workshopId: $workshopId, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const SetLinksMutation = graphql(`
  mutation SetActivityLinks($id: ID!, $input: ActivityLinksInput!) {
    setActivityLinks(id: $id, input: $input) {
      id
    }
  }
`);

interface Titled {
  id: string;
  title: string;
}

type Linked = { insights: Titled[]; lessons: Titled[]; outputs: Titled[] };

/**
 * For whoever leads an activity: which insights, lessons and outputs it presents, from its atelier or, for a
 * werkplaats-wide one, from the werkplaats's ateliers one at a time (what was chosen elsewhere stays chosen).
 */
export function ActivityLinksForm(props: {
  activityId: string;
  atelierId?: string;
  workshopId?: string;
  linked: Linked;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [picked, setPicked] = useState('');
  const ateliers = useQuery(LinkAteliersQuery, {
    variables: { workshopId: props.workshopId ?? '' },
    skip: Boolean(props.atelierId) || !props.workshopId,
  });
  const choices = ateliers.data?.ateliers.edges.map((e) => e.node) ?? [];
  const atelierId = props.atelierId ?? (picked || choices[0]?.id);
  if (!atelierId) return null;
  return (
    <LinksForm {...props} atelierId={atelierId}>
      {!props.atelierId && (
        <div className="field">
          <label htmlFor="link-atelier">{t('activity.linkAtelier')}</label>
          <select id="link-atelier" value={atelierId} onChange={(e) => setPicked(e.target.value)}>
            {choices.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
      )}
    </LinksForm>
  );
}

function LinksForm(props: {
  activityId: string;
  atelierId: string;
  linked: Linked;
  onSaved: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(LinkChoicesQuery, { variables: { id: props.atelierId } });
  const [insightIds, setInsightIds] = useState(props.linked.insights.map((i) => i.id));
  const [lessonIds, setLessonIds] = useState(props.linked.lessons.map((l) => l.id));
  const [productIds, setProductIds] = useState(props.linked.outputs.map((o) => o.id));
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [save, saving] = useMutation(SetLinksMutation);
  const atelier = data?.atelier;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    try {
      await save({ variables: { id: props.activityId, input: { insightIds, lessonIds, productIds } } });
      setNotice(t('activity.linksSaved'));
      props.onSaved();
    } catch (failure) {
      const [first] = apiProblems(failure);
      setProblem(first ? problemText(t, first) : t('state.error'));
    }
  }

  return (
    <form
      className="form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={t('activity.linksTitle')}
    >
      <h3>{t('activity.linksTitle')}</h3>
      <p className="field__hint">{t('activity.linksHint')}</p>
      {props.children}
      {!atelier ? (
        <p className="meta">{loading ? t('state.loading') : error ? t('state.error') : null}</p>
      ) : (
        <>
          <LinkBoxes
            legend={t('activity.linkInsights')}
            choices={atelier.insights.edges.map((e) => e.node)}
            value={insightIds}
            onChange={setInsightIds}
          />
          <LinkBoxes
            legend={t('activity.linkLessons')}
            choices={atelier.lessons.edges.map((e) => e.node)}
            value={lessonIds}
            onChange={setLessonIds}
          />
          <LinkBoxes
            legend={t('activity.linkOutputs')}
            choices={atelier.products}
            value={productIds}
            onChange={setProductIds}
          />
        </>
      )}
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={saving.loading}>
        {t('activity.saveLinks')}
      </button>
      <StatusMessage>{notice}</StatusMessage>
    </form>
  );
}

/** One kind's checkboxes, as the output form lists its choices. */
function LinkBoxes(props: {
  legend: string;
  choices: Titled[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useI18n();
  const { legend, choices, value, onChange } = props;
  return (
    <fieldset className="field fieldset">
      <legend>{legend}</legend>
      {choices.length === 0 ? (
        <p className="meta">{t('activity.linkNone')}</p>
      ) : (
        <div className={choices.length > 8 ? 'checkbox-scroll' : undefined}>
          {choices.map((choice) => (
            <label key={choice.id} className="checkbox checkbox--block">
              <input
                type="checkbox"
                checked={value.includes(choice.id)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...value, choice.id] : value.filter((id) => id !== choice.id))
                }
              />
              <span>{choice.title}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
