/**
 * Texts of the award documents: the procurement decision (hankintapäätös), the evaluation
 * report (tarjousvertailu) and the report on the procurement procedure (kertomus), written
 * for this project in fi, sv and en. Placeholders `{{…}}` are filled from the procurement
 * and the tender comparison; section references are to hankintalaki 1397/2016 unless the
 * text names another act. Redress periods are computed by the builder, never typed here.
 */
export const awardTexts = {
  fi: {
    lotHeading: 'Osa {{code}}: {{name}}',
    noComparison:
      'Tarjousvertailua ei voida esittää: vertailutiedoissa on virheitä, jotka on korjattava tarjousvertailun vaiheessa.',
    statuses: {
      compared: 'vertailtu',
      excluded: 'suljettu pois',
      requirementNotMet: 'ei täytä vähimmäisvaatimuksia',
    },
    columns: {
      rank: 'Sija',
      tenderer: 'Tarjoaja',
      businessId: 'Y-tunnus',
      status: 'Tila',
      comparisonPrice: 'Vertailuhinta',
      pricePoints: 'Hintapisteet',
      qualityPoints: 'Laatupisteet',
      total: 'Yhteensä',
      value: 'Arvio / arvo',
      points: 'Pisteet',
      reason: 'Perustelu',
    },
    tieBrokenBy: 'Tasapisteet tarjoajien {{tenderers}} välillä ratkaistiin säännöllä ”{{rule}}”.',
    rounding:
      'Pisteet on esitetty {{decimals}} desimaalin tarkkuudella (pyöristys vain esitettäessä).',
    decision: {
      headings: {
        decision: 'Päätös',
        background: 'Hankinnan tiedot',
        reasons: 'Perustelut',
        ranking: 'Tarjousten vertailu ja pisteet',
        excluded: 'Tarjousvertailun ulkopuolelle jätetyt tarjoukset',
        standstill: 'Odotusaika ja hankintasopimuksen tekeminen',
        redress: 'Oikaisuohje ja valitusosoitus',
        signature: 'Päättäjä',
      },
      awarded:
        'Hankintayksikkö valitsee toimittajaksi tarjoajan {{tenderer}}{{businessId}}, jonka tarjous on kokonaistaloudellisesti edullisin (kokonaispisteet {{points}} / 100).',
      awardedLot:
        'Osa {{code}} ({{name}}): hankintayksikkö valitsee toimittajaksi tarjoajan {{tenderer}}{{businessId}}, jonka tarjous on kokonaistaloudellisesti edullisin (kokonaispisteet {{points}} / 100).',
      noAward: 'Osa {{code}} ({{name}}): vertailtavia tarjouksia ei ole; toimittajaa ei valita.',
      noAwardWhole: 'Vertailtavia tarjouksia ei ole; toimittajaa ei valita.',
      businessId: ' (Y-tunnus {{id}})',
      received_one: 'Määräaikaan mennessä saatiin {{count}} tarjous.',
      received_other: 'Määräaikaan mennessä saatiin {{count}} tarjousta.',
      receivedFact: 'Saadut tarjoukset',
      decisionDate: 'Päätöksen päivämäärä',
      tenderDeadline: 'Tarjousten määräaika',
      reasonsIntro:
        'Tarjoukset on vertailtu tarjouspyynnössä ilmoitetuin vertailuperustein ja painoarvoin. Vertailuperusteet olivat seuraavat:',
      rankingIntro:
        'Tarjousten pisteet ja järjestys ovat alla. Pisteet kustakin vertailuperusteesta perusteluineen ovat liitteenä olevassa tarjousvertailussa.',
      excludedLine: '{{tenderer}}: {{reason}}',
      standstillApplies:
        'Hankintasopimus voidaan tehdä aikaisintaan, kun {{days}} päivää on kulunut siitä, kun tarjoaja on saanut tiedon hankintapäätöksestä ja valitusosoituksen (hankintalaki 129 §).',
      standstillDates:
        'Päätös lähetetään {{delivery}} {{decision}}; tarjoajien katsotaan saaneen siitä tiedon {{received}}. Odotusaika päättyy {{lastDay}}. Hankintasopimus voidaan tehdä aikaisintaan {{earliest}}.',
      standstillNoDate:
        'Päivämäärät lasketaan, kun hankintapäätöksen lähettämispäivä on merkitty aikatauluun.',
      noStandstill:
        'Hankintaan ei sovelleta hankintalain 129 §:n odotusaikaa. Hankintasopimus syntyy vasta, kun kirjallinen hankintasopimus on allekirjoitettu.',
      deliveryElectronic: 'sähköisesti',
      deliveryPost: 'kirjeenä',
      attachmentsHeading: 'Liitteet',
      attachments: ['Tarjousvertailu', 'Oikaisuohje ja valitusosoitus'],
    },
    redress: {
      procurementLaw: [
        'Hankintaoikaisu. Asianosainen voi vaatia hankintayksikköä oikaisemaan tämän hankintapäätöksen (hankintalaki 132–135 §). Vaatimus tehdään kirjallisesti hankintayksikölle {{days}} päivän kuluessa siitä, kun asianosainen on saanut tiedon päätöksestä. Vaatimuksessa ilmoitetaan päätös, johon vaatimus kohdistuu, vaadittu oikaisu ja sen perusteet sekä vaatimuksen tekijän yhteystiedot.',
        'Valitus markkinaoikeuteen. Asianosainen voi hakea muutosta tähän hankintapäätökseen valittamalla markkinaoikeuteen (hankintalaki 145–147 §). Valitus tehdään {{days}} päivän kuluessa siitä, kun asianosainen on saanut tiedon päätöksestä valitusosoituksineen. Hankintaoikaisun vaatiminen ei pidennä valitusaikaa. Valitus osoitetaan markkinaoikeudelle, ja siitä on ilmoitettava kirjallisesti myös hankintayksikölle. Markkinaoikeus perii valittajalta oikeudenkäyntimaksun tuomioistuinmaksulain mukaisesti.',
      ],
      utilityLaw: [
        'Hankintaoikaisu. Asianosainen voi vaatia hankintayksikköä oikaisemaan tämän hankintapäätöksen vesi- ja energiahuollon, liikenteen ja postipalvelujen alalla toimivien yksiköiden hankinnoista annetun lain (1398/2016) mukaisesti. Vaatimus tehdään kirjallisesti hankintayksikölle {{days}} päivän kuluessa siitä, kun asianosainen on saanut tiedon päätöksestä.',
        'Valitus markkinaoikeuteen. Asianosainen voi hakea muutosta tähän hankintapäätökseen valittamalla markkinaoikeuteen saman lain mukaisesti {{days}} päivän kuluessa siitä, kun asianosainen on saanut tiedon päätöksestä valitusosoituksineen. Valituksesta on ilmoitettava kirjallisesti myös hankintayksikölle. Markkinaoikeus perii valittajalta oikeudenkäyntimaksun tuomioistuinmaksulain mukaisesti.',
      ],
      municipalRectification: [
        'Hankinnan ennakoitu arvo alittaa kansallisen kynnysarvon, joten hankintalakia ei sovelleta (hankintalaki 25 §) eikä päätökseen voi vaatia hankintaoikaisua tai hakea muutosta markkinaoikeudelta.',
        'Oikaisuvaatimus. Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen (kuntalaki 410/2015 134 §). Valittamalla päätökseen ei saa hakea muutosta. Oikaisuvaatimuksen saa tehdä asianosainen ja kunnan jäsen. Oikaisuvaatimus tehdään {{days}} päivän kuluessa päätöksen tiedoksisaannista päätöksen tehneelle viranomaiselle. Asianosaisen katsotaan saaneen tiedon päätöksestä seitsemän päivän kuluttua kirjeen lähettämisestä tai kolmantena päivänä sähköisen viestin lähettämisestä (kuntalaki 139 §). Oikaisuvaatimuksesta on käytävä ilmi päätös, johon vaaditaan oikaisua, miten päätöstä halutaan oikaistavaksi ja millä perusteella, sekä tekijän nimi ja yhteystiedot.',
      ],
      wellbeingRectification: [
        'Hankinnan ennakoitu arvo alittaa kansallisen kynnysarvon, joten hankintalakia ei sovelleta (hankintalaki 25 §) eikä päätökseen voi vaatia hankintaoikaisua tai hakea muutosta markkinaoikeudelta.',
        'Oikaisuvaatimus. Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen hyvinvointialueesta annetun lain (611/2021) mukaisesti. Valittamalla päätökseen ei saa hakea muutosta. Oikaisuvaatimus tehdään {{days}} päivän kuluessa päätöksen tiedoksisaannista päätöksen tehneelle viranomaiselle. Asianosaisen katsotaan saaneen tiedon päätöksestä seitsemän päivän kuluttua kirjeen lähettämisestä tai kolmantena päivänä sähköisen viestin lähettämisestä.',
      ],
      noStatutoryRedress: [
        'Hankinnan ennakoitu arvo alittaa kansallisen kynnysarvon, joten hankintalakia ei sovelleta (hankintalaki 25 §). Hankintayksikkö ei ole viranomainen, jonka päätökseen voisi hakea muutosta oikaisuvaatimuksella tai valittamalla; päätöksestä voi esittää kysymyksiä hankintayksikön yhteyshenkilölle.',
      ],
      ownRules: [
        'Hankinnan ennakoitu arvo alittaa kynnysarvon, joten hankintalain oikeussuojakeinot eivät ole käytettävissä. Muutoksenhaku määräytyy hankintayksikköön sovellettavien hallinnollisten säännösten mukaan: [täydennä muutoksenhakuohje].',
      ],
      deadlineRectification: 'Hankintaoikaisun viimeinen päivä: {{date}}',
      deadlineAppeal: 'Valituksen viimeinen päivä markkinaoikeuteen: {{date}}',
      deadlineMunicipal: 'Oikaisuvaatimuksen viimeinen päivä: {{date}}',
      deadlineNote:
        'Päivät on laskettu, kun päätös lähetetään {{delivery}} {{decision}}. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, määräaika jatkuu seuraavaan arkipäivään (laki säädettyjen määräaikain laskemisesta 150/1930).',
      deadlineUnknown:
        'Määräajat lasketaan päätöksen tiedoksisaannista; päivämäärät lasketaan, kun päätöksen lähettämispäivä on merkitty aikatauluun.',
      marketCourt:
        'Markkinaoikeus, Radanrakentajantie 5, 00520 Helsinki; sähköposti markkinaoikeus@oikeus.fi.',
      directAward:
        'Jos hankinnasta ei ole julkaistu hankintailmoitusta eikä suorahankintaa koskevaa ilmoitusta, valitusaika on {{months}} kuukautta hankintapäätöksen tekemisestä (hankintalaki 147 §).',
    },
    evaluation: {
      headings: {
        received: 'Saadut tarjoukset',
        criteria: 'Vertailuperusteet ja kaavat',
        exclusions: 'Vertailun ulkopuolelle jätetyt tarjoukset',
        points: 'Pisteet ja järjestys',
        perCriterion: 'Pisteet vertailuperusteittain',
        sensitivity: 'Painoarvojen herkkyys',
        notes: 'Huomiot',
      },
      intro:
        'Tähän tarjousvertailuun on koottu hankinnassa saadut tarjoukset, vertailun ulkopuolelle jätetyt tarjoukset perusteluineen ja vertailtavien tarjousten pisteet kustakin vertailuperusteesta. Luvut ovat tarjousvertailun laskennasta sellaisinaan.',
      noExclusions: 'Kaikki tarjoukset olivat vertailtavia.',
      criterionHeading: '{{name}} (enintään {{points}} pistettä)',
      priceHeading: 'Hinta (enintään {{points}} pistettä)',
      sensitivityIntro:
        'Hinnan painoarvoa on koeteltu välillä 0–100 niin, että laatuperusteiden painoarvot muuttuvat samassa suhteessa.',
      noneExcluded: '–',
    },
    report: {
      headings: {
        authority: 'Hankintayksikkö',
        subject: 'Hankinnan kohde ja arvo',
        procedure: 'Hankintamenettely',
        tenders: 'Tarjoajat ja valinta',
        excluded: 'Hylätyt tarjoukset ja poissuljetut tarjoajat',
        other: 'Muut kirjattavat seikat',
      },
      intro:
        'Tämä kertomus on laadittu hankintalain 121 §:n mukaisesti, ja siihen on koottu hankintamenettelyn keskeiset tiedot.',
      notRequired:
        'Hankintalaki ei edellytä tästä hankinnasta kertomusta; se on laadittu hankinnan dokumentoimiseksi.',
      procedureReason: 'Menettelyn valinta',
      lotsFact: 'Osat',
      notDivided: 'ei jaettu osiin',
      tenderersReceived: 'Tarjoukset saatiin seuraavilta tarjoajilta: {{names}}.',
      chosen:
        '{{lot}}Valittu toimittaja: {{tenderer}}; valinnan perusteena on kokonaistaloudellisesti edullisin tarjous.',
      conflicts:
        'Eturistiriidat ja niiden johdosta toteutetut toimenpiteet: [täydennä, tai kirjaa, ettei niitä ollut].',
      electronic:
        'Tarjoukset vastaanotettiin sähköisesti. Jos sähköisiä välineitä ei käytetty, kirjaa syy tähän: [täydennä].',
      subcontracting: 'Alihankinnan osuus, jos tiedossa: [täydennä].',
    },
  },
  sv: {
    lotHeading: 'Del {{code}}: {{name}}',
    noComparison:
      'Anbudsjämförelsen kan inte visas: jämförelseuppgifterna innehåller fel som ska rättas i skedet för anbudsjämförelse.',
    statuses: {
      compared: 'jämförd',
      excluded: 'utesluten',
      requirementNotMet: 'uppfyller inte minimikraven',
    },
    columns: {
      rank: 'Plats',
      tenderer: 'Anbudsgivare',
      businessId: 'FO-nummer',
      status: 'Status',
      comparisonPrice: 'Jämförelsepris',
      pricePoints: 'Prispoäng',
      qualityPoints: 'Kvalitetspoäng',
      total: 'Totalt',
      value: 'Bedömning / värde',
      points: 'Poäng',
      reason: 'Motivering',
    },
    tieBrokenBy: 'Lika poäng mellan {{tenderers}} avgjordes enligt regeln ”{{rule}}”.',
    rounding: 'Poängen visas med {{decimals}} decimaler (avrundning endast vid presentationen).',
    decision: {
      headings: {
        decision: 'Beslut',
        background: 'Uppgifter om upphandlingen',
        reasons: 'Motivering',
        ranking: 'Jämförelse av anbuden och poäng',
        excluded: 'Anbud som lämnats utanför anbudsjämförelsen',
        standstill: 'Väntetid och ingående av upphandlingskontrakt',
        redress: 'Anvisning om upphandlingsrättelse och besvärsanvisning',
        signature: 'Beslutsfattare',
      },
      awarded:
        'Den upphandlande enheten väljer anbudsgivaren {{tenderer}}{{businessId}} till leverantör, eftersom dess anbud är det ekonomiskt mest fördelaktiga (totalpoäng {{points}} / 100).',
      awardedLot:
        'Del {{code}} ({{name}}): den upphandlande enheten väljer anbudsgivaren {{tenderer}}{{businessId}} till leverantör, eftersom dess anbud är det ekonomiskt mest fördelaktiga (totalpoäng {{points}} / 100).',
      noAward: 'Del {{code}} ({{name}}): det finns inga anbud att jämföra; ingen leverantör väljs.',
      noAwardWhole: 'Det finns inga anbud att jämföra; ingen leverantör väljs.',
      businessId: ' (FO-nummer {{id}})',
      received_one: 'Före utgången av tidsfristen kom {{count}} anbud in.',
      received_other: 'Före utgången av tidsfristen kom {{count}} anbud in.',
      receivedFact: 'Inkomna anbud',
      decisionDate: 'Beslutets datum',
      tenderDeadline: 'Tidsfrist för anbud',
      reasonsIntro:
        'Anbuden har jämförts enligt de jämförelsegrunder och den viktning som angavs i anbudsförfrågan. Jämförelsegrunderna var följande:',
      rankingIntro:
        'Anbudens poäng och ordning framgår nedan. Poängen för varje jämförelsegrund med motiveringar finns i den bifogade anbudsjämförelsen.',
      excludedLine: '{{tenderer}}: {{reason}}',
      standstillApplies:
        'Upphandlingskontraktet får ingås tidigast när {{days}} dagar har förflutit från det att anbudsgivaren har fått del av upphandlingsbeslutet och besvärsanvisningen (upphandlingslagen 129 §).',
      standstillDates:
        'Beslutet sänds {{delivery}} {{decision}}; anbudsgivarna anses ha fått del av det {{received}}. Väntetiden går ut {{lastDay}}. Upphandlingskontraktet får ingås tidigast {{earliest}}.',
      standstillNoDate:
        'Datumen räknas ut när dagen då upphandlingsbeslutet sänds har förts in i tidsplanen.',
      noStandstill:
        'Väntetiden enligt 129 § i upphandlingslagen tillämpas inte på upphandlingen. Upphandlingskontraktet uppkommer först när ett skriftligt upphandlingskontrakt har undertecknats.',
      deliveryElectronic: 'elektroniskt',
      deliveryPost: 'per brev',
      attachmentsHeading: 'Bilagor',
      attachments: ['Anbudsjämförelse', 'Anvisning om upphandlingsrättelse och besvärsanvisning'],
    },
    redress: {
      procurementLaw: [
        'Upphandlingsrättelse. En part kan yrka att den upphandlande enheten rättar detta upphandlingsbeslut (upphandlingslagen 132–135 §). Yrkandet framställs skriftligen till den upphandlande enheten inom {{days}} dagar från det att parten har fått del av beslutet. I yrkandet anges det beslut som yrkandet gäller, den ändring som yrkas och grunderna för den samt kontaktuppgifter till den som framställer yrkandet.',
        'Besvär hos marknadsdomstolen. En part kan söka ändring i detta upphandlingsbeslut genom besvär hos marknadsdomstolen (upphandlingslagen 145–147 §). Besvär ska anföras inom {{days}} dagar från det att parten har fått del av beslutet och besvärsanvisningen. Ett yrkande på upphandlingsrättelse förlänger inte besvärstiden. Besvären riktas till marknadsdomstolen och den upphandlande enheten ska också underrättas skriftligen. Marknadsdomstolen tar ut en rättegångsavgift av den som anför besvär enligt lagen om domstolsavgifter.',
      ],
      utilityLaw: [
        'Upphandlingsrättelse. En part kan yrka att den upphandlande enheten rättar detta upphandlingsbeslut enligt lagen om upphandling inom försörjningssektorerna (1398/2016). Yrkandet framställs skriftligen till den upphandlande enheten inom {{days}} dagar från det att parten har fått del av beslutet.',
        'Besvär hos marknadsdomstolen. En part kan söka ändring i detta upphandlingsbeslut genom besvär hos marknadsdomstolen enligt samma lag inom {{days}} dagar från det att parten har fått del av beslutet och besvärsanvisningen. Den upphandlande enheten ska också underrättas skriftligen om besvären. Marknadsdomstolen tar ut en rättegångsavgift av den som anför besvär enligt lagen om domstolsavgifter.',
      ],
      municipalRectification: [
        'Upphandlingens uppskattade värde understiger det nationella tröskelvärdet, så upphandlingslagen tillämpas inte (upphandlingslagen 25 §) och det går inte att yrka upphandlingsrättelse eller söka ändring hos marknadsdomstolen.',
        'Omprövningsbegäran. Den som är missnöjd med detta beslut kan framställa en skriftlig omprövningsbegäran (kommunallagen 410/2015 134 §). Ändring i beslutet får inte sökas genom besvär. Omprövning får begäras av en part och av kommunmedlemmar. Omprövningsbegäran ska framställas inom {{days}} dagar från delfåendet av beslutet till den myndighet som fattat beslutet. En part anses ha fått del av beslutet sju dagar efter att brevet sändes eller den tredje dagen efter att ett elektroniskt meddelande sändes (kommunallagen 139 §). Av omprövningsbegäran ska framgå det beslut som begäran gäller, hur beslutet ska ändras och på vilka grunder, samt namn och kontaktuppgifter för den som framställer begäran.',
      ],
      wellbeingRectification: [
        'Upphandlingens uppskattade värde understiger det nationella tröskelvärdet, så upphandlingslagen tillämpas inte (upphandlingslagen 25 §) och det går inte att yrka upphandlingsrättelse eller söka ändring hos marknadsdomstolen.',
        'Omprövningsbegäran. Den som är missnöjd med detta beslut kan framställa en skriftlig omprövningsbegäran enligt lagen om välfärdsområden (611/2021). Ändring i beslutet får inte sökas genom besvär. Omprövningsbegäran ska framställas inom {{days}} dagar från delfåendet av beslutet till den myndighet som fattat beslutet. En part anses ha fått del av beslutet sju dagar efter att brevet sändes eller den tredje dagen efter att ett elektroniskt meddelande sändes.',
      ],
      noStatutoryRedress: [
        'Upphandlingens uppskattade värde understiger det nationella tröskelvärdet, så upphandlingslagen tillämpas inte (upphandlingslagen 25 §). Den upphandlande enheten är inte en myndighet vars beslut kan ändras genom omprövningsbegäran eller besvär; frågor om beslutet kan ställas till den upphandlande enhetens kontaktperson.',
      ],
      ownRules: [
        'Upphandlingens uppskattade värde understiger tröskelvärdet, så upphandlingslagens rättsmedel står inte till förfogande. Ändringssökande bestäms enligt de förvaltningsbestämmelser som gäller för den upphandlande enheten: [fyll i anvisningen].',
      ],
      deadlineRectification: 'Sista dag för upphandlingsrättelse: {{date}}',
      deadlineAppeal: 'Sista dag för besvär hos marknadsdomstolen: {{date}}',
      deadlineMunicipal: 'Sista dag för omprövningsbegäran: {{date}}',
      deadlineNote:
        'Dagarna är uträknade för ett beslut som sänds {{delivery}} {{decision}}. Om den sista dagen av en tidsfrist är en helgdag, självständighetsdagen, första maj, julafton, midsommarafton eller en helgfri lördag, fortsätter tidsfristen till följande vardag (lagen om beräknande av laga tid 150/1930).',
      deadlineUnknown:
        'Tidsfristerna räknas från delfåendet av beslutet; datumen räknas ut när dagen då beslutet sänds har förts in i tidsplanen.',
      marketCourt:
        'Marknadsdomstolen, Banbyggarvägen 5, 00520 Helsingfors; e-post markkinaoikeus@oikeus.fi.',
      directAward:
        'Om ingen upphandlingsannons och ingen annons om direktupphandling har publicerats är besvärstiden {{months}} månader från att upphandlingsbeslutet fattades (upphandlingslagen 147 §).',
    },
    evaluation: {
      headings: {
        received: 'Inkomna anbud',
        criteria: 'Jämförelsegrunder och formler',
        exclusions: 'Anbud som lämnats utanför jämförelsen',
        points: 'Poäng och ordning',
        perCriterion: 'Poäng per jämförelsegrund',
        sensitivity: 'Viktningens känslighet',
        notes: 'Anmärkningar',
      },
      intro:
        'I denna anbudsjämförelse har de inkomna anbuden, anbud som lämnats utanför jämförelsen med motiveringar och de jämförda anbudens poäng för varje jämförelsegrund sammanställts. Siffrorna kommer oförändrade från anbudsjämförelsens beräkning.',
      noExclusions: 'Alla anbud jämfördes.',
      criterionHeading: '{{name}} (högst {{points}} poäng)',
      priceHeading: 'Pris (högst {{points}} poäng)',
      sensitivityIntro:
        'Prisets viktning har prövats mellan 0 och 100 så att kvalitetsgrundernas viktning ändras i samma proportion.',
      noneExcluded: '–',
    },
    report: {
      headings: {
        authority: 'Upphandlande enhet',
        subject: 'Upphandlingens föremål och värde',
        procedure: 'Upphandlingsförfarande',
        tenders: 'Anbudsgivare och val',
        excluded: 'Förkastade anbud och uteslutna anbudsgivare',
        other: 'Övriga omständigheter som ska antecknas',
      },
      intro:
        'Denna rapport har upprättats enligt 121 § i upphandlingslagen och innehåller de centrala uppgifterna om upphandlingsförfarandet.',
      notRequired:
        'Upphandlingslagen kräver ingen rapport om denna upphandling; den har upprättats för att dokumentera upphandlingen.',
      procedureReason: 'Val av förfarande',
      lotsFact: 'Delar',
      notDivided: 'inte uppdelad i delar',
      tenderersReceived: 'Anbud kom in från följande anbudsgivare: {{names}}.',
      chosen:
        '{{lot}}Vald leverantör: {{tenderer}}; grunden för valet är det ekonomiskt mest fördelaktiga anbudet.',
      conflicts:
        'Intressekonflikter och åtgärder som vidtagits med anledning av dem: [fyll i, eller anteckna att sådana inte fanns].',
      electronic:
        'Anbuden togs emot elektroniskt. Om elektroniska medel inte användes, anteckna orsaken här: [fyll i].',
      subcontracting: 'Andelen underleveranser, om den är känd: [fyll i].',
    },
  },
  en: {
    lotHeading: 'Lot {{code}}: {{name}}',
    noComparison:
      'The tender comparison cannot be shown: its data has errors to correct in the tender comparison phase.',
    statuses: {
      compared: 'compared',
      excluded: 'excluded',
      requirementNotMet: 'does not meet the minimum requirements',
    },
    columns: {
      rank: 'Rank',
      tenderer: 'Tenderer',
      businessId: 'Business ID',
      status: 'Status',
      comparisonPrice: 'Comparison price',
      pricePoints: 'Price points',
      qualityPoints: 'Quality points',
      total: 'Total',
      value: 'Score / value',
      points: 'Points',
      reason: 'Reason',
    },
    tieBrokenBy: 'Equal points between {{tenderers}} were resolved by the rule “{{rule}}”.',
    rounding: 'Points are shown to {{decimals}} decimals (rounded only when presented).',
    decision: {
      headings: {
        decision: 'Decision',
        background: 'About the procurement',
        reasons: 'Reasons',
        ranking: 'Comparison of tenders and points',
        excluded: 'Tenders left out of the tender comparison',
        standstill: 'Standstill period and conclusion of the procurement contract',
        redress: 'Procurement rectification and appeal instructions',
        signature: 'Decision-maker',
      },
      awarded:
        'The contracting authority selects the tenderer {{tenderer}}{{businessId}} as supplier, its tender being the most economically advantageous (total points {{points}} / 100).',
      awardedLot:
        'Lot {{code}} ({{name}}): the contracting authority selects the tenderer {{tenderer}}{{businessId}} as supplier, its tender being the most economically advantageous (total points {{points}} / 100).',
      noAward: 'Lot {{code}} ({{name}}): there are no tenders to compare; no supplier is selected.',
      noAwardWhole: 'There are no tenders to compare; no supplier is selected.',
      businessId: ' (Business ID {{id}})',
      received_one: '{{count}} tender was received by the time limit.',
      received_other: '{{count}} tenders were received by the time limit.',
      receivedFact: 'Tenders received',
      decisionDate: 'Date of the decision',
      tenderDeadline: 'Time limit for tenders',
      reasonsIntro:
        'The tenders were compared using the award criteria and weighting stated in the invitation to tender. The award criteria were:',
      rankingIntro:
        'The points and order of the tenders are below. The points for each award criterion with their reasons are in the attached tender comparison.',
      excludedLine: '{{tenderer}}: {{reason}}',
      standstillApplies:
        'The procurement contract may be concluded at the earliest when {{days}} days have passed since the tenderer received the procurement decision and the appeal instructions (hankintalaki 129 §).',
      standstillDates:
        'The decision is sent {{delivery}} on {{decision}}; tenderers are deemed to have received it on {{received}}. The standstill period ends on {{lastDay}}. The procurement contract may be concluded on {{earliest}} at the earliest.',
      standstillNoDate:
        'The dates are computed once the day the procurement decision is sent is entered in the timetable.',
      noStandstill:
        'The standstill period of hankintalaki 129 § does not apply to this procurement. The procurement contract is formed only when a written procurement contract has been signed.',
      deliveryElectronic: 'electronically',
      deliveryPost: 'by post',
      attachmentsHeading: 'Appendices',
      attachments: ['Tender comparison', 'Procurement rectification and appeal instructions'],
    },
    redress: {
      procurementLaw: [
        'Procurement rectification. A party may request the contracting authority to rectify this procurement decision (hankintalaki 132–135 §). The request is made in writing to the contracting authority within {{days}} days of the party receiving the decision. It states the decision concerned, the correction requested and its grounds, and the contact details of the person making it.',
        'Appeal to the Market Court. A party may appeal against this procurement decision to the Market Court (hankintalaki 145–147 §) within {{days}} days of receiving the decision with the appeal instructions. A request for procurement rectification does not extend the appeal period. The appeal is addressed to the Market Court and the contracting authority must also be informed of it in writing. The Market Court charges the appellant a court fee under the Court Fees Act.',
      ],
      utilityLaw: [
        'Procurement rectification. A party may request the contracting authority to rectify this procurement decision under the act on procurement by entities in the utilities (1398/2016). The request is made in writing to the contracting authority within {{days}} days of the party receiving the decision.',
        'Appeal to the Market Court. A party may appeal against this procurement decision to the Market Court under the same act within {{days}} days of receiving the decision with the appeal instructions. The contracting authority must also be informed of the appeal in writing. The Market Court charges the appellant a court fee under the Court Fees Act.',
      ],
      municipalRectification: [
        'The estimated value of the procurement is below the national threshold, so the procurement act does not apply (hankintalaki 25 §) and neither procurement rectification nor an appeal to the Market Court is available.',
        'Request for review. Anyone dissatisfied with this decision may submit a written request for review (oikaisuvaatimus; Local Government Act 410/2015 134 §). No appeal may be made against the decision directly. A request for review may be made by a party and by members of the municipality, within {{days}} days of being notified of the decision, to the authority that made it. A party is deemed notified seven days after a letter is sent or on the third day after an electronic message is sent (Local Government Act 139 §). The request states the decision concerned, how it should be changed and on what grounds, and the name and contact details of the person making it.',
      ],
      wellbeingRectification: [
        'The estimated value of the procurement is below the national threshold, so the procurement act does not apply (hankintalaki 25 §) and neither procurement rectification nor an appeal to the Market Court is available.',
        'Request for review. Anyone dissatisfied with this decision may submit a written request for review under the Act on Wellbeing Services Counties (611/2021). No appeal may be made against the decision directly. The request for review is made within {{days}} days of being notified of the decision, to the authority that made it. A party is deemed notified seven days after a letter is sent or on the third day after an electronic message is sent.',
      ],
      noStatutoryRedress: [
        'The estimated value of the procurement is below the national threshold, so the procurement act does not apply (hankintalaki 25 §). The contracting authority is not a public authority whose decisions are subject to a request for review or an appeal; questions about the decision may be put to its contact person.',
      ],
      ownRules: [
        'The estimated value of the procurement is below the threshold, so the remedies of the procurement act are not available. Redress follows the administrative rules that apply to the contracting authority: [complete the instructions].',
      ],
      deadlineRectification: 'Last day for procurement rectification: {{date}}',
      deadlineAppeal: 'Last day for an appeal to the Market Court: {{date}}',
      deadlineMunicipal: 'Last day for a request for review: {{date}}',
      deadlineNote:
        'The days are computed for a decision sent {{delivery}} on {{decision}}. If the last day of a time limit is a public holiday, Independence Day, May Day, Christmas Eve, Midsummer Eve or a Saturday, the time limit runs to the next working day (Act 150/1930 on calculating time limits).',
      deadlineUnknown:
        'The time limits run from receipt of the decision; the dates are computed once the day the decision is sent is entered in the timetable.',
      marketCourt:
        'Market Court, Radanrakentajantie 5, 00520 Helsinki, Finland; e-mail markkinaoikeus@oikeus.fi.',
      directAward:
        'If neither a contract notice nor a notice of the direct award has been published, the appeal period is {{months}} months from the procurement decision (hankintalaki 147 §).',
    },
    evaluation: {
      headings: {
        received: 'Tenders received',
        criteria: 'Award criteria and formulas',
        exclusions: 'Tenders left out of the comparison',
        points: 'Points and ranking',
        perCriterion: 'Points by award criterion',
        sensitivity: 'Sensitivity of the weighting',
        notes: 'Notes',
      },
      intro:
        'This tender comparison brings together the tenders received, the tenders left out of the comparison with their reasons, and the points of the compared tenders for each award criterion. The figures are taken as they are from the tender comparison.',
      noExclusions: 'Every tender was compared.',
      criterionHeading: '{{name}} (at most {{points}} points)',
      priceHeading: 'Price (at most {{points}} points)',
      sensitivityIntro:
        'The price weighting was tested from 0 to 100 with the quality weightings changing in the same proportion.',
      noneExcluded: '–',
    },
    report: {
      headings: {
        authority: 'Contracting authority',
        subject: 'Subject and value of the procurement',
        procedure: 'Procurement procedure',
        tenders: 'Tenderers and selection',
        excluded: 'Rejected tenders and excluded tenderers',
        other: 'Other matters to record',
      },
      intro:
        'This report is drawn up under hankintalaki 121 § (directive 2014/24 art. 84) and records the main facts of the procurement procedure.',
      notRequired:
        'The procurement act does not require a report for this procurement; it is drawn up to document the procurement.',
      procedureReason: 'Choice of procedure',
      lotsFact: 'Lots',
      notDivided: 'not divided into lots',
      tenderersReceived: 'Tenders were received from the following tenderers: {{names}}.',
      chosen:
        '{{lot}}Selected supplier: {{tenderer}}; the ground for selection is the most economically advantageous tender.',
      conflicts:
        'Conflicts of interest and the measures taken because of them: [complete, or record that there were none].',
      electronic:
        'Tenders were received electronically. If electronic means were not used, record the reason here: [complete].',
      subcontracting: 'The share of subcontracting, if known: [complete].',
    },
  },
} as const;
