/**
 * Field labels for validation messages: a schema path with its list positions taken out
 * (`lots[2].name` → `lots[].name`) mapped to the catalog key of the label the officer sees
 * on the form. Error texts name fields in the user's words ("Hankinnan nimi: liian lyhyt"),
 * never as code keys ("title: liian lyhyt"). Every key here is checked to exist in fi, sv
 * and en (`test/unit/i18n/fieldLabels.test.ts`). A phase adds the paths of its own fields.
 */
export const FIELD_LABEL_KEYS: Readonly<Record<string, string>> = {
  title: 'procurement.title',
  referenceNumber: 'procurement.referenceNumber',
  description: 'procurement.description',
  responsiblePerson: 'procurement.responsiblePerson',
  status: 'procurement.status',
  authorityType: 'planning.authorityType.label',
  category: 'planning.category.label',
  'lots[].code': 'planning.lots.code',
  'lots[].name': 'planning.lots.name',
  'lots[].description': 'planning.lots.description',
  'lots[].value.basis': 'planning.amount.basis',
  'lots[].value.amountCents': 'planning.amount.amount',
  'lots[].value.additionalPurchasesCents': 'planning.amount.additionalPurchases',
  'planning.valuation.undivided.basis': 'planning.amount.basis',
  'planning.valuation.undivided.amountCents': 'planning.amount.amount',
  'planning.valuation.undivided.additionalPurchasesCents': 'planning.amount.additionalPurchases',
  'planning.valuation.term.kind': 'planning.term.kind',
  'planning.valuation.term.baseMonths': 'planning.term.baseMonths',
  'planning.valuation.term.options': 'planning.term.options',
  'planning.valuation.term.options[].count': 'planning.term.optionCount',
  'planning.valuation.term.options[].months': 'planning.term.optionMonths',
  'planning.valuation.term.options[].likely': 'planning.term.optionLikely',
  'planning.valuation.term.extensionMonths': 'planning.term.extensionMonths',
  'planning.valuation.prizesCents': 'planning.term.prizes',
  'planning.valuation.notes': 'planning.term.notes',
  'employmentClause.notUsedReason': 'employmentClause.decision.notUsedReason',
  'employmentClause.longTermUnemployedMonths': 'employmentClause.targetGroups.longTermMonths',
  'employmentClause.award.maxPoints': 'employmentClause.award.maxPoints',
  'employmentClause.award.capExtraPersonMonthsPerYear': 'employmentClause.award.cap',
  'employmentClause.obligation.quantityPerYear': 'employmentClause.obligation.quantity',
  'employmentClause.obligation.sharePercent': 'employmentClause.obligation.share',
  'employmentClause.obligation.monthlyLabourCostCents': 'employmentClause.obligation.labourCost',
  'employmentClause.obligation.annualWageBillCents': 'employmentClause.obligation.wageBill',
  'employmentClause.obligation.stepCents': 'employmentClause.obligation.step',
  'employmentClause.counting.minEmploymentMonths': 'employmentClause.obligation.minMonths',
  'employmentClause.counting.minHoursPerWeek': 'employmentClause.obligation.minHours',
  'employmentClause.counting.fullTimeHoursPerWeek': 'employmentClause.obligation.fullTimeHours',
  'employmentClause.terms.reportDueDays': 'employmentClause.terms.reportDueDays',
  'employmentClause.terms.candidateWaitWeeks': 'employmentClause.terms.waitWeeks',
  'employmentClause.terms.employmentServicesUnit': 'employmentClause.targetGroups.servicesUnit',
  'employmentClause.terms.penalty.amountCents': 'employmentClause.terms.penaltyAmount',
  'employmentClause.terms.penalty.capPercentOfAnnualValue': 'employmentClause.terms.penaltyCap',
  'employmentClause.notes': 'employmentClause.terms.notes',
  'planning.timeline.marketDialogueStart': 'timeline.milestones.marketDialogueStart',
  'planning.timeline.marketDialogueEnd': 'timeline.milestones.marketDialogueEnd',
  'planning.timeline.noticeSent': 'timeline.milestones.noticeSent',
  'planning.timeline.requestsDeadline': 'timeline.milestones.requestsDeadline',
  'planning.timeline.invitationsSent': 'timeline.milestones.invitationsSent',
  'planning.timeline.questionsDeadline': 'timeline.milestones.questionsDeadline',
  'planning.timeline.tenderDeadline': 'timeline.milestones.tenderDeadline',
  'planning.timeline.evaluationEnd': 'timeline.milestones.evaluationEnd',
  'planning.timeline.decision': 'timeline.milestones.decision',
  'planning.timeline.contractStart': 'timeline.milestones.contractStart',
  name: 'settings.fields.name',
  businessId: 'settings.fields.businessId',
  streetAddress: 'settings.fields.streetAddress',
  postalCode: 'settings.fields.postalCode',
  city: 'settings.fields.city',
  contactPerson: 'settings.fields.contactPerson',
  contactEmail: 'settings.fields.contactEmail',
  contactPhone: 'settings.fields.contactPhone',
  defaultDocumentLanguage: 'settings.fields.defaultDocumentLanguage',
};

/** A readable path split into its pattern (`lots[].name`) and its 1-based list positions. */
export function fieldPattern(path: string): { pattern: string; positions: number[] } {
  const positions: number[] = [];
  const pattern = path.replace(/\[(\d+)\]/g, (_, index: string) => {
    positions.push(Number(index) + 1);
    return '[]';
  });
  return { pattern, positions };
}

/**
 * The field's label in the user's language, with list positions ("Osan nimi (2)"), or
 * `undefined` when the path has no label yet (the caller then shows the path).
 */
export function fieldLabel(translate: (key: string) => string, path: string): string | undefined {
  const { pattern, positions } = fieldPattern(path.replace(/^organisation\./, ''));
  const key = FIELD_LABEL_KEYS[pattern];
  if (key === undefined) return undefined;
  const label = translate(key);
  return positions.length === 0 ? label : `${label} (${positions.join(', ')})`;
}
