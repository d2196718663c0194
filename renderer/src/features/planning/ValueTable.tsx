import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import {
  VALUE_SOURCES,
  type ValueEstimate,
  type ValueLine,
  type ValueNotice,
} from '../../../../shared/domain/planning/estimatedValue';
import type { Lot } from '../../../../shared/domain/procurement/lot';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import { cite } from '../../../../shared/domain/common/legalSources';
import { formatEuro } from '../../../../shared/format';
import { tDynamic } from '../../i18n';

const RULE_OF_KIND: Record<ValueLine['kind'], 'general' | 'lots' | 'indefinite' | 'longService'> = {
  baseAnnual: 'general',
  baseTotal: 'general',
  baseMonthly: 'general',
  optionAnnual: 'general',
  optionTotal: 'general',
  optionMonthly: 'general',
  extensionAnnual: 'general',
  extensionTotal: 'general',
  extensionMonthly: 'general',
  indefiniteMonthly: 'indefinite',
  indefiniteAnnual: 'indefinite',
  longServiceMonthly: 'longService',
  longServiceAnnual: 'longService',
  oneOff: 'general',
  additionalPurchases: 'general',
  lotSubtotal: 'lots',
  prizes: 'general',
  total: 'lots',
};

/** The estimated value, line by line: what each line is, the rule, its source and the amount. */
export function ValueTable(props: {
  estimate: ValueEstimate;
  lots: readonly Lot[];
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const { estimate, language } = props;
  const euro = (cents: number) => formatEuro(cents, language);
  const lotLabel = (lotId: string | null) => {
    const lot = props.lots.find((l) => l.id === lotId);
    return lot
      ? `${lot.code} ${lot.name}`.trim() || t('planning.lots.untitled')
      : t('planning.amount.wholeProcurement');
  };

  const describe = (line: ValueLine): string => {
    const p = line.params;
    const amount = typeof p['amountCents'] === 'number' ? euro(p['amountCents']) : '';
    const monthly = typeof p['monthlyCents'] === 'number' ? euro(p['monthlyCents']) : '';
    const annual = typeof p['annualCents'] === 'number' ? euro(p['annualCents']) : '';
    if (line.kind === 'total') {
      return estimate.lotTotals.length > 0
        ? t('planning.value.lines.totalLots', { count: estimate.lotTotals.length })
        : t('planning.value.lines.total');
    }
    const text = tDynamic(t, `planning.value.lines.${line.kind}`, {
      ...Object.fromEntries(
        Object.entries(p).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v]),
      ),
      amount: amount || monthly || annual,
    });
    return p['likely'] === false ? `${text} (${t('planning.value.unlikelyMarker')})` : text;
  };

  const noticeText = (notice: ValueNotice): string => {
    switch (notice.kind) {
      case 'totalWithIndefinite':
        return t('planning.value.notices.totalWithIndefinite');
      case 'unlikelyOptionsCounted':
        return t('planning.value.notices.unlikelyOptionsCounted', { months: notice.months });
      case 'lotsSummed':
        return t('planning.value.notices.lotsSummed', {
          count: notice.lotCount,
          source: cite([...VALUE_SOURCES.lots, 'splittingBan'], language),
        });
      case 'emptyLot':
        return t('planning.value.notices.emptyLot', {
          code: props.lots.find((l) => l.id === notice.lotId)?.code ?? '',
        });
    }
  };

  return (
    <div>
      <table className="data-table" data-testid="value-table">
        <caption>{t('planning.value.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planning.value.columns.item')}</th>
            <th scope="col">{t('planning.value.columns.rule')}</th>
            <th scope="col">{t('planning.value.columns.source')}</th>
            <th scope="col" className="num">
              {t('planning.value.columns.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {estimate.lines.map((line) => (
            <ValueRow
              key={line.key}
              kind={line.kind}
              lot={line.kind === 'total' || line.kind === 'prizes' ? '' : lotLabel(line.lotId)}
              text={describe(line)}
              rule={tDynamic(t, `planning.value.rules.${RULE_OF_KIND[line.kind]}`)}
              source={cite(line.source, language)}
              value={euro(line.valueCents)}
            />
          ))}
        </tbody>
      </table>
      {estimate.notices.map((notice, i) => (
        <InlineAlert
          key={`${notice.kind}-${i}`}
          status={
            notice.kind === 'totalWithIndefinite' || notice.kind === 'emptyLot'
              ? 'warning'
              : 'neutral'
          }
          mt="s"
          data-testid={`value-notice-${notice.kind}`}
        >
          {noticeText(notice)}
        </InlineAlert>
      ))}
    </div>
  );
}

/**
 * One line of the value table, from strings only, so that typing one lot's amount re-renders
 * the lines that changed and not every line of a 100-lot table (issue 8).
 */
const ValueRow = memo(function ValueRow(props: {
  kind: ValueLine['kind'];
  lot: string;
  text: string;
  rule: string;
  source: string;
  value: string;
}) {
  return (
    <tr
      className={
        props.kind === 'total' ? 'total' : props.kind === 'lotSubtotal' ? 'subtotal' : undefined
      }
      data-testid={`value-line-${props.kind}`}
    >
      <td>{props.lot}</td>
      <td>
        <span className="line-text">{props.text}</span>
        <span className="rule-text">{props.rule}</span>
      </td>
      <td className="source">{props.source}</td>
      <td className="num">{props.value}</td>
    </tr>
  );
});
