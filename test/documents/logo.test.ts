import { describe, expect, it } from 'vitest';
import { buildContractDraft } from '../../shared/documents/contractDraft';
import { renderWordDocument } from '../../shared/documents/word/renderDocument';
import { inspectLogo } from '../../shared/domain/workspace/organisationLogo';
import { docxParts, packDocx, renderWithLibreOffice, schemaErrors } from '../support/docx';
import { sampleDocumentInput } from '../support/documentFixture';
import { makePng } from '../support/images';

describe("the organisation's logo in the document header (issue 12)", () => {
  const png = makePng(600, 200);
  const checked = inspectLogo(png);
  if (!checked.ok) throw new Error('test logo refused');
  const input = { ...sampleDocumentInput('fi'), logo: { ...checked.logo, data: png } };
  const content = buildContractDraft(input);

  it('embeds the image once, in the header, scaled to 1.5 cm high, with its alternative text', async () => {
    const bytes = await packDocx(renderWordDocument(content));
    const parts = docxParts(bytes);
    const media = Object.keys(parts).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const header = Object.entries(parts).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1];
    expect(header).toContain('<pic:pic');
    // 171 × 57 px at 9 525 EMU per pixel.
    expect(header).toContain('cx="1628775"');
    expect(header).toContain('cy="542925"');
    expect(header).toContain(`descr="${input.organisation.name}"`);
    expect(parts['word/document.xml']).not.toContain('<pic:pic');
    for (const name of Object.keys(parts).filter((n) =>
      /^word\/(document|header\d*)\.xml$/.test(n),
    ))
      expect(schemaErrors(parts[name]!, name), name).toEqual([]);
  });

  it('opens in LibreOffice with the logo on the page', () => {
    return packDocx(renderWordDocument(content)).then((bytes) => {
      const rendered = renderWithLibreOffice(bytes, 'contract-draft-logo-fi', 1);
      expect(rendered.pages).toBeGreaterThan(0);
      expect(rendered.text).toContain(content.meta.documentTitle);
    });
  });

  it('leaves the header without an image when no logo is set', async () => {
    const parts = docxParts(
      await packDocx(renderWordDocument(buildContractDraft(sampleDocumentInput('fi')))),
    );
    expect(Object.keys(parts).some((n) => n.startsWith('word/media/'))).toBe(false);
  });
});
