import { Packer } from 'docx';
import { checkComparable } from '../domain/criteria/compareTenders';
import { criteriaForLot } from '../domain/criteria/criteriaPlan';
import { lotsWithoutComparison, type AwardInput } from './awardData';
import { buildContractDraft } from './contractDraft';
import { buildDecision } from './decision';
import { documentTranslator } from './documentText';
import { buildEvaluationReport } from './evaluationReport';
import { buildInvitationToTender } from './invitationToTender';
import { buildPricingForm, pricingFormRows, pricingFormWorkbookBytes } from './pricingForm';
import { buildProcurementReport } from './procurementReport';
import { missingInputs, type MissingInput, type PackageDocument } from './readiness';
import type { DocumentContent } from './word/blocks';
import { renderWordDocument } from './word/renderDocument';

/** One file of a generated document (the pricing form is a .docx and an .xlsx). */
export interface GeneratedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Longest file name written (characters, before the extension); Windows paths stay short. */
const MAX_NAME = 120;

/**
 * A file name from a document title and the procurement's reference number, safe on
 * Windows, macOS and Linux: no path separators, reserved characters or control characters,
 * no trailing dot or space, and not longer than {@link MAX_NAME}.
 */
export function safeFileName(base: string, extension: string): string {
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME)
    .replace(/[. ]+$/, '');
  return `${cleaned || 'document'}.${extension}`;
}

const BUILDERS: Record<
  Exclude<PackageDocument, 'pricingForm'>,
  (input: AwardInput) => DocumentContent
> = {
  invitationToTender: buildInvitationToTender,
  contractDraft: buildContractDraft,
  evaluationReport: buildEvaluationReport,
  procurementReport: buildProcurementReport,
  decision: buildDecision,
};

/** The files of one document: built as content, rendered with the package's look, packed. */
export async function generateDocument(
  document: PackageDocument,
  input: AwardInput,
): Promise<GeneratedFile[]> {
  const t = documentTranslator(input.language);
  const title = t(`common.titles.${document}`);
  const base = [title, input.procurement.referenceNumber].filter(Boolean).join(' ');
  const content = document === 'pricingForm' ? buildPricingForm(input) : BUILDERS[document](input);
  const docx = new Uint8Array(await Packer.toBuffer(renderWordDocument(content)));
  const files: GeneratedFile[] = [{ fileName: safeFileName(base, 'docx'), bytes: docx }];
  if (document === 'pricingForm') {
    files.push({
      fileName: safeFileName(base, 'xlsx'),
      bytes: await pricingFormWorkbookBytes(input),
    });
  }
  return files;
}

/** The documents that are built from the tender comparison. */
const AWARD_DOCUMENTS: readonly PackageDocument[] = [
  'evaluationReport',
  'procurementReport',
  'decision',
];

/**
 * What each chosen document lacks ({@link missingInputs}) and, for the award documents, a
 * tender comparison for every lot that the comparison can be made from (criteria and tenders
 * without errors); for the pricing form, items to price. A document with anything listed is
 * not generated.
 */
export function packageReadiness(
  input: AwardInput,
  documents: readonly PackageDocument[],
): Map<PackageDocument, MissingInput[]> {
  const result = missingInputs(input, documents);
  const p = input.procurement;
  const award: MissingInput[] = [];
  if (lotsWithoutComparison(input).length > 0) {
    award.push({
      code: 'tenderComparison',
      at: { kind: 'phase', phase: 'criteria', field: 'tenderComparison' },
    });
  }
  const invalid = input.comparisons.some((record) => {
    const set = criteriaForLot(p.criteria, record.lotId);
    return !checkComparable(set, record).ok;
  });
  if (invalid) {
    award.push({
      code: 'comparisonInvalid',
      at: { kind: 'phase', phase: 'criteria', field: 'tenderComparison' },
    });
  }
  for (const doc of documents) {
    const items = result.get(doc) ?? [];
    if (AWARD_DOCUMENTS.includes(doc)) items.push(...award);
    if (doc === 'pricingForm') {
      if (pricingFormRows(p, input.language).length === 0) {
        items.push({
          code: 'pricingItems',
          at: { kind: 'phase', phase: 'criteria', field: 'pricingItems' },
        });
      }
    }
    result.set(doc, items);
  }
  return result;
}
