import { useMutation, useQuery } from '@apollo/client/react';
import { PRODUCT_KINDS, PRODUCT_OS, type ProductKind, type ProductO } from '@werkplaats/domain';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { problemText, useFocusFirstInvalid } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { queryStatus } from '../common/QueryStatus';
import { TextArea } from '../common/TextArea';
import {
  PersonalDataCheck,
  personalDataOf,
  type PersonalDataChoice,
  type PersonalDataFindingView,
} from '../lesson/PersonalDataCheck';
import { WrongWorkshop } from '../workshop/WrongWorkshop';
import { ACCEPTED_FILES, fileSizeText, uploadOutputFile, type UploadErrorCode } from './file-upload';

graphql(`
  fragment OutputForm_atelier on Atelier {
    id
    title
    canWorkInArena
    workshop {
      id
      slug
    }
    trekker {
      id
      name
    }
    arena(first: 100) {
      edges {
        node {
          id
          user {
            id
            name
          }
        }
      }
    }
    lessons(first: 100) {
      edges {
        node {
          id
          title
          visibility
        }
      }
    }
    insights(first: 100) {
      edges {
        node {
          id
          title
          visibility
        }
      }
    }
  }
`);

const RegisterChoicesQuery = graphql(`
  query RegisterOutputPage($atelierId: ID!) {
    atelier(id: $atelierId) {
      ...OutputForm_atelier
    }
    nationalThemes {
      id
      name
    }
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const EditChoicesQuery = graphql(`
  query EditOutputPage($id: ID!) {
    product(id: $id) {
      id
      kind
      title
      description
      url
      os
      publishedAt
      version
      mayEdit
      authors {
        id
      }
      organisations {
        id
      }
      nationalThemes {
        id
      }
      lessons {
        id
      }
      insights {
        id
      }
      file {
        name
        size
      }
      atelier {
        ...OutputForm_atelier
      }
    }
    nationalThemes {
      id
      name
    }
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const RegisterOutputMutation = graphql(`
  mutation RegisterOutput(
    $atelierId: ID!
    $input: RegisterProductInput!
    $personalData: [PersonalDataChoiceInput!]
  ) {
    registerProduct(atelierId: $atelierId, input: $input, personalData: $personalData) {
      id
    }
  }
`);

const UpdateOutputMutation = graphql(`
  mutation UpdateOutput($id: ID!, $input: UpdateProductInput!, $personalData: [PersonalDataChoiceInput!]) {
    updateProduct(id: $id, input: $input, personalData: $personalData) {
      id
      version
    }
  }
`);

interface Choice {
  id: string;
  label: string;
}

interface Values {
  kind: ProductKind;
  title: string;
  description: string;
  url: string;
  date: string;
  os: ProductO[];
  themeIds: string[];
  authorIds: string[];
  organisationIds: string[];
  lessonIds: string[];
  insightIds: string[];
}

type Errors = Partial<Record<keyof Values | 'file' | 'form', string>>;

const FIELDS: Record<string, keyof Values> = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  url: 'url',
  publishedAt: 'date',
  os: 'os',
  nationalThemeIds: 'themeIds',
  authorIds: 'authorIds',
  organisationIds: 'organisationIds',
  lessonIds: 'lessonIds',
  insightIds: 'insightIds',
};

/** `/w/<slug>/ateliers/<id>/opbrengst`: the trekker or an arena member registers an output, with a file. */
export function RegisterOutputPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(RegisterChoicesQuery, { variables: { atelierId: id } });
  const [register] = useMutation(RegisterOutputMutation);
  if (!data?.atelier) return queryStatus({ loading, error, retry: refetch });
  if (!data.atelier.canWorkInArena) return <p className="state">{t('output.formNotAllowed')}</p>;
  return (
    <OutputForm
      heading={t('output.registerTitle')}
      atelier={data.atelier}
      themes={data.nationalThemes}
      organisations={data.organisations.edges.map((e) => e.node)}
      initial={{
        kind: 'REPORT',
        title: '',
        description: '',
        url: '',
        date: new Date().toISOString().slice(0, 10),
        os: [],
        themeIds: [],
        authorIds: [],
        organisationIds: [],
        lessonIds: [],
        insightIds: [],
      }}
      currentFile={null}
      submitLabel={t('output.registerSubmit')}
      save={async (input, personalData) => {
        const result = await register({ variables: { atelierId: id, input, personalData } });
        return result.data!.registerProduct.id;
      }}
    />
  );
}

/** `/w/<slug>/opbrengsten/<id>/bewerken`: changing an output, its file included. */
export function EditOutputPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(EditChoicesQuery, { variables: { id } });
  const [update] = useMutation(UpdateOutputMutation);
  const product = data?.product;
  if (!product || !data) return queryStatus({ loading, error, retry: refetch });
  if (!product.mayEdit) return <p className="state">{t('output.formNotAllowed')}</p>;
  return (
    <OutputForm
      heading={t('output.editTitle')}
      atelier={product.atelier}
      themes={data.nationalThemes}
      organisations={data.organisations.edges.map((e) => e.node)}
      initial={{
        kind: product.kind,
        title: product.title,
        description: product.description,
        url: product.url ?? '',
        date: product.publishedAt ? String(product.publishedAt).slice(0, 10) : '',
        os: product.os,
        themeIds: product.nationalThemes.map((x) => x.id),
        authorIds: product.authors.map((x) => x.id),
        organisationIds: product.organisations.map((x) => x.id),
        lessonIds: product.lessons.map((x) => x.id),
        insightIds: product.insights.map((x) => x.id),
      }}
      currentFile={product.file ?? null}
      submitLabel={t('output.editSubmit')}
      save={async (input, personalData) => {
        await update({ variables: { id, input: { ...input, version: product.version }, personalData } });
        return id;
      }}
    />
  );
}

interface FormAtelier {
  id: string;
  title: string;
  workshop: { id: string; slug: string };
  trekker: { id: string; name: string };
  arena: { edges: { node: { id: string; user: { id: string; name: string } } }[] };
  lessons: { edges: { node: { id: string; title: string; visibility: string } }[] };
  insights: { edges: { node: { id: string; title: string; visibility: string } }[] };
}

type SaveInput = {
  kind: ProductKind;
  title: string;
  description: string;
  url: string;
  publishedAt: string | null;
  os: ProductO[];
  nationalThemeIds: string[];
  authorIds: string[];
  organisationIds: string[];
  lessonIds: string[];
  insightIds: string[];
};

function OutputForm({
  heading,
  atelier,
  themes,
  organisations,
  initial,
  currentFile,
  submitLabel,
  save,
}: {
  heading: string;
  atelier: FormAtelier;
  themes: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  initial: Values;
  currentFile: { name: string; size: number } | null;
  submitLabel: string;
  save: (input: SaveInput, personalData: PersonalDataChoice[]) => Promise<string>;
}) {
  const { t, locale } = useI18n();
  const uid = useId();
  const workshop = useWorkshop();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(initial);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  // Saving was refused for personal data in the title or summary: its findings, to resolve one by one.
  const [findings, setFindings] = useState<PersonalDataFindingView[] | null>(null);
  const { ref: form, focusFirstInvalid } = useFocusFirstInvalid();
  if (atelier.workshop.slug !== workshop.slug) return <WrongWorkshop slug={atelier.workshop.slug} />;

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const people: Choice[] = [
    { id: atelier.trekker.id, label: atelier.trekker.name },
    ...atelier.arena.edges
      .map((e) => ({ id: e.node.user.id, label: e.node.user.name }))
      .filter((p) => p.id !== atelier.trekker.id),
  ];

  function fileErrorText(code: UploadErrorCode, maxBytes?: number): string {
    if (code === 'FILE_TOO_LARGE' && maxBytes)
      return t('output.fileError.FILE_TOO_LARGE_MAX', { max: fileSizeText(maxBytes, locale) });
    return t(`output.fileError.${code}`);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit([]);
  }

  /** Saves the output; after a refusal for personal data, again with one choice per finding. */
  async function submit(personalData: PersonalDataChoice[]) {
    const missing: Errors = {};
    if (values.title.trim().length < 3) missing.title = t('inputError.minLength', { min: 3 });
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      // Saved already (the file failed before): only the file is tried again, the output is not made twice.
      const productId =
        savedId ??
        (await save(
          {
            kind: values.kind,
            title: values.title,
            description: values.description,
            url: values.url,
            publishedAt: values.date ? new Date(`${values.date}T00:00:00Z`).toISOString() : null,
            os: values.os,
            nationalThemeIds: values.themeIds,
            authorIds: values.authorIds,
            organisationIds: values.organisationIds,
            lessonIds: values.lessonIds,
            insightIds: values.insightIds,
          },
          personalData,
        ));
      setFindings(null);
      setSavedId(productId);
      if (file) {
        setProgress(0);
        const outcome = await uploadOutputFile(productId, file, setProgress);
        setProgress(null);
        if (!outcome.ok) {
          setErrors({ file: fileErrorText(outcome.code, outcome.maxBytes) });
          focusFirstInvalid();
          return;
        }
      }
      await navigate(workshop.path(`/opbrengsten/${encodeURIComponent(productId)}`));
    } catch (failure) {
      const found = personalDataOf(failure);
      if (found.length > 0) {
        setErrors({});
        setFindings(found);
        return;
      }
      setFindings(null);
      const next: Errors = {};
      for (const problem of apiProblems(failure)) {
        const field = FIELDS[fieldName(problem.field)?.split('.')[0] ?? ''];
        next[field ?? 'form'] ??= problemText(t, problem);
      }
      setErrors(next);
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  }

  const fileHintId = `${uid}-file-hint`;
  const fileErrorId = `${uid}-file-error`;
  return (
    <article className="stack">
      <header className="intro">
        <p className="eyebrow">{atelier.title}</p>
        <h1>{heading}</h1>
      </header>
      <form ref={form} className="form output-form" onSubmit={onSubmit} noValidate>
        {errors.form && (
          <p className="field__error" role="alert">
            {errors.form}
          </p>
        )}
        <div className={`field${errors.kind ? ' field--invalid' : ''}`}>
          <label htmlFor={`${uid}-kind`}>{t('output.kind')}</label>
          <select
            id={`${uid}-kind`}
            value={values.kind}
            onChange={(e) => set('kind', e.target.value as ProductKind)}
            aria-invalid={errors.kind ? true : undefined}
          >
            {PRODUCT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`productKind.${kind}`)}
              </option>
            ))}
          </select>
          {errors.kind && <p className="field__error">{errors.kind}</p>}
        </div>
        <Field
          label={t('output.title')}
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.title}
          maxLength={200}
          required
        />
        <TextArea
          label={t('output.summary')}
          hint={t('output.summaryHint')}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
          error={errors.description}
          rows={5}
          maxLength={5000}
        />
        <Field
          label={t('output.date')}
          type="date"
          value={values.date}
          onChange={(e) => set('date', e.target.value)}
          error={errors.date}
        />
        <Field
          label={t('output.url')}
          hint={t('output.urlHint')}
          type="url"
          inputMode="url"
          value={values.url}
          onChange={(e) => set('url', e.target.value)}
          error={errors.url}
        />
        <Checkboxes
          legend={t('output.osLabel')}
          choices={PRODUCT_OS.map((o) => ({ id: o, label: t(`productO.${o}`) }))}
          value={values.os}
          onChange={(os) => set('os', os as ProductO[])}
          error={errors.os}
        />
        <Checkboxes
          legend={t('output.themes')}
          choices={themes.map((x) => ({ id: x.id, label: x.name }))}
          value={values.themeIds}
          onChange={(ids) => set('themeIds', ids)}
          error={errors.themeIds}
        />
        <Checkboxes
          legend={t('output.authors')}
          choices={people}
          value={values.authorIds}
          onChange={(ids) => set('authorIds', ids)}
          error={errors.authorIds}
        />
        <Checkboxes
          legend={t('output.organisations')}
          choices={organisations.map((x) => ({ id: x.id, label: x.name }))}
          value={values.organisationIds}
          onChange={(ids) => set('organisationIds', ids)}
          error={errors.organisationIds}
          scroll
        />
        <Checkboxes
          legend={t('output.sourceInsights')}
          hint={t('output.sourcesHint')}
          choices={atelier.insights.edges.map(({ node }) => ({
            id: node.id,
            label: node.title,
            extra: t(`visibility.${node.visibility}` as 'visibility.ARENA'),
          }))}
          value={values.insightIds}
          onChange={(ids) => set('insightIds', ids)}
          error={errors.insightIds}
          empty={t('output.noInsights')}
          scroll
        />
        <Checkboxes
          legend={t('output.sourceLessons')}
          choices={atelier.lessons.edges.map(({ node }) => ({
            id: node.id,
            label: node.title,
            extra: t(`visibility.${node.visibility}` as 'visibility.ARENA'),
          }))}
          value={values.lessonIds}
          onChange={(ids) => set('lessonIds', ids)}
          error={errors.lessonIds}
          empty={t('output.noLessons')}
          scroll
        />
        <div className={`field${errors.file ? ' field--invalid' : ''}`}>
          <label htmlFor={`${uid}-file`}>{t('output.file')}</label>
          <p id={fileHintId} className="field__hint">
            {currentFile ? t('output.fileHintReplace', { name: currentFile.name }) : t('output.fileHint')}
          </p>
          <input
            id={`${uid}-file`}
            type="file"
            accept={ACCEPTED_FILES}
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={[fileHintId, errors.file ? fileErrorId : ''].filter(Boolean).join(' ')}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setErrors(({ file: _file, ...rest }) => rest);
            }}
          />
          {errors.file && (
            <p id={fileErrorId} className="field__error">
              {errors.file}
            </p>
          )}
          {progress !== null && (
            <p className="output-form__progress">
              <label htmlFor={`${uid}-progress`}>{t('output.uploading')}</label>{' '}
              <progress id={`${uid}-progress`} max={1} value={progress}>
                {Math.round(progress * 100)}%
              </progress>
            </p>
          )}
        </div>
        {/* Still here once saved: the output is there, its file failed (success leads to its page). */}
        {savedId && <p className="notice">{t('output.savedWithoutFile')}</p>}
        <button type="submit" className="button button--primary" disabled={busy}>
          {savedId ? t('output.retryFile') : submitLabel}
        </button>
      </form>
      <PersonalDataCheck
        open={findings !== null}
        findings={findings ?? []}
        busy={busy}
        problem={null}
        onResolve={(choices) => void submit(choices)}
        onClose={() => setFindings(null)}
      />
    </article>
  );
}

/** A group of checkboxes with its legend, hint and error: the choices of a list field. */
function Checkboxes({
  legend,
  hint,
  choices,
  value,
  onChange,
  error,
  empty,
  scroll = false,
}: {
  legend: string;
  hint?: string;
  choices: (Choice & { extra?: string })[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  empty?: string;
  scroll?: boolean;
}): ReactNode {
  return (
    <fieldset className={`field fieldset${error ? ' field--invalid' : ''}`}>
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {error && <p className="field__error">{error}</p>}
      {choices.length === 0 && empty ? (
        <p className="meta">{empty}</p>
      ) : (
        <div className={scroll ? 'checkbox-scroll' : undefined}>
          {choices.map((choice) => (
            <label key={choice.id} className="checkbox checkbox--block">
              <input
                type="checkbox"
                checked={value.includes(choice.id)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...value, choice.id] : value.filter((id) => id !== choice.id))
                }
              />
              <span>
                {choice.label}
                {choice.extra && <span className="meta"> · {choice.extra}</span>}
              </span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
