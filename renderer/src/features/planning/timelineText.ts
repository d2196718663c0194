import type { TFunction } from 'i18next';
import { isIsoDate } from '../../../../shared/domain/common/calendarDate';
import type { TimelineWarning } from '../../../../shared/domain/planning/deadlineCheck';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type { TimeLimit } from '../../../../shared/domain/planning/timeLimits';
import { formatDate } from '../../../../shared/format';
import { tDynamic } from '../../i18n';

/**
 * Fills a timeline message's parameters for reading: ISO dates as dates, `day` as the day's
 * name, milestones by their labels, procedure and regime by their names (the conventions of
 * {@link TimelineWarning}).
 */
export function readableParams(
  t: TFunction,
  language: UiLanguage,
  params: TimelineWarning['params'],
): Record<string, string | number> {
  const milestone = (key: string) => tDynamic(t, `timeline.milestones.${key}`);
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = value;
    else if (name === 'day') out[name] = tDynamic(t, `timeline.days.${value}`);
    else if (name === 'milestone' || name === 'previous') out[name] = milestone(value);
    else if (name === 'milestones') out[name] = value.split(',').map(milestone).join(', ');
    else if (name === 'procedure')
      out[name] = tDynamic(t, `planning.procedure.kinds.${value}.name`);
    else if (name === 'regime') out[name] = tDynamic(t, `planning.procedure.regimeNames.${value}`);
    else if (isIsoDate(value)) out[name] = formatDate(value, language);
    else out[name] = value;
  }
  return out;
}

/** The message of one finding. */
export function warningMessage(t: TFunction, language: UiLanguage, w: TimelineWarning): string {
  return tDynamic(t, `timeline.warnings.${w.code}`, readableParams(t, language, w.params));
}

/** The explanation of a minimum period's rule, with its days. */
export function ruleText(t: TFunction, limit: Pick<TimeLimit, 'rule' | 'days'>): string {
  return tDynamic(t, `timeline.rules.${limit.rule}`, { days: limit.days });
}
