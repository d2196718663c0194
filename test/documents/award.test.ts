import { describe, expect, it } from 'vitest';
import type { AwardInput } from '../../shared/documents/awardData';
import { buildDecision, redressDeadlines } from '../../shared/documents/decision';
import { buildEvaluationReport } from '../../shared/documents/evaluationReport';
import { buildPricingForm } from '../../shared/documents/pricingForm';
import { buildProcurementReport } from '../../shared/documents/procurementReport';
import { blocksText, type DocumentContent } from '../../shared/documents/word/blocks';
import { renderWordDocument } from '../../shared/documents/word/renderDocument';
import { analysePlanning } from '../../shared/domain/planning/planningAnalysis';
import {
  docxParts,
  packDocx,
  renderWithLibreOffice,
  schemaErrors,
  wordText,
} from '../support/docx';
import { ORGANISATION, sampleAwardInput } from '../support/documentFixture';

const plain = (content: DocumentContent) =>
  blocksText(content.blocks).replace(/[\u00a0\u202f]/g, ' ');

async function checkWord(content: DocumentContent, name: string, words: string[]) {
  const bytes = await packDocx(renderWordDocument(content));
  const parts = docxParts(bytes);
  const checked = Object.keys(parts).filter((n) =>
    /^word\/(document|header\d*|footer\d*)\.xml$/.test(n),
  );
  expect(checked.some((n) => n.startsWith('word/header'))).toBe(true);
  expect(checked.some((n) => n.startsWith('word/footer'))).toBe(true);
  for (const part of checked) expect(schemaErrors(parts[part]!, part), part).toEqual([]);
  const footer = Object.entries(parts).find(([n]) => n.startsWith('word/footer'))![1];
  expect(footer).toMatch(/NUMPAGES/);
  const body = wordText(parts['word/document.xml']!);
  for (const w of words) expect(body).toContain(w);
  const rendered = renderWithLibreOffice(bytes, name, 3);
  expect(rendered.pages).toBeGreaterThan(0);
  expect(rendered.text).toContain(content.meta.documentTitle);
  for (const w of words.slice(0, 2)) expect(rendered.text).toContain(w);
}

const WORDS = {
  fi: {
    decision: 'Hankintapäätös',
    evaluation: 'Tarjousvertailu',
    report: 'Kertomus hankintamenettelystä',
    days: '14 päivän kuluessa',
    standstill:
      'Odotusaika päättyy 25.6.2027. Hankintasopimus voidaan tehdä aikaisintaan 28.6.2027.',
    rectification: 'Hankintaoikaisun viimeinen päivä: 28.6.2027',
    appeal: 'Valituksen viimeinen päivä markkinaoikeuteen: 28.6.2027',
    municipal: 'Oikaisuvaatimuksen viimeinen päivä: 28.6.2027',
    kuntalaki: 'kuntalaki 410/2015 134 §',
    noStandstill: 'ei sovelleta hankintalain 129 §:n odotusaikaa',
    weights: 'Hinnan painoarvo on 60 pistettä ja laadun 40 pistettä',
    formula: 'Hintapisteet = halvin vertailuhinta / tarjouksen vertailuhinta × 60.',
    excluded: 'Myöhäinen Oy | suljettu pois | Tarjous saapui määräajan jälkeen.',
    required: 'hankintalain 121 §',
  },
  sv: {
    decision: 'Upphandlingsbeslut',
    evaluation: 'Anbudsjämförelse',
    report: 'Rapport om upphandlingsförfarandet',
    days: 'inom 14 dagar',
    standstill: 'Väntetiden går ut 25.6.2027. Upphandlingskontraktet får ingås tidigast 28.6.2027.',
    rectification: 'Sista dag för upphandlingsrättelse: 28.6.2027',
    appeal: 'Sista dag för besvär hos marknadsdomstolen: 28.6.2027',
    municipal: 'Sista dag för omprövningsbegäran: 28.6.2027',
    kuntalaki: 'kommunallagen 410/2015 134 §',
    noStandstill: 'Väntetiden enligt 129 § i upphandlingslagen tillämpas inte',
    weights: 'Priset viktas med 60 poäng och kvaliteten med 40 poäng',
    formula: 'Prispoäng = lägsta jämförelsepris / anbudets jämförelsepris × 60.',
    excluded: 'Myöhäinen Oy | utesluten | Tarjous saapui määräajan jälkeen.',
    required: '121 § i upphandlingslagen',
  },
} as const;

describe.each(['fi', 'sv'] as const)('award documents (%s)', (language) => {
  const input = sampleAwardInput(language);
  const w = WORDS[language];

  it('decision: the winner per lot, ranking and points from the comparison, standstill and both redress periods with their last days', async () => {
    const content = buildDecision(input);
    const text = plain(content);
    expect(content.meta.documentTitle).toBe(w.decision);
    expect(text).toContain('Polku Palvelut Oy');
    expect(text).toContain('0135457-2');
    expect(text).toContain('1 | Polku Palvelut Oy | 1 000 000,00 € | 48,00 | 40,00 | 88,00');
    expect(text).toContain('2 | Askel Valmennus Oy | 800 000,00 € | 60,00 | 18,00 | 78,00');
    expect(text).toContain(w.weights);
    expect(text).toContain(w.formula);
    expect(text).toContain('Myöhäinen Oy (1A): Tarjous saapui määräajan jälkeen.');
    expect(text).toContain(w.standstill);
    expect(text).toContain(w.days);
    expect(text).toContain(w.rectification);
    expect(text).toContain(w.appeal);
    expect(text).toContain('markkinaoikeus@oikeus.fi');
    await checkWord(content, `decision-${language}`, ['88,00', w.appeal]);
  });

  it('decision below the national threshold: the municipal request for review, no standstill', () => {
    const small: AwardInput = structuredClone(input);
    for (const lot of small.procurement.lots) lot.value.amountCents = 1_000_000;
    small.analysis = analysePlanning(small.procurement, ORGANISATION, '2026-12-04');
    expect(small.analysis.consequences?.redress.kind).toBe('municipalRectification');
    const text = plain(buildDecision(small));
    // e-mailed Fri 11.6.2027 → notified on the 3rd day, Mon 14.6. → 14 days → Mon 28.6.2027
    expect(text).toContain(w.municipal);
    expect(text).toContain(w.kuntalaki);
    expect(text).toContain(w.noStandstill);
    expect(text).not.toContain(w.appeal);
  });

  it('evaluation report: tenders received, exclusions with reasons, points per criterion with reasons, ranking and sensitivity', async () => {
    const content = buildEvaluationReport(input);
    const text = plain(content);
    expect(content.meta.documentTitle).toBe(w.evaluation);
    expect(text).toContain(w.excluded);
    expect(text).toContain('Polku Palvelut Oy | 5 | 30,00 | Suunnitelma kattaa kaikki vaiheet.');
    expect(text).toContain('Askel Valmennus Oy | 0 | 0,00 | Ei palautejärjestelmää.');
    expect(text).toContain('Polku Palvelut Oy | 1 000 000,00 € | 48,00 |');
    expect(text).toContain('1 | Polku Palvelut Oy | 1 000 000,00 € | 48,00 | 40,00 | 88,00');
    expect(text).toContain(w.weights);
    // the sensitivity finding of sweepPriceWeight (its words come from the criteria catalog)
    expect(text).toMatch(language === 'fi' ? /Voittaja/ : /[Vv]innare/);
    await checkWord(content, `evaluation-report-${language}`, ['88,00', 'Askel Valmennus Oy']);
  });

  it('procurement report: required for this EU-level procurement, the selected supplier and the excluded tender', async () => {
    const content = buildProcurementReport(input);
    const text = plain(content);
    expect(content.meta.documentTitle).toBe(w.report);
    expect(text).toContain(w.required);
    expect(text).toContain('24 000 000,00 €');
    expect(text).toContain('Polku Palvelut Oy');
    expect(text).toContain('Tarjous saapui määräajan jälkeen.');
    await checkWord(content, `procurement-report-${language}`, [
      '24 000 000,00 €',
      'Polku Palvelut Oy',
    ]);
  });
});

describe.each(['fi', 'sv'] as const)('pricing form in Word (%s)', (language) => {
  it('lists the items of every lot with the estimated quantities and empty price columns', async () => {
    const content = buildPricingForm(sampleAwardInput(language));
    const text = plain(content);
    const item = language === 'fi' ? 'Asiakaspäivä' : 'Klientdag';
    const unit = language === 'fi' ? 'asiakaspäivä' : 'klientdag';
    expect(text).toContain(`${item} | ${unit} | 10 000 |  | `);
    expect(text.match(new RegExp(item, 'g'))).toHaveLength(4);
    expect(text).toContain(
      language === 'fi' ? 'Yksikköhinta (€, alv 0 %)' : 'Enhetspris (€, moms 0 %)',
    );
    await checkWord(content, `pricing-form-${language}`, [item, '10 000']);
  });
});

describe('redress deadlines', () => {
  it('moves a last day on a holiday to the next working day, and counts a posted decision from the 7th day', () => {
    // e-mailed Fri 11.6.2027: 14th day is Midsummer Eve 25.6. → Mon 28.6.
    expect(redressDeadlines('procurementLaw', '2027-06-11', 'electronic')).toEqual({
      received: '2027-06-11',
      rectification: '2027-06-28',
      appeal: '2027-06-28',
    });
    // posted Mon 7.6.2027 → received Mon 14.6. → 14 days → Mon 28.6.
    expect(redressDeadlines('procurementLaw', '2027-06-07', 'post')?.appeal).toBe('2027-06-28');
    // municipal: letter counts on the 7th day (kuntalaki 139 §)
    expect(redressDeadlines('municipalRectification', '2027-06-07', 'post')).toEqual({
      received: '2027-06-14',
      rectification: '2027-06-28',
      appeal: null,
    });
    expect(redressDeadlines('noStatutoryRedress', '2027-06-07', 'post')).toBeNull();
  });
});
