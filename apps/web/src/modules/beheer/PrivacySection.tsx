import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { apiProblems, fieldName } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { workshopPath } from '../../app/workshop';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { TextArea } from '../common/TextArea';
import { PART_DEFAULT, STATEMENT_PARTS, type StatementPart } from '../statements/parts';
import { DraftRetentionSection } from './DraftRetentionSection';
import { OpenDataLicenceSection } from '../report/OpenDataLicenceSection';
import { PrivacyWordsSection } from './PrivacyWordsSection';
import { useBeheerText, type BeheerWorkshop } from './text';

const BeheerPrivacyQuery = graphql(`
  query BeheerPrivacyStatement($slug: String!) {
    workshop(slug: $slug) {
      id
      privacyStatement {
        controller
        purposes
        legalGrounds
        retention
        rights
        dpoContact
        contactEmail
        updatedAt
      }
    }
  }
`);

const UpdatePrivacyStatementMutation = graphql(`
  mutation BeheerUpdatePrivacyStatement($workshopId: ID!, $input: UpdatePrivacyStatementInput!) {
    updatePrivacyStatement(workshopId: $workshopId, input: $input) {
      controller
      purposes
      legalGrounds
      retention
      rights
      dpoContact
      contactEmail
      updatedAt
    }
  }
`);

const ProcessingRegisterQuery = graphql(`
  query BeheerProcessingRegister($workshopId: ID!) {
    processingRegister(workshopId: $workshopId) {
      json
      csv
      generatedAt
    }
  }
`);

type Draft = Record<StatementPart | 'contactEmail', string>;

const LABEL = {
  controller: 'privacyBeheer.controller',
  purposes: 'privacyBeheer.purposes',
  legalGrounds: 'privacyBeheer.legalGrounds',
  retention: 'privacyBeheer.retention',
  rights: 'privacyBeheer.rights',
  dpoContact: 'privacyBeheer.dpoContact',
} as const;
const HINT: Partial<Record<StatementPart, 'privacyBeheer.controllerHint' | 'privacyBeheer.dpoContactHint'>> =
  {
    controller: 'privacyBeheer.controllerHint',
    dpoContact: 'privacyBeheer.dpoContactHint',
  };

/** Saves a text as a file the browser downloads. */
function download(text: string, type: string, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * Privacy in beheer: the werkplaats's privacy statement, part by part (an empty part shows the default text, which
 * the empty field shows in grey), its word list for the personal-data check, how long untouched drafts are kept,
 * and the register of processing to download for the FG.
 */
export function PrivacySection({ workshop, slug }: { workshop: BeheerWorkshop; slug: string }) {
  const { bt } = useBeheerText();
  const { t } = useI18n();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(BeheerPrivacyQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const statement = data?.workshop?.privacyStatement;
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError retry={() => void refetch()} />;

  const initial: Draft = {
    controller: statement?.controller ?? '',
    purposes: statement?.purposes ?? '',
    legalGrounds: statement?.legalGrounds ?? '',
    retention: statement?.retention ?? '',
    rights: statement?.rights ?? '',
    dpoContact: statement?.dpoContact ?? '',
    contactEmail: statement?.contactEmail ?? '',
  };
  return (
    <>
      <section aria-labelledby={`${id}-statement`}>
        <h2 id={`${id}-statement`}>{bt('privacyBeheer.title')}</h2>
        <p>{bt('privacyBeheer.intro')}</p>
        <p>
          <Link to={workshopPath(slug, '/privacyverklaring')}>{bt('privacyBeheer.view')}</Link>
        </p>
        <StatementForm
          key={statement?.updatedAt ?? 'default'}
          workshop={workshop}
          initial={initial}
          defaults={(part) => t(PART_DEFAULT[part], { workshop: workshop.name })}
        />
      </section>
      <PrivacyWordsSection workshop={workshop} slug={slug} />
      <DraftRetentionSection workshop={workshop} slug={slug} />
      <RegisterDownload workshop={workshop} slug={slug} />
      <OpenDataLicenceSection workshop={workshop} slug={slug} />
    </>
  );
}

function StatementForm({
  workshop,
  initial,
  defaults,
}: {
  workshop: BeheerWorkshop;
  initial: Draft;
  defaults: (part: StatementPart) => string;
}) {
  const { bt } = useBeheerText();
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, saving] = useMutation(UpdatePrivacyStatementMutation);

  async function onSave(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    setErrors({});
    try {
      await save({ variables: { workshopId: workshop.id, input: draft } });
      setNotice(bt('privacyBeheer.saved'));
    } catch (failure) {
      const found = apiProblems(failure)[0];
      const field = fieldName(found?.field) as keyof Draft | undefined;
      if (found?.code === 'BAD_USER_INPUT' && field && field in draft) {
        setErrors({
          [field]: field === 'contactEmail' ? bt('privacyBeheer.emailInvalid') : bt('privacyBeheer.tooLong'),
        });
      } else {
        setProblem(bt('beheer.problem'));
      }
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void onSave(e)}>
      {STATEMENT_PARTS.map((part) => (
        <TextArea
          key={part}
          label={bt(LABEL[part])}
          hint={HINT[part] ? bt(HINT[part]) : undefined}
          rows={part === 'controller' || part === 'dpoContact' ? 3 : 6}
          maxLength={5000}
          placeholder={defaults(part)}
          value={draft[part]}
          error={errors[part]}
          onChange={(e) => setDraft({ ...draft, [part]: e.target.value })}
        />
      ))}
      <Field
        label={bt('privacyBeheer.contactEmail')}
        hint={bt('privacyBeheer.contactEmailHint')}
        type="email"
        autoComplete="email"
        maxLength={254}
        value={draft.contactEmail}
        error={errors.contactEmail}
        onChange={(e) => setDraft({ ...draft, contactEmail: e.target.value })}
      />
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <StatusMessage>{notice}</StatusMessage>
      <button type="submit" className="button button--primary" disabled={saving.loading}>
        {bt('privacyBeheer.save')}
      </button>
    </form>
  );
}

function RegisterDownload({ workshop, slug }: { workshop: BeheerWorkshop; slug: string }) {
  const { bt } = useBeheerText();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [load, loading] = useLazyQuery(ProcessingRegisterQuery, { fetchPolicy: 'network-only' });

  async function onDownload(format: 'csv' | 'json') {
    setProblem(null);
    const result = await load({ variables: { workshopId: workshop.id } }).catch(() => null);
    const register = result?.data?.processingRegister;
    if (!register) {
      setProblem(bt('beheer.problem'));
      return;
    }
    const day = register.generatedAt.slice(0, 10);
    download(
      format === 'csv' ? register.csv : register.json,
      format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8',
      `verwerkingsregister-${slug}-${day}.${format}`,
    );
  }

  return (
    <section aria-labelledby={`${id}-register`}>
      <h2 id={`${id}-register`}>{bt('register.title')}</h2>
      <p>{bt('register.intro')}</p>
      <div className="beheer__downloads">
        <button
          type="button"
          className="button"
          disabled={loading.loading}
          onClick={() => void onDownload('csv')}
        >
          {bt('register.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={loading.loading}
          onClick={() => void onDownload('json')}
        >
          {bt('register.json')}
        </button>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
