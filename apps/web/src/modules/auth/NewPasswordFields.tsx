import type { MessageKey } from '@werkplaats/i18n';
import { useId, type ChangeEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { Field } from './Field';

// The API's own limits (auth/password.ts): checked here first, so the person hears of them before sending.
const MIN_LENGTH = 8;
const MAX_LENGTH = 128;

export interface NewPasswordErrors {
  password?: MessageKey;
  repeat?: MessageKey;
}

/** What is wrong with a new password and its repetition, as catalogue keys (empty when nothing is). */
export function checkNewPassword(password: string, repeat: string): NewPasswordErrors {
  const found: NewPasswordErrors = {};
  if (password === '') found.password = 'auth.error.required';
  else if (password.length < MIN_LENGTH) found.password = 'auth.setPassword.error.tooShort';
  else if (password.length > MAX_LENGTH) found.password = 'auth.setPassword.error.tooLong';
  if (repeat === '') found.repeat = 'auth.error.required';
  else if (!found.password && repeat !== password) found.repeat = 'auth.setPassword.error.mismatch';
  return found;
}

interface Props {
  label: string;
  password: string;
  repeat: string;
  errors: NewPasswordErrors;
  onPassword: (event: ChangeEvent<HTMLInputElement>) => void;
  onRepeat: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** A new password with its rules, and its repetition: setting a password by link and signing up by invitation. */
export function NewPasswordFields({ label, password, repeat, errors, onPassword, onRepeat }: Props) {
  const { t } = useI18n();
  const rulesId = useId();
  return (
    <>
      <div id={rulesId}>
        <p className="field__hint">{t('auth.setPassword.rulesTitle')}</p>
        <ul className="field__hint">
          <li>{t('auth.setPassword.ruleLength')}</li>
          <li>{t('auth.setPassword.ruleCommon')}</li>
          <li>{t('auth.setPassword.ruleOwn')}</li>
        </ul>
      </div>
      <Field
        label={label}
        describedBy={rulesId}
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={MIN_LENGTH}
        maxLength={MAX_LENGTH}
        value={password}
        onChange={onPassword}
        error={errors.password && t(errors.password)}
      />
      <Field
        label={t('auth.setPassword.repeat')}
        type="password"
        name="repeat"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={onRepeat}
        error={errors.repeat && t(errors.repeat)}
      />
    </>
  );
}
