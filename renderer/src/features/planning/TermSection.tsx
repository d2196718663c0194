import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import type { ValueEstimate } from '../../../../shared/domain/planning/estimatedValue';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { ApplyEdit } from '../procurement/edit';
import {
  amountForTermKind,
  type ContractTerm,
  type OptionPeriod,
  type Valuation,
} from '../../../../shared/domain/planning/valuation';
import { formatEuro } from '../../../../shared/format';
import { useNotices } from '../../app/notices';
import { IntegerField } from '../../components/fields/IntegerField';
import { LongServiceTermChoice } from './LongServiceTermChoice';
import { MoneyField } from '../../components/fields/MoneyField';
import { reinsert } from './reinsert';
import { ValueTable } from './ValueTable';

/** Contract period, options, extension and prizes: the inputs of the term. */
export function TermSection(props: {
  procurement: Procurement;
  edit: ApplyEdit;
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const { procurement: p, language } = props;
  return (
    <section className="panel" id="planning-term" aria-labelledby="term-heading">
      <Heading variant="h2" id="term-heading" mb="m">
        {t('planning.sections.term')}
      </Heading>
      <TermInputs valuation={p.planning.valuation} edit={props.edit} />
      <LongServiceTermChoice procurement={p} edit={props.edit} language={language} />
    </section>
  );
}

/**
 * The estimated value line by line with the rule and source of each line, and its total:
 * shown on the value step under the amounts it is computed from.
 */
export function ValueComputation(props: {
  procurement: Procurement;
  estimate: ValueEstimate;
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const { procurement: p, language } = props;
  return (
    <section className="panel" id="planning-value" aria-labelledby="value-heading">
      <Heading variant="h2" id="value-heading" mb="s">
        {t('planning.value.heading')}
      </Heading>
      <ValueTable estimate={props.estimate} lots={p.lots} language={language} />
      <p className="total-callout" data-testid="value-total">
        {t('planning.value.totalLabel')}:{' '}
        <strong>{formatEuro(props.estimate.totalCents, language)}</strong>
      </p>
    </section>
  );
}

/**
 * The inputs of the term and valuation; memoised on the valuation, so typing an amount
 * elsewhere re-renders only the computation, not these fields (issue 8).
 */
const TermInputs = memo(function TermInputs(props: { valuation: Valuation; edit: ApplyEdit }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const { valuation, edit } = props;
  const term = valuation.term;

  const setValuation = (change: (v: Valuation) => void) =>
    edit((q) => {
      change(q.planning.valuation);
    });
  const setTerm = (change: (term: ContractTerm) => void) =>
    setValuation((v) => {
      change(v.term);
    });
  const setOption = (id: string, change: (o: OptionPeriod) => void) =>
    setTerm((tm) => {
      const option = tm.options.find((o) => o.id === id);
      if (option) change(option);
    });

  const removeOption = (option: OptionPeriod, index: number) => {
    setTerm((tm) => {
      tm.options = tm.options.filter((o) => o.id !== option.id);
    });
    notices.success(t('planning.term.optionRemoved'), {
      label: t('common.undo'),
      run: () =>
        setTerm((tm) => {
          tm.options = reinsert(tm.options, option, index);
        }),
    });
  };

  return (
    <>
      <RadioButtonGroup
        labelText={t('planning.term.kind')}
        name="term-kind"
        value={term.kind}
        groupHintText={
          term.kind === 'indefinite'
            ? t('planning.term.indefiniteHint')
            : term.kind === 'oneOff'
              ? t('planning.term.oneOffHint')
              : undefined
        }
        onChange={(value) =>
          edit((q) => {
            const kind = value === 'indefinite' || value === 'oneOff' ? value : 'fixed';
            for (const lot of q.lots) lot.value = amountForTermKind(lot.value, kind);
            const valuation = q.planning.valuation;
            valuation.undivided = amountForTermKind(valuation.undivided, kind);
            valuation.term.kind = kind;
          })
        }
      >
        <RadioButton value="fixed">{t('planning.term.fixed')}</RadioButton>
        <RadioButton value="indefinite" data-testid="term-indefinite">
          {t('planning.term.indefinite')}
        </RadioButton>
        <RadioButton value="oneOff" data-testid="term-oneOff">
          {t('planning.term.oneOff')}
        </RadioButton>
      </RadioButtonGroup>

      {term.kind === 'fixed' && (
        <>
          <div className="form-grid" style={{ marginTop: 16 }}>
            <IntegerField
              label={t('planning.term.baseMonths')}
              value={term.baseMonths}
              min={1}
              max={600}
              onChange={(baseMonths) =>
                setTerm((tm) => {
                  tm.baseMonths = baseMonths;
                })
              }
              testId="term-baseMonths"
            />
            <IntegerField
              label={t('planning.term.extensionMonths')}
              value={term.extensionMonths}
              min={0}
              max={600}
              onChange={(extensionMonths) =>
                setTerm((tm) => {
                  tm.extensionMonths = extensionMonths;
                })
              }
              testId="term-extensionMonths"
            />
          </div>
          <Heading variant="h3" mt="l" mb="xs">
            {t('planning.term.options')}
          </Heading>
          <Paragraph mb="s">{t('planning.term.optionsHint')}</Paragraph>
          {term.options.length === 0 && (
            <Paragraph mb="s" className="muted">
              {t('planning.term.noOptions')}
            </Paragraph>
          )}
          {term.options.map((option, index) => (
            <fieldset
              className="subpanel"
              key={option.id}
              data-testid={`option-${index}`}
              data-focus-item="term-options"
            >
              <legend>{t('planning.term.optionHeading', { number: index + 1 })}</legend>
              <div className="form-grid">
                <IntegerField
                  label={t('planning.term.optionCount')}
                  value={option.count}
                  min={1}
                  max={50}
                  onChange={(count) =>
                    setOption(option.id, (o) => {
                      o.count = count;
                    })
                  }
                  testId={`option-${index}-count`}
                />
                <IntegerField
                  label={t('planning.term.optionMonths')}
                  value={option.months}
                  min={1}
                  max={120}
                  onChange={(months) =>
                    setOption(option.id, (o) => {
                      o.months = months;
                    })
                  }
                  testId={`option-${index}-months`}
                />
                <TextInput
                  labelText={t('planning.term.optionNote')}
                  value={option.note}
                  maxLength={200}
                  onChange={(v) =>
                    setOption(option.id, (o) => {
                      o.note = String(v ?? '');
                    })
                  }
                />
                <Checkbox
                  checked={option.likely}
                  onClick={({ checkboxState }) =>
                    setOption(option.id, (o) => {
                      o.likely = checkboxState;
                    })
                  }
                  data-testid={`option-${index}-likely`}
                >
                  {t('planning.term.optionLikely')}
                </Checkbox>
              </div>
              <div className="row-actions">
                <Button variant="secondary" onClick={() => removeOption(option, index)}>
                  {t('planning.term.removeOption')}
                </Button>
              </div>
            </fieldset>
          ))}
          <Button
            variant="secondary"
            onClick={() =>
              setTerm((tm) => {
                tm.options.push({
                  id: crypto.randomUUID(),
                  count: 1,
                  months: 12,
                  likely: true,
                  note: '',
                });
              })
            }
            data-testid="add-option"
            data-focus-fallback="term-options"
          >
            {t('planning.term.addOption')}
          </Button>
        </>
      )}

      <div className="form-grid" style={{ marginTop: 24 }}>
        <MoneyField
          label={t('planning.term.prizes')}
          cents={valuation.prizesCents}
          onChange={(prizesCents) =>
            setValuation((v) => {
              v.prizesCents = prizesCents;
            })
          }
          testId="prizes"
        />
        <Textarea
          className="wide"
          labelText={t('planning.term.notes')}
          hintText={t('planning.term.notesHint')}
          value={valuation.notes}
          rows={2}
          fullWidth
          resize="vertical"
          onChange={(e) =>
            setValuation((v) => {
              v.notes = e.target.value;
            })
          }
        />
      </div>
    </>
  );
});
