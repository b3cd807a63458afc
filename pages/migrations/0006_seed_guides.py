"""The first guides for associations (/ohjeet/), written for the admin's own labels.

The texts are copied here, not imported, so the migration keeps working whatever happens to the
rest of the code. Coordinators edit them in the admin afterwards; an existing guide with the same
slug is left as it is.
"""

from textwrap import dedent

from django.db import migrations
from django.utils import timezone


def _md(text: str) -> str:
    return dedent(text).strip() + "\n"


GUIDES = [
    {
        "slug": "yhdistyksen-tietojen-paivittaminen",
        "order": 10,
        "admin_form": "directory.association",
        "title_fi": "Näin päivität yhdistyksen tiedot",
        "summary_fi": (
            "Yhdistyksen esittely, yhteystiedot, toiminta-alue ja teemat hallinnassa – ja miksi "
            "tiedot vahvistetaan ajantasaisiksi kerran vuodessa."
        ),
        "body_fi": _md(
            """
            Yhdistyksen sivu on usein ensimmäinen paikka, josta uusi jäsen tai yhteistyökumppani
            etsii tietoa. Pidä se ajan tasalla.

            ## Näin pääset muokkaamaan

            1. Kirjaudu hallintaan osoitteessa /hallinta/. Yhteyshenkilö voi kirjautua
               sähköpostiin lähetettävällä kirjautumislinkillä.
            2. Valitse etusivulta yhdistyksesi tai avaa **Yhdistykset** ja yhdistyksen nimi.
            3. Muokkaa tietoja ja paina lopuksi **Tallenna**.

            ## Mitä kannattaa tarkistaa

            - **Lyhyt kuvaus**: yksi tai kaksi lausetta siitä, mitä yhdistys tekee ja kenelle.
              Se näkyy hakutuloksissa.
            - **Kuvaus**: pidempi esittely. Kerro, miten mukaan pääsee.
            - **Missä yhdistys toimii**: kotikunta ja kunnat, joissa toimintaa on.
            - **Teemat ja asiasanat**: valitse ne teemat ja kohderyhmät, joita toiminta
              oikeasti koskee. Niiden avulla asukkaat löytävät yhdistyksen.
            - **Yhteystiedot**: käytä yhdistyksen yhteistä sähköpostia, ei yksityishenkilön
              osoitetta, jos mahdollista.

            ## Vahvista tiedot kerran vuodessa

            Kun tiedot ovat kunnossa, paina **Vahvista tiedot ajantasaisiksi**. Jos tietoja ei ole
            vahvistettu 12 kuukauteen, sivulla näytetään huomautus ja sinulle tulee muistutus
            sähköpostiin.
            """
        ),
        "title_sv": "Så uppdaterar du föreningens uppgifter",
        "summary_sv": (
            "Föreningens presentation, kontaktuppgifter, verksamhetsområde och teman i "
            "administrationen – och varför uppgifterna bekräftas en gång om året."
        ),
        "body_sv": _md(
            """
            Föreningens sida är ofta det första stället där en ny medlem eller samarbetspartner
            söker information. Håll den uppdaterad.

            1. Logga in i administrationen på /hallinta/.
            2. Välj din förening på startsidan eller under **Föreningar**.
            3. Ändra uppgifterna och tryck på **Spara**.

            Kontrollera särskilt den korta beskrivningen, kommunerna där föreningen verkar,
            teman och kontaktuppgifterna. När allt stämmer, tryck på **Bekräfta att uppgifterna
            är aktuella**. Uppgifter som inte bekräftats på 12 månader får en anmärkning på sidan.
            """
        ),
        "title_en": "How to update your association's details",
        "summary_en": (
            "Your association's presentation, contact details, area and themes in the admin – "
            "and why the details are confirmed once a year."
        ),
        "body_en": _md(
            """
            Your association's page is often where a new member or partner looks first. Keep it
            current.

            1. Log in to the admin at /hallinta/.
            2. Choose your association on the start page or under **Associations**.
            3. Edit the details and press **Save**.

            Check the short description, the municipalities you work in, the themes and the
            contact details. When everything is right, press **Confirm the information is
            current**. Details not confirmed for 12 months get a notice on the public page.
            """
        ),
    },
    {
        "slug": "tapahtuman-lisaaminen",
        "order": 20,
        "admin_form": "events.event",
        "title_fi": "Näin lisäät tapahtuman",
        "summary_fi": (
            "Tapahtuman lisääminen kalenteriin: aika, paikka, hinta ja ilmoittautuminen, sekä "
            "saman tapahtuman kopioiminen seuraavalle viikolle."
        ),
        "body_fi": _md(
            """
            ## Uusi tapahtuma

            1. Avaa hallinnassa **Tapahtumat** ja valitse **Lisää tapahtuma**.
            2. Valitse järjestäjäksi yhdistyksesi ja kirjoita otsikko ja **tiivistelmä**
               (enintään 200 merkkiä, näkyy listoissa).
            3. Kohdassa **Aika** anna alkamis- ja päättymisaika. Koko päivän tapahtumassa
               kellonajat eivät näy.
            4. Kohdassa **Paikka** kerro paikan nimi ja osoite tai valitse verkossa
               osallistuminen ja anna linkki.
            5. Kohdassa **Hinta ja ilmoittautuminen** kerro, onko tapahtuma maksuton, ja miten
               ilmoittaudutaan.
            6. Kerro **saavutettavuudesta**: esteetön kulku, induktiosilmukka, tulkkaus.
            7. Paina **Tallenna**.

            Yhdistyksen ensimmäiset tapahtumat tarkistaa koordinaattori ennen julkaisua.

            ## Viikoittain toistuva kokoontuminen

            Jos sama ryhmä kokoontuu joka viikko, lisää tapahtuma kerran:

            1. Valitse kohdassa **Toistuu** esimerkiksi **Joka viikko** ja kohdassa **Minä
               viikonpäivinä** kokoontumispäivä.
            2. Anna **Viimeinen päivä**, esimerkiksi kevätkauden loppu.
            3. Kirjoita kohtaan **Paitsi näinä päivinä** päivät, joina ryhmä ei kokoonnu,
               esimerkiksi hiihtoloma.

            Yksittäisen tapahtuman voi myös kopioida: valitse tapahtumalistasta tapahtuma ja
            toiminto **Kopioi valitut tapahtumat viikkoa myöhemmäksi**. Pysyvän viikkotoiminnan
            voi lisätä myös toiminnaksi: katso
            [ohje toiminnan lisäämisestä](/ohjeet/toiminnan-lisaaminen/).
            """
        ),
        "title_sv": "Så lägger du till ett evenemang",
        "summary_sv": (
            "Ett evenemang i kalendern: tid, plats, pris och anmälan, och samma evenemang "
            "kopierat till nästa vecka."
        ),
        "body_sv": _md(
            """
            1. Öppna **Evenemang** i administrationen och välj **Lägg till evenemang**.
            2. Välj din förening som arrangör, skriv rubriken och en kort sammanfattning.
            3. Ange start- och sluttid, platsen eller länken för deltagande på nätet.
            4. Berätta om pris, anmälan och tillgänglighet och tryck på **Spara**.

            En grupp som träffas varje vecka kan kopieras: välj evenemanget i listan och
            åtgärden **Kopiera de valda evenemangen en vecka framåt**.
            """
        ),
        "title_en": "How to add an event",
        "summary_en": (
            "An event in the calendar: time, place, price and registration, and copying the "
            "same event to the next week."
        ),
        "body_en": _md(
            """
            1. Open **Events** in the admin and choose **Add event**.
            2. Choose your association as the organiser, write the title and a short summary.
            3. Give the start and end, the place or the link for online attendance.
            4. Tell the price, how to register and about accessibility, then press **Save**.

            A group that meets every week can be copied: select the event in the list and the
            action **Copy the selected events a week later**.
            """
        ),
    },
    {
        "slug": "toiminnan-lisaaminen",
        "order": 30,
        "admin_form": "services.service",
        "title_fi": "Näin lisäät toiminnan tai palvelun",
        "summary_fi": (
            "Vertaistukiryhmä, kerho, neuvonta tai muu pysyvä toiminta toiminta- ja "
            "palveluhakuun, viikoittaisine aikatauluineen."
        ),
        "body_fi": _md(
            """
            Toiminta ja palvelut ovat yhdistyksen pysyvää toimintaa: vertaistukiryhmiä,
            kerhoja, neuvontaa, lainattavia välineitä. Yksittäinen tilaisuus on tapahtuma.

            1. Avaa hallinnassa **Toiminta ja palvelut** ja valitse lisääminen.
            2. Kirjoita otsikko, joka kertoo mitä toiminta on, esimerkiksi
               "Omaisten vertaistukiryhmä Heinolassa".
            3. Kerro **aikataulu** tavallisin sanoin, esimerkiksi "tiistaisin klo 18–20, ei
               kesällä".
            4. Valitse kohderyhmät, teemat ja kunnat, joissa toimintaa on.
            5. Kerro, onko toiminta maksutonta ja miten mukaan pääsee.
            6. Paina **Tallenna**.

            Koordinaattori tarkistaa uudet toiminnat ja palvelut ennen julkaisua.
            """
        ),
        "title_en": "How to add an activity or a service",
        "summary_en": (
            "A peer support group, club, advice or other lasting activity in the activity and "
            "service search, with its weekly schedule."
        ),
        "body_en": _md(
            """
            Activities and services are what your association does regularly: peer support
            groups, clubs, advice. A single occasion is an event.

            1. Open **Activities and services** in the admin and add one.
            2. Write a title that says what it is.
            3. Give the **schedule** in plain words, e.g. "Tuesdays 6–8 pm, not in summer".
            4. Choose the target groups, themes and municipalities, tell the price and how to
               join, and press **Save**.

            A coordinator reviews new activities and services before they are published.
            """
        ),
    },
    {
        "slug": "tilat-ja-avustukset",
        "order": 40,
        "admin_form": "conditions.premises",
        "title_fi": "Tilojen ja avustusten hakeminen",
        "summary_fi": (
            "Mistä yhdistys löytää kokoontumistilan ja avustuksen, ja miten omat tilat "
            "tarjotaan muiden käyttöön."
        ),
        "body_fi": _md(
            """
            Tilat, avustukset ja kuntien yhteyshenkilöt on koottu sivulle
            [Toimintaedellytykset](/toimintaedellytykset/).

            ## Tila kokoontumisille

            Tilahaussa voit rajata tiloja kunnan, koon ja saavutettavuuden mukaan. Varaa tila
            sen omistajalta suoraan: yhteystiedot ovat tilan sivulla.

            ## Omat tilat muiden käyttöön

            Jos yhdistyksellä on tila, jota muut voivat käyttää, lisää se hallinnassa kohdassa
            **Tilat**. Kerro hinta, varaustapa ja saavutettavuus mahdollisimman tarkasti.

            ## Avustukset

            Avustushaut näkyvät sivulla avustukset määräaikoineen. Kunnan avustuksista neuvoo
            kunnan yhdistysyhteyshenkilö. Hae ajoissa: moni haku on kerran vuodessa.

            Kysymyksiä tai ehdotuksia voi lähettää lomakkeella **Kysy tai ehdota**.
            """
        ),
        "title_sv": "Att söka lokaler och bidrag",
        "summary_sv": (
            "Var en förening hittar en mötesplats och bidrag, och hur egna lokaler erbjuds åt "
            "andra."
        ),
        "body_sv": _md(
            """
            Lokaler, bidrag och kommunernas kontaktpersoner finns på sidan
            [Verksamhetsförutsättningar](/sv/toimintaedellytykset/).

            Föreningens egna lokaler som andra kan använda läggs till i administrationen under
            **Lokaler**. Bidragsutlysningarna visas med sina sista ansökningsdagar.
            """
        ),
    },
    {
        "slug": "lausunnon-kirjoittaminen",
        "order": 50,
        "admin_form": "news.newsitem",
        "title_fi": "Näin kirjoitat lausunnon tai kannanoton",
        "summary_fi": (
            "Lausunto tai kannanotto kuntaan tai hyvinvointialueelle: rakenne, julkaiseminen "
            "sivustolla ja yhteistyö muiden yhdistysten kanssa."
        ),
        "body_fi": _md(
            """
            **Lausunto** vastaa viranomaisen pyyntöön. **Kannanotto** on yhdistyksen oma
            avaus asiaan, jota ei ole kysytty.

            ## Rakenne

            1. Kenelle ja mistä asiasta (lausunnossa diaarinumero).
            2. Pääviesti yhdellä tai kahdella lauseella.
            3. Perustelut: mitä jäsenenne kokevat, luvut ja esimerkit.
            4. Ehdotukset: mitä pitäisi tehdä.
            5. Allekirjoittajat ja yhteyshenkilö.

            Pidä teksti lyhyenä: yksi tai kaksi sivua riittää.

            ## Julkaise sivustolla

            Avaa hallinnassa **Uutiset**, lisää uusi ja valitse lajiksi **lausunto** tai
            **kannanotto**. Kirjoita tiivistelmään pääviesti. Julkaistut lausunnot ja
            kannanotot kootaan uutisiin omaksi suodattimekseen.

            Lausuntoa voi valmistella yhdessä muiden yhdistysten kanssa: kysy yhdistysfoorumin
            verkostoista tai jätä yhteistyöilmoitus.
            """
        ),
    },
    {
        "slug": "tietosuoja-yhdistyksille",
        "order": 60,
        "admin_form": "",
        "title_fi": "Tietosuoja yhdistyksille: mitä henkilötietoja saa julkaista",
        "summary_fi": (
            "Yhteyshenkilöiden nimet, puhelinnumerot ja kuvat yhdistyksen sivuilla: mitä saa "
            "julkaista ja mitä kannattaa jättää pois."
        ),
        "body_fi": _md(
            """
            Yhdistys on rekisterinpitäjä omien jäsentensä ja toimintaan osallistuvien tiedoille.
            Sivustolla julkaistu tieto on kaikkien nähtävissä.

            ## Saa julkaista

            - Yhdistyksen yhteiset yhteystiedot: sähköposti, puhelin, osoite.
            - Hallituksen jäsenen tai yhteyshenkilön nimen ja yhteystiedot, kun hän on
              suostunut siihen.

            ## Älä julkaise

            - Jäsenluetteloita tai osallistujien nimiä.
            - Terveyteen, vakaumukseen tai muihin erityisiin ryhmiin liittyviä tietoja, kuten
              sitä, kuka käy vertaistukiryhmässä.
            - Kuvia, joissa ihmiset tunnistaa, ilman heidän lupaansa.

            ## Kun joku pyytää poistamaan tietonsa

            Poista tieto hallinnassa ja tallenna. Jos tieto on tekstissä, jota et voi muokata,
            ota yhteyttä koordinaattoriin. Sivuston oma käsittely on kuvattu
            [tietosuojaselosteessa](/tietosuoja/).
            """
        ),
        "title_sv": "Dataskydd för föreningar: vilka personuppgifter får publiceras",
        "summary_sv": (
            "Kontaktpersoners namn, telefonnummer och bilder på föreningens sidor: vad får "
            "publiceras och vad är bättre att lämna bort."
        ),
        "body_sv": _md(
            """
            Det som publiceras på webbplatsen kan ses av alla.

            - Publicera föreningens gemensamma kontaktuppgifter och namnet på en
              kontaktperson som har gått med på det.
            - Publicera inte medlemsförteckningar, uppgifter om hälsa eller övertygelse, eller
              bilder där personer känns igen utan deras lov.

            Läs också webbplatsens [dataskyddsbeskrivning](/sv/tietosuoja/).
            """
        ),
        "title_en": "Privacy for associations: what personal data may be published",
        "summary_en": (
            "Contact people's names, phone numbers and photos on your association's pages: what "
            "may be published and what to leave out."
        ),
        "body_en": _md(
            """
            What is published on the site can be seen by everyone.

            - Publish your association's shared contact details and the name of a contact
              person who has agreed to it.
            - Do not publish member lists, data on health or beliefs, or photos where people
              can be recognised without their permission.

            See also the site's [privacy notice](/en/tietosuoja/).
            """
        ),
    },
]


def add_guides(apps, schema_editor):
    """Each new guide with its first history record (the migration's models send no signals)."""
    Guide = apps.get_model("pages", "Guide")
    HistoricalGuide = apps.get_model("pages", "HistoricalGuide")
    for fields in GUIDES:
        guide, created = Guide.objects.get_or_create(
            slug=fields["slug"], defaults={**fields, "published": True}
        )
        # (Replayed with the live models, as the browser tests do, the signal has made one.)
        if created and not HistoricalGuide.objects.filter(id=guide.pk).exists():
            values = {f.attname: getattr(guide, f.attname) for f in Guide._meta.concrete_fields}
            HistoricalGuide.objects.create(
                **values,
                history_date=timezone.now(),
                history_type="+",
                history_change_reason="Ensimmäinen versio",
            )


def remove_guides(apps, schema_editor):
    apps.get_model("pages", "Guide").objects.filter(
        slug__in=[guide["slug"] for guide in GUIDES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("pages", "0005_guide_search")]

    operations = [migrations.RunPython(add_guides, remove_guides)]
