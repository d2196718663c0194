import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  IconPlus,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
} from 'suomifi-ui-components';
import {
  awardBasisSchema,
  criteriaForLot,
  overrideForLot,
  priceFormulaSchema,
  pricingItemSchema,
  qualityScalingSchema,
  removeLotOverride,
  tieBreakRuleSchema,
  type CriteriaSet,
  type ScoredCriterion,
  type ScoringMethod,
} from '../../../../shared/domain/criteria/criteriaPlan';
import {
  describeCriteriaText,
  renderStatement,
} from '../../../../shared/domain/criteria/criteriaText';

import { validateCriteriaSet } from '../../../../shared/domain/criteria/criteriaValidation';
import {
  textIn,
  MAX_CRITERION_NAME,
  MAX_CRITERION_TEXT,
} from '../../../../shared/domain/criteria/localizedText';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { hrefOf } from '../../app/routes';
import { useAppSettings } from '../../app/settingsContext';
import { IntegerField } from '../../components/fields/IntegerField';
import { PercentField } from '../../components/fields/PercentField';
import { tDynamic } from '../../i18n';
import type { ApplyEdit } from '../procurement/edit';
import {
  addLibraryEntry,
  copyIntoSet,
  libraryEntryFromCriterion,
  removeLibraryEntry,
  restoreSeeds,
} from '../../../../shared/domain/criteria/criteriaLibrary';
import { describeError } from '../../app/describeError';
import { LocalizedField } from './LocalizedField';
import { useCriteriaLibrary } from './useCriteriaLibrary';
import { hasOwnSet, newQualityCriterion, scaleLevels, scoringOfKind, setOf } from './criteriaEdit';

type SetEdit = (change: (set: CriteriaSet) => void) => void;

/**
 * Step 1: the criteria of the whole procurement or of one lot — award basis, weights adding
 * up to 100, pricing items and price formula, quality criteria with their scoring, minimum
 * requirements kept apart, quality scaling, tie-break and rounding — with every choice in
 * plain words (criteriaText) and the seeded library to add from.
 */
export function CriteriaBuilder(props: {
  procurement: Procurement;
  lotId: string | null;
  edit: ApplyEdit;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { procurement, lotId, edit } = props;
  const plan = procurement.criteria;
  const set = criteriaForLot(plan, lotId);
  const own = hasOwnSet(plan, lotId);
  const editSet: SetEdit = (change) =>
    edit((p) => {
      change(setOf(p.criteria, lotId));
    });
  const issues = validateCriteriaSet(set);
  const issueAt = (prefix: string) => issues.filter((i) => i.path.startsWith(prefix));
  const message = (i: (typeof issues)[number]) =>
    renderStatement({ key: `issues.${i.code}`, params: i.params }, language);
  const weightIssue = issues.find((i) => i.code === 'weightsNotHundred');
  const lot = procurement.lots.find((l) => l.id === lotId);
  const library = useCriteriaLibrary();
  const saveToLibrary = (c: ScoredCriterion) => {
    const entry = libraryEntryFromCriterion(c, crypto.randomUUID());
    if (!entry) return;
    void library.change(
      (lib) => addLibraryEntry(lib, entry),
      t('criteria.ui.library.saved', { name: textIn(c.name, language) }),
    );
  };

  return (
    <>
      {lot && (
        <section className="panel" aria-labelledby="criteria-lot-heading">
          <Heading variant="h2" id="criteria-lot-heading" mb="xs">
            {t('criteria.ui.lotSet.heading', { code: lot.code, name: lot.name })}
          </Heading>
          <Paragraph mb="s">
            {own ? t('criteria.ui.lotSet.own') : t('criteria.ui.lotSet.followsCommon')}
          </Paragraph>
          {own ? (
            <Button
              variant="secondary"
              onClick={() =>
                edit((p) => {
                  p.criteria = removeLotOverride(p.criteria, lot.id);
                })
              }
              data-testid="lot-follow-common"
            >
              {t('criteria.ui.lotSet.followCommon')}
            </Button>
          ) : (
            <Button
              onClick={() =>
                edit((p) => {
                  p.criteria = overrideForLot(p.criteria, lot.id);
                })
              }
              data-testid="lot-own-set"
            >
              {t('criteria.ui.lotSet.makeOwn')}
            </Button>
          )}
        </section>
      )}
      {(!lot || own) && (
        <>
          <section className="panel" aria-labelledby="criteria-basis-heading">
            <Heading variant="h2" id="criteria-basis-heading" mb="s">
              {t('criteria.ui.builder.basisHeading')}
            </Heading>
            <RadioButtonGroup
              labelText={t('criteria.ui.builder.basisLabel')}
              name="award-basis"
              value={set.awardBasis}
              onChange={(value) =>
                editSet((s) => {
                  s.awardBasis = awardBasisSchema.parse(value);
                })
              }
            >
              {awardBasisSchema.options.map((b) => (
                <RadioButton key={b} value={b} data-testid={`basis-${b}`}>
                  {t(`criteria.awardBasis.${b}`)}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          </section>

          <section className="panel" aria-labelledby="criteria-price-heading">
            <Heading variant="h2" id="criteria-price-heading" mb="s">
              {t('criteria.ui.builder.priceHeading')}
            </Heading>
            <div className="form-grid">
              <PercentField
                label={t('criteria.ui.builder.priceWeight')}
                hint={t('criteria.ui.builder.priceWeightHint')}
                value={set.priceWeightPercent}
                onChange={(v) =>
                  editSet((s) => {
                    s.priceWeightPercent = v;
                  })
                }
                testId="price-weight"
              />
            </div>
            {weightIssue && (
              <p className="criteria-error" role="status" data-testid="weights-error">
                {message(weightIssue)}
              </p>
            )}
            <RadioButtonGroup
              labelText={t('criteria.ui.builder.priceFormula')}
              name="price-formula"
              value={set.priceFormula}
              onChange={(value) =>
                editSet((s) => {
                  s.priceFormula = priceFormulaSchema.parse(value);
                })
              }
            >
              {priceFormulaSchema.options.map((f) => (
                <RadioButton key={f} value={f} data-testid={`formula-${f}`}>
                  {t(`criteria.priceFormula.${f}`)}
                </RadioButton>
              ))}
            </RadioButtonGroup>
            <PricingItems set={set} editSet={editSet} />
          </section>

          <section className="panel" aria-labelledby="criteria-quality-heading">
            <Heading variant="h2" id="criteria-quality-heading" mb="xs">
              {t('criteria.ui.builder.qualityHeading')}
            </Heading>
            <Paragraph mb="s">{t('criteria.ui.builder.qualityIntro')}</Paragraph>
            {set.criteria.length === 0 && (
              <Paragraph mb="s" className="muted">
                {t('criteria.ui.builder.noCriteria')}
              </Paragraph>
            )}
            <ol className="criteria-list">
              {set.criteria.map((c, i) => (
                <li key={c.id} className="subpanel" data-testid={`criterion-${i}`}>
                  {c.kind === 'employmentCommitment' ? (
                    <EmploymentRow
                      criterion={c}
                      index={i}
                      editSet={editSet}
                      href={hrefOf({
                        kind: 'procurement',
                        id: procurement.id,
                        phase: 'employmentClause',
                      })}
                    />
                  ) : (
                    <QualityRow
                      criterion={c}
                      index={i}
                      editSet={editSet}
                      onSaveToLibrary={library.state.kind === 'ready' ? saveToLibrary : null}
                    />
                  )}
                  {issueAt(`criteria[${i}]`).map((issue) => (
                    <p key={issue.path + issue.code} className="criteria-error">
                      {message(issue)}
                    </p>
                  ))}
                </li>
              ))}
            </ol>
            <Button
              variant="secondary"
              icon={<IconPlus />}
              onClick={() =>
                editSet((s) => {
                  s.criteria.push(newQualityCriterion(crypto.randomUUID()));
                })
              }
              data-testid="add-criterion"
            >
              {t('criteria.ui.builder.addCriterion')}
            </Button>
            <Library set={set} editSet={editSet} library={library} />
            <RadioButtonGroup
              className="criteria-gap"
              labelText={t('criteria.ui.builder.scaling')}
              groupHintText={t('criteria.ui.builder.scalingHint')}
              name="quality-scaling"
              value={set.qualityScaling}
              onChange={(value) =>
                editSet((s) => {
                  s.qualityScaling = qualityScalingSchema.parse(value);
                })
              }
            >
              {qualityScalingSchema.options.map((q) => (
                <RadioButton key={q} value={q} data-testid={`scaling-${q}`}>
                  {t(`criteria.qualityScaling.${q}`)}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          </section>

          <Requirements set={set} editSet={editSet} />

          <section className="panel" aria-labelledby="criteria-tie-heading">
            <Heading variant="h2" id="criteria-tie-heading" mb="xs">
              {t('criteria.ui.builder.tieHeading')}
            </Heading>
            <Paragraph mb="s">{t('criteria.ui.builder.tieIntro')}</Paragraph>
            <ol className="tie-list" data-testid="tie-break-list">
              {set.tieBreak.map((rule, i) => (
                <li key={rule}>
                  <span>{t(`criteria.tieBreakRule.${rule}`)}</span>
                  <Button
                    variant="secondaryNoBorder"
                    disabled={i === 0}
                    onClick={() =>
                      editSet((s) => {
                        const [r] = s.tieBreak.splice(i, 1);
                        if (r) s.tieBreak.splice(i - 1, 0, r);
                      })
                    }
                  >
                    {t('criteria.ui.builder.moveUp')}
                  </Button>
                  <Button
                    variant="secondaryNoBorder"
                    onClick={() =>
                      editSet((s) => {
                        s.tieBreak.splice(i, 1);
                      })
                    }
                  >
                    {t('criteria.ui.builder.remove')}
                  </Button>
                </li>
              ))}
            </ol>
            <div className="row-actions">
              {tieBreakRuleSchema.options
                .filter((r) => !set.tieBreak.includes(r))
                .map((r) => (
                  <Button
                    key={r}
                    variant="secondary"
                    icon={<IconPlus />}
                    onClick={() =>
                      editSet((s) => {
                        s.tieBreak.push(r);
                      })
                    }
                    data-testid={`tie-add-${r}`}
                  >
                    {t('criteria.ui.builder.addTieRule', {
                      rule: t(`criteria.tieBreakRule.${r}`),
                    })}
                  </Button>
                ))}
            </div>
            {issueAt('tieBreak').map((issue) => (
              <p key={issue.path + issue.code} className="criteria-error" data-testid="tie-error">
                {message(issue)}
              </p>
            ))}
            <div className="form-grid criteria-gap">
              <IntegerField
                label={t('criteria.ui.builder.decimals')}
                value={set.rounding.decimals}
                min={0}
                max={4}
                onChange={(v) =>
                  editSet((s) => {
                    s.rounding.decimals = v;
                  })
                }
                testId="rounding-decimals"
              />
            </div>
            <RadioButtonGroup
              labelText={t('criteria.ui.builder.roundingStage')}
              name="rounding-stage"
              value={set.rounding.stage}
              onChange={(value) =>
                editSet((s) => {
                  s.rounding.stage = value === 'perCriterion' ? 'perCriterion' : 'presentationOnly';
                })
              }
            >
              <RadioButton value="presentationOnly">
                {t('criteria.ui.builder.roundingPresentationOnly')}
              </RadioButton>
              <RadioButton value="perCriterion">
                {t('criteria.ui.builder.roundingPerCriterion')}
              </RadioButton>
            </RadioButtonGroup>
          </section>

          <section className="panel" aria-labelledby="criteria-words-heading">
            <Heading variant="h2" id="criteria-words-heading" mb="xs">
              {t('criteria.ui.builder.wordsHeading')}
            </Heading>
            <Paragraph mb="s">{t('criteria.ui.builder.wordsIntro')}</Paragraph>
            <ul className="criteria-words" data-testid="criteria-words">
              {describeCriteriaText(set, language).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}

function PricingItems(props: { set: CriteriaSet; editSet: SetEdit }) {
  const { t } = useTranslation();
  const { set, editSet } = props;
  const units = pricingItemSchema.shape.unit.options.flatMap((o) =>
    'options' in o ? o.options : [o.value],
  );
  return (
    <div className="criteria-gap">
      <Heading variant="h3" mb="xs">
        {t('criteria.ui.builder.pricingItems')}
      </Heading>
      <Paragraph mb="s">{t('criteria.ui.builder.pricingItemsIntro')}</Paragraph>
      <ol className="criteria-list">
        {set.pricingItems.map((item, i) => (
          <li key={item.id} className="subpanel">
            <div className="form-grid">
              <LocalizedField
                label={t('criteria.ui.builder.itemName')}
                value={item.name}
                maxLength={MAX_CRITERION_NAME}
                onChange={(lang, v) =>
                  editSet((s) => {
                    const it = s.pricingItems[i];
                    if (it) it.name[lang] = v;
                  })
                }
                testId={`item-name-${i}`}
              />
              <Dropdown
                labelText={t('criteria.ui.builder.itemUnit')}
                value={item.unit}
                onChange={(v: string) =>
                  editSet((s) => {
                    const it = s.pricingItems[i];
                    if (it) it.unit = pricingItemSchema.shape.unit.parse(v);
                  })
                }
              >
                {units.map((u) => (
                  <DropdownItem key={u} value={u}>
                    {t(`criteria.priceUnit.${u}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <IntegerField
                label={t('criteria.ui.builder.itemQuantity')}
                hint={t('criteria.ui.builder.itemQuantityHint')}
                value={item.quantity}
                min={0}
                max={10_000_000}
                onChange={(v) =>
                  editSet((s) => {
                    const it = s.pricingItems[i];
                    if (it) it.quantity = v;
                  })
                }
                testId={`item-quantity-${i}`}
              />
            </div>
            <Button
              variant="secondaryNoBorder"
              onClick={() =>
                editSet((s) => {
                  s.pricingItems.splice(i, 1);
                })
              }
            >
              {t('criteria.ui.builder.remove')}
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        icon={<IconPlus />}
        onClick={() =>
          editSet((s) => {
            s.pricingItems.push({
              id: crypto.randomUUID(),
              name: { fi: '', sv: '', en: '' },
              unit: 'lumpSum',
              quantity: 1,
            });
          })
        }
        data-testid="add-pricing-item"
      >
        {t('criteria.ui.builder.addPricingItem')}
      </Button>
    </div>
  );
}

function QualityRow(props: {
  criterion: ScoredCriterion;
  index: number;
  editSet: SetEdit;
  onSaveToLibrary: ((c: ScoredCriterion) => void) | null;
}) {
  const { t } = useTranslation();
  const { criterion: c, index: i, editSet } = props;
  const change = (f: (c: ScoredCriterion) => void) =>
    editSet((s) => {
      const found = s.criteria[i];
      if (found) f(found);
    });
  if (c.kind !== 'quality') return null;
  const scoring = c.scoring;
  const setScoring = (f: (s: ScoringMethod) => ScoringMethod) =>
    change((x) => {
      if (x.kind === 'quality') x.scoring = f(x.scoring);
    });
  return (
    <>
      <div className="form-grid">
        <LocalizedField
          label={t('criteria.ui.builder.criterionName')}
          value={c.name}
          maxLength={MAX_CRITERION_NAME}
          onChange={(lang, v) =>
            change((x) => {
              x.name[lang] = v;
            })
          }
          testId={`criterion-name-${i}`}
        />
        <PercentField
          label={t('criteria.ui.builder.criterionWeight')}
          value={c.weightPercent}
          onChange={(v) =>
            change((x) => {
              x.weightPercent = v;
            })
          }
          testId={`criterion-weight-${i}`}
        />
        <Dropdown
          labelText={t('criteria.ui.builder.scoringKind')}
          value={scoring.kind}
          onChange={(v: string) =>
            setScoring((s) =>
              scoringOfKind(s, v === 'scale' ? 'scale' : v === 'measured' ? 'measured' : 'yesNo'),
            )
          }
          data-testid={`criterion-scoring-${i}`}
        >
          <DropdownItem value="yesNo">{t('criteria.scoringKind.yesNo')}</DropdownItem>
          <DropdownItem value="scale">{t('criteria.scoringKind.scale')}</DropdownItem>
          <DropdownItem value="measured">{t('criteria.scoringKind.measured')}</DropdownItem>
        </Dropdown>
      </div>
      {scoring.kind === 'scale' && (
        <div className="criteria-levels">
          <IntegerField
            label={t('criteria.ui.builder.maxLevel')}
            value={scoring.maxLevel}
            min={1}
            max={10}
            onChange={(v) =>
              setScoring((s) =>
                s.kind === 'scale' ? { ...s, maxLevel: v, levels: scaleLevels(v, s.levels) } : s,
              )
            }
            testId={`criterion-maxlevel-${i}`}
          />
          {scoring.levels.map((level, li) => (
            <LocalizedField
              key={level.level}
              label={t('criteria.ui.builder.levelDescription', { level: level.level })}
              value={level.description}
              maxLength={MAX_CRITERION_TEXT}
              wide
              onChange={(lang, v) =>
                change((x) => {
                  if (x.kind === 'quality' && x.scoring.kind === 'scale') {
                    const l = x.scoring.levels[li];
                    if (l) l.description[lang] = v;
                  }
                })
              }
              testId={`criterion-level-${i}-${level.level}`}
            />
          ))}
        </div>
      )}
      {scoring.kind === 'measured' && (
        <div className="form-grid">
          <Dropdown
            labelText={t('criteria.ui.builder.direction')}
            value={scoring.direction}
            onChange={(v: string) =>
              setScoring((s) =>
                s.kind === 'measured'
                  ? { ...s, direction: v === 'lowerIsBetter' ? 'lowerIsBetter' : 'higherIsBetter' }
                  : s,
              )
            }
          >
            <DropdownItem value="higherIsBetter">
              {t('criteria.ui.builder.higherIsBetter')}
            </DropdownItem>
            <DropdownItem value="lowerIsBetter">
              {t('criteria.ui.builder.lowerIsBetter')}
            </DropdownItem>
          </Dropdown>
          <LocalizedField
            label={t('criteria.ui.builder.unit')}
            value={scoring.unit}
            maxLength={MAX_CRITERION_NAME}
            onChange={(lang, v) =>
              change((x) => {
                if (x.kind === 'quality' && x.scoring.kind === 'measured') {
                  x.scoring.unit[lang] = v;
                }
              })
            }
            testId={`criterion-unit-${i}`}
          />
        </div>
      )}
      <Button
        variant="secondaryNoBorder"
        onClick={() =>
          editSet((s) => {
            s.criteria.splice(i, 1);
          })
        }
        data-testid={`criterion-remove-${i}`}
      >
        {t('criteria.ui.builder.remove')}
      </Button>
      {props.onSaveToLibrary && (
        <Button
          variant="secondaryNoBorder"
          disabled={c.name.fi.trim() === ''}
          onClick={() => props.onSaveToLibrary?.(c)}
          data-testid={`criterion-to-library-${i}`}
        >
          {t('criteria.ui.library.saveCriterion')}
        </Button>
      )}
    </>
  );
}

/** The employment-commitment criterion: parameters come from the clause phase; the weight is set here. */
function EmploymentRow(props: {
  criterion: ScoredCriterion;
  index: number;
  editSet: SetEdit;
  href: string;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { criterion: c, index: i, editSet } = props;
  if (c.kind !== 'employmentCommitment') return null;
  return (
    <div data-testid="employment-criterion">
      <Paragraph mb="xs">
        <strong>{textIn(c.name, language) || t('criteria.ui.builder.employmentName')}</strong>
      </Paragraph>
      <Paragraph mb="xs">
        {c.params
          ? t('criteria.ui.builder.employmentParams', {
              baseline: c.params.baselinePersonMonths,
              cap: c.params.capPersonMonths,
            })
          : t('criteria.ui.builder.employmentOpen')}
      </Paragraph>
      <div className="form-grid">
        <PercentField
          label={t('criteria.ui.builder.criterionWeight')}
          value={c.weightPercent}
          onChange={(v) =>
            editSet((s) => {
              const x = s.criteria[i];
              if (x) x.weightPercent = v;
            })
          }
          testId={`criterion-weight-${i}`}
        />
      </div>
      <RouterLink href={props.href}>{t('criteria.ui.builder.employmentLink')}</RouterLink>
    </div>
  );
}

function Requirements(props: { set: CriteriaSet; editSet: SetEdit }) {
  const { t } = useTranslation();
  const { set, editSet } = props;
  return (
    <section className="panel" aria-labelledby="criteria-req-heading">
      <Heading variant="h2" id="criteria-req-heading" mb="xs">
        {t('criteria.ui.builder.requirementsHeading')}
      </Heading>
      <Paragraph mb="s">{t('criteria.ui.builder.requirementsIntro')}</Paragraph>
      <ol className="criteria-list">
        {set.minimumRequirements.map((r, i) => (
          <li key={r.id} className="subpanel">
            <LocalizedField
              label={t('criteria.ui.builder.requirementText', { n: i + 1 })}
              value={r.text}
              maxLength={MAX_CRITERION_TEXT}
              wide
              onChange={(lang, v) =>
                editSet((s) => {
                  const x = s.minimumRequirements[i];
                  if (x) x.text[lang] = v;
                })
              }
              testId={`requirement-text-${i}`}
            />
            <Button
              variant="secondaryNoBorder"
              onClick={() =>
                editSet((s) => {
                  s.minimumRequirements.splice(i, 1);
                })
              }
            >
              {t('criteria.ui.builder.remove')}
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        icon={<IconPlus />}
        onClick={() =>
          editSet((s) => {
            s.minimumRequirements.push({
              id: crypto.randomUUID(),
              text: { fi: '', sv: '', en: '' },
            });
          })
        }
        data-testid="add-requirement"
      >
        {t('criteria.ui.builder.addRequirement')}
      </Button>
    </section>
  );
}

/**
 * The organisation's criteria library (seeded with the Tampere 2017 sub-criteria, shared by
 * every procurement): add a copy into the set, remove an entry, restore the seeded ones.
 */
function Library(props: {
  set: CriteriaSet;
  editSet: SetEdit;
  library: ReturnType<typeof useCriteriaLibrary>;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { state, change } = props.library;
  const entries = state.kind === 'ready' ? state.library.entries : [];
  return (
    <details className="criteria-library criteria-gap" data-testid="criteria-library">
      <summary>{t('criteria.ui.library.heading', { count: entries.length })}</summary>
      <Paragraph mb="s">{t('criteria.ui.library.intro')}</Paragraph>
      {state.kind === 'failed' && (
        <Paragraph className="criteria-error">{describeError(t, state.error)}</Paragraph>
      )}
      <ul>
        {entries.map((e) => (
          <li key={e.id} data-testid="library-entry">
            <div>
              <strong>{textIn(e.name, language)}</strong>
              {textIn(e.description, language) && (
                <span className="muted"> – {textIn(e.description, language)}</span>
              )}
              <span className="muted">
                {' '}
                (
                {e.kind === 'quality'
                  ? tDynamic(t, `criteria.scoringKind.${e.scoring.kind}`)
                  : t('criteria.ui.library.requirement')}
                )
              </span>
            </div>
            <div className="row-actions">
              <Button
                variant="secondary"
                onClick={() => {
                  const next = copyIntoSet(props.set, e, crypto.randomUUID());
                  props.editSet((s) => {
                    s.criteria = next.criteria;
                    s.minimumRequirements = next.minimumRequirements;
                  });
                }}
                aria-label={t('criteria.ui.library.addNamed', { name: textIn(e.name, language) })}
                data-testid={`library-add-${e.id.slice(-2)}`}
              >
                {t('criteria.ui.library.add')}
              </Button>
              <Button
                variant="secondaryNoBorder"
                onClick={() =>
                  void change(
                    (lib) => removeLibraryEntry(lib, e.id),
                    t('criteria.ui.library.removed', { name: textIn(e.name, language) }),
                  )
                }
                aria-label={t('criteria.ui.library.removeNamed', {
                  name: textIn(e.name, language),
                })}
              >
                {t('criteria.ui.builder.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Button
        variant="secondaryNoBorder"
        onClick={() =>
          void change(
            (lib) => ({ ok: true, library: restoreSeeds(lib) }),
            t('criteria.ui.library.restored'),
          )
        }
      >
        {t('criteria.ui.library.restoreSeeds')}
      </Button>
    </details>
  );
}
