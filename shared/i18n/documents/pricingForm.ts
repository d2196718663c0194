/**
 * Texts of the pricing form (hinnoittelulomake / prissättningsblankett), the Word table and
 * the xlsx a supplier fills in. Labels of the xlsx are also what the import checks, so a
 * change here changes the form's structure (old forms in that language are then refused).
 */
export const pricingFormTexts = {
  fi: {
    intro:
      'Tarjoaja ilmoittaa yksikköhinnan (euroa, alv 0 %) jokaiselle hinnoiteltavalle kohdalle. Vertailuhinta on yksikköhintojen ja arvioitujen määrien tulojen summa. Hinnat annetaan sähköisellä lomakkeella (xlsx), jonka rakennetta ei saa muuttaa.',
    inputNote: 'Täytä vain keltaiset solut. Lomakkeen rakennetta ei saa muuttaa.',
    tenderer: 'Tarjoaja',
    businessId: 'Y-tunnus',
    reference: 'Diaarinumero',
    sheet: 'Hinnoittelu',
    columns: {
      lot: 'Osa',
      item: 'Hinnoiteltava kohta',
      unit: 'Yksikkö',
      quantity: 'Arvioitu määrä',
      unitPrice: 'Yksikköhinta (€, alv 0 %)',
      total: 'Yhteensä (€, alv 0 %)',
    },
    sum: 'Vertailuhinta yhteensä',
    whole: 'koko hankinta',
    noItems: 'Hinnoiteltavia kohtia ei ole vielä määritetty vertailuperusteiden vaiheessa.',
  },
  sv: {
    intro:
      'Anbudsgivaren anger ett enhetspris (euro, moms 0 %) för varje post som ska prissättas. Jämförelsepriset är summan av enhetspriserna multiplicerade med de uppskattade mängderna. Priserna anges på den elektroniska blanketten (xlsx), vars struktur inte får ändras.',
    inputNote: 'Fyll endast i de gula cellerna. Blankettens struktur får inte ändras.',
    tenderer: 'Anbudsgivare',
    businessId: 'FO-nummer',
    reference: 'Diarienummer',
    sheet: 'Prissättning',
    columns: {
      lot: 'Del',
      item: 'Post som prissätts',
      unit: 'Enhet',
      quantity: 'Uppskattad mängd',
      unitPrice: 'Enhetspris (€, moms 0 %)',
      total: 'Totalt (€, moms 0 %)',
    },
    sum: 'Jämförelsepris totalt',
    whole: 'hela upphandlingen',
    noItems: 'Inga poster att prissätta har ännu angetts i skedet för jämförelsegrunder.',
  },
  en: {
    intro:
      'The tenderer states a unit price (euros, excl. VAT) for every item to be priced. The comparison price is the sum of the unit prices times the estimated quantities. Prices are given on the electronic form (xlsx), whose structure must not be changed.',
    inputNote: 'Fill in the yellow cells only. Do not change the structure of the form.',
    tenderer: 'Tenderer',
    businessId: 'Business ID',
    reference: 'Reference number',
    sheet: 'Pricing',
    columns: {
      lot: 'Lot',
      item: 'Item to price',
      unit: 'Unit',
      quantity: 'Estimated quantity',
      unitPrice: 'Unit price (€, excl. VAT)',
      total: 'Total (€, excl. VAT)',
    },
    sum: 'Comparison price in total',
    whole: 'whole procurement',
    noItems: 'No items to price have been set in the award criteria phase yet.',
  },
} as const;
