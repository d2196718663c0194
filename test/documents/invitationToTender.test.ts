import { describe, expect, it } from 'vitest';
import { buildInvitationToTender } from '../../shared/documents/invitationToTender';
import { blocksText } from '../../shared/documents/word/blocks';
import { renderWordDocument } from '../../shared/documents/word/renderDocument';
import {
  docxParts,
  packDocx,
  renderWithLibreOffice,
  schemaErrors,
  wordText,
} from '../support/docx';
import { sampleDocumentInput } from '../support/documentFixture';

describe.each(['fi', 'sv'] as const)('invitation to tender (%s)', (language) => {
  const input = sampleDocumentInput(language);
  const content = buildInvitationToTender(input);
  const words = {
    fi: {
      title: 'Tarjouspyyntö',
      total: '24 000 000,00 €',
      perYear: '857 henkilötyökuukautta',
      validity: '4 kuukautta',
      jyse: 'JYSE 2025 PALVELUT',
      tilaajavastuu: 'tilaajavastuulain',
      page: 'sivu',
    },
    sv: {
      title: 'Anbudsförfrågan',
      total: '24 000 000,00 €',
      perYear: '857 personmånader',
      validity: '4 månader',
      jyse: 'JYSE 2025 TJÄNSTER',
      tilaajavastuu: 'beställarens utredningsskyldighet',
      page: 'sida',
    },
  }[language];

  it('states the value, lots, CPV, timetable, clause with its computed numbers and the general terms', () => {
    const text = blocksText(content.blocks).replace(/[\u00a0\u202f]/g, ' ');
    expect(content.meta.documentTitle).toBe(words.title);
    expect(text).toContain(words.total);
    expect(text).toContain('85312510');
    for (const code of ['1A', '1B', '1C', '2']) expect(text).toContain(code);
    // 5 % of the 6 000 000 € annual value = 300 000 € ÷ 3 500 € = 85,7 → 85 a year
    expect(text).toContain(words.perYear.replace('857', '85'));
    expect(text).toContain(words.validity);
    expect(text).toContain(words.jyse);
    expect(text).toContain(words.tilaajavastuu);
  });

  it('writes a .docx whose body, header and footer validate against the OOXML schemas', async () => {
    const parts = docxParts(await packDocx(renderWordDocument(content)));
    const checked = Object.keys(parts).filter((n) =>
      /^word\/(document|header\d*|footer\d*)\.xml$/.test(n),
    );
    expect(checked).toEqual(expect.arrayContaining(['word/document.xml']));
    expect(checked.some((n) => n.startsWith('word/footer'))).toBe(true);
    for (const name of checked) expect(schemaErrors(parts[name]!, name), name).toEqual([]);
    const footer = Object.entries(parts).find(([n]) => n.startsWith('word/footer'))![1];
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(wordText(footer)).toContain(words.page);
    expect(parts['word/document.xml']).toContain(
      `w:val="${language === 'fi' ? 'fi-FI' : 'sv-FI'}"`,
    );
    expect(wordText(parts['word/document.xml']!)).toContain(words.total);
  });

  it('opens in LibreOffice: pages, and the title and total value in the text layer', async () => {
    const rendered = renderWithLibreOffice(
      await packDocx(renderWordDocument(content)),
      `invitation-to-tender-${language}`,
      3,
    );
    expect(rendered.pages).toBeGreaterThan(0);
    expect(rendered.text).toContain(words.title);
    expect(rendered.text).toContain(words.total);
  });
});
