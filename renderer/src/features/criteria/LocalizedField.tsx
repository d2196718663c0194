import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/domain/criteria/localizedText';
import { TextField } from '../../components/fields/TextFields';

/**
 * A text the documents print in fi, sv and en: the Finnish field (required, the source
 * language) and, behind a disclosure, the Swedish and English ones; an empty translation
 * falls back to Finnish in the documents (localizedText.textIn).
 */
export function LocalizedField(props: {
  label: string;
  value: LocalizedText;
  maxLength: number;
  onChange: (language: keyof LocalizedText, value: string) => void;
  testId: string;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const translated = value.sv.trim() !== '' || value.en.trim() !== '';
  return (
    <div className={props.wide ? 'localized-field wide' : 'localized-field'}>
      <TextField
        label={props.label}
        value={value.fi}
        maxLength={props.maxLength}
        wide={props.wide}
        onChange={(v) => onChange('fi', v)}
        testId={props.testId}
      />
      <details className="localized-other" open={translated || undefined}>
        <summary>{t('criteria.ui.languages.other')}</summary>
        <TextField
          label={t('criteria.ui.languages.sv', { label: props.label })}
          value={value.sv}
          maxLength={props.maxLength}
          wide={props.wide}
          onChange={(v) => onChange('sv', v)}
          testId={`${props.testId}-sv`}
        />
        <TextField
          label={t('criteria.ui.languages.en', { label: props.label })}
          value={value.en}
          maxLength={props.maxLength}
          wide={props.wide}
          onChange={(v) => onChange('en', v)}
          testId={`${props.testId}-en`}
        />
      </details>
    </div>
  );
}
