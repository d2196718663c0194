import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import {
  employmentClauseText,
  type ClauseVariant,
} from '../../../../shared/domain/employmentClause/clauseText';
import type { EmploymentClause } from '../../../../shared/domain/employmentClause/employmentClause';
import type { ObligationResult } from '../../../../shared/domain/employmentClause/obligation';
import {
  uiLanguageSchema,
  type UiLanguage,
} from '../../../../shared/domain/workspace/organisationProfile';
import { useCopyText } from './copyText';

const VARIANTS: readonly ClauseVariant[] = ['callForTenders', 'contract'];

/** The preview's variant and language, kept by the phase so they stay while steps change. */
export interface PreviewChoice {
  variant: ClauseVariant;
  language: UiLanguage;
}

/**
 * The clause text as the documents will have it (`employmentClauseText`), live: recomputed in
 * the same render as the edit that changed it, so it never lags a frame behind the form. The
 * variant (invitation to tender / contract) and the text's language (fi/sv/en, independent of
 * the interface language) are the officer's to switch; a button copies the whole text.
 */
export function ClausePreview(props: {
  placement: 'aside' | 'main';
  clause: EmploymentClause;
  obligation: ObligationResult;
  annualValueCents: number;
  choice: PreviewChoice;
  onChoice: (choice: PreviewChoice) => void;
}) {
  const { t } = useTranslation();
  const { variant, language } = props.choice;
  const setVariant = (v: ClauseVariant) => props.onChoice({ ...props.choice, variant: v });
  const setLanguage = (l: UiLanguage) => props.onChoice({ ...props.choice, language: l });
  const copy = useCopyText();
  const { clause, obligation, annualValueCents, placement } = props;
  const text = useMemo(
    () =>
      clause.decision === 'use'
        ? employmentClauseText({ clause, obligation, annualValueCents, variant, language })
        : null,
    [clause, obligation, annualValueCents, variant, language],
  );
  const plain = text
    ? [text.heading, ...text.paragraphs.map((para) => para.text)].join('\n\n')
    : '';
  // On the text step the preview is the step itself: its heading takes the focus.
  const headingId = placement === 'main' ? 'clause-step-heading' : 'clause-preview-heading';

  return (
    <section
      className={`clause-preview clause-preview-${placement}${placement === 'main' ? ' panel' : ''}`}
      aria-labelledby={headingId}
      data-testid={`clause-preview-${placement}`}
    >
      <Heading
        variant={placement === 'main' ? 'h2' : 'h3'}
        as="h2"
        id={headingId}
        tabIndex={placement === 'main' ? -1 : undefined}
      >
        {t('employmentClause.preview.heading')}
      </Heading>
      {placement === 'main' && <Paragraph mb="s">{t('employmentClause.preview.intro')}</Paragraph>}
      <div className="clause-preview-controls">
        <RadioButtonGroup
          labelText={t('employmentClause.preview.variant')}
          name={`clause-preview-variant-${placement}`}
          value={variant}
          onChange={(value) => setVariant(value === 'contract' ? 'contract' : 'callForTenders')}
        >
          {VARIANTS.map((v) => (
            <RadioButton
              key={v}
              value={v}
              variant="small"
              data-testid={`clause-preview-${placement}-variant-${v}`}
            >
              {t(`employmentClause.preview.variants.${v}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <RadioButtonGroup
          labelText={t('employmentClause.preview.language')}
          name={`clause-preview-language-${placement}`}
          value={language}
          onChange={(value) => setLanguage(uiLanguageSchema.catch('fi').parse(value))}
        >
          {uiLanguageSchema.options.map((l) => (
            <RadioButton
              key={l}
              value={l}
              variant="small"
              data-testid={`clause-preview-${placement}-language-${l}`}
            >
              {t(`employmentClause.preview.languages.${l}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      </div>
      {text ? (
        <>
          <div
            className="clause-preview-text"
            lang={language}
            data-testid={`clause-preview-${placement}-text`}
            data-language={language}
            data-variant={variant}
          >
            <p className="clause-preview-title">{text.heading}</p>
            {text.paragraphs.map((para) => (
              <p key={para.key} data-key={para.key}>
                {para.text}
              </p>
            ))}
          </div>
          <Button
            variant="secondary"
            onClick={() => void copy(plain)}
            data-testid={`clause-preview-${placement}-copy`}
          >
            {t('employmentClause.preview.copy')}
          </Button>
        </>
      ) : (
        <Paragraph className="muted">
          {clause.decision === 'notUsed'
            ? t('employmentClause.preview.notUsed')
            : t('employmentClause.preview.undecided')}
        </Paragraph>
      )}
    </section>
  );
}
