import { useId, useState } from 'react';
import { useI18n } from '../../app/i18n';

type Format = 'pdf' | 'md';
type Language = 'nl' | 'en';

/**
 * "Verslag downloaden" on an atelier's page: the report as PDF or Markdown, in Dutch or English. A plain link to
 * the server's address (`/w/<slug>/ateliers/<id>/verslag.pdf?lang=nl`): the session decides what is in it, the
 * browser downloads it, nothing of the report passes through the page.
 */
export function ReportDownload({ workshopSlug, atelierId }: { workshopSlug: string; atelierId: string }) {
  const { t, locale } = useI18n();
  const [format, setFormat] = useState<Format>('pdf');
  const [language, setLanguage] = useState<Language>(locale === 'en' ? 'en' : 'nl');
  const formatId = useId();
  const languageId = useId();
  const href = `/w/${encodeURIComponent(workshopSlug)}/ateliers/${encodeURIComponent(atelierId)}/verslag.${format}?lang=${language}`;
  return (
    <section aria-labelledby="verslag" className="card report-download">
      <h2 id="verslag">{t('report.download')}</h2>
      <p>{t('report.downloadIntro')}</p>
      <div className="field">
        <label htmlFor={formatId}>{t('report.format')}</label>
        <select id={formatId} value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          <option value="pdf">{t('report.formatPdf')}</option>
          <option value="md">{t('report.formatMarkdown')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={languageId}>{t('report.language')}</label>
        <select id={languageId} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
          <option value="nl" lang="nl">
            {t('report.languageNl')}
          </option>
          <option value="en" lang="en">
            {t('report.languageEn')}
          </option>
        </select>
      </div>
      <a className="button button--primary" href={href} download>
        {t('report.downloadLink', {
          format: t(format === 'pdf' ? 'report.formatPdf' : 'report.formatMarkdown'),
          language: t(language === 'nl' ? 'report.languageNl' : 'report.languageEn'),
        })}
      </a>
    </section>
  );
}
