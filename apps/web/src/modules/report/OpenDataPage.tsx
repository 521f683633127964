import { useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useWorkshop } from '../../app/workshop';
import { LoadError, Loading } from '../common/States';

/** The catalogue `GET /w/<slug>/open-data/index.json` answers (apps/api/src/open-data). */
interface Catalogue {
  werkplaats: { name: string; slug: string };
  licence: { id: 'CC_BY_4_0' | 'CC_BY_SA_4_0' | 'CC0_1_0'; name: string; url: string };
  datasets: {
    name: 'ateliers' | 'kwesties' | 'lessen' | 'inzichten' | 'opbrengsten' | 'activiteiten';
    rowCount: number;
    withheld: number;
    lastModified: string | null;
    files: { json: string; csv: string };
    fields: { name: string; type: string; nl: string; en: string }[];
  }[];
}

/**
 * `/w/<slug>/open-data`: what the werkplaats shares publicly, as files to download (JSON and CSV per dataset), with
 * the schema of each (its fields and what they mean), the licence and when each last changed. The catalogue comes
 * from the same server that makes the files, so the page never describes a field the files do not have.
 */
export function OpenDataPage() {
  const { t, locale, formatDate } = useI18n();
  const workshop = useWorkshop();
  // Each answer with the werkplaats it is of, so another werkplaats's page never shows the one before.
  const [loaded, setLoaded] = useState<{ slug: string; catalogue: Catalogue } | null>(null);
  const [failed, setFailed] = useState<{ slug: string; attempt: number } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const slug = workshop.slug;
    fetch(`/w/${encodeURIComponent(slug)}/open-data/index.json`, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    })
      .then((response) => {
        if (!response.ok) throw new Error(`open data: ${response.status}`);
        return response.json() as Promise<Catalogue>;
      })
      .then((catalogue) => setLoaded({ slug, catalogue }))
      .catch(() => {
        if (!controller.signal.aborted) setFailed({ slug, attempt });
      });
    return () => controller.abort();
  }, [workshop.slug, attempt]);

  const catalogue = loaded?.slug === workshop.slug ? loaded.catalogue : null;
  if (!catalogue && failed?.slug === workshop.slug && failed.attempt === attempt)
    return <LoadError retry={() => setAttempt((a) => a + 1)} />;
  if (!catalogue) return <Loading />;

  return (
    <article className="prose open-data">
      <h1>{t('openData.title', { name: catalogue.werkplaats.name })}</h1>
      <p className="lead">{t('openData.intro')}</p>

      <section aria-labelledby="open-data-licence">
        <h2 id="open-data-licence">{t('openData.licence')}</h2>
        <p>
          {t('openData.licenceText')}{' '}
          <a href={catalogue.licence.url} rel="license">
            {t(`licence.${catalogue.licence.id}`)}
          </a>
          .
        </p>
      </section>

      <section aria-labelledby="open-data-datasets">
        <h2 id="open-data-datasets">{t('openData.datasets')}</h2>
        {/* Focusable, so a keyboard can scroll a table wider than a phone. */}
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="open-data-datasets">
          <table className="data-table">
            <caption className="visually-hidden">{t('openData.datasets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('openData.dataset')}</th>
                <th scope="col">{t('openData.rows')}</th>
                <th scope="col">{t('openData.withheld')}</th>
                <th scope="col">{t('openData.lastModified')}</th>
                <th scope="col">{t('openData.download')}</th>
              </tr>
            </thead>
            <tbody>
              {catalogue.datasets.map((d) => {
                const name = t(`openData.dataset.${d.name}`);
                return (
                  <tr key={d.name}>
                    <th scope="row">
                      <a href={`#velden-${d.name}`}>{name}</a>
                    </th>
                    <td>{d.rowCount}</td>
                    <td>{d.withheld}</td>
                    <td>{d.lastModified ? formatDate(d.lastModified) : t('openData.never')}</td>
                    <td className="open-data__files">
                      <a
                        href={d.files.json}
                        download
                        aria-label={t('openData.downloadJson', { dataset: name })}
                      >
                        JSON
                      </a>{' '}
                      <a
                        href={d.files.csv}
                        download
                        aria-label={t('openData.downloadCsv', { dataset: name })}
                      >
                        CSV
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="meta">{t('openData.csvNote')}</p>
      </section>

      {catalogue.datasets.map((d) => {
        const name = t(`openData.dataset.${d.name}`);
        return (
          <section key={d.name} aria-labelledby={`velden-${d.name}`}>
            <h2 id={`velden-${d.name}`} tabIndex={-1}>
              {t('openData.fields', { dataset: name })}
            </h2>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`velden-${d.name}`}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('openData.field')}</th>
                    <th scope="col">{t('openData.type')}</th>
                    <th scope="col">{t('openData.description')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.fields.map((field) => (
                    <tr key={field.name}>
                      <th scope="row">
                        <code>{field.name}</code>
                      </th>
                      <td>
                        <code>{field.type}</code>
                      </td>
                      <td>{locale === 'en' ? field.en : field.nl}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </article>
  );
}
