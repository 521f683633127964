import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { apiProblems } from '../../app/errors';
import { graphql } from '../../gql';
import { Field } from '../auth/Field';
import { StatusMessage } from '../common/StatusMessage';
import { useBeheerText, type BeheerWorkshop } from './text';

const StartAccountMutation = graphql(`
  mutation BeheerStartAccount($input: StartAccountInput!) {
    startAccount(input: $input) {
      link
      expiresAt
      user {
        id
        name
      }
    }
  }
`);

interface Started {
  name: string;
  link: string;
  expiresAt: string;
}

/**
 * Account aanmaken: an account for someone without one, and the one-time link the beheerder passes on (the only
 * place it is ever shown; a new link can be had by starting over only once e-mail exists).
 */
export function StartAccountSection({ workshop }: { workshop: BeheerWorkshop }) {
  const { bt, formatDate } = useBeheerText();
  const id = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [started, setStarted] = useState<Started | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [start, starting] = useMutation(StartAccountMutation);
  const result = useRef<HTMLHeadingElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!name.trim() || !email.includes('@')) {
      setProblem(bt('start.invalid'));
      return;
    }
    try {
      const answer = await start({ variables: { input: { workshopId: workshop.id, name, email } } });
      const account = answer.data?.startAccount;
      if (!account) throw new Error('no answer');
      setStarted({ name: account.user.name, link: account.link, expiresAt: String(account.expiresAt) });
      setName('');
      setEmail('');
      setTimeout(() => result.current?.focus(), 0);
    } catch (failure) {
      const code = apiProblems(failure)[0]?.code;
      setProblem(
        code === 'CONFLICT'
          ? bt('start.exists')
          : code === 'BAD_USER_INPUT'
            ? bt('start.invalid')
            : bt('beheer.problem'),
      );
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(bt('start.copied'));
    } catch {
      // No clipboard (an insecure origin, a refused permission): the link is selected to copy by hand.
      document.getElementById(`${id}-link`)?.focus();
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {bt('beheer.startAccount')}
      </h2>
      {started ? (
        <div className="beheer__started">
          <h3 ref={result} tabIndex={-1}>
            {bt('start.done', { name: started.name })}
          </h3>
          <p>{bt('start.linkHelp', { name: started.name, date: formatDate(started.expiresAt) })}</p>
          <div className="field">
            <label htmlFor={`${id}-link`}>{bt('start.link')}</label>
            <input
              id={`${id}-link`}
              className="beheer__link"
              readOnly
              value={started.link}
              onFocus={(e) => e.target.select()}
            />
          </div>
          <div className="choice">
            <button type="button" className="button button--primary" onClick={() => void copy(started.link)}>
              {bt('start.copy')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setStarted(null);
                setCopied(null);
                setTimeout(() => heading.current?.focus(), 0);
              }}
            >
              {bt('start.another')}
            </button>
          </div>
          <StatusMessage>{copied}</StatusMessage>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <p>{bt('start.intro')}</p>
          <Field
            label={bt('start.name')}
            value={name}
            autoComplete="off"
            maxLength={120}
            required
            onChange={(e) => setName(e.target.value)}
          />
          <Field
            label={bt('start.email')}
            type="email"
            value={email}
            autoComplete="off"
            maxLength={254}
            required
            onChange={(e) => setEmail(e.target.value)}
          />
          {problem && (
            <p className="form__problem" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={starting.loading}>
            {bt('start.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
