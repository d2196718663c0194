import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { Amount } from '../../../../shared/domain/planning/valuation';
import type { Lot } from '../../../../shared/domain/procurement/lot';
import type { ApplyEdit } from '../procurement/edit';
import { AmountFields } from './AmountFields';

/**
 * The amounts the estimated value is computed from, on the value step next to the
 * computation: one compact row per lot (the lots themselves are named on the basics step),
 * or the whole procurement's amount when it is not divided into lots.
 */
export const LotAmounts = memo(function LotAmounts(props: {
  lots: readonly Lot[];
  undivided: Amount;
  indefinite: boolean;
  edit: ApplyEdit;
}) {
  const { t } = useTranslation();
  const { edit } = props;
  const setUndivided = useCallback(
    (undivided: Amount) =>
      edit((q) => {
        q.planning.valuation.undivided = undivided;
      }),
    [edit],
  );
  return (
    <section className="panel" id="planning-amounts" aria-labelledby="amounts-heading">
      <Heading variant="h2" id="amounts-heading" mb="xs">
        {t('planning.sections.lots')}
      </Heading>
      {props.lots.length === 0 ? (
        <>
          <Paragraph mb="s" className="muted">
            {t('planning.lots.none')}
          </Paragraph>
          <fieldset className="subpanel amount-row">
            <legend>{t('planning.amount.wholeProcurement')}</legend>
            <div className="amount-grid">
              <AmountFields
                amount={props.undivided}
                indefinite={props.indefinite}
                testIdPrefix="undivided"
                onChange={setUndivided}
              />
            </div>
          </fieldset>
        </>
      ) : (
        <>
          <Paragraph mb="s" className="muted" data-testid="lot-amounts-hints">
            {t('planning.amount.rowsHint')}
          </Paragraph>
          {props.lots.map((lot, index) => (
            <LotAmountRow
              key={lot.id}
              lot={lot}
              index={index}
              indefinite={props.indefinite}
              edit={edit}
            />
          ))}
        </>
      )}
    </section>
  );
});

const LotAmountRow = memo(function LotAmountRow(props: {
  lot: Lot;
  index: number;
  indefinite: boolean;
  edit: ApplyEdit;
}) {
  const { t } = useTranslation();
  const { lot, index, edit } = props;
  const id = lot.id;
  const onChange = useCallback(
    (value: Amount) =>
      edit((q) => {
        const target = q.lots.find((l) => l.id === id);
        if (target) target.value = value;
      }),
    [edit, id],
  );
  return (
    <fieldset className="subpanel amount-row" data-testid={`lot-amounts-${index}`}>
      <legend>
        {t('planning.lots.heading', { code: lot.code || String(index + 1) })}
        {lot.name ? ` – ${lot.name}` : ''}
      </legend>
      <div className="amount-grid">
        <AmountFields
          amount={lot.value}
          indefinite={props.indefinite}
          testIdPrefix={`lot-${index}`}
          onChange={onChange}
          hints={false}
        />
      </div>
    </fieldset>
  );
});
