import { memo, useMemo } from 'react';
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
  // Each line's label in one pass (not a search of the lots per line).
  const labels = useMemo(() => {
    const byId = new Map<string | null, string>();
    for (const lot of props.lots) {
      byId.set(lot.id, `${lot.code} ${lot.name}`.trim() || t('planning.lots.untitled'));
    }
    return byId;
  }, [props.lots, t]);
  const lotLabel = (lotId: string | null) =>
    labels.get(lotId) ?? t('planning.amount.wholeProcurement');

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
              line={line}
              lot={line.kind === 'total' || line.kind === 'prizes' ? '' : lotLabel(line.lotId)}
              lotCount={estimate.lotTotals.length}
              language={language}
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

interface ValueRowProps {
  line: ValueLine;
  lot: string;
  lotCount: number;
  language: UiLanguage;
}

/** Same line content (the estimate is recomputed on every edit, so lines are new objects). */
function sameRow(a: ValueRowProps, b: ValueRowProps): boolean {
  if (a.lot !== b.lot || a.lotCount !== b.lotCount || a.language !== b.language) return false;
  const x = a.line;
  const y = b.line;
  if (x === y) return true;
  if (x.kind !== y.kind || x.valueCents !== y.valueCents || x.lotId !== y.lotId) return false;
  if (x.source !== y.source && JSON.stringify(x.source) !== JSON.stringify(y.source)) return false;
  const keys = Object.keys(x.params);
  return (
    keys.length === Object.keys(y.params).length && keys.every((k) => x.params[k] === y.params[k])
  );
}

/**
 * One line of the value table. Its texts (translation, legal source, amounts) are made here
 * and only when the line's content changed, so that typing one lot's amount re-renders and
 * re-describes that lot's lines and the totals, not every line of a 100-lot table (issue 8).
 */
const ValueRow = memo(function ValueRow(props: ValueRowProps) {
  const { t } = useTranslation();
  const { line, language } = props;
  const euro = (cents: number) => formatEuro(cents, language);
  const describe = (): string => {
    const p = line.params;
    const amount = typeof p['amountCents'] === 'number' ? euro(p['amountCents']) : '';
    const monthly = typeof p['monthlyCents'] === 'number' ? euro(p['monthlyCents']) : '';
    const annual = typeof p['annualCents'] === 'number' ? euro(p['annualCents']) : '';
    if (line.kind === 'total') {
      return props.lotCount > 0
        ? t('planning.value.lines.totalLots', { count: props.lotCount })
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
  return (
    <tr
      className={
        line.kind === 'total' ? 'total' : line.kind === 'lotSubtotal' ? 'subtotal' : undefined
      }
      data-testid={`value-line-${line.kind}`}
    >
      <td>{props.lot}</td>
      <td>
        <span className="line-text">{describe()}</span>
        <span className="rule-text">
          {tDynamic(t, `planning.value.rules.${RULE_OF_KIND[line.kind]}`)}
        </span>
      </td>
      <td className="source">{cite(line.source, language)}</td>
      <td className="num">{euro(line.valueCents)}</td>
    </tr>
  );
}, sameRow);
