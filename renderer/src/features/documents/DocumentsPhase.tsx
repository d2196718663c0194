import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Heading,
  InlineAlert,
  LoadingSpinner,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import type { ResponseOf } from '../../../../shared/api/contract';
import {
  PACKAGE_DOCUMENTS,
  type FixLocation,
  type PackageDocument,
} from '../../../../shared/documents/readiness';
import {
  GENERAL_TERMS,
  generalTermsSchema,
} from '../../../../shared/domain/documents/documentSettings';
import type { Phase } from '../../../../shared/domain/procurement/phases';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import { call } from '../../api/client';
import { hrefOf, navigate } from '../../app/routes';
import { useNotices } from '../../app/notices';
import { useAppSettings } from '../../app/settingsContext';
import { IntegerField } from '../../components/fields/IntegerField';
import { TextAreaField } from '../../components/fields/TextFields';
import { PhaseLayout } from '../../components/PhaseLayout';
import { tDynamic } from '../../i18n';
import type { ApplyEdit } from '../procurement/edit';
import './documents.css';

const STEPS = ['package', 'settings', 'pricing'] as const;
type DocumentsStep = (typeof STEPS)[number];
const LANGUAGES: readonly UiLanguage[] = ['fi', 'sv', 'en'];

/**
 * The step where a missing input is fixed, per phase and field, so a checklist item links
 * straight to it (step ids: planningSteps.ts, criteriaSteps.ts, clauseSteps.ts).
 */
const STEP_OF_FIELD: Readonly<Partial<Record<Phase, Readonly<Record<string, string>>>>> = {
  planning: {
    'cpv.main': 'basics',
    'planning.procedure.kind': 'procedure',
    'planning.timeline.tenderDeadline': 'timeline',
  },
  criteria: { tenderComparison: 'comparison', pricingItems: 'builder' },
  employmentClause: { decision: 'decision', obligation: 'obligation' },
};

/** Where a missing input is fixed, as a link (`#/procurements/<id>/<phase>/<step>`). */
export function fixHref(procurementId: string, at: FixLocation): string {
  if (at.kind === 'settings') return hrefOf({ kind: 'settings' });
  const step = STEP_OF_FIELD[at.phase]?.[at.field];
  return hrefOf({
    kind: 'procurement',
    id: procurementId,
    phase: at.phase,
    ...(step ? { step } : {}),
  });
}

type Readiness = ResponseOf<'documents:readiness'>['documents'];
type Generated = Extract<ResponseOf<'documents:generate'>, { status: 'generated' }>['files'];
type Refusal = Extract<ResponseOf<'documents:importPricingForm'>, { status: 'refused' }>;

/**
 * The documents phase: choose the documents and their language, see what each still lacks
 * (each item linked to the phase and step where it is fixed), edit the document settings,
 * generate the package into a chosen folder with progress per document and cancel, see the
 * files; and import a filled pricing form into the tender comparison.
 */
export function DocumentsPhase(props: {
  procurement: Procurement;
  edit: ApplyEdit;
  step: string | undefined;
}) {
  const { t } = useTranslation();
  const { procurement } = props;
  const step: DocumentsStep = STEPS.find((s) => s === props.step) ?? 'package';
  const id = procurement.id;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);
  const steps = useMemo(() => STEPS.map((s) => ({ id: s, title: t(`documents.steps.${s}`) })), [t]);
  const stepHref = useCallback(
    (s: DocumentsStep) => hrefOf({ kind: 'procurement', id, phase: 'documents', step: s }),
    [id],
  );
  const go = useCallback(
    (s: DocumentsStep) => navigate({ kind: 'procurement', id, phase: 'documents', step: s }),
    [id],
  );
  return (
    <div className="documents-phase" data-testid="phase-documents" data-step={step}>
      <PhaseLayout
        label={t('documents.stepsLabel')}
        steps={steps}
        current={step}
        hrefOf={stepHref}
        onNavigate={go}
        summary={<Paragraph>{t('documents.intro')}</Paragraph>}
      >
        <section className="panel" aria-labelledby="documents-step-heading">
          <h2 id="documents-step-heading" ref={headingRef} tabIndex={-1} className="step-heading">
            {t(`documents.steps.${step}`)}
          </h2>
          {step === 'package' && <PackageStep procurement={procurement} />}
          {step === 'settings' && <SettingsStep procurement={procurement} edit={props.edit} />}
          {step === 'pricing' && <PricingImportStep procurement={procurement} />}
        </section>
      </PhaseLayout>
    </div>
  );
}

function PackageStep({ procurement }: { procurement: Procurement }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const { settings } = useAppSettings();
  const [chosen, setChosen] = useState<PackageDocument[]>([...PACKAGE_DOCUMENTS]);
  const [language, setLanguage] = useState<UiLanguage>(settings.language === 'sv' ? 'sv' : 'fi');
  const [folder, setFolder] = useState<string | null>(null);
  const [job, setJob] = useState<{ id: string; done: number; total: number } | null>(null);
  const [files, setFiles] = useState<Generated>([]);
  const [incomplete, setIncomplete] = useState(false);
  const cancelledBy = useRef<string | null>(null);
  const id = procurement.id;
  // The stored procurement's revision: re-check after each save.
  const revision = procurement.revision;

  // The checklist of the current choice; an answer for an older choice is not shown.
  const key = `${chosen.join(',')}|${language}|${revision}`;
  const [checked, setChecked] = useState<{ key: string; documents: Readiness } | null>(null);
  useEffect(() => {
    if (chosen.length === 0) return;
    let alive = true;
    void call('documents:readiness', { procurementId: id, documents: chosen, language }).then(
      (r) => {
        if (!alive) return;
        if (r.ok) setChecked({ key, documents: r.value.documents });
        else notices.error(r.error);
      },
    );
    return () => {
      alive = false;
    };
  }, [id, chosen, language, key, notices]);
  const readiness: Readiness | null =
    chosen.length === 0 ? [] : checked?.key === key ? checked.documents : null;

  const toggle = (doc: PackageDocument, on: boolean) =>
    setChosen((c) => PACKAGE_DOCUMENTS.filter((d) => (d === doc ? on : c.includes(d))));

  const chooseFolder = async () => {
    const r = await call('documents:chooseFolder', {});
    if (!r.ok) return notices.error(r.error);
    if (r.value.status === 'chosen') setFolder(r.value.folder);
  };

  const generate = async () => {
    if (!folder || chosen.length === 0) return;
    const jobId = crypto.randomUUID();
    setJob({ id: jobId, done: 0, total: chosen.length });
    setFiles([]);
    setIncomplete(false);
    const poll = setInterval(() => {
      void call('job:progress', { jobId }).then((r) => {
        if (r.ok) setJob({ id: jobId, done: r.value.done, total: r.value.total || chosen.length });
      });
    }, 200);
    const result = await call('documents:generate', {
      jobId,
      procurementId: id,
      documents: chosen,
      language,
      folder,
    });
    clearInterval(poll);
    setJob(null);
    if (!result.ok) return notices.error(result.error);
    const value = result.value;
    if (value.status === 'cancelled') {
      if (cancelledBy.current === jobId) notices.success(t('documents.generate.cancelled'));
      return;
    }
    if (value.status === 'incomplete') {
      setChecked({ key, documents: value.documents });
      setIncomplete(true);
      return;
    }
    setFiles(value.files);
    notices.success(t('documents.generate.done', { folder }));
  };

  const openFolder = async (path: string) => {
    const result = await call('documents:openFolder', { folder: path });
    if (!result.ok) return notices.error(result.error);
    if (!result.value.opened)
      notices.success(t('documents.generate.openFolderFailed', { folder: path }));
  };

  const blocked = (readiness ?? []).filter((d) => d.missing.length > 0);
  return (
    <>
      <fieldset className="plain-fieldset" data-testid="documents-choice">
        <legend className="field-legend">{t('documents.choose.legend')}</legend>
        {PACKAGE_DOCUMENTS.map((doc) => (
          <Checkbox
            key={doc}
            checked={chosen.includes(doc)}
            onClick={({ checkboxState }) => toggle(doc, checkboxState)}
            data-testid={`document-${doc}`}
          >
            {t(`documents.names.${doc}`)}
          </Checkbox>
        ))}
      </fieldset>
      <RadioButtonGroup
        labelText={t('documents.language.legend')}
        name="document-language"
        value={language}
        onChange={(value) => setLanguage(LANGUAGES.find((l) => l === value) ?? 'fi')}
        className="spaced"
      >
        {LANGUAGES.map((l) => (
          <RadioButton key={l} value={l} data-testid={`document-language-${l}`}>
            {t(`documents.language.${l}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>

      <div className="subpanel" data-testid="documents-checklist" aria-live="polite">
        <Heading variant="h3" mb="xs">
          {t('documents.checklist.heading')}
        </Heading>
        {readiness === null ? (
          <Paragraph>{t('documents.checklist.checking')}</Paragraph>
        ) : blocked.length === 0 ? (
          <Paragraph>{t('documents.checklist.ready')}</Paragraph>
        ) : (
          <>
            <Paragraph mb="xs">{t('documents.checklist.intro')}</Paragraph>
            <ul className="issue-list">
              {blocked.map((d) => (
                <li key={d.document} data-testid={`missing-${d.document}`}>
                  <strong>{t(`documents.names.${d.document}`)}</strong>
                  <ul>
                    {d.missing.map((m) => (
                      <li key={`${m.code}-${m.at.field}`}>
                        {tDynamic(t, `documents.missing.${m.code}`)}{' '}
                        <a href={fixHref(procurement.id, m.at)}>
                          {t('documents.fix', {
                            where:
                              m.at.kind === 'settings'
                                ? t('documents.where.settings')
                                : t(`phases.${m.at.phase}.title`),
                          })}
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <div className="button-row">
        <Button
          variant="secondary"
          onClick={() => void chooseFolder()}
          data-testid="documents-folder"
        >
          {t('documents.generate.chooseFolder')}
        </Button>
        <Paragraph data-testid="documents-folder-path">
          {folder ? t('documents.generate.folder', { folder }) : t('documents.generate.noFolder')}
        </Paragraph>
      </div>
      {chosen.length === 0 && <Paragraph>{t('documents.generate.noneChosen')}</Paragraph>}
      <Button
        onClick={() => void generate()}
        disabled={!folder || chosen.length === 0 || job !== null}
        data-testid="documents-generate"
        mt="s"
      >
        {t('documents.generate.button')}
      </Button>
      {job && (
        <div className="job-progress" data-testid="documents-progress">
          <LoadingSpinner
            variant="small"
            textAlign="right"
            text={t('documents.generate.working', { done: job.done, total: job.total })}
            mb="xs"
          />
          <progress
            aria-label={t('documents.generate.progressLabel')}
            max={Math.max(1, job.total)}
            value={job.done}
          />
          <Button
            variant="secondary"
            data-testid="documents-cancel"
            onClick={() => {
              cancelledBy.current = job.id;
              void call('job:cancel', { jobId: job.id });
            }}
          >
            {t('documents.generate.cancel')}
          </Button>
        </div>
      )}
      {incomplete && (
        <InlineAlert status="error" className="spaced" data-testid="documents-incomplete">
          {t('documents.generate.incomplete')}
        </InlineAlert>
      )}
      {files.length > 0 && (
        <div className="subpanel" data-testid="documents-results">
          <Heading variant="h3" mb="xs">
            {t('documents.generate.results')}
          </Heading>
          <ul>
            {files.map((f) => (
              <li key={f.path} title={f.path}>
                {f.fileName}
              </li>
            ))}
          </ul>
          {folder && (
            <Button
              variant="secondary"
              onClick={() => void openFolder(folder)}
              data-testid="documents-open-folder"
            >
              {t('documents.generate.openFolder')}
            </Button>
          )}
        </div>
      )}
    </>
  );
}

function SettingsStep({ procurement, edit }: { procurement: Procurement; edit: ApplyEdit }) {
  const { t } = useTranslation();
  const s = procurement.documents;
  return (
    <div data-testid="documents-settings">
      <RadioButtonGroup
        labelText={t('documents.settings.generalTerms')}
        name="general-terms"
        value={s.generalTerms}
        onChange={(value) => {
          const generalTerms = generalTermsSchema.parse(value);
          edit((q) => {
            q.documents.generalTerms = generalTerms;
          });
        }}
        className="spaced"
      >
        {GENERAL_TERMS.map((g) => (
          <RadioButton key={g} value={g}>
            {t(`documents.settings.terms.${g}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <IntegerField
        label={t('documents.settings.validity')}
        value={s.tenderValidityMonths}
        min={1}
        max={24}
        testId="documents-validity"
        onChange={(months) =>
          edit((q) => {
            q.documents.tenderValidityMonths = months;
          })
        }
      />
      <Checkbox
        checked={s.publishEstimatedValue}
        onClick={({ checkboxState }) =>
          edit((q) => {
            q.documents.publishEstimatedValue = checkboxState;
          })
        }
      >
        {t('documents.settings.publishValue')}
      </Checkbox>
      <fieldset className="plain-fieldset">
        <legend className="field-legend">{t('documents.settings.tenderLanguages')}</legend>
        <Paragraph className="muted">{t('documents.settings.tenderLanguagesHint')}</Paragraph>
        {LANGUAGES.map((l) => (
          <Checkbox
            key={l}
            checked={s.tenderLanguages.includes(l)}
            // The last language cannot be removed: tenders need at least one.
            disabled={s.tenderLanguages.length === 1 && s.tenderLanguages.includes(l)}
            onClick={({ checkboxState }) =>
              edit((q) => {
                q.documents.tenderLanguages = LANGUAGES.filter((x) =>
                  x === l ? checkboxState : q.documents.tenderLanguages.includes(x),
                );
              })
            }
          >
            {t(`documents.language.${l}`)}
          </Checkbox>
        ))}
      </fieldset>
      <TextAreaField
        label={t('documents.settings.submission')}
        hint={t('documents.settings.submissionHint')}
        value={s.submissionInstructions}
        maxLength={2000}
        testId="documents-submission"
        onChange={(text) =>
          edit((q) => {
            q.documents.submissionInstructions = text;
          })
        }
      />
      <TextAreaField
        label={t('documents.settings.questions')}
        value={s.questionsInstructions}
        maxLength={2000}
        testId="documents-questions"
        onChange={(text) =>
          edit((q) => {
            q.documents.questionsInstructions = text;
          })
        }
      />
    </div>
  );
}

function PricingImportStep({ procurement }: { procurement: Procurement }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const importForm = async () => {
    setBusy(true);
    setRefusal(null);
    const r = await call('documents:importPricingForm', { procurementId: procurement.id });
    setBusy(false);
    if (!r.ok) return notices.error(r.error);
    if (r.value.status === 'cancelled') return;
    if (r.value.status === 'refused') return setRefusal(r.value);
    notices.success(
      t('documents.pricingImport.imported', { tenderer: r.value.tenderer, lots: r.value.lots }),
    );
  };
  return (
    <div data-testid="documents-pricing-import">
      <Paragraph mb="s">{t('documents.pricingImport.intro')}</Paragraph>
      <Button onClick={() => void importForm()} disabled={busy} data-testid="pricing-import">
        {t('documents.pricingImport.button')}
      </Button>
      {refusal && (
        <InlineAlert
          status="error"
          labelText={t('documents.pricingImport.refused')}
          className="spaced"
        >
          <ul data-testid="pricing-import-problems">
            {refusal.problems.map((p, i) => (
              <li key={i}>
                {p.cell ? t('documents.pricingImport.cell', { cell: p.cell }) : ''}
                {tDynamic(t, `documents.pricingImport.codes.${p.code}`, p.params)}
              </li>
            ))}
          </ul>
        </InlineAlert>
      )}
    </div>
  );
}
