import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { useBeheerText } from './text';

const UpdateMunicipalityMutation = graphql(`
  mutation BeheerUpdateMunicipality($id: ID!, $input: MunicipalityInput!) {
    updateMunicipality(id: $id, input: $input) {
      id
      name
      region
      places
    }
  }
`);

export interface EditedMunicipality {
  id: string;
  name: string;
  cbsCode: string;
  region?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  places: readonly string[];
}

interface Props {
  municipality: EditedMunicipality;
  onSaved: (notice: string) => void;
  onCancel: () => void;
}

/**
 * Changes a gemeente: its name, region and kernen (a list to add to and remove from). Checked here first (an empty
 * name, a kern twice) and by the API all the same; the CBS code and position stay as they are.
 */
export function MunicipalityEditor({ municipality, onSaved, onCancel }: Props) {
  const { bt } = useBeheerText();
  const id = useId();
  const [name, setName] = useState(municipality.name);
  const [region, setRegion] = useState(municipality.region ?? '');
  const [places, setPlaces] = useState<string[]>([...municipality.places]);
  const [newPlace, setNewPlace] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [placeError, setPlaceError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const newPlaceInput = useRef<HTMLInputElement>(null);
  const [update, updating] = useMutation(UpdateMunicipalityMutation);
  const form = useRef<HTMLFormElement>(null);
  // Opened in place of the gemeente's row: the keyboard starts at its first field.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  const has = (place: string) =>
    places.some((p) => p.toLocaleLowerCase('nl') === place.toLocaleLowerCase('nl'));

  function addPlace() {
    const place = newPlace.trim();
    if (!place) return setPlaceError(bt('gemeente.kernEmpty'));
    if (has(place)) return setPlaceError(bt('gemeente.kernTwice', { kern: place }));
    setPlaces([...places, place]);
    setNewPlace('');
    setPlaceError(null);
    newPlaceInput.current?.focus();
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (name.trim().length < 2) {
      setNameError(bt('gemeente.nameEmpty'));
      return;
    }
    setNameError(null);
    try {
      const input = {
        name: name.trim(),
        cbsCode: municipality.cbsCode,
        region: region.trim() || null,
        latitude: municipality.latitude ?? null,
        longitude: municipality.longitude ?? null,
        places,
      };
      const saved = await update({ variables: { id: municipality.id, input } });
      onSaved(bt('gemeente.saved', { name: saved.data?.updateMunicipality.name ?? name }));
    } catch (failure) {
      const problemOf = apiProblems(failure)[0];
      setProblem(
        problemOf?.code === 'BAD_USER_INPUT' && problemOf.field?.startsWith('input.places')
          ? bt('gemeente.kernenInvalid')
          : problemOf?.code === 'BAD_USER_INPUT'
            ? bt('gemeente.nameEmpty')
            : problemOf?.code === 'CONFLICT'
              ? bt('gemeente.exists')
              : bt('beheer.problem'),
      );
    }
  }

  return (
    <form ref={form} className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <Field
        label={bt('gemeente.name')}
        value={name}
        maxLength={100}
        required
        error={nameError ?? undefined}
        onChange={(e) => setName(e.target.value)}
      />
      <Field
        label={bt('gemeente.region')}
        value={region}
        maxLength={100}
        onChange={(e) => setRegion(e.target.value)}
      />
      <fieldset className="beheer__kernen">
        <legend>{bt('gemeente.kernen')}</legend>
        {places.length === 0 ? (
          <p className="meta">{bt('gemeente.kernenNone')}</p>
        ) : (
          <ul className="beheer__member-list">
            {places.map((place) => (
              <li key={place} className="beheer__row">
                <p>{place}</p>
                <button
                  type="button"
                  className="button"
                  onClick={() => setPlaces(places.filter((p) => p !== place))}
                >
                  {bt('gemeente.removeKern', { kern: place })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="field">
          <label htmlFor={`${id}-kern`}>{bt('gemeente.newKern')}</label>
          <input
            id={`${id}-kern`}
            ref={newPlaceInput}
            value={newPlace}
            maxLength={100}
            aria-invalid={placeError ? true : undefined}
            aria-describedby={placeError ? `${id}-kern-error` : undefined}
            onChange={(e) => setNewPlace(e.target.value)}
            onKeyDown={(e) => {
              // Enter adds the kern rather than saving the whole form half-typed.
              if (e.key === 'Enter') {
                e.preventDefault();
                addPlace();
              }
            }}
          />
          {placeError && (
            <p id={`${id}-kern-error`} className="field__error">
              {placeError}
            </p>
          )}
        </div>
        <button type="button" className="button" onClick={addPlace}>
          {bt('gemeente.addKern')}
        </button>
      </fieldset>
      {problem && (
        <p className="form__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="choice">
        <button type="submit" className="button button--primary" disabled={updating.loading}>
          {bt('gemeente.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {bt('beheer.cancel')}
        </button>
      </div>
    </form>
  );
}
