import { describe, expect, it } from 'vitest';
import { buildContractDraft } from '../../shared/documents/contractDraft';
import { blocksText } from '../../shared/documents/word/blocks';
import { renderWordDocument } from '../../shared/documents/word/renderDocument';
import { docxParts, packDocx, renderWithLibreOffice, schemaErrors } from '../support/docx';
import { sampleDocumentInput } from '../support/documentFixture';

describe.each(['fi', 'sv'] as const)('contract draft (%s)', (language) => {
  const input = sampleDocumentInput(language);
  const content = buildContractDraft(input);
  const words = {
    fi: {
      title: 'Hankintasopimus (luonnos)',
      reporting: 'neljännesvuosittain',
      order: 'ensisijaisia yleisiin sopimusehtoihin',
      jyse: 'JYSE 2025 PALVELUT',
      options: 'jatkaa sopimusta 2 kertaa 12 kuukautta',
      penalty: 'sopimussakkoa',
    },
    sv: {
      title: 'Upphandlingskontrakt (utkast)',
      reporting: 'kvartalsvis',
      order: 'företräde framför de allmänna avtalsvillkoren',
      jyse: 'JYSE 2025 TJÄNSTER',
      options: 'förlänga kontraktet 2 gånger med 12 månader',
      penalty: 'avtalsvite',
    },
  }[language];

  it('has the parties, options, the clause with reporting duty, the order of precedence and signatures', () => {
    const text = blocksText(content.blocks).replace(/[\u00a0\u202f]/g, ' ');
    expect(content.meta.documentTitle).toBe(words.title);
    expect(text).toContain('Esimerkkilän kaupunki');
    expect(text).toContain(words.options);
    expect(text).toContain(words.reporting);
    expect(text).toContain(words.penalty);
    expect(text).toContain(words.jyse);
    expect(text).toContain(words.order);
    expect(content.blocks.some((b) => b.kind === 'signatures')).toBe(true);
  });

  it('validates against the OOXML schemas and opens in LibreOffice', async () => {
    const bytes = await packDocx(renderWordDocument(content));
    const parts = docxParts(bytes);
    for (const name of Object.keys(parts).filter((n) =>
      /^word\/(document|header\d*|footer\d*)\.xml$/.test(n),
    )) {
      expect(schemaErrors(parts[name]!, name), name).toEqual([]);
    }
    const rendered = renderWithLibreOffice(bytes, `contract-draft-${language}`, 2);
    expect(rendered.pages).toBeGreaterThan(0);
    expect(rendered.text).toContain(words.title);
  });
});
