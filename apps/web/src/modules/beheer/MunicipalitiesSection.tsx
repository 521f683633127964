import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { Empty, LoadError, Loading } from '../common/States';
import { StatusMessage } from '../common/StatusMessage';
import { MunicipalityEditor } from './MunicipalityEditor';
import { useBeheerText, type BeheerWorkshop } from './text';

const BeheerMunicipalitiesQuery = graphql(`
  query BeheerMunicipalities($workshopId: ID!) {
    municipalities(workshopId: $workshopId) {
      id
      name
      cbsCode
      region
      latitude
      longitude
      places
    }
  }
`);

const CreateMunicipalityMutation = graphql(`
  mutation BeheerCreateMunicipality($input: MunicipalityInput!) {
    createMunicipality(input: $input) {
      id
      name
    }
  }
`);

/** Gemeenten: the werkgebied of the werkplaats, to add to, and each gemeente's name, region and kernen to change. */
export function MunicipalitiesSection({ workshop }: { workshop: BeheerWorkshop }) {
  const { bt } = useBeheerText();
  const id = useId();
  const [name, setName] = useState('');
  const [cbsCode, setCbsCode] = useState('');
  const [region, setRegion] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch } = useQuery(BeheerMunicipalitiesQuery, {
    variables: { workshopId: workshop.id },
    fetchPolicy: 'network-only',
  });
  const [create, creating] = useMutation(CreateMunicipalityMutation);

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    try {
      const input = {
        workshopId: workshop.id,
        name,
        cbsCode: cbsCode.trim().toUpperCase(),
        region: region || null,
      };
      const made = await create({ variables: { input } });
      setNotice(bt('gemeente.created', { name: made.data?.createMunicipality.name ?? name }));
      setName('');
      setCbsCode('');
      setRegion('');
      await refetch();
    } catch (failure) {
      const code = apiProblems(failure)[0]?.code;
      setProblem(
        code === 'CONFLICT'
          ? bt('gemeente.exists')
          : code === 'BAD_USER_INPUT'
            ? bt('gemeente.invalid')
            : bt('beheer.problem'),
      );
    }
  }

  const municipalities = data?.municipalities ?? [];
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {bt('beheer.municipalities')}
      </h2>
      <StatusMessage>{notice}</StatusMessage>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <LoadError retry={() => void refetch()} />
      ) : municipalities.length === 0 ? (
        <Empty>{bt('gemeente.empty')}</Empty>
      ) : (
        <ul className="card-list">
          {municipalities.map((m) => (
            <li key={m.id} className="card">
              {editing === m.id ? (
                <MunicipalityEditor
                  municipality={m}
                  onCancel={() => {
                    setEditing(null);
                    heading.current?.focus();
                  }}
                  onSaved={(message) => {
                    setEditing(null);
                    setNotice(message);
                    heading.current?.focus();
                  }}
                />
              ) : (
                <>
                  <div className="beheer__row">
                    <p>
                      <strong>{m.name}</strong> <span className="meta">{m.cbsCode}</span>
                      {m.region && <span className="meta"> · {m.region}</span>}
                    </p>
                    <button
                      type="button"
                      className="button"
                      aria-label={bt('gemeente.editOf', { name: m.name })}
                      onClick={() => {
                        setNotice(null);
                        setEditing(m.id);
                      }}
                    >
                      {bt('gemeente.edit')}
                    </button>
                  </div>
                  {m.places.length > 0 && (
                    <p className="meta">{bt('gemeente.places', { places: m.places.join(', ') })}</p>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="form beheer__create" onSubmit={(e) => void onCreate(e)}>
        <h3>{bt('gemeente.create')}</h3>
        <Field
          label={bt('gemeente.name')}
          value={name}
          maxLength={100}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <Field
          label={bt('gemeente.cbsCode')}
          hint={bt('gemeente.cbsHint')}
          value={cbsCode}
          maxLength={6}
          required
          onChange={(e) => setCbsCode(e.target.value)}
        />
        <Field
          label={bt('gemeente.region')}
          value={region}
          maxLength={100}
          onChange={(e) => setRegion(e.target.value)}
        />
        {problem && (
          <p className="form__problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={creating.loading}>
          {bt('gemeente.add')}
        </button>
      </form>
    </section>
  );
}
