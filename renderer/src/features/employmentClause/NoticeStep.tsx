import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { noticeFieldsOf } from '../../../../shared/domain/employmentClause/noticeFields';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { useCopyText } from './copyText';

/** The notice languages in Finland: the fields are given in Finnish and Swedish. */
const NOTICE_LANGUAGES = ['fi', 'sv'] as const;

/**
 * Step 6: what to enter in the Hilma notice (eForms) — BT-06 strategic procurement
 * (`soc-obj`), BT-775 social procurement `opp` with its official label, and the BT-777
 * description — in Finnish and Swedish, each with a copy button (`noticeFieldsOf`).
 */
export function NoticeStep({ procurement }: { procurement: Procurement }) {
  const { t } = useTranslation();
  const copy = useCopyText();
  const fields = useMemo(() => noticeFieldsOf(procurement), [procurement]);

  const field = (id: string, label: string, value: string, language: 'fi' | 'sv', long = false) => (
    <div className="notice-field" key={`${id}-${language}`}>
      <div className="notice-field-head">
        <span className="notice-field-language">
          {t(`employmentClause.notice.language.${language}`)}
        </span>
        <Button
          variant="secondary"
          aria-label={t('employmentClause.notice.copyLabel', {
            field: label,
            language: t(`employmentClause.notice.language.${language}`),
          })}
          onClick={() => void copy(value)}
          data-testid={`notice-${id}-${language}-copy`}
        >
          {t('employmentClause.notice.copy')}
        </Button>
      </div>
      <p
        className={long ? 'notice-field-value long' : 'notice-field-value'}
        lang={language}
        data-testid={`notice-${id}-${language}`}
      >
        {value}
      </p>
    </div>
  );

  return (
    <section className="panel" aria-labelledby="clause-step-heading">
      <Heading variant="h2" id="clause-step-heading" tabIndex={-1} mb="xs">
        {t('employmentClause.notice.heading')}
      </Heading>
      {!fields ? (
        <Paragraph className="muted" data-testid="notice-not-used">
          {t('employmentClause.notice.notUsed')}
        </Paragraph>
      ) : (
        <>
          <Paragraph mb="m">{t('employmentClause.notice.intro')}</Paragraph>
          <div className="notice-group">
            <Heading variant="h3" as="h3" mb="xs">
              {t('employmentClause.notice.bt06')}
            </Heading>
            <Paragraph mb="xs" data-testid="notice-bt06">
              {t('employmentClause.notice.bt06Value')}
            </Paragraph>
          </div>
          <div className="notice-group">
            <Heading variant="h3" as="h3" mb="xs">
              {t('employmentClause.notice.bt775')}
            </Heading>
            <Paragraph mb="xs">
              <code>{fields.socialProcurement.code}</code>
            </Paragraph>
            {NOTICE_LANGUAGES.map((l) =>
              field(
                'bt775',
                t('employmentClause.notice.bt775'),
                fields.socialProcurement.label[l],
                l,
              ),
            )}
          </div>
          <div className="notice-group">
            <Heading variant="h3" as="h3" mb="xs">
              {t('employmentClause.notice.bt777')}
            </Heading>
            {NOTICE_LANGUAGES.map((l) =>
              field(
                'bt777',
                t('employmentClause.notice.bt777'),
                fields.description.text[l],
                l,
                true,
              ),
            )}
          </div>
        </>
      )}
    </section>
  );
}
