import type { FeatureTexts } from '../shape';

const fi = {
  heading: 'Logo asiakirjoihin',
  intro:
    'Logo tulee jokaisen laaditun asiakirjan ylätunnisteeseen, enintään 1,5 cm korkeana. PNG- tai JPEG-kuva, enintään 1 Mt.',
  none: 'Logoa ei ole valittu. Asiakirjojen ylätunnisteessa on organisaation nimi.',
  chosen: 'Valittu logo: {{fileName}} ({{width}} × {{height}} px)',
  previewAlt: 'Organisaation logo',
  choose: 'Valitse logo…',
  replace: 'Vaihda logo…',
  remove: 'Poista logo',
  saved: 'Logo tallennettiin. Se näkyy seuraavaksi laadittavissa asiakirjoissa.',
  removed: 'Logo poistettiin.',
  dialogTitle: 'Valitse organisaation logo',
  imageFilter: 'Kuvat (PNG, JPEG)',
  refused: {
    tooLarge:
      'Kuva on {{kilobytes}} kt; logo saa olla enintään {{limitKilobytes}} kt. Pienennä kuvaa ja valitse se uudelleen.',
    notAnImage:
      'Tiedosto ei ole PNG- eikä JPEG-kuva (tiedoston sisältö tarkistetaan, ei nimeä). Tallenna logo PNG-muodossa.',
    tooSmall:
      'Kuva on vain {{widthPx}} × {{heightPx}} pikseliä; logon on oltava vähintään {{minPx}} pikseliä kumpaankin suuntaan.',
    tooBig:
      'Kuva on {{widthPx}} × {{heightPx}} pikseliä; logo saa olla enintään {{maxPx}} pikseliä kumpaankin suuntaan.',
  },
};

const sv: FeatureTexts<typeof fi>['sv'] = {
  heading: 'Logotyp i dokumenten',
  intro:
    'Logotypen placeras i sidhuvudet i varje dokument som skapas, högst 1,5 cm hög. En PNG- eller JPEG-bild, högst 1 MB.',
  none: 'Ingen logotyp har valts. Sidhuvudet i dokumenten visar organisationens namn.',
  chosen: 'Vald logotyp: {{fileName}} ({{width}} × {{height}} px)',
  previewAlt: 'Organisationens logotyp',
  choose: 'Välj logotyp…',
  replace: 'Byt logotyp…',
  remove: 'Ta bort logotypen',
  saved: 'Logotypen sparades. Den syns i de dokument som skapas härnäst.',
  removed: 'Logotypen togs bort.',
  dialogTitle: 'Välj organisationens logotyp',
  imageFilter: 'Bilder (PNG, JPEG)',
  refused: {
    tooLarge:
      'Bilden är {{kilobytes}} kB; logotypen får vara högst {{limitKilobytes}} kB. Förminska bilden och välj den på nytt.',
    notAnImage:
      'Filen är varken en PNG- eller en JPEG-bild (filens innehåll kontrolleras, inte namnet). Spara logotypen i PNG-format.',
    tooSmall:
      'Bilden är bara {{widthPx}} × {{heightPx}} pixlar; logotypen ska vara minst {{minPx}} pixlar i båda riktningarna.',
    tooBig:
      'Bilden är {{widthPx}} × {{heightPx}} pixlar; logotypen får vara högst {{maxPx}} pixlar i båda riktningarna.',
  },
};

const en: FeatureTexts<typeof fi>['en'] = {
  heading: 'Logo for documents',
  intro:
    'The logo goes in the header of every generated document, at most 1.5 cm high. A PNG or JPEG image, at most 1 MB.',
  none: "No logo chosen. The documents' header shows the organisation's name.",
  chosen: 'Chosen logo: {{fileName}} ({{width}} × {{height}} px)',
  previewAlt: "The organisation's logo",
  choose: 'Choose a logo…',
  replace: 'Change the logo…',
  remove: 'Remove the logo',
  saved: 'The logo was saved. It appears in the documents generated from now on.',
  removed: 'The logo was removed.',
  dialogTitle: "Choose the organisation's logo",
  imageFilter: 'Images (PNG, JPEG)',
  refused: {
    tooLarge:
      'The image is {{kilobytes}} kB; a logo may be at most {{limitKilobytes}} kB. Make it smaller and choose it again.',
    notAnImage:
      'The file is neither a PNG nor a JPEG image (its content is checked, not its name). Save the logo as PNG.',
    tooSmall:
      'The image is only {{widthPx}} × {{heightPx}} pixels; a logo must be at least {{minPx}} pixels each way.',
    tooBig:
      'The image is {{widthPx}} × {{heightPx}} pixels; a logo may be at most {{maxPx}} pixels each way.',
  },
};

/** Texts of the organisation logo setting (Settings → organisation). */
export const organisationLogoTexts = { fi, sv, en };
