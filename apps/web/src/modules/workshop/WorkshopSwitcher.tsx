import { useId, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { slugInPath, workshopPath } from '../../app/workshop';
import { useI18n } from '../../app/i18n';

// The pages of a werkplaats that every werkplaats has: the switcher keeps one of these (and its query string)
// when it moves to another werkplaats; from any other page (an atelier, a lesson) it goes to the agenda.
const SAME_IN_EVERY_WORKSHOP = /^\/(tribune|zoeken|commissie|lidmaatschappen|beheer)(\/.*)?$/;

/**
 * The werkplaatsen of the signed-in person (the session's `me.workshops`), for who takes part in more than one:
 * a native select in a form, so choosing with the keyboard moves nothing until the person says go.
 */
export function WorkshopSwitcher({
  workshops,
}: {
  workshops: readonly { id: string; slug: string; name: string }[];
}) {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const current = slugInPath(location.pathname);
  function onSwitch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const slug = new FormData(event.currentTarget).get('werkplaats');
    if (typeof slug !== 'string' || slug === current) return;
    const rest = current ? location.pathname.slice(workshopPath(current).length) : '';
    const same = SAME_IN_EVERY_WORKSHOP.test(rest);
    void navigate(same ? `${workshopPath(slug, rest)}${location.search}` : workshopPath(slug));
  }
  return (
    <form className="workshop-switcher" onSubmit={onSwitch}>
      <label htmlFor={id}>{t('werkplaatsen.switcher')}</label>
      <select id={id} name="werkplaats" defaultValue={current ?? undefined} key={current}>
        {workshops.map((w) => (
          <option key={w.id} value={w.slug}>
            {w.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--quiet">
        {t('werkplaatsen.switcherGo')}
      </button>
    </form>
  );
}
