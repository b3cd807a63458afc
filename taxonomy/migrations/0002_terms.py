"""The strategy's fixed vocabulary: spearheads, HYTE themes, municipalities, target groups and the
advisory board's fields of activity. Finnish wording is the strategy's own
(`shared/seed/strategy.txt`); Swedish and English are translations."""

from django.db import migrations

SPEARHEADS = [
    {
        "number": 1,
        "slug": "nakyvyys-ja-tunnettuus",
        "name_fi": "Näkyvyys & tunnettuus",
        "name_sv": "Synlighet & kännedom",
        "name_en": "Visibility & awareness",
        "goal_fi": "Päijät-Hämeen yhdistys- ja järjestökenttä on näkyvä ja sen toiminta on "
        "tunnettua.",
        "goal_sv": "Förenings- och organisationsfältet i Päijänne-Tavastland är synligt och dess "
        "verksamhet är känd.",
        "goal_en": "The association and NGO field of Päijät-Häme is visible and its work is known.",
        "measures_fi": "Aktiivinen tiedotus\nPäijäthämäläiset.fi",
        "measures_sv": "Aktiv information\nPäijäthämäläiset.fi",
        "measures_en": "Active communication\nPäijäthämäläiset.fi",
    },
    {
        "number": 2,
        "slug": "toimintaedellytykset",
        "name_fi": "Toimintaedellytykset",
        "name_sv": "Verksamhetsförutsättningar",
        "name_en": "Operating conditions",
        "goal_fi": "Päijät-Hämeen yhdistys- ja järjestökentällä on riittävät "
        "toimintaedellytykset (avustukset, tilat, yhteistoiminta, viestintä…) kohderyhmän "
        "tarpeisiin vastaamiseen.",
        "goal_sv": "Förenings- och organisationsfältet i Päijänne-Tavastland har tillräckliga "
        "verksamhetsförutsättningar (understöd, lokaler, samverkan, kommunikation …) för att "
        "möta målgruppens behov.",
        "goal_en": "The association and NGO field of Päijät-Häme has sufficient operating "
        "conditions (grants, premises, joint action, communication…) to meet the needs of its "
        "target groups.",
        "measures_fi": "Tilat, avustukset, yhteyshenkilö, vuoropuhelu",
        "measures_sv": "Lokaler, understöd, kontaktperson, dialog",
        "measures_en": "Premises, grants, a contact person, dialogue",
    },
    {
        "number": 3,
        "slug": "kumppanuus",
        "name_fi": "Kumppanuus",
        "name_sv": "Partnerskap",
        "name_en": "Partnership",
        "goal_fi": "Päijät-Hämeen yhdistys- ja järjestökenttä on arvostettu, luotettava ja "
        "haluttu yhteistyökumppani.",
        "goal_sv": "Förenings- och organisationsfältet i Päijänne-Tavastland är en uppskattad, "
        "pålitlig och eftertraktad samarbetspartner.",
        "goal_en": "The association and NGO field of Päijät-Häme is a valued, trusted and "
        "sought-after partner.",
        "measures_fi": "Suunnitelmallinen sidosryhmäyhteistyö\nKoulutus ja yhteiskehittäminen\n"
        "Aktiivinen yhteistyömahdollisuuksien etsintä",
        "measures_sv": "Planmässigt samarbete med intressenter\nUtbildning och samutveckling\n"
        "Aktivt sökande efter samarbetsmöjligheter",
        "measures_en": "Planned stakeholder cooperation\nTraining and co-development\n"
        "Actively seeking opportunities to cooperate",
    },
    {
        "number": 4,
        "slug": "vaikuttaminen-ja-yhdessa-kehittaminen",
        "name_fi": "Vaikuttaminen & yhdessä kehittäminen",
        "name_sv": "Påverkan & utveckling tillsammans",
        "name_en": "Advocacy & co-development",
        "goal_fi": "Päijät-Hämeen yhdistys- ja järjestökenttä on aktiivinen vaikuttaja ja se on "
        "mukana eri tahojen verkosto-, ohjelma-, strategia- ja kehittämistyöskentelyissä sekä "
        "vaikuttamistyössä.",
        "goal_sv": "Förenings- och organisationsfältet i Päijänne-Tavastland är en aktiv "
        "påverkare och deltar i olika aktörers nätverks-, program-, strategi- och "
        "utvecklingsarbete samt i påverkansarbete.",
        "goal_en": "The association and NGO field of Päijät-Häme is an active advocate and takes "
        "part in the network, programme, strategy and development work of various bodies and in "
        "advocacy.",
        "measures_fi": "Yhdistys- ja järjestökentän sekä kolmannen sektorin toimijoiden "
        "yhteistyö\nKannanotot, lausunnot ja mielipidekirjoitukset\n"
        "Asiantuntemuksen ja kokemuksen hyödyntämistä\nJärjestöneuvottelukunta yhteistyöelimenä",
        "measures_sv": "Samarbete mellan förenings- och organisationsfältet och tredje sektorns "
        "aktörer\nStällningstaganden, utlåtanden och insändare\n"
        "Att ta tillvara sakkunskap och erfarenhet\nOrganisationsdelegationen som samarbetsorgan",
        "measures_en": "Cooperation between the association field and third-sector actors\n"
        "Statements, consultation responses and opinion pieces\n"
        "Making use of expertise and experience\nThe NGO advisory board as a body for cooperation",
    },
    {
        "number": 5,
        "slug": "palvelutoiminta",
        "name_fi": "Palvelutoiminta",
        "name_sv": "Serviceverksamhet",
        "name_en": "Services",
        "goal_fi": "Päijät-Hämeen yhdistys- ja järjestökentän kansalaistoiminnan rinnalla on "
        "tunnettu, arvostettu, tarvelähtöinen, vastuullinen ja nopeasti reagoiva yhdistysten "
        "mahdollistama palvelutoiminta.",
        "goal_sv": "Vid sidan av medborgarverksamheten inom förenings- och organisationsfältet i "
        "Päijänne-Tavastland finns en känd, uppskattad, behovsbaserad, ansvarsfull och snabbt "
        "reagerande serviceverksamhet som föreningarna möjliggör.",
        "goal_en": "Alongside civic activity, the association and NGO field of Päijät-Häme has "
        "well-known, valued, needs-based, responsible and quickly responding services made "
        "possible by associations.",
        "measures_fi": "Yhdistysten palvelutoiminnan tunnettuuden lisääminen\n"
        "Monitoimijainen yhteistyö\n"
        "Yhdistysten palvelutoiminnan vaikuttavuuden ja hyötyjen esille tuominen",
        "measures_sv": "Ökad kännedom om föreningarnas serviceverksamhet\n"
        "Samarbete mellan flera aktörer\n"
        "Att lyfta fram effekterna och nyttan av föreningarnas serviceverksamhet",
        "measures_en": "Raising awareness of associations' services\nMulti-actor cooperation\n"
        "Bringing out the impact and benefits of associations' services",
    },
]

THEMES = [
    (
        "mielen-hyvinvointi",
        ("Mielen hyvinvointi", "Psykiskt välbefinnande", "Mental wellbeing"),
        (
            "Vertaistukea, kohtaamisia ja apua, kun mieli painaa, sekä toimintaa, joka vahvistaa "
            "jaksamista arjessa.",
            "Kamratstöd, möten och hjälp när livet känns tungt, och verksamhet som stärker "
            "orken i vardagen.",
            "Peer support, meeting places and help when life feels heavy, and activities that "
            "help people cope day to day.",
        ),
    ),
    (
        "osallisuus-ja-yhteisollisyys",
        ("Osallisuus ja yhteisöllisyys", "Delaktighet och gemenskap", "Inclusion and community"),
        (
            "Yhdessä tekemistä, vapaaehtoistoimintaa ja mahdollisuuksia vaikuttaa omaan "
            "lähiyhteisöön.",
            "Att göra saker tillsammans, frivilligverksamhet och möjligheter att påverka den egna "
            "närmiljön.",
            "Doing things together, volunteering and ways to have a say in one's own community.",
        ),
    ),
    (
        "arjen-turvallisuus",
        ("Arjen turvallisuus", "Trygghet i vardagen", "Everyday safety"),
        (
            "Turvallisuutta kotona, liikenteessä ja lähiympäristössä, varautumista ja apua "
            "kriiseissä.",
            "Trygghet hemma, i trafiken och i närmiljön, beredskap och hjälp i kriser.",
            "Safety at home, in traffic and in the neighbourhood, preparedness and help in a "
            "crisis.",
        ),
    ),
    (
        "paihteettomyys-ja-terveelliset-elintavat",
        (
            "Päihteettömyys ja terveelliset elintavat",
            "Rusfrihet och hälsosamma levnadsvanor",
            "Substance-free living and healthy lifestyles",
        ),
        (
            "Liikuntaa, ravitsemusta, päihteetöntä tekemistä ja tukea päihteiden käytön "
            "vähentämiseen.",
            "Motion, näring, rusfria aktiviteter och stöd för att minska bruket av rusmedel.",
            "Exercise, nutrition, substance-free activities and support for cutting down on "
            "alcohol and drugs.",
        ),
    ),
]

# slug, code, Finnish, Swedish (where it differs, else the Finnish name)
MUNICIPALITIES = [
    ("asikkala", "016", "Asikkala", "Asikkala"),
    ("hartola", "081", "Hartola", "Gustav Adolfs"),
    ("heinola", "111", "Heinola", "Heinola"),
    ("hollola", "098", "Hollola", "Hollola"),
    ("iitti", "142", "Iitti", "Itis"),
    ("karkola", "316", "Kärkölä", "Kärkölä"),
    ("lahti", "398", "Lahti", "Lahtis"),
    ("orimattila", "560", "Orimattila", "Orimattila"),
    ("padasjoki", "576", "Padasjoki", "Padasjoki"),
    ("sysma", "781", "Sysmä", "Sysmä"),
]

TARGET_GROUPS = [
    ("lapset", "Lapset", "Barn", "Children"),
    ("nuoret", "Nuoret", "Unga", "Young people"),
    ("lapsiperheet", "Lapsiperheet", "Barnfamiljer", "Families with children"),
    ("tyoikaiset", "Työikäiset", "Personer i arbetsför ålder", "Working-age adults"),
    ("ikaantyneet", "Ikääntyneet", "Äldre", "Older people"),
    ("omaishoitajat", "Omaishoitajat", "Närståendevårdare", "Family carers"),
    ("maahan-muuttaneet", "Maahan muuttaneet", "Invandrare", "Immigrants"),
    (
        "vammaiset-henkilot",
        "Vammaiset henkilöt",
        "Personer med funktionsnedsättning",
        "People with disabilities",
    ),
    ("pitkaaikaissairaat", "Pitkäaikaissairaat", "Långtidssjuka", "People with long-term illness"),
    ("kaikki", "Kaikki", "Alla", "Everyone"),
]

FIELDS = [
    (
        "lapset-nuoret-ja-perheet",
        "Lapset, nuoret ja perheet",
        "Barn, unga och familjer",
        "Children, young people and families",
    ),
    (
        "ikaantyneet-ja-omaishoitajat",
        "Ikääntyneet ja omaishoitajat",
        "Äldre och närståendevårdare",
        "Older people and family carers",
    ),
    (
        "potilas-ja-vammaisjarjestot",
        "Potilas- ja vammaisjärjestöt",
        "Patient- och funktionshinderorganisationer",
        "Patient and disability organisations",
    ),
    (
        "mielenterveys-ja-paihdetyo",
        "Mielenterveys- ja päihdetyö",
        "Arbete inom psykisk hälsa och missbruk",
        "Mental health and substance abuse work",
    ),
    ("liikunta-ja-urheilu", "Liikunta ja urheilu", "Motion och idrott", "Exercise and sport"),
    (
        "tyollisyys-ja-hanketoiminta",
        "Työllisyys ja hanketoiminta",
        "Sysselsättning och projektverksamhet",
        "Employment and projects",
    ),
    (
        "kyla-ja-vapaaehtoistoiminta",
        "Kylä- ja vapaaehtoistoiminta",
        "By- och frivilligverksamhet",
        "Village and volunteer activity",
    ),
    (
        "kulttuuri-ja-harrastukset",
        "Kulttuuri ja harrastukset",
        "Kultur och fritidsintressen",
        "Culture and hobbies",
    ),
    (
        "palvelutoiminta-ja-yhteiskunnallinen-yrittajyys",
        "Palvelutoiminta ja yhteiskunnallinen yrittäjyys",
        "Serviceverksamhet och samhällsentreprenörskap",
        "Services and social enterprise",
    ),
    (
        "turvallisuus-ja-varautuminen",
        "Turvallisuus ja varautuminen",
        "Säkerhet och beredskap",
        "Safety and preparedness",
    ),
]


def create_terms(apps, schema_editor):
    Spearhead = apps.get_model("taxonomy", "Spearhead")
    Theme = apps.get_model("taxonomy", "Theme")
    Municipality = apps.get_model("taxonomy", "Municipality")
    TargetGroup = apps.get_model("taxonomy", "TargetGroup")
    Field = apps.get_model("taxonomy", "Field")

    for spearhead in SPEARHEADS:
        Spearhead.objects.update_or_create(
            slug=spearhead["slug"], defaults={**spearhead, "position": spearhead["number"]}
        )
    for position, (slug, names, descriptions) in enumerate(THEMES, start=1):
        Theme.objects.update_or_create(
            slug=slug,
            defaults={
                "position": position,
                **dict(zip(("name_fi", "name_sv", "name_en"), names, strict=True)),
                **dict(
                    zip(
                        ("description_fi", "description_sv", "description_en"),
                        descriptions,
                        strict=True,
                    )
                ),
            },
        )
    for slug, code, name_fi, name_sv in MUNICIPALITIES:
        Municipality.objects.update_or_create(
            slug=slug,
            defaults={"code": code, "name_fi": name_fi, "name_sv": name_sv, "name_en": name_fi},
        )
    for model, rows in ((TargetGroup, TARGET_GROUPS), (Field, FIELDS)):
        for position, (slug, name_fi, name_sv, name_en) in enumerate(rows, start=1):
            model.objects.update_or_create(
                slug=slug,
                defaults={
                    "position": position,
                    "name_fi": name_fi,
                    "name_sv": name_sv,
                    "name_en": name_en,
                },
            )


def remove_terms(apps, schema_editor):
    for model_name in ("Spearhead", "Theme", "Municipality", "TargetGroup", "Field"):
        apps.get_model("taxonomy", model_name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(create_terms, remove_terms)]
