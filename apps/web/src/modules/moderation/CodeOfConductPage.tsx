import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { apiProblems } from '../../app/errors';
import { problemText } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { useRolesIn } from '../../app/session';
import { Link } from 'react-router';
import { useWorkshop, workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import { LoadError, Loading } from '../common/States';

const CodeOfConductQuery = graphql(`
  query CodeOfConductPage($slug: String!) {
    workshop(slug: $slug) {
      id
      name
      codeOfConduct
      codeOfConductIsDefault
    }
  }
`);

const UpdateCodeOfConductMutation = graphql(`
  mutation UpdateCodeOfConduct($workshopId: ID!, $text: String) {
    updateCodeOfConduct(workshopId: $workshopId, text: $text) {
      id
      codeOfConduct
      codeOfConductIsDefault
    }
  }
`);

/**
 * A werkplaats's code of conduct (/w/<slug>/gedragscode), for everyone; its beheerders write it here. Shown as text:
 * '#' lines as headings, '-' lines as list items, blank lines between paragraphs; never as HTML.
 */
export function CodeOfConductPage() {
  const { t } = useI18n();
  const workshop = useWorkshop();
  const roles = useRolesIn(workshop.id);
  const { data, loading, error, refetch } = useQuery(CodeOfConductQuery, {
    variables: { slug: workshop.slug },
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;
  const w = data?.workshop;
  if (!w) return <LoadError retry={() => void refetch()} />;
  return (
    <article className="prose">
      <p className="meta">{t('conduct.of', { workshop: w.name })}</p>
      <PlainText text={w.codeOfConduct} />
      {roles.isAdmin && (
        <CodeOfConductEditor workshopId={w.id} text={w.codeOfConduct} isDefault={w.codeOfConductIsDefault} />
      )}
    </article>
  );
}

/** The same editor in beheer (/beheer/gedragscode), with a way to the page everyone reads. */
export function CodeOfConductSection({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CodeOfConductQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <Loading />;
  const w = data?.workshop;
  if (!w || (error && !data)) return <LoadError retry={() => void refetch()} />;
  return (
    <>
      <CodeOfConductEditor
        key={w.id}
        workshopId={w.id}
        text={w.codeOfConduct}
        isDefault={w.codeOfConductIsDefault}
      />
      <p>
        <Link to={workshopPath(slug, '/gedragscode')}>{t('conduct.view')}</Link>
      </p>
    </>
  );
}

/** '#' headings (the first one the page's h1), '-' list items, paragraphs. */
export function PlainText({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/);
  const out: ReactNode[] = [];
  let first = true;
  blocks.forEach((block, i) => {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const items: string[] = [];
    const flush = () => {
      if (items.length > 0) {
        out.push(
          <ul key={`${i}-ul-${out.length}`}>
            {items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>,
        );
        items.length = 0;
      }
    };
    const para: string[] = [];
    const flushPara = () => {
      if (para.length > 0) out.push(<p key={`${i}-p-${out.length}`}>{para.join(' ')}</p>);
      para.length = 0;
    };
    for (const line of lines) {
      const trimmed = line.trim();
      if (trimmed.startsWith('#')) {
        flush();
        flushPara();
        const heading = trimmed.replace(/^#+\s*/, '');
        out.push(
          first ? (
            <h1 key={`${i}-h-${out.length}`}>{heading}</h1>
          ) : (
            <h2 key={`${i}-h-${out.length}`}>{heading}</h2>
          ),
        );
        first = false;
      } else if (trimmed.startsWith('- ')) {
        flushPara();
        items.push(trimmed.slice(2));
      } else {
        flush();
        para.push(trimmed);
      }
    }
    flush();
    flushPara();
  });
  return <>{out}</>;
}

function CodeOfConductEditor({
  workshopId,
  text,
  isDefault,
}: {
  workshopId: string;
  text: string;
  isDefault: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(text);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [update, updating] = useMutation(UpdateCodeOfConductMutation);

  async function save(next: string | null) {
    setNotice(null);
    setProblem(null);
    try {
      const result = await update({ variables: { workshopId, text: next } });
      setValue(result.data?.updateCodeOfConduct.codeOfConduct ?? value);
      setNotice(t('conduct.saved'));
    } catch (failure) {
      const first = apiProblems(failure)[0];
      setProblem(problemText(t, first ?? { code: 'NETWORK', message: '' }));
    }
  }

  return (
    <form
      className="form card"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void save(value);
      }}
      noValidate
    >
      <h2>{t('conduct.editTitle')}</h2>
      <p className="meta">{isDefault ? t('conduct.isDefault') : t('conduct.isOwn')}</p>
      <div className={`field${problem ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-text`}>{t('conduct.label')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('conduct.hint')}
        </p>
        <textarea
          id={`${id}-text`}
          rows={16}
          maxLength={20000}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
        {problem && (
          <p id={`${id}-error`} className="field__error">
            {problem}
          </p>
        )}
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="choice">
        <button type="submit" className="button button--primary" disabled={updating.loading}>
          {t('conduct.save')}
        </button>
        <button type="button" className="button" disabled={updating.loading} onClick={() => void save(null)}>
          {t('conduct.reset')}
        </button>
      </div>
    </form>
  );
}
