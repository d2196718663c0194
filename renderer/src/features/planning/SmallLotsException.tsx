import type { ApplyEdit } from '../procurement/edit';
import { useTranslation } from 'react-i18next';
import { Checkbox, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { cite } from '../../../../shared/domain/common/legalSources';
import { estimateValue } from '../../../../shared/domain/planning/estimatedValue';
import {
  SMALL_LOTS_MAX_PERCENT,
  smallLotsException,
} from '../../../../shared/domain/planning/smallLots';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import { formatEuro } from '../../../../shared/format';

/**
 * The small-lots exception in the lots section: which lots qualify, the officer's choice
 * (stored in `valuation.smallLotsExceptionLotIds`) and the arithmetic of the 20 % limit, all
 * from `smallLotsException`. Shown when the procurement has at least two lots.
 */
export function SmallLotsException(props: {
  procurement: Procurement;
  edit: ApplyEdit;
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const { procurement: p, language } = props;
  if (p.lots.length < 2) return null;
  const euro = (cents: number) => formatEuro(cents, language);
  const estimate = estimateValue(p.planning.valuation, p.lots, p.category);
  const chosen = p.planning.valuation.smallLotsExceptionLotIds.filter((id) =>
    p.lots.some((l) => l.id === id),
  );
  const result = smallLotsException({
    category: p.category,
    lotTotals: estimate.lotTotals,
    chosenLotIds: chosen,
  });
  const params = {
    limit: euro(result.lotLimitCents),
    percent: SMALL_LOTS_MAX_PERCENT,
    chosen: euro(result.chosenCents),
    all: euro(result.allLotsCents),
    max: euro(result.maxChosenCents),
  };
  const setChosen = (lotId: string, on: boolean) =>
    props.edit((q) => {
      // Keeps only ids of the current lots, so removed lots do not linger in the choice.
      const ids = q.planning.valuation.smallLotsExceptionLotIds.filter(
        (id) => id !== lotId && q.lots.some((l) => l.id === id),
      );
      q.planning.valuation.smallLotsExceptionLotIds = on ? [...ids, lotId] : ids;
    });
  const lotName = (lotId: string) => {
    const lot = p.lots.find((l) => l.id === lotId);
    return lot ? `${lot.code} ${lot.name}`.trim() || t('planning.lots.untitled') : lotId;
  };

  return (
    <fieldset className="subpanel" data-testid="small-lots-exception">
      <legend>
        <Heading variant="h3" as="span">
          {t('planningRules.smallLots.heading')}
        </Heading>
      </legend>
      <Paragraph mb="s">
        {t('planningRules.smallLots.explain', {
          ...params,
          source: cite(['smallLotsDirective', 'lotsValue'], language),
        })}
      </Paragraph>
      {result.rows.map((row) => (
        <Checkbox
          key={row.lotId}
          checked={row.chosen}
          disabled={!row.qualifies && !row.chosen}
          onClick={({ checkboxState }) => setChosen(row.lotId, checkboxState)}
          data-testid={`small-lot-${row.lotId}`}
        >
          {row.qualifies
            ? t('planningRules.smallLots.lotLabel', {
                lot: lotName(row.lotId),
                value: euro(row.valueCents),
              })
            : t('planningRules.smallLots.lotNotQualifying', {
                lot: lotName(row.lotId),
                value: euro(row.valueCents),
                limit: params.limit,
              })}
        </Checkbox>
      ))}
      <Paragraph mt="s" data-testid="small-lots-arithmetic">
        {t('planningRules.smallLots.arithmetic', params)}
      </Paragraph>
      {chosen.length > 0 && (
        <InlineAlert
          status={result.ok ? 'neutral' : 'warning'}
          mt="s"
          data-testid="small-lots-result"
        >
          {result.invalidChoices.length > 0
            ? t('planningRules.smallLots.invalid', params)
            : result.ok
              ? t('planningRules.smallLots.ok', params)
              : t('planningRules.smallLots.overLimit', params)}
        </InlineAlert>
      )}
    </fieldset>
  );
}
