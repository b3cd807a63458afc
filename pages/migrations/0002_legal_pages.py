"""The accessibility statement (/saavutettavuus/) and the privacy notice (/tietosuoja/).

The texts are copied here, not imported, so the migration keeps working whatever happens to the
rest of the code. Coordinators edit the texts in the admin after this; running the migration again
(for example on a fresh database) restores these versions.
"""

from textwrap import dedent

from django.db import migrations

CONTACT_EMAIL = "yhdistysfoorumi@paijathamalaiset.fi"


def _md(text: str) -> str:
    """Dedented Markdown without the blank lines around it; the e-mail placeholder filled in."""
    return dedent(text).strip().replace("{email}", CONTACT_EMAIL) + "\n"


# --- Saavutettavuusseloste / Tillgänglighetsutlåtande / Accessibility statement ----------------

ACCESSIBILITY_TITLE_FI = "Saavutettavuusseloste"
ACCESSIBILITY_TITLE_SV = "Tillgänglighetsutlåtande"
ACCESSIBILITY_TITLE_EN = "Accessibility statement"

ACCESSIBILITY_SUMMARY_FI = (
    "Päijäthämäläiset.fi-sivuston saavutettavuusseloste kertoo, miten sivusto täyttää "
    "saavutettavuusvaatimukset, mitkä sisällöt eivät ole saavutettavia ja miten voit antaa "
    "palautetta."
)
ACCESSIBILITY_SUMMARY_SV = (
    "Tillgänglighetsutlåtandet för päijäthämäläiset.fi berättar hur webbplatsen uppfyller "
    "tillgänglighetskraven, vilket innehåll som inte är tillgängligt och hur du kan ge respons."
)
ACCESSIBILITY_SUMMARY_EN = (
    "The accessibility statement of päijäthämäläiset.fi explains how the website meets the "
    "accessibility requirements, which content is not accessible and how to give feedback."
)

ACCESSIBILITY_BODY_FI = _md(
    """
    Päijäthämäläiset.fi on Päijät-Hämeen yhdistysten, niiden toiminnan ja tapahtumien yhteinen
    hakemisto. Haluamme, että jokainen voi käyttää sitä. Tässä selosteessa kerromme, miten sivusto
    täyttää saavutettavuusvaatimukset, mitkä sisällöt eivät ole saavutettavia ja miten voit antaa
    meille palautetta.

    ## Mitä seloste koskee

    Tämä saavutettavuusseloste koskee päijäthämäläiset.fi-verkkosivustoa ja sen suomen-, ruotsin-
    ja englanninkielisiä versioita. Sivustoa ylläpitää Päijät-Hämeen Yhdistysfoorumi.

    Seloste on laadittu digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) ja EU:n
    verkkosaavutettavuusdirektiivin (EU) 2016/2102 mukaisesti. Se noudattaa komission
    täytäntöönpanopäätöksessä (EU) 2018/1523 vahvistettua saavutettavuusselosteen mallia.

    ## Saavutettavuuden tila

    Päijäthämäläiset.fi täyttää saavutettavuusvaatimukset **osittain**. Sivuston rakenne,
    navigointi, haku ja lomakkeet on tehty ja testattu vastaamaan verkkosisällön
    saavutettavuusohjeiden (WCAG) 2.1 A- ja AA-tason vaatimuksia. Osa yhdistysten itse
    julkaisemasta sisällöstä ei kuitenkaan aina täytä vaatimuksia. Puutteet on kuvattu alla.

    ## Sivuston saavutettavuusominaisuudet

    - Sivustoa voi käyttää pelkällä näppäimistöllä.
    - Jokaisen sivun alussa on ohituslinkki, jolla pääsee suoraan sivun pääsisältöön.
    - Sivusto toimii myös 320 pikselin levyisellä näytöllä, joten sitä voi käyttää puhelimella ja
      suurennettuna ilman sivusuuntaista vierittämistä.
    - Tekstin ja taustan välinen kontrasti on riittävä.
    - Sivuston käyttöliittymä on saatavilla suomeksi, ruotsiksi ja englanniksi. Yhdistysten omat
      tekstit ovat sillä kielellä tai niillä kielillä, joilla yhdistys on ne julkaissut.
    - Kaikki sivut, haut ja suodattimet toimivat myös ilman JavaScriptiä.

    ## Sisältö, joka ei ole saavutettavaa

    Suuren osan sivuston sisällöstä kirjoittavat ja lisäävät yhdistykset itse, usein
    vapaaehtoisvoimin. Tällainen sisältö ei aina ole saavutettavaa. Puutteita voi olla
    seuraavissa:

    - **Kuvien tekstivastineet.** Yhdistysten lisäämistä logoista ja kuvista voi puuttua kuvaava
      tekstivastine, tai tekstivastine ei välttämättä kerro kuvan sisällöstä riittävästi
      (WCAG 2.1 -kriteeri 1.1.1).
    - **Liitetiedostot.** Yhdistysten profiileista, toiminnoista, tapahtumista ja uutisista
      linkitetyt PDF- ja muut tiedostot, kuten esitteet, toimintasuunnitelmat ja
      ilmoittautumislomakkeet, eivät välttämättä ole saavutettavia. Niistä voi puuttua
      esimerkiksi otsikkorakenne, kuvien tekstivastineet tai oikea lukujärjestys
      (WCAG 2.1 -kriteerit 1.1.1 ja 1.3.1).
    - **Tekstien rakenne ja linkit.** Yhdistysten kirjoittamissa teksteissä otsikoita ja
      luetteloita ei aina ole merkitty rakenteellisesti, eikä linkin teksti (esimerkiksi
      ”lue lisää”) aina kerro, mihin linkki vie (WCAG 2.1 -kriteerit 1.3.1 ja 2.4.4).

    Puutteiden syy on se, että sisällön tuottavat yhdistykset itse eikä sivuston ylläpitäjä pysty
    tarkistamaan kaiken sisällön saavutettavuutta. Ohjeistamme yhdistysten yhteyshenkilöitä
    tuottamaan saavutettavaa sisältöä. Korjaamme havaitsemamme puutteet tai pyydämme yhdistystä
    korjaamaan ne.

    Sivustolla on myös linkkejä yhdistysten omille verkkosivuille, ilmoittautumispalveluihin ja
    sosiaaliseen mediaan. Ne eivät ole osa tätä palvelua, eikä tämä seloste koske niitä.

    Jos tarvitset jonkin sisällön saavutettavassa muodossa, voit pyytää sitä meiltä
    (yhteystiedot alla). Välitämme pyynnön tarvittaessa sisällön julkaisseelle yhdistykselle.

    ## Miten saavutettavuutta on arvioitu

    - Sivuston ylläpitäjä on arvioinut saavutettavuuden itse (itsearviointi) WCAG 2.1 -ohjeiden
      A- ja AA-tason vaatimuksia vasten.
    - Sivuston automaattinen testisarja ajetaan jokaisen julkaisun yhteydessä. Se avaa keskeiset
      sivut oikeassa selaimessa ja tarkistaa ne axe-core-työkalulla WCAG 2.1 -ohjeiden A- ja
      AA-tason virheiden varalta.
    - Sivuston käyttöä on testattu pelkällä näppäimistöllä ja ruudunlukuohjelmalla.

    Automaattiset testit kattavat sivuston rakenteen ja esimerkkisisällön mutta eivät kaikkea
    yhdistysten julkaisemaa sisältöä.

    ## Selosteen laatiminen ja päivittäminen

    Tämä seloste on laadittu 28.11.2026. Selostetta on viimeksi päivitetty 28.11.2026.
    Tarkistamme selosteen säännöllisesti ja aina, kun sivustoon tehdään saavutettavuuteen
    vaikuttavia muutoksia.

    ## Palaute saavutettavuudesta

    Huomasitko sivustolla saavutettavuuspuutteen, tai tarvitsetko sisältöä saavutettavassa
    muodossa? Kerro siitä meille sähköpostitse: [{email}](mailto:{email})

    Kerro viestissäsi, millä sivulla ongelma on ja millainen se on. Sivuston ylläpitäjä vastaa
    palautteeseen 14 päivän kuluessa.

    ## Valvontaviranomainen

    Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille eli sivuston
    ylläpitäjälle. Vastauksessa voi mennä 14 päivää. Jos et ole tyytyväinen saamaasi vastaukseen
    tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen
    valvontaviranomaiselle.

    Digitaalisten palvelujen saavutettavuutta valvoo Lupa- ja valvontavirasto. Virasto aloitti
    toimintansa 1.1.2026, ja saavutettavuuden valvonta siirtyi sille aluehallintovirastoilta.

    ### Valvontaviranomaisen yhteystiedot

    - Lupa- ja valvontavirasto, saavutettavuuden valvonta
    - Verkkosivusto: [saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi)

    Sivustolla kerrotaan tarkemmin, miten ilmoituksen voi tehdä ja miten asia käsitellään.
    """
)

ACCESSIBILITY_BODY_SV = _md(
    """
    Päijäthämäläiset.fi är en gemensam katalog över föreningarna i Päijänne-Tavastland, deras
    verksamhet och evenemang. Vi vill att alla ska kunna använda den. I det här utlåtandet
    berättar vi hur webbplatsen uppfyller tillgänglighetskraven, vilket innehåll som inte är
    tillgängligt och hur du kan ge oss respons.

    ## Vad utlåtandet gäller

    Det här tillgänglighetsutlåtandet gäller webbplatsen päijäthämäläiset.fi och dess finska,
    svenska och engelska versioner. Webbplatsen upprätthålls av Päijät-Hämeen Yhdistysfoorumi
    (föreningsforumet i Päijänne-Tavastland).

    Utlåtandet har utarbetats i enlighet med lagen om tillhandahållande av digitala tjänster
    (306/2019) och EU:s webbtillgänglighetsdirektiv (EU) 2016/2102. Det följer den modell för
    tillgänglighetsutlåtanden som fastställts i kommissionens genomförandebeslut (EU) 2018/1523.

    ## Tillgänglighetsstatus

    Päijäthämäläiset.fi uppfyller tillgänglighetskraven **delvis**. Webbplatsens struktur,
    navigering, sökning och formulär har utformats och testats för att uppfylla kraven på nivå A
    och AA i riktlinjerna för tillgänglighet till webbinnehåll (WCAG) 2.1. En del av det innehåll
    som föreningarna själva publicerar uppfyller dock inte alltid kraven. Bristerna beskrivs
    nedan.

    ## Webbplatsens tillgänglighetsfunktioner

    - Webbplatsen kan användas enbart med tangentbord.
    - I början av varje sida finns en överhoppningslänk som leder direkt till sidans
      huvudinnehåll.
    - Webbplatsen fungerar även på en 320 pixlar bred skärm och kan därför användas på
      mobiltelefon och förstorad utan att man behöver rulla i sidled.
    - Kontrasten mellan text och bakgrund är tillräcklig.
    - Webbplatsens användargränssnitt finns på finska, svenska och engelska. Föreningarnas egna
      texter finns på det eller de språk som föreningen har publicerat dem på.
    - Alla sidor, sökningar och filter fungerar även utan JavaScript.

    ## Innehåll som inte är tillgängligt

    En stor del av innehållet på webbplatsen skrivs och läggs in av föreningarna själva, ofta av
    frivilliga. Sådant innehåll är inte alltid tillgängligt. Brister kan förekomma i följande:

    - **Textalternativ till bilder.** Logotyper och bilder som föreningarna lagt till kan sakna
      ett beskrivande textalternativ, eller så beskriver textalternativet inte bildens innehåll
      tillräckligt (WCAG 2.1, kriterium 1.1.1).
    - **Bifogade filer.** PDF-filer och andra filer som länkas från föreningarnas profiler,
      verksamheter, evenemang och nyheter, till exempel broschyrer, verksamhetsplaner och
      anmälningsblanketter, är inte nödvändigtvis tillgängliga. De kan till exempel sakna
      rubrikstruktur, textalternativ till bilder eller korrekt läsordning
      (WCAG 2.1, kriterierna 1.1.1 och 1.3.1).
    - **Texternas struktur och länkar.** I texter som föreningarna skrivit är rubriker och listor
      inte alltid strukturellt uppmärkta, och länktexten (till exempel ”läs mer”) berättar inte
      alltid vart länken leder (WCAG 2.1, kriterierna 1.3.1 och 2.4.4).

    Orsaken till bristerna är att innehållet produceras av föreningarna själva och att
    webbplatsens administratör inte kan kontrollera tillgängligheten i allt innehåll. Vi
    instruerar föreningarnas kontaktpersoner att producera tillgängligt innehåll. Vi åtgärdar de
    brister vi upptäcker eller ber föreningen att åtgärda dem.

    Webbplatsen innehåller också länkar till föreningarnas egna webbplatser, anmälningstjänster
    och sociala medier. De är inte en del av den här tjänsten och omfattas inte av det här
    utlåtandet.

    Om du behöver något innehåll i tillgänglig form kan du be oss om det (kontaktuppgifterna
    finns nedan). Vid behov förmedlar vi din begäran till den förening som har publicerat
    innehållet.

    ## Hur tillgängligheten har bedömts

    - Webbplatsens administratör har själv bedömt tillgängligheten (självbedömning) mot kraven på
      nivå A och AA i WCAG 2.1.
    - Webbplatsens automatiska testsvit körs i samband med varje ny version. Den öppnar de
      viktigaste sidorna i en riktig webbläsare och kontrollerar dem med verktyget axe-core med
      avseende på fel på nivå A och AA i WCAG 2.1.
    - Webbplatsen har testats enbart med tangentbord och med skärmläsare.

    De automatiska testerna täcker webbplatsens struktur och exempelinnehåll, men inte allt
    innehåll som föreningarna publicerar.

    ## Utarbetande och uppdatering av utlåtandet

    Det här utlåtandet har utarbetats 28.11.2026. Utlåtandet har senast uppdaterats 28.11.2026.
    Vi granskar utlåtandet regelbundet och alltid när ändringar som påverkar tillgängligheten
    görs på webbplatsen.

    ## Respons om tillgängligheten

    Har du upptäckt en tillgänglighetsbrist på webbplatsen, eller behöver du innehåll i
    tillgänglig form? Berätta det för oss per e-post: [{email}](mailto:{email})

    Ange i ditt meddelande på vilken sida problemet finns och vad det gäller. Webbplatsens
    administratör svarar på responsen inom 14 dagar.

    ## Tillsynsmyndighet

    Om du märker tillgänglighetsproblem på webbplatsen, ge först respons till oss, dvs.
    webbplatsens administratör. Det kan ta 14 dagar innan du får svar. Om du inte är nöjd med
    svaret eller om du inte får något svar alls inom två veckor, kan du göra en anmälan till
    tillsynsmyndigheten.

    Tillsynen över tillgängligheten i digitala tjänster sköts av Tillstånds- och tillsynsverket
    (Lupa- ja valvontavirasto). Verket inledde sin verksamhet 1.1.2026, och
    tillgänglighetstillsynen överfördes då till verket från regionförvaltningsverken.

    ### Tillsynsmyndighetens kontaktuppgifter

    - Tillstånds- och tillsynsverket, tillgänglighetstillsynen
    - Webbplats: [saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi)

    På webbplatsen finns närmare information om hur du gör en anmälan och hur ärendet behandlas.
    """
)

ACCESSIBILITY_BODY_EN = _md(
    """
    Päijäthämäläiset.fi is a shared directory of the associations of the Päijät-Häme region,
    their activities and their events. We want everyone to be able to use it. This statement
    explains how the website meets the accessibility requirements, which content is not
    accessible and how you can give us feedback.

    ## Scope of this statement

    This accessibility statement applies to the päijäthämäläiset.fi website and its Finnish,
    Swedish and English versions. The website is maintained by Päijät-Hämeen Yhdistysfoorumi
    (the Päijät-Häme association forum).

    The statement has been prepared in accordance with the Finnish Act on the Provision of Digital
    Services (306/2019) and the EU Web Accessibility Directive (EU) 2016/2102. It follows the
    model accessibility statement laid down in Commission Implementing Decision (EU) 2018/1523.

    ## Compliance status

    Päijäthämäläiset.fi is **partially compliant** with the accessibility requirements. The
    structure, navigation, search and forms of the website have been built and tested to meet
    the level A and AA requirements of the Web Content Accessibility Guidelines (WCAG) 2.1.
    However, some of the content that associations publish themselves does not always meet the
    requirements. The shortcomings are described below.

    ## Accessibility features of the website

    - The website can be used with a keyboard alone.
    - At the start of every page there is a skip link that takes you straight to the main
      content.
    - The website also works on a screen 320 pixels wide, so it can be used on a mobile phone
      and when zoomed in without scrolling sideways.
    - The contrast between text and background is sufficient.
    - The user interface is available in Finnish, Swedish and English. The associations' own
      texts are in the language or languages in which the association has published them.
    - All pages, searches and filters also work without JavaScript.

    ## Non-accessible content

    Much of the content on the website is written and added by the associations themselves,
    often by volunteers. Such content is not always accessible. There may be shortcomings in the
    following:

    - **Text alternatives for images.** Logos and images added by associations may lack a
      descriptive text alternative, or the text alternative may not describe the content of the
      image sufficiently (WCAG 2.1 success criterion 1.1.1).
    - **Attached files.** PDF and other files linked from the associations' profiles,
      activities, events and news, such as brochures, action plans and registration forms, are
      not necessarily accessible. They may lack, for example, a heading structure, text
      alternatives for images or a correct reading order (WCAG 2.1 success criteria 1.1.1 and
      1.3.1).
    - **Text structure and links.** In texts written by associations, headings and lists are not
      always marked up as such, and link text (such as "read more") does not always tell where
      the link leads (WCAG 2.1 success criteria 1.3.1 and 2.4.4).

    The reason for these shortcomings is that the content is produced by the associations
    themselves and the maintainer of the website cannot check the accessibility of all of it. We
    guide the associations' contact persons in producing accessible content. We fix the
    shortcomings we find or ask the association to fix them.

    The website also links to the associations' own websites, registration services and social
    media. They are not part of this service and are not covered by this statement.

    If you need some content in an accessible format, you can ask us for it (contact details
    below). Where needed, we will pass your request on to the association that published the
    content.

    ## How accessibility was assessed

    - The maintainer of the website has assessed its accessibility (self-assessment) against the
      level A and AA requirements of WCAG 2.1.
    - The website's automated test suite runs on every release. It opens the key pages in a real
      browser and checks them with the axe-core tool for WCAG 2.1 level A and AA violations.
    - The website has been tested with a keyboard alone and with a screen reader.

    The automated tests cover the structure of the website and sample content, but not all the
    content that associations publish.

    ## Preparation and updating of this statement

    This statement was prepared on 28 November 2026. It was last updated on 28 November 2026. We
    review the statement regularly and whenever changes affecting accessibility are made to the
    website.

    ## Feedback on accessibility

    Have you noticed an accessibility problem on the website, or do you need content in an
    accessible format? Please tell us by e-mail: [{email}](mailto:{email})

    Please say on which page the problem is and what it is. The maintainer of the website
    replies to feedback within 14 days.

    ## Enforcement procedure

    If you notice accessibility problems on the website, first give feedback to us, the
    maintainer of the website. A reply may take 14 days. If you are not satisfied with the reply
    or you receive no reply at all within two weeks, you can report the matter to the
    supervisory authority.

    The accessibility of digital services is supervised by the Finnish Supervisory Agency
    (Lupa- ja valvontavirasto). The agency started its work on 1 January 2026, and accessibility
    supervision was transferred to it from the Regional State Administrative Agencies.

    ### Contact details of the supervisory authority

    - Finnish Supervisory Agency, accessibility supervision
    - Website: [saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi)

    The website explains in more detail how to make a report and how the matter is handled.
    """
)


# --- Tietosuojaseloste / Dataskyddsbeskrivning / Privacy notice ------------------------------

PRIVACY_TITLE_FI = "Tietosuojaseloste"
PRIVACY_TITLE_SV = "Dataskyddsbeskrivning"
PRIVACY_TITLE_EN = "Privacy notice"

PRIVACY_SUMMARY_FI = (
    "Tietosuojaseloste kertoo, miten Päijät-Hämeen Yhdistysfoorumi käsittelee henkilötietoja "
    "päijäthämäläiset.fi-sivustolla ja miten voit käyttää tietosuojaoikeuksiasi."
)
PRIVACY_SUMMARY_SV = (
    "Dataskyddsbeskrivningen berättar hur Päijät-Hämeen Yhdistysfoorumi behandlar "
    "personuppgifter på päijäthämäläiset.fi och hur du kan utöva dina rättigheter."
)
PRIVACY_SUMMARY_EN = (
    "This privacy notice explains how Päijät-Hämeen Yhdistysfoorumi processes personal data on "
    "päijäthämäläiset.fi and how you can exercise your data protection rights."
)

PRIVACY_BODY_FI = _md(
    """
    Tässä tietosuojaselosteessa kerrotaan, miten päijäthämäläiset.fi-sivustolla käsitellään
    henkilötietoja. Seloste perustuu EU:n yleisen tietosuoja-asetuksen ((EU) 2016/679) 13 ja 14
    artiklaan.

    ## Rekisterinpitäjä

    - Päijät-Hämeen Yhdistysfoorumi
    - Sähköposti: [{email}](mailto:{email})

    Yhdistysfoorumin koordinaattorit vastaavat tietosuojaa koskeviin kysymyksiin tässä
    osoitteessa.

    ## Käsittelyn tarkoitukset ja oikeusperusteet

    ### Yhdistysten julkiset yhteystiedot

    Julkaisemme yhdistysten yhteystiedot hakemistossa, jotta asukkaat, viranomaiset ja muut
    toimijat löytävät yhdistykset ja saavat niihin yhteyden. Suosimme yhdistysten yleisiä ja
    tehtäväkohtaisia yhteystietoja. Yhteyshenkilön nimi ja henkilökohtaiset yhteystiedot
    näytetään vain, jos yhdistys on itse ilmoittanut ne julkaistaviksi.

    **Oikeusperuste:** oikeutettu etu (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta).
    Oikeutettu etu on tehdä alueen yhdistystoiminta näkyväksi ja helposti tavoitettavaksi, mikä
    on Päijät-Hämeen yhdistysstrategian tavoite. Samaa perustetta sovelletaan henkilötietoihin,
    joita yhdistykset julkaisevat toimintojensa, tapahtumiensa ja uutistensa yhteydessä
    (esimerkiksi ohjaajan tai ilmoittautumisten vastaanottajan nimi).

    ### Käyttäjätilit

    Yhdistysten yhteyshenkilöt ja Yhdistysfoorumin koordinaattorit kirjautuvat sivuston
    hallintaan käyttäjätilillä. Käyttäjätiliä käytetään kirjautumiseen, käyttöoikeuksien
    hallintaan (kuka saa muokata minkin yhdistyksen tietoja), yhteydenpitoon tietojen
    ajantasaisuudesta sekä muutoshistorian ylläpitoon.

    **Oikeusperuste:** käyttäjän kanssa sovitun palvelun toteuttaminen (6 artiklan 1 kohdan
    b alakohta) sekä yhdistysten ja Yhdistysfoorumin oikeutettu etu siihen, että yhdistyksen
    tietoja muokkaavat vain siihen valtuutetut henkilöt (6 artiklan 1 kohdan f alakohta).
    Sähköpostiosoite on välttämätön käyttäjätilin luomiseksi. Ilman sitä et voi kirjautua
    hallintaan.

    ### Uusien yhdistysten ilmoittaminen

    Kuka tahansa voi ilmoittaa uuden yhdistyksen hakemistoon sivuston lomakkeella.
    Koordinaattorit käsittelevät ilmoituksen, tarkistavat yhdistyksen tiedot ja ottavat
    tarvittaessa yhteyttä ilmoittajaan.

    **Oikeusperuste:** toimenpiteet, jotka toteutetaan ilmoittajan pyynnöstä (6 artiklan 1 kohdan
    b alakohta), sekä oikeutettu etu pitää hakemisto kattavana ja oikeana (6 artiklan 1 kohdan
    f alakohta).

    ### Tietoturva- ja virhelokit

    Palvelin tallentaa lokeihin tietoja sivuston käytöstä ja virhetilanteista. Lokeja käytetään
    tietoturvan varmistamiseen, väärinkäytösten ja hyökkäysten havaitsemiseen ja estämiseen sekä
    virheiden selvittämiseen ja korjaamiseen.

    **Oikeusperuste:** oikeutettu etu pitää palvelu turvallisena ja toimivana (6 artiklan 1
    kohdan f alakohta).

    ### Suostumus

    Jos henkilö on itse antanut suostumuksensa esimerkiksi oman nimensä, puhelinnumeronsa tai
    kuvansa julkaisemiseen, käsittely perustuu suostumukseen (6 artiklan 1 kohdan a alakohta).
    Suostumuksen voi peruuttaa milloin tahansa.

    ## Käsiteltävät henkilötiedot

    - **Julkiset yhteystiedot:** yhdistyksen nimi, Y-tunnus ja rekisterinumero, osoite,
      sähköpostiosoite, puhelinnumero ja verkkosivut sekä, jos yhdistys niin haluaa,
      yhteyshenkilön nimi, tehtävä ja yhteystiedot.
    - **Käyttäjätilit:** nimi, sähköpostiosoite, salasana (tallennetaan vain tiivisteenä, josta
      salasanaa ei voi lukea), yhdistykset ja roolit, joihin käyttäjällä on oikeudet,
      kirjautumisajat sekä muutoshistoria (kuka muutti mitä ja milloin).
    - **Yhdistysilmoitukset:** ilmoittajan nimi ja yhteystiedot, ilmoitetun yhdistyksen tiedot
      sekä mahdollinen viesti koordinaattoreille.
    - **Lokit:** IP-osoite, aikaleima, pyydetty sivu, selaimen tunnistetiedot sekä virhetilanteen
      tekniset tiedot.

    ## Mistä tiedot saadaan

    - yhdistysten yhteyshenkilöiltä itseltään ja yhdistysilmoituksen tekijöiltä
    - Yhdistysfoorumin koordinaattoreilta, jotka lisäävät ja tarkistavat yhdistysten tietoja
    - julkisista rekistereistä, kuten Patentti- ja rekisterihallituksen yhdistysrekisteristä ja
      yritys- ja yhteisötietojärjestelmästä (YTJ)
    - sivuston käytöstä (lokitiedot).

    ## Tietojen vastaanottajat ja käsittelijät

    Hakemiston julkisilla sivuilla näkyvät tiedot ovat luonteeltaan julkisia: kuka tahansa voi
    nähdä ne. Julkiset tiedot ovat saatavilla myös avoimien rajapintojen, syötteiden ja
    kalenteritilausten kautta, joten ne voivat näkyä myös muilla sivustoilla, esimerkiksi kuntien
    verkkosivuilla.

    Käyttäjätilien, yhdistysilmoitusten ja lokien tietoja käsittelevät vain Yhdistysfoorumin
    koordinaattorit ja sivuston tekninen ylläpito.

    Käytämme henkilötietojen käsittelijöinä palvelinpalvelun (hosting) tarjoajaa ja
    sähköpostipalvelun tarjoajaa. Ne käsittelevät tietoja vain meidän lukuumme ja ohjeidemme
    mukaisesti.

    Emme myy henkilötietoja emmekä käytä niitä markkinointiin. Tietoja luovutetaan viranomaisille
    vain, jos laki sitä edellyttää.

    ## Tietojen siirto EU:n ja ETA:n ulkopuolelle

    Emme siirrä henkilötietoja Euroopan unionin tai Euroopan talousalueen ulkopuolelle.
    Julkisilla sivuilla olevia tietoja voi kuitenkin lukea mistä päin maailmaa tahansa.

    ## Säilytysajat

    - **Julkiset yhteystiedot** säilytetään niin kauan kuin yhdistys on mukana hakemistossa.
      Yhteyshenkilön nimi ja henkilökohtaiset yhteystiedot poistetaan, kun yhdistys ilmoittaa
      niiden muuttuneen tai kun henkilö sitä pyytää.
    - **Käyttäjätilit** poistetaan viimeistään 12 kuukauden kuluttua siitä, kun henkilön tehtävä
      yhdistyksen yhteyshenkilönä tai Yhdistysfoorumin koordinaattorina on päättynyt, tai
      aiemmin pyynnöstä.
    - **Hylätyt yhdistysilmoitukset** poistetaan viimeistään 3 kuukauden kuluessa
      hylkäämisestä. Hyväksytyn ilmoituksen tiedoista tulee yhdistyksen hakemistotiedot.
    - **Tietoturva- ja virhelokit** säilytetään 90 päivää, minkä jälkeen ne poistetaan.

    ## Rekisteröidyn oikeudet

    Sinulla on tietosuoja-asetuksen mukaan oikeus

    - saada tietää, käsittelemmekö henkilötietojasi, ja saada pääsy tietoihisi (15 artikla)
    - vaatia virheellisten tietojen oikaisemista (16 artikla)
    - vaatia tietojesi poistamista (17 artikla)
    - vaatia tietojesi käsittelyn rajoittamista (18 artikla)
    - siirtää antamasi tiedot koneluettavassa muodossa järjestelmästä toiseen, kun käsittely
      perustuu suostumukseen tai sopimukseen (20 artikla)
    - vastustaa oikeutettuun etuun perustuvaa käsittelyä erityiseen tilanteeseesi liittyvällä
      perusteella (21 artikla)
    - peruuttaa antamasi suostumus milloin tahansa. Peruuttaminen ei vaikuta ennen sitä
      tapahtuneen käsittelyn lainmukaisuuteen (7 artiklan 3 kohta).

    ### Miten voit käyttää oikeuksiasi

    Lähetä pyyntö sähköpostitse osoitteeseen [{email}](mailto:{email}). Voimme pyytää sinua
    todentamaan henkilöllisyytesi ennen kuin luovutamme tai muutamme tietoja. Vastaamme
    pyyntöön viipymättä ja viimeistään kuukauden kuluessa. Pyynnön käsittely on maksutonta.

    Yhdistysten yhteyshenkilöt voivat myös itse korjata yhdistyksensä julkiset tiedot sivuston
    hallinnassa.

    ## Oikeus tehdä valitus valvontaviranomaiselle

    Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojasäännöksiä, sinulla on
    oikeus tehdä valitus valvontaviranomaiselle. Suomessa valvontaviranomainen on
    tietosuojavaltuutettu:

    - Tietosuojavaltuutetun toimisto
    - Verkkosivusto: [tietosuoja.fi](https://tietosuoja.fi)

    Toivomme, että otat ensin yhteyttä meihin, jotta voimme selvittää asian.

    ## Evästeet

    Sivusto käyttää vain evästeitä, jotka ovat välttämättömiä sen toiminnalle:

    - **Istuntoeväste** (sessionid) pitää kirjautuneen käyttäjän kirjautuneena ja säilyttää
      istunnon aikaiset tiedot.
    - **CSRF-eväste** (csrftoken) suojaa lomakkeita väärennetyiltä pyynnöiltä.
    - **Kielieväste** (django_language) muistaa valitsemasi kielen.
    - **Ilmoituseväste** (messages) näyttää vahvistusviestin esimerkiksi lomakkeen lähettämisen
      jälkeen. Se poistuu, kun viesti on näytetty.

    Emme käytä seuranta-, analytiikka- tai mainosevästeitä emmekä kolmansien osapuolten
    seurantapalveluja. Välttämättömiin evästeisiin ei tarvita suostumusta (sähköisen viestinnän
    palveluista annetun lain 917/2014 205 §), joten sivustolla ei ole evästeiden
    hyväksymisikkunaa.

    ## Automaattinen päätöksenteko

    Emme tee henkilötietojen perusteella automaattisia päätöksiä emmekä profiloi ketään
    (tietosuoja-asetuksen 22 artikla).

    ## Selosteen päivittäminen

    Tätä tietosuojaselostetta on viimeksi päivitetty 28.11.2026. Päivitämme selostetta, kun
    henkilötietojen käsittely muuttuu.
    """
)

PRIVACY_BODY_SV = _md(
    """
    I den här dataskyddsbeskrivningen berättar vi hur personuppgifter behandlas på webbplatsen
    päijäthämäläiset.fi. Beskrivningen grundar sig på artiklarna 13 och 14 i EU:s allmänna
    dataskyddsförordning ((EU) 2016/679).

    ## Personuppgiftsansvarig

    - Päijät-Hämeen Yhdistysfoorumi (föreningsforumet i Päijänne-Tavastland)
    - E-post: [{email}](mailto:{email})

    Föreningsforumets koordinatorer svarar på frågor om dataskydd på den här adressen.

    ## Ändamål med och rättslig grund för behandlingen

    ### Föreningarnas offentliga kontaktuppgifter

    Vi publicerar föreningarnas kontaktuppgifter i katalogen så att invånare, myndigheter och
    andra aktörer kan hitta föreningarna och komma i kontakt med dem. Vi föredrar föreningarnas
    allmänna och uppdragsbaserade kontaktuppgifter. En kontaktpersons namn och personliga
    kontaktuppgifter visas endast om föreningen själv har uppgett dem för publicering.

    **Rättslig grund:** berättigat intresse (artikel 6.1 f i dataskyddsförordningen). Det
    berättigade intresset är att göra föreningsverksamheten i regionen synlig och lätt att nå,
    vilket är ett mål i föreningsstrategin för Päijänne-Tavastland. Samma grund gäller
    personuppgifter som föreningarna publicerar i samband med sina verksamheter, evenemang och
    nyheter (till exempel namnet på en ledare eller på den som tar emot anmälningar).

    ### Användarkonton

    Föreningarnas kontaktpersoner och föreningsforumets koordinatorer loggar in i webbplatsens
    administration med ett användarkonto. Användarkontot används för inloggning, för hantering av
    behörigheter (vem som får redigera vilken förenings uppgifter), för kontakt om huruvida
    uppgifterna är aktuella och för att föra ändringshistorik.

    **Rättslig grund:** fullgörande av den tjänst som avtalats med användaren (artikel 6.1 b)
    samt föreningarnas och föreningsforumets berättigade intresse av att endast behöriga personer
    redigerar en förenings uppgifter (artikel 6.1 f). E-postadressen behövs för att ett
    användarkonto ska kunna skapas. Utan den kan du inte logga in i administrationen.

    ### Anmälan av nya föreningar

    Vem som helst kan anmäla en ny förening till katalogen via ett formulär på webbplatsen.
    Koordinatorerna behandlar anmälan, kontrollerar föreningens uppgifter och kontaktar vid behov
    den som gjort anmälan.

    **Rättslig grund:** åtgärder som vidtas på begäran av den som gör anmälan (artikel 6.1 b)
    samt berättigat intresse av att hålla katalogen heltäckande och korrekt (artikel 6.1 f).

    ### Säkerhets- och felloggar

    Servern sparar uppgifter om användningen av webbplatsen och om fel i loggar. Loggarna används
    för att säkerställa informationssäkerheten, för att upptäcka och förhindra missbruk och
    attacker samt för att utreda och rätta fel.

    **Rättslig grund:** berättigat intresse av att hålla tjänsten säker och fungerande
    (artikel 6.1 f).

    ### Samtycke

    Om en person själv har gett sitt samtycke till att till exempel hans eller hennes namn,
    telefonnummer eller bild publiceras, grundar sig behandlingen på samtycke (artikel 6.1 a).
    Samtycket kan när som helst återkallas.

    ## Personuppgifter som behandlas

    - **Offentliga kontaktuppgifter:** föreningens namn, FO-nummer och registernummer, adress,
      e-postadress, telefonnummer och webbplats samt, om föreningen så önskar, kontaktpersonens
      namn, uppdrag och kontaktuppgifter.
    - **Användarkonton:** namn, e-postadress, lösenord (sparas endast som en hash som lösenordet
      inte kan läsas ut ur), de föreningar och roller som användaren har behörighet till,
      inloggningstider samt ändringshistorik (vem som ändrade vad och när).
    - **Föreningsanmälningar:** anmälarens namn och kontaktuppgifter, uppgifterna om den
      anmälda föreningen samt ett eventuellt meddelande till koordinatorerna.
    - **Loggar:** IP-adress, tidsstämpel, begärd sida, uppgifter om webbläsaren samt tekniska
      uppgifter om fel.

    ## Varifrån uppgifterna kommer

    - från föreningarnas kontaktpersoner själva och från dem som gör föreningsanmälningar
    - från föreningsforumets koordinatorer, som lägger till och kontrollerar föreningarnas
      uppgifter
    - från offentliga register, såsom Patent- och registerstyrelsens föreningsregister och
      företags- och organisationsdatasystemet (FODS)
    - från användningen av webbplatsen (loggdata).

    ## Mottagare och personuppgiftsbiträden

    Uppgifter som visas på katalogens offentliga sidor är till sin natur offentliga: vem som
    helst kan se dem. De offentliga uppgifterna finns också tillgängliga via öppna gränssnitt,
    flöden och kalenderprenumerationer och kan därför även visas på andra webbplatser, till
    exempel kommunernas.

    Uppgifterna om användarkonton, föreningsanmälningar och loggar behandlas endast av
    föreningsforumets koordinatorer och webbplatsens tekniska underhåll.

    Som personuppgiftsbiträden anlitar vi en leverantör av servertjänster (hosting) och en
    leverantör av e-posttjänster. De behandlar uppgifterna endast för vår räkning och enligt våra
    instruktioner.

    Vi säljer inte personuppgifter och använder dem inte för marknadsföring. Uppgifter lämnas ut
    till myndigheter endast när lagen kräver det.

    ## Överföring av uppgifter utanför EU och EES

    Vi överför inte personuppgifter utanför Europeiska unionen eller Europeiska ekonomiska
    samarbetsområdet. Uppgifterna på de offentliga sidorna kan dock läsas var som helst i
    världen.

    ## Lagringstider

    - **Offentliga kontaktuppgifter** sparas så länge föreningen finns med i katalogen. En
      kontaktpersons namn och personliga kontaktuppgifter raderas när föreningen meddelar att de
      har ändrats eller när personen begär det.
    - **Användarkonton** raderas senast 12 månader efter att personens uppdrag som föreningens
      kontaktperson eller som föreningsforumets koordinator har upphört, eller tidigare på
      begäran.
    - **Avslagna föreningsanmälningar** raderas senast 3 månader efter avslaget. Uppgifterna i
      en godkänd anmälan blir föreningens uppgifter i katalogen.
    - **Säkerhets- och felloggar** sparas i 90 dagar och raderas därefter.

    ## Den registrerades rättigheter

    Enligt dataskyddsförordningen har du rätt att

    - få veta om vi behandlar dina personuppgifter och få tillgång till dem (artikel 15)
    - kräva att felaktiga uppgifter rättas (artikel 16)
    - kräva att dina uppgifter raderas (artikel 17)
    - kräva att behandlingen av dina uppgifter begränsas (artikel 18)
    - få de uppgifter du lämnat i maskinläsbar form och överföra dem till ett annat system, när
      behandlingen grundar sig på samtycke eller avtal (artikel 20)
    - invända mot behandling som grundar sig på berättigat intresse av skäl som hänför sig till
      din särskilda situation (artikel 21)
    - när som helst återkalla ditt samtycke. Återkallelsen påverkar inte lagligheten av
      behandlingen innan samtycket återkallades (artikel 7.3).

    ### Hur du utövar dina rättigheter

    Skicka din begäran per e-post till [{email}](mailto:{email}). Vi kan be dig styrka din
    identitet innan vi lämnar ut eller ändrar uppgifter. Vi svarar på begäran utan dröjsmål och
    senast inom en månad. Behandlingen av begäran är avgiftsfri.

    Föreningarnas kontaktpersoner kan också själva rätta föreningens offentliga uppgifter i
    webbplatsens administration.

    ## Rätt att lämna klagomål till tillsynsmyndigheten

    Om du anser att behandlingen av dina personuppgifter bryter mot dataskyddsbestämmelserna har
    du rätt att lämna ett klagomål till tillsynsmyndigheten. I Finland är tillsynsmyndigheten
    dataombudsmannen:

    - Dataombudsmannens byrå
    - Webbplats: [tietosuoja.fi](https://tietosuoja.fi)

    Vi hoppas att du först kontaktar oss, så att vi kan reda ut saken.

    ## Kakor

    Webbplatsen använder endast kakor som är nödvändiga för att den ska fungera:

    - **Sessionskakan** (sessionid) håller en inloggad användare inloggad och bevarar uppgifter
      under sessionen.
    - **CSRF-kakan** (csrftoken) skyddar formulär mot förfalskade förfrågningar.
    - **Språkkakan** (django_language) kommer ihåg det språk du har valt.
    - **Meddelandekakan** (messages) visar ett bekräftelsemeddelande, till exempel efter att ett
      formulär har skickats. Den försvinner när meddelandet har visats.

    Vi använder inga spårnings-, analys- eller reklamkakor och inga spårningstjänster från
    tredje parter. Nödvändiga kakor kräver inget samtycke (205 § i lagen om tjänster inom
    elektronisk kommunikation, 917/2014), och därför finns det ingen ruta för godkännande av
    kakor på webbplatsen.

    ## Automatiserat beslutsfattande

    Vi fattar inga automatiserade beslut utifrån personuppgifter och profilerar ingen
    (artikel 22 i dataskyddsförordningen).

    ## Uppdatering av beskrivningen

    Den här dataskyddsbeskrivningen uppdaterades senast 28.11.2026. Vi uppdaterar beskrivningen
    när behandlingen av personuppgifter ändras.
    """
)

PRIVACY_BODY_EN = _md(
    """
    This privacy notice explains how personal data is processed on the päijäthämäläiset.fi
    website. It is based on Articles 13 and 14 of the EU General Data Protection Regulation
    ((EU) 2016/679, GDPR).

    ## Controller

    - Päijät-Hämeen Yhdistysfoorumi (the Päijät-Häme association forum)
    - E-mail: [{email}](mailto:{email})

    The forum's coordinators answer questions about privacy at this address.

    ## Purposes and legal bases of processing

    ### Public contact information of associations

    We publish the contact information of associations in the directory so that residents,
    authorities and others can find the associations and get in touch with them. We prefer the
    associations' general and role-based contact details. A contact person's name and personal
    contact details are shown only if the association itself has provided them for publication.

    **Legal basis:** legitimate interest (Article 6(1)(f) GDPR). The legitimate interest is to
    make association activity in the region visible and easy to reach, which is a goal of the
    Päijät-Häme association strategy. The same basis applies to personal data that associations
    publish with their activities, events and news (for example the name of a group leader or of
    the person taking registrations).

    ### User accounts

    The associations' contact persons and the forum's coordinators sign in to the website's
    administration with a user account. The account is used for signing in, for managing access
    rights (who may edit which association's information), for contacting users about keeping
    information up to date and for keeping a history of changes.

    **Legal basis:** providing the service agreed with the user (Article 6(1)(b)) and the
    legitimate interest of the associations and the forum in ensuring that only authorised
    persons edit an association's information (Article 6(1)(f)). An e-mail address is required
    to create a user account. Without it you cannot sign in to the administration.

    ### Registration of new associations

    Anyone can register a new association in the directory using a form on the website. The
    coordinators process the registration, check the association's information and contact the
    person who submitted it when needed.

    **Legal basis:** steps taken at the request of the person submitting the registration
    (Article 6(1)(b)) and the legitimate interest in keeping the directory comprehensive and
    accurate (Article 6(1)(f)).

    ### Security and error logs

    The server records information about the use of the website and about errors in logs. The
    logs are used to ensure information security, to detect and prevent misuse and attacks, and
    to investigate and fix errors.

    **Legal basis:** legitimate interest in keeping the service secure and working
    (Article 6(1)(f)).

    ### Consent

    Where a person has given their consent to the publication of, for example, their name,
    phone number or photo, the processing is based on consent (Article 6(1)(a)). Consent can be
    withdrawn at any time.

    ## Personal data processed

    - **Public contact information:** the association's name, business ID (Y-tunnus) and
      register number, address, e-mail address, phone number and website and, if the
      association so wishes, a contact person's name, role and contact details.
    - **User accounts:** name, e-mail address, password (stored only as a hash from which the
      password cannot be read), the associations and roles the user has rights to, sign-in
      times and a history of changes (who changed what and when).
    - **Association registrations:** the submitter's name and contact details, the information
      about the registered association and any message to the coordinators.
    - **Logs:** IP address, timestamp, requested page, browser information and technical
      details of errors.

    ## Sources of data

    - the associations' contact persons themselves and the people who submit registrations
    - the forum's coordinators, who add and check associations' information
    - public registers, such as the Register of Associations kept by the Finnish Patent and
      Registration Office (PRH) and the Business Information System (YTJ)
    - the use of the website (log data).

    ## Recipients and processors

    Information shown on the public pages of the directory is public by nature: anyone can see
    it. The public information is also available through open interfaces, feeds and calendar
    subscriptions, so it may also appear on other websites, such as those of municipalities.

    Data on user accounts, association registrations and logs is processed only by the forum's
    coordinators and the website's technical maintenance.

    We use a hosting provider and an e-mail service provider as processors of personal data.
    They process the data only on our behalf and according to our instructions.

    We do not sell personal data or use it for marketing. Data is disclosed to authorities only
    when required by law.

    ## Transfers outside the EU and EEA

    We do not transfer personal data outside the European Union or the European Economic Area.
    However, the information on the public pages can be read anywhere in the world.

    ## Retention periods

    - **Public contact information** is kept for as long as the association is listed in the
      directory. A contact person's name and personal contact details are removed when the
      association tells us they have changed or when the person asks us to remove them.
    - **User accounts** are removed no later than 12 months after the person's role as an
      association's contact person or as a coordinator of the forum has ended, or earlier on
      request.
    - **Rejected association registrations** are deleted no later than 3 months after
      rejection. The information in an approved registration becomes the association's
      directory entry.
    - **Security and error logs** are kept for 90 days and then deleted.

    ## Your rights

    Under the GDPR you have the right to

    - know whether we process your personal data and to access it (Article 15)
    - have inaccurate data rectified (Article 16)
    - have your data erased (Article 17)
    - have the processing of your data restricted (Article 18)
    - receive the data you have provided in a machine-readable format and transfer it to
      another system, where the processing is based on consent or a contract (Article 20)
    - object to processing based on legitimate interest on grounds relating to your particular
      situation (Article 21)
    - withdraw your consent at any time. Withdrawal does not affect the lawfulness of
      processing before it (Article 7(3)).

    ### How to exercise your rights

    Send your request by e-mail to [{email}](mailto:{email}). We may ask you to verify your
    identity before we disclose or change any data. We reply without undue delay and at the
    latest within one month. Handling your request is free of charge.

    Associations' contact persons can also correct their association's public information
    themselves in the website's administration.

    ## Right to lodge a complaint with the supervisory authority

    If you consider that the processing of your personal data infringes data protection law,
    you have the right to lodge a complaint with the supervisory authority. In Finland the
    supervisory authority is the Data Protection Ombudsman:

    - Office of the Data Protection Ombudsman
    - Website: [tietosuoja.fi](https://tietosuoja.fi)

    We hope you will contact us first so that we can try to resolve the matter.

    ## Cookies

    The website uses only cookies that are strictly necessary for it to work:

    - **Session cookie** (sessionid) keeps a signed-in user signed in and stores information
      during the session.
    - **CSRF cookie** (csrftoken) protects forms against forged requests.
    - **Language cookie** (django_language) remembers the language you have chosen.
    - **Message cookie** (messages) shows a confirmation message, for example after a form has
      been submitted. It is removed once the message has been shown.

    We use no tracking, analytics or advertising cookies and no third-party tracking services.
    Strictly necessary cookies do not require consent (section 205 of the Finnish Act on
    Electronic Communications Services, 917/2014), so the website has no cookie consent banner.

    ## Automated decision-making

    We make no automated decisions based on personal data and do not profile anyone
    (Article 22 GDPR).

    ## Updates to this notice

    This privacy notice was last updated on 28 November 2026. We update the notice when the
    processing of personal data changes.
    """
)

PAGES = {
    "saavutettavuus": {
        "title_fi": ACCESSIBILITY_TITLE_FI,
        "title_sv": ACCESSIBILITY_TITLE_SV,
        "title_en": ACCESSIBILITY_TITLE_EN,
        "summary_fi": ACCESSIBILITY_SUMMARY_FI,
        "summary_sv": ACCESSIBILITY_SUMMARY_SV,
        "summary_en": ACCESSIBILITY_SUMMARY_EN,
        "body_fi": ACCESSIBILITY_BODY_FI,
        "body_sv": ACCESSIBILITY_BODY_SV,
        "body_en": ACCESSIBILITY_BODY_EN,
    },
    "tietosuoja": {
        "title_fi": PRIVACY_TITLE_FI,
        "title_sv": PRIVACY_TITLE_SV,
        "title_en": PRIVACY_TITLE_EN,
        "summary_fi": PRIVACY_SUMMARY_FI,
        "summary_sv": PRIVACY_SUMMARY_SV,
        "summary_en": PRIVACY_SUMMARY_EN,
        "body_fi": PRIVACY_BODY_FI,
        "body_sv": PRIVACY_BODY_SV,
        "body_en": PRIVACY_BODY_EN,
    },
}


def create_pages(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    for slug, fields in PAGES.items():
        Page.objects.update_or_create(slug=slug, defaults=fields)


def delete_pages(apps, schema_editor):
    apps.get_model("pages", "Page").objects.filter(slug__in=PAGES).delete()


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_initial")]

    operations = [migrations.RunPython(create_pages, delete_pages)]
