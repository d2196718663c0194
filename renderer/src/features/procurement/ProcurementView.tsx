import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { assertNever } from '../../../../shared/assertNever';
import { neighbourPhases, PHASES, type Phase } from '../../../../shared/domain/procurement/phases';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import { describeError } from '../../app/describeError';
import { hrefOf, navigate } from '../../app/routes';
import { PersonalDataFindings } from './PersonalDataExemptionDialog';
import { PhasePlaceholder } from './PhasePlaceholder';
import { useFocusOnViewChange } from '../../app/focus';
import { useNotices } from '../../app/notices';
import { UnsavedFieldsContext } from '../../components/fields/unsavedFields';
import { ConflictNotice } from './ConflictNotice';
import type { ApplyEdit } from './edit';
import { SaveStatus } from './SaveStatus';
import { UndoButtons } from './UndoButtons';
import { useProcurementEditor } from './useProcurementEditor';

// Each built phase is a chunk of its own, loaded when the officer first opens it.
const PlanningPhase = lazy(() =>
  import('../planning/PlanningPhase').then((m) => ({ default: m.PlanningPhase })),
);
const CriteriaPhase = lazy(() =>
  import('../criteria/CriteriaPhase').then((m) => ({ default: m.CriteriaPhase })),
);
const EmploymentClausePhase = lazy(() =>
  import('../employmentClause/EmploymentClausePhase').then((m) => ({
    default: m.EmploymentClausePhase,
  })),
);
const DocumentsPhase = lazy(() =>
  import('../documents/DocumentsPhase').then((m) => ({ default: m.DocumentsPhase })),
);

function PhaseContent(props: {
  phase: Phase;
  step: string | undefined;
  procurement: Procurement;
  personalData: readonly PersonalDataFinding[];
  edit: ApplyEdit;
}) {
  switch (props.phase) {
    case 'planning':
      return (
        <PlanningPhase
          procurement={props.procurement}
          personalData={props.personalData}
          edit={props.edit}
          step={props.step}
        />
      );
    case 'criteria':
      return <CriteriaPhase procurement={props.procurement} edit={props.edit} step={props.step} />;
    case 'employmentClause':
      return (
        <EmploymentClausePhase
          procurement={props.procurement}
          personalData={props.personalData}
          edit={props.edit}
          step={props.step}
        />
      );
    case 'documents':
      return <DocumentsPhase procurement={props.procurement} edit={props.edit} step={props.step} />;
    case 'marketDialogue':
    case 'followUp':
      return <PhasePlaceholder phase={props.phase} />;
    default:
      return assertNever(props.phase);
  }
}

/** One procurement: its title, autosave state, phase navigation and the current phase. */
export function ProcurementView({ id, phase, step }: { id: string; phase: Phase; step?: string }) {
  const { t } = useTranslation();
  const editor = useProcurementEditor(id);
  const { previous, next } = neighbourPhases(phase);
  const notices = useNotices();
  const { saveNow: save, reload: reloadStored } = editor;
  const saveNow = useCallback(() => void save(), [save]);
  const reload = useCallback(async () => {
    if (await reloadStored()) notices.success(t('editing.conflict.reloaded'));
  }, [reloadStored, notices, t]);

  // The window title names the procurement and the phase; the focus moves to the heading when
  // the procurement or the phase changes (steps move it to their own heading, PhaseLayout).
  const loaded = editor.load.kind === 'ready' ? editor.load.procurement : null;
  useFocusOnViewChange(editor.load.kind === 'loading' ? null : `${id}/${phase}`, [
    loaded ? loaded.title || t('procurement.title') : '',
    t(`phases.${phase}.title`),
  ]);

  if (editor.load.kind === 'loading') return <LoadingSpinner text={t('app.loading')} />;
  if (editor.load.kind === 'failed') {
    return (
      <div className="panel">
        <Heading variant="h1" mb="s">
          {t('procurement.title')}
        </Heading>
        <Paragraph mb="m">{describeError(t, editor.load.error)}</Paragraph>
        <RouterLink href={hrefOf({ kind: 'list' })}>{t('procurement.backToList')}</RouterLink>
      </div>
    );
  }
  const procurement = editor.load.procurement;

  return (
    <div>
      <RouterLink href={hrefOf({ kind: 'list' })}>{t('procurement.backToList')}</RouterLink>
      <div className="procurement-header">
        <Heading variant="h1" data-testid="procurement-title">
          {procurement.title || t('procurement.title')}
        </Heading>
        <div className="editor-tools">
          <UndoButtons
            canUndo={editor.canUndo}
            canRedo={editor.canRedo}
            onUndo={editor.undo}
            onRedo={editor.redo}
          />
          <SaveStatus state={editor.saveState} unsaved={editor.unsaved} onSave={saveNow} />
        </div>
      </div>
      {editor.saveState.kind === 'conflict' && (
        <ConflictNotice changes={editor.conflictChanges} onReload={() => void reload()} />
      )}
      <div className="phase-layout">
        <nav aria-label={t('phases.navigationLabel')} className="phase-nav">
          <ol>
            {PHASES.map((p) => (
              <li key={p}>
                <a
                  href={hrefOf({ kind: 'procurement', id, phase: p })}
                  aria-current={p === phase ? 'step' : undefined}
                >
                  {t(`phases.${p}.title`)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div>
          <UnsavedFieldsContext.Provider value={editor.reportUnsaved}>
            <PersonalDataFindings findings={editor.personalData} edit={editor.edit} />
            <Suspense fallback={<LoadingSpinner text={t('app.loading')} />}>
              <PhaseContent
                phase={phase}
                step={step}
                procurement={procurement}
                personalData={editor.personalData}
                edit={editor.edit}
              />
            </Suspense>
          </UnsavedFieldsContext.Provider>
          <div className="phase-footer">
            {previous ? (
              <Button
                variant="secondary"
                onClick={() => navigate({ kind: 'procurement', id, phase: previous })}
              >
                {t('phases.previous', { phase: t(`phases.${previous}.title`) })}
              </Button>
            ) : (
              <span />
            )}
            {next && (
              <Button onClick={() => navigate({ kind: 'procurement', id, phase: next })}>
                {t('phases.next', { phase: t(`phases.${next}.title`) })}
              </Button>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
