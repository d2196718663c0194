import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/domain/common/calendarDate';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import { analysePlanning } from '../../../../shared/domain/planning/planningAnalysis';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { useAppSettings } from '../../app/settingsContext';
import { BasicsSection } from './BasicsSection';
import { CpvSection } from './CpvSection';
import { LotsSection } from './LotsSection';
import { ProcedureSection } from './ProcedureSection';
import { RegimeSection } from './RegimeSection';
import { ScreeningSection } from './ScreeningSection';
import { TermSection } from './TermSection';
import { TimeLimitsSummary } from './TimeLimitsSummary';
import { TimelineSection } from './TimelineSection';

const SECTIONS = [
  'basics',
  'cpv',
  'lots',
  'value',
  'regime',
  'procedure',
  'timeline',
  'screening',
] as const;

/**
 * The planning phase: every section of the officer's planning, with the value, regime,
 * time limits, timeline warnings and screening recomputed live by shared/domain rules.
 */
export function PlanningPhase(props: {
  procurement: Procurement;
  personalData: readonly PersonalDataFinding[];
  edit: (change: (p: Procurement) => Procurement) => void;
}) {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const language = settings.language;
  const { procurement, edit, personalData } = props;
  const analysis = useMemo(
    () => analysePlanning(procurement, settings.organisation, localIsoDate(new Date())),
    [procurement, settings.organisation],
  );

  return (
    <div data-testid="phase-planning">
      <nav aria-label={t('planning.sectionsLabel')}>
        <ul className="section-nav">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#planning-${s}`} onClick={(e) => jumpTo(e, `planning-${s}`)}>
                {t(`planning.sections.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <BasicsSection procurement={procurement} personalData={personalData} edit={edit} />
      <CpvSection procurement={procurement} edit={edit} />
      <LotsSection
        procurement={procurement}
        edit={edit}
        language={language}
        personalData={personalData}
      />
      <TermSection
        procurement={procurement}
        edit={edit}
        estimate={analysis.estimate}
        language={language}
      />
      <RegimeSection
        result={analysis.regime}
        consequences={analysis.consequences}
        language={language}
      >
        {analysis.limits && (
          <>
            <dt>{t('planning.regime.timeLimitsLabel')}</dt>
            <dd>
              <TimeLimitsSummary limits={analysis.limits} />
            </dd>
          </>
        )}
      </RegimeSection>
      <ProcedureSection
        procurement={procurement}
        edit={edit}
        regime={analysis.regime.ok ? analysis.regime.regime : null}
        authorityType={procurement.authorityType}
      />
      <TimelineSection
        procurement={procurement}
        edit={edit}
        check={analysis.timeline}
        limits={analysis.limits}
        language={language}
      />
      <ScreeningSection
        procurement={procurement}
        edit={edit}
        result={analysis.screening}
        language={language}
      />
    </div>
  );
}

/** In-page links move focus too, so keyboard and screen-reader users land in the section. */
function jumpTo(event: React.MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}
