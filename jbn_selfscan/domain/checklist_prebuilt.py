"""The shipped checklists, prebuilt from their YAML files: do not edit.

Made by `python tools/checklist_prebuilt_build.py` (see that script).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from jbn_selfscan.domain.checklist import Checklist, ChecklistItem, Choice, Condition, Term
from jbn_selfscan.domain.types import Bron, ItemStatus, Maatregel, Theme, Unit


def prebuilt_checklist(name: str, sha256: str) -> Checklist | None:
    """The checklist of shipped file `name`, or None unless the file is the one built from."""
    entry = _PREBUILT.get(name)
    if entry is None or entry[0] != sha256:
        return None
    return entry[1]()


def _checklist_1() -> Checklist:  # jbn-dossier-zelfscan-v1.yaml
    return Checklist(
        id='jbn-dossier-zelfscan',
        version=1,
        title='Dossier zelfscan',
        description='Vul deze zelfscan per jeugdige in vóór je caseloadgesprek. Je kijkt zelf naar je dossier: kan een ander het volgen, heb je zicht op de veiligheid, is het contact vaak genoeg en is het plan van aanpak op tijd en actueel. Je bespreekt de uitkomst met je praktijkbegeleider en maakt samen afspraken. Vul eerlijk in: de zelfscan is een hulpmiddel, geen beoordeling.',
        choice_sets={
            'ja_deels_nee': (
                Choice(
                    value='ja',
                    label='Ja',
                    status=ItemStatus.OP_ORDE,
                ),
                Choice(
                    value='deels',
                    label='Deels',
                    status=ItemStatus.AANDACHT,
                ),
                Choice(
                    value='nee',
                    label='Nee',
                    status=ItemStatus.NIET_OP_ORDE,
                ),
            ),
            'ja_deels_nee_nvt': (
                Choice(
                    value='ja',
                    label='Ja',
                    status=ItemStatus.OP_ORDE,
                ),
                Choice(
                    value='deels',
                    label='Deels',
                    status=ItemStatus.AANDACHT,
                ),
                Choice(
                    value='nee',
                    label='Nee',
                    status=ItemStatus.NIET_OP_ORDE,
                ),
                Choice(
                    value='nvt',
                    label='Niet van toepassing',
                    status=ItemStatus.NVT,
                ),
            ),
        },
        items=(
            ChecklistItem(
                id='wensen_en_mogelijkheden_in_beeld',
                theme=Theme.NAVOLGBAARHEID,
                label='Wensen en mogelijkheden samen in beeld',
                question='Zijn de wensen, behoeften en mogelijkheden van de jeugdige, de ouders en het netwerk in beeld, en heb je dat beeld samen met hen gevormd?',
                help='Op orde: het dossier beschrijft de voorgeschiedenis, de leefwereld, de gezondheid, de ontwikkeling, de zorgen en de krachten op alle levensgebieden, en je leest erin terug wat de jeugdige en de ouders zelf vertelden. Komt het beeld vooral uit het raadsrapport of van andere professionals, kies dan "deels".',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='actueel_beeld',
                theme=Theme.NAVOLGBAARHEID,
                label='Actueel beeld in het dossier',
                question='Geeft het dossier een actueel beeld van de jeugdige, de ouders en het netwerk?',
                help='Op orde: iemand die de jeugdige niet kent, leest in een paar minuten hoe het nu gaat, waar de jeugdige woont, wat de zorgen en de krachten zijn en wie er betrokken zijn. Het beeld is niet ouder dan drie maanden. Is een deel verouderd of ontbreekt het, kies dan "deels" en schrijf in de toelichting welk deel.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='verslagen_bijgewerkt',
                theme=Theme.NAVOLGBAARHEID,
                label='Verslagen bijgewerkt',
                question='Staan de gesprekken en contacten van de afgelopen periode als verslag in het dossier?',
                help='Op orde: van elk contact met de jeugdige, de ouders en betrokken professionals sinds het vorige caseloadgesprek staat een kort verslag in het dossier, met de datum en wat er is besproken en afgesproken. Loop je achter, kies dan "deels" of "nee" en schrijf in de toelichting hoeveel verslagen nog ontbreken.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='afspraken_wie_doet_wat',
                theme=Theme.NAVOLGBAARHEID,
                label='Afspraken wie doet wat',
                question='Staat in het dossier wie wat doet: welke afspraken er zijn met de jeugdige, de ouders, het netwerk en de hulpverleners?',
                help='Op orde: de lopende afspraken staan in het dossier, met wie ze uitvoert en wanneer. Een buitenstaander kan zien wat er de komende tijd gaat gebeuren.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.3',
            ),
            ChecklistItem(
                id='kernbesluiten_onderbouwd',
                theme=Theme.NAVOLGBAARHEID,
                label='Kernbesluiten onderbouwd',
                question='Zijn de kernbesluiten met onderbouwing vastgelegd en multidisciplinair genomen, met een gedragswetenschapper erbij?',
                help='Op orde: bij elk kernbesluit (bijvoorbeeld het vaststellen van het PvA, een verlenging, een uithuisplaatsing of de contactfrequentie) staat in het dossier wat er besloten is, waarom, wie erbij waren (in elk geval een gedragswetenschapper) en hoe de jeugdige en de ouders bij het besluit betrokken zijn. Kies "niet van toepassing" als er nog geen kernbesluit is genomen.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='nvt',
                        label='Niet van toepassing',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='overzicht_hulp_en_regie',
                theme=Theme.NAVOLGBAARHEID,
                label='Overzicht hulp en regie',
                question='Heb je overzicht over alle hulp en ondersteuning in het gezin, en staat in het dossier wie de regie heeft?',
                help='Op orde: in het dossier staat welke hulpverleners en organisaties betrokken zijn, wat ieder doet en dat jij de regie hebt; de jeugdige en de ouders weten dat ook. Sluit het plan van een hulpverlener niet aan op jouw PvA, of blijven jullie van mening verschillen over de hulp of de veiligheid, dan schaal je op en leg je dat vast.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='intern_overleg_vastgelegd',
                theme=Theme.NAVOLGBAARHEID,
                label='Intern overleg vastgelegd',
                question='Is het interne overleg over deze jeugdige (met de gedragswetenschapper, de praktijkbegeleider of in het MDO) vastgelegd in het dossier?',
                help='Op orde: van elk intern overleg staat in het dossier wanneer het was, wie erbij waren, wat de vraag was en wat de uitkomst is. Is er nog nooit intern overleg over deze jeugdige geweest, kies dan "nee" en schrijf in de toelichting waarom niet.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='overleg_ketenpartners_vastgelegd',
                theme=Theme.NAVOLGBAARHEID,
                label='Overleg met ketenpartners vastgelegd',
                question='Is het overleg met andere professionals rond de jeugdige (bijvoorbeeld school, hulpverleners, wijkteam of politie) vastgelegd, met de afspraken die jullie maakten?',
                help='Op orde: de afspraken over de samenwerking, over wat jullie van elkaar verwachten en over wie waarvoor verantwoordelijk is, staan in het dossier. Kies "niet van toepassing" als er geen andere professionals betrokken zijn.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='nvt',
                        label='Niet van toepassing',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='3.2',
            ),
            ChecklistItem(
                id='veiligheidsoordeel_navolgbaar',
                theme=Theme.NAVOLGBAARHEID,
                label='Veiligheidsoordeel navolgbaar',
                question='Kan een ander in het dossier volgen hoe je tot je oordeel over de veiligheid bent gekomen?',
                help='Op orde: bij je oordeel over de veiligheid (bijvoorbeeld bij een risicotaxatie of een kernbesluit) staat wat je zag en hoorde, hoe je dat woog, met wie je overlegde en wat je besloot. Alleen een ingevuld formulier of een score is niet genoeg.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='eerste_veiligheidsinschatting',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Eerste veiligheidsinschatting',
                question='Is bij het eerste contact een eerste inschatting van de veiligheid gemaakt en vastgelegd?',
                help='Op orde: bij het eerste face-to-face contact, binnen vijf werkdagen na de uitspraak, heb je een eerste inschatting gemaakt van de veiligheid van de jeugdige, en die staat in het dossier. Bij JR gaat het ook om een eerste beeld van het risico op nieuw strafbaar gedrag.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='risicos_breed_in_kaart',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label="Risico's breed in kaart",
                question="Zijn bij de start de veiligheidsrisico's van de jeugdige, de ouders en het netwerk breed in kaart gebracht?",
                help="Op orde: in het dossier staan de risico's op alle gebieden: de sociaal-emotionele, lichamelijke en seksuele ontwikkeling, het psychisch welzijn, de opvoeding en de omgeving. Bij JR hoort daar ook het risico op herhaling (recidive) bij.",
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='datum_eerste_risicotaxatie',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Datum 1e risicotaxatie',
                question='Op welke datum is de eerste risicotaxatie afgerond?',
                help='De eerste risicotaxatie (de ARIJ bij OTS en Voogdij, de LIJ bij JR) moet binnen zes weken na de uitspraak klaar zijn. De app rekent uit of dat gelukt is. Op orde: op tijd gedaan, of nog niet gedaan maar nog binnen de termijn. Was het te laat, schrijf dan in de toelichting waarom.',
                answer_type='datum',
                norm='1a.2, 3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='eerste_risicotaxatie',
            ),
            ChecklistItem(
                id='datum_laatste_arij',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Datum laatste ARIJ',
                question='Op welke datum is de meest recente ARIJ afgerond?',
                help='Op orde: de ARIJ is niet ouder dan drie maanden, en bij elk kernbesluit is een nieuwe ingevuld. De app rekent uit wanneer de volgende uiterlijk nodig is.',
                answer_type='datum',
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.VOOGDIJ,
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='risicotaxatie_actueel',
            ),
            ChecklistItem(
                id='arij_toegelicht',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='ARIJ toegelicht',
                question="Staat bij de laatste ARIJ een eigen toelichting: welke risico's en beschermende factoren je ziet en wat je daarmee doet?",
                help='De inspectie zag de ARIJ vaak als afvinklijst zonder uitleg. Op orde: bij de uitkomst staat in je eigen woorden waarom je tot dit oordeel komt en wat het betekent voor het plan en de veiligheidsafspraken.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.VOOGDIJ,
                ),
                condition=Condition(
                    item='datum_laatste_arij',
                    answered=True,
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='datum_laatste_lij',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Datum laatste LIJ',
                question='Op welke datum is de meest recente LIJ afgerond?',
                help='De LIJ vul je in bij de start, bij kernbesluiten zoals het vaststellen van het PvA, bij de halfjaarlijkse evaluatie, bij het afsluiten en bij een terugmelding aan het Openbaar Ministerie. Op orde: de LIJ is niet ouder dan drie maanden. De app rekent uit wanneer de volgende uiterlijk nodig is.',
                answer_type='datum',
                maatregelen=(
                    Maatregel.JR,
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='risicotaxatie_actueel',
            ),
            ChecklistItem(
                id='lij_toegelicht',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='LIJ toegelicht',
                question="Staat bij de laatste LIJ een eigen toelichting: welke risico's en beschermende factoren je ziet en wat je daarmee doet?",
                help='Op orde: naast de uitkomst van de LIJ staat in je eigen woorden hoe je het risico op herhaling inschat en wat dat betekent voor het plan en het toezicht.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                maatregelen=(
                    Maatregel.JR,
                ),
                condition=Condition(
                    item='datum_laatste_lij',
                    answered=True,
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='veiligheid_besproken_met_jeugdige',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Veiligheid besproken met de jeugdige',
                question='Heb je met de jeugdige zelf over zijn of haar veiligheid gesproken, en gevraagd hoe hij of zij de situatie ziet?',
                help='Op orde: je hebt de jeugdige zelf gevraagd of hij of zij zich veilig voelt en hoe hij of zij tegen de situatie aankijkt, in woorden die bij de leeftijd passen, en dat staat in het dossier. Kies "niet van toepassing" alleen als zo\'n gesprek niet kan (bijvoorbeeld door de leeftijd) en schrijf in de toelichting hoe je dan zicht houdt.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='nvt',
                        label='Niet van toepassing',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='3.4',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                    ItemStatus.NVT,
                ),
            ),
            ChecklistItem(
                id='afspraken_zicht_op_veiligheid',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Afspraken over zicht op veiligheid',
                question='Zijn er afspraken vastgelegd over hoe je zicht houdt op de veiligheid van de jeugdige: wie ziet de jeugdige, hoe vaak, en wie meldt zorgen aan wie?',
                help='Op orde: in het dossier staat hoe je zelf zicht houdt op de veiligheid en de ontwikkeling, ook op de plek waar de jeugdige woont, en wat je daarvoor met ouders, pleegouders, school en hulpverleners hebt afgesproken. Alleen afgaan op wat pleegouders of hulpverleners vertellen is niet genoeg.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.1, 3.4',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='gehandeld_op_signalen',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Gehandeld op signalen van onveiligheid',
                question='Waren er de afgelopen periode signalen van onveiligheid, huiselijk geweld of kindermishandeling, en heb je daarop gehandeld?',
                help='Op orde: bij signalen heb je meteen met de jeugdige en de ouders gesproken, overlegd (met een collega, de gedragswetenschapper of het team), waar nodig de stappen van de meldcode huiselijk geweld en kindermishandeling gevolgd, en dat alles vastgelegd. Schrijf in de toelichting kort wat je hebt gedaan.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='geen_signalen',
                        label='Er waren geen signalen',
                        status=ItemStatus.NVT,
                    ),
                    Choice(
                        value='gehandeld',
                        label='Ja, ik heb gehandeld (zo nodig volgens de meldcode) en dat vastgelegd',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='niet_vastgelegd',
                        label='Ja, ik heb gehandeld, maar dat staat nog niet (helemaal) in het dossier',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='niet_gehandeld',
                        label='Ja, en ik heb nog niet gehandeld',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.4, 3.6',
                requires_toelichting_when=(
                    ItemStatus.OP_ORDE,
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='veiligheidsafspraken',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Veiligheidsafspraken of veiligheidsplan',
                question='Zijn er veiligheidsafspraken gemaakt of is er een veiligheidsplan?',
                help='Op orde: als de veiligheid van de jeugdige erom vraagt, zijn er concrete veiligheidsafspraken of is er een veiligheidsplan, opgesteld met de betrokkenen en besproken met een gedragswetenschapper. Kies "niet nodig" alleen als je in de toelichting kunt uitleggen waarom.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='niet_nodig',
                        label='Nee, die zijn niet nodig',
                        status=ItemStatus.NVT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee, maar ze zijn wel nodig',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.6',
                requires_toelichting_when=(
                    ItemStatus.NVT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='veiligheidsafspraken_nagekomen',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Veiligheidsafspraken gecontroleerd',
                question='Ga je na of de veiligheidsafspraken worden nagekomen, en grijp je in als dat niet gebeurt?',
                help='Op orde: je vraagt regelmatig bij de jeugdige, de ouders en anderen na of de afspraken werken. Worden ze niet nagekomen, dan heb je ingegrepen (bijvoorbeeld via een MDO) en dat vastgelegd.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                condition=Condition(
                    item='veiligheidsafspraken',
                    in_=(
                        'ja',
                    ),
                ),
                norm='3.6',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='vaste_jeugdzorgwerker',
                theme=Theme.CONTACTFREQUENTIE,
                label='Vaste jeugdzorgwerker',
                question='Heeft de jeugdige een vaste jeugdbeschermer of jeugdreclasseerder?',
                help='Op orde: de jeugdige en het gezin hebben een vaste jeugdzorgwerker uit een regulier team die hen kent. Een vaste contactpersoon van het CCP of CRT is een tussenoplossing: het contact is dan vaak minder vaak en minder persoonlijk. Schrijf in de toelichting wat er nodig is voor een vaste jeugdzorgwerker.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='vast',
                        label='Ja, een vaste jeugdbeschermer of jeugdreclasseerder uit een regulier team',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='contactpersoon',
                        label='Nee, alleen een vaste contactpersoon van het CCP of CRT',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='geen',
                        label='Nee, geen vast aanspreekpunt',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='aanspreekpunt_bekend',
                theme=Theme.CONTACTFREQUENTIE,
                label='Aanspreekpunt bekend bij het gezin',
                question='Weten de jeugdige en de ouders wie hun aanspreekpunt is, en wie hen helpt als jij afwezig bent of de zaak overdraagt?',
                help='Op orde: de jeugdige en de ouders weten wie hun jeugdzorgwerker is en hoe ze die bereiken. Bij vervanging of een wisseling van jeugdzorgwerker hoorden ze op tijd wie het overneemt.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.1',
            ),
            ChecklistItem(
                id='datum_eerste_f2f',
                theme=Theme.CONTACTFREQUENTIE,
                label='Datum 1e F2F',
                question='Op welke datum was het eerste face-to-face contact (1e F2F) met de jeugdige en de ouders?',
                help='Het eerste face-to-face contact moet binnen vijf werkdagen na de uitspraak zijn. De app rekent uit of dat gelukt is. Op orde: op tijd gedaan, of nog niet gedaan maar nog binnen de termijn. Was het te laat, schrijf dan in de toelichting waarom (bijvoorbeeld: geen telefoonnummer bekend, gezin niet bereikbaar).',
                answer_type='datum',
                norm='1a.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='eerste_f2f',
            ),
            ChecklistItem(
                id='contactfrequentie_in_kernbesluit',
                theme=Theme.CONTACTFREQUENTIE,
                label='Contactfrequentie in kernbesluit',
                question='Is de afgesproken contactfrequentie met de jeugdige vastgelegd in een kernbesluit?',
                help='Bij OTS en JR is er geen vast aantal contacten: hoe vaak je de jeugdige ziet, spreek je per jeugdige af met de gedragswetenschapper en leg je vast in een kernbesluit. Op orde: dat kernbesluit staat in het dossier en past bij de huidige veiligheid en situatie.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.JR,
                ),
                norm='3.1, 3.4',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='contactfrequentie_nagekomen',
                theme=Theme.CONTACTFREQUENTIE,
                label='Contactfrequentie nagekomen',
                question='Heb je de jeugdige de afgelopen periode zo vaak gezien of gesproken als in het kernbesluit is afgesproken?',
                help='Op orde: het aantal contacten sinds het vorige caseloadgesprek klopt met de afspraak. Is dat niet gelukt, schrijf dan in de toelichting waarom en wat je eraan doet.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.JR,
                ),
                condition=Condition(
                    item='contactfrequentie_in_kernbesluit',
                    in_=(
                        'ja',
                        'deels',
                    ),
                ),
                norm='3.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='laatste_contact_jeugdige_voogdij',
                theme=Theme.CONTACTFREQUENTIE,
                label='Laatste contact met de jeugdige',
                question='Op welke datum had je voor het laatst contact met de jeugdige?',
                help='Bij voogdij is er minstens vier keer per jaar contact tussen de jeugdige en de voogd; bij het CRT telt een telefoongesprek ook als contact. De app rekent uit wanneer het volgende contact uiterlijk moet zijn. Op orde: het laatste contact is recent genoeg.',
                answer_type='datum',
                maatregelen=(
                    Maatregel.VOOGDIJ,
                ),
                norm='3.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='contact_voogdij',
            ),
            ChecklistItem(
                id='laatste_contact_jeugdige',
                theme=Theme.CONTACTFREQUENTIE,
                label='Laatste contact met de jeugdige',
                question='Op welke datum had je voor het laatst contact met de jeugdige?',
                help='Vul de datum in van het laatste contact met de jeugdige zelf: face-to-face, of gebeld of geappt als dat zo is afgesproken. Hoe vaak er contact moet zijn, staat in het kernbesluit. De zelfscan geeft in elk geval "niet op orde" als het laatste contact langer dan drie maanden geleden is.',
                answer_type='datum',
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.JR,
                ),
                norm='3.1',
                requires_toelichting_when=(
                    ItemStatus.NIET_OP_ORDE,
                ),
                max_age_months=3,
            ),
            ChecklistItem(
                id='jeugdige_alleen_gesproken',
                theme=Theme.CONTACTFREQUENTIE,
                label='Jeugdige alleen gesproken',
                question='Heb je de jeugdige de afgelopen drie maanden ook alleen gesproken, zonder ouders of pleegouders erbij?',
                help='Op orde: je hebt de jeugdige één op één gesproken, zodat hij of zij vrijuit kon vertellen. Bij een heel jong kind kan dat niet: kies dan "niet mogelijk" en schrijf in de toelichting hoe je het kind wel ziet.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='niet_mogelijk',
                        label='Niet mogelijk of niet passend (bijvoorbeeld door de leeftijd)',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='3.1',
                requires_toelichting_when=(
                    ItemStatus.NIET_OP_ORDE,
                    ItemStatus.NVT,
                ),
            ),
            ChecklistItem(
                id='datum_jeugdige_alleen_gesproken',
                theme=Theme.CONTACTFREQUENTIE,
                label='Datum jeugdige alleen gesproken',
                question='Op welke datum heb je de jeugdige voor het laatst alleen gesproken?',
                help='Op orde: het laatste één-op-één gesprek met de jeugdige was binnen de afgelopen drie maanden.',
                answer_type='datum',
                condition=Condition(
                    item='jeugdige_alleen_gesproken',
                    in_=(
                        'ja',
                    ),
                ),
                norm='3.1',
                max_age_months=3,
            ),
            ChecklistItem(
                id='laatste_contact_ouders',
                theme=Theme.CONTACTFREQUENTIE,
                label='Laatste contact met ouders of opvoeders',
                question='Op welke datum had je voor het laatst contact met de ouders of opvoeders (bijvoorbeeld pleegouders) van de jeugdige?',
                help='Op orde: het laatste contact met de ouders of opvoeders was binnen de afgelopen drie maanden. Bij voogdij gaat het om de opvoeders bij wie de jeugdige woont, en waar dat past ook om de ouders. Bij JR betrek je de ouders ook, al richt de maatregel zich op de jongere.',
                answer_type='datum',
                norm='1a.1, 3.1',
                requires_toelichting_when=(
                    ItemStatus.NIET_OP_ORDE,
                ),
                max_age_months=3,
            ),
            ChecklistItem(
                id='datum_eerste_pva',
                theme=Theme.PVA_STATUS,
                label='Datum 1e PvA',
                question='Op welke datum was het eerste plan van aanpak (1e PvA) klaar?',
                help='Het eerste PvA moet binnen zes weken na de uitspraak klaar zijn. De app rekent uit of dat gelukt is. Op orde: op tijd klaar, of nog niet klaar maar nog binnen de termijn. Was het te laat, schrijf dan in de toelichting waarom.',
                answer_type='datum',
                norm='1b.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='eerste_pva',
            ),
            ChecklistItem(
                id='pva_samen_opgesteld',
                theme=Theme.PVA_STATUS,
                label='PvA samen opgesteld',
                question='Heb je het PvA samen met de jeugdige en de ouders opgesteld: de hulpvraag, de doelen en de soort hulp?',
                help='Op orde: in de verslagen en in het plan zie je dat de jeugdige en de ouders hebben meegedacht over de hulpvraag, de doelen en de hulp. Bij JR heeft de jongere het plan mee opgesteld en weet hij of zij wat erin staat. Bij voogdij denk je ook aan de pleegouders of andere opvoeders.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1b.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='reactie_op_pva_vastgelegd',
                theme=Theme.PVA_STATUS,
                label='Reactie op het PvA vastgelegd',
                question='Staat de reactie van de jeugdige en de ouders op het PvA in het plan of in het dossier?',
                help='De inspectie zag de reactie van ouders en jeugdigen op het plan bijna nooit terug. Op orde: wat de jeugdige en de ouders van het plan vinden, staat erin, zo veel mogelijk in hun eigen woorden, ook als ze het er niet mee eens zijn.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja, van de jeugdige en van de ouders',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Alleen van de jeugdige of alleen van de ouders',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1b.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='afwijkende_keuze_uitgelegd',
                theme=Theme.PVA_STATUS,
                label='Afwijkende keuze uitgelegd',
                question='Heb je een keuze gemaakt die afwijkt van wat de jeugdige of de ouders willen? Staat dan in het PvA waarom?',
                help='Op orde: bij elk punt waarop jij anders besluit dan de jeugdige of de ouders willen, staat in het plan waarom, met het belang van de jeugdige voorop. Je hebt de ouders ook verteld wat ze kunnen doen als ze het er niet mee eens zijn.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja, dat staat erin',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='nee',
                        label='Nee, dat staat er niet in',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='geen_verschil',
                        label='Er is geen verschil van mening',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='1b.1',
            ),
            ChecklistItem(
                id='pva_volgt_uit_analyse',
                theme=Theme.PVA_STATUS,
                label='PvA volgt uit de analyse',
                question="Volgt het PvA uit de (verklarende) analyse: passen de doelen en de hulp bij de zorgen, de risico's en de krachten die je in kaart hebt gebracht?",
                help='Op orde: een lezer ziet de lijn van analyse naar doelen naar hulp. De doelen en de hulp nemen redelijkerwijs de onveiligheid, de bedreiging van de ontwikkeling of (bij JR) het risico op herhaling weg.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1b.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='doelen_concreet_en_actueel',
                theme=Theme.PVA_STATUS,
                label='Doelen concreet en actueel',
                question='Zijn de doelen in het PvA concreet, haalbaar en actueel, en begrijpelijk voor de jeugdige en de ouders?',
                help='Op orde: de doelen zijn zo geschreven dat de jeugdige en de ouders weten waaraan ze werken en hoe, zonder moeilijke woorden, en ze kloppen nog met de situatie van nu.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1b.2',
            ),
            ChecklistItem(
                id='datum_laatste_pva_evaluatie',
                theme=Theme.PVA_STATUS,
                label='Datum laatste PvA-evaluatie',
                question='Op welke datum is het PvA voor het laatst geëvalueerd?',
                help='Het PvA wordt bij OTS en Voogdij elk jaar geëvalueerd en bij JR elk half jaar. De app rekent uit wanneer de volgende evaluatie uiterlijk moet. Op orde: de volgende evaluatie is nog niet te laat. Is er nog geen evaluatie geweest, laat de datum dan leeg: de termijn loopt dan vanaf het eerste PvA.',
                answer_type='datum',
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='pva_evaluatie',
            ),
            ChecklistItem(
                id='evaluatie_met_betrokkenen',
                theme=Theme.PVA_STATUS,
                label='Evaluatie met betrokkenen',
                question='Heb je de laatste evaluatie samen met de jeugdige, de ouders en de betrokken professionals gedaan?',
                help='Op orde: de voortgang en de veiligheid zijn met de jeugdige, de ouders en de hulpverleners besproken, hun mening staat in het verslag en het plan is waar nodig bijgesteld.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                condition=Condition(
                    item='datum_laatste_pva_evaluatie',
                    answered=True,
                ),
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='hulp_past_bij_plan',
                theme=Theme.PVA_STATUS,
                label='Hulp past bij het plan',
                question='Volgt de ingezette hulp uit het PvA, en past die bij de problemen en mogelijkheden van de jeugdige en de ouders?',
                help='Op orde: je kunt uitleggen waarom deze hulp past, en de jeugdige en de ouders merken dat de hulp helpt. Past de beschikbare hulp niet goed (bijvoorbeeld door een wachtlijst), kies dan "deels" en schrijf in de toelichting wat er ontbreekt.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='geen_hulp_nodig',
                        label='Er is (nog) geen hulp nodig',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='2.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                    ItemStatus.NVT,
                ),
            ),
            ChecklistItem(
                id='datum_start_hulp',
                theme=Theme.PVA_STATUS,
                label='Datum start passende hulp',
                question='Op welke datum is de passende hulp gestart?',
                help='Passende hulp moet binnen drie maanden na de start van de maatregel lopen, of eerder als de veiligheid dat vraagt. De app rekent uit of dat gelukt is. Op orde: op tijd gestart, of nog niet gestart maar nog binnen de termijn.',
                answer_type='datum',
                norm='2.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='hulp_gestart',
            ),
            ChecklistItem(
                id='opgeschaald_bij_geen_hulp',
                theme=Theme.PVA_STATUS,
                label='Opgeschaald als hulp uitblijft',
                question='Is de passende hulp er niet (op tijd)? Heb je dan opgeschaald?',
                help='Op orde: als de nodige hulp er niet (op tijd) is, of niet blijkt te werken, heb je een alternatief gezocht en opgeschaald volgens de werkafspraken (bijvoorbeeld naar de teammanager of de gemeente), en dat vastgelegd. Schrijf in de toelichting wat je hebt gedaan.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='niet_nodig',
                        label='Niet nodig: passende hulp loopt of start op tijd',
                        status=ItemStatus.NVT,
                    ),
                    Choice(
                        value='opgeschaald',
                        label='Ja, ik heb opgeschaald',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='niet_opgeschaald',
                        label='Nee, nog niet opgeschaald',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='2.2',
                requires_toelichting_when=(
                    ItemStatus.OP_ORDE,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
        ),
    )


def _checklist_2() -> Checklist:  # zelfscan.yaml
    return Checklist(
        id='jbn-dossier-zelfscan',
        version=2,
        title='Dossier zelfscan',
        description='Vul deze zelfscan per jeugdige in vóór je caseloadgesprek. Je kijkt zelf naar je dossier: kan een ander het volgen, heb je zicht op de veiligheid, is het contact vaak genoeg en is het plan van aanpak op tijd en actueel. Je bespreekt de uitkomst met je praktijkbegeleider en maakt samen afspraken. Vul eerlijk in: de zelfscan is een hulpmiddel, geen beoordeling.',
        choice_sets={
            'ja_deels_nee': (
                Choice(
                    value='ja',
                    label='Ja',
                    status=ItemStatus.OP_ORDE,
                ),
                Choice(
                    value='deels',
                    label='Deels',
                    status=ItemStatus.AANDACHT,
                ),
                Choice(
                    value='nee',
                    label='Nee',
                    status=ItemStatus.NIET_OP_ORDE,
                ),
            ),
            'ja_deels_nee_nvt': (
                Choice(
                    value='ja',
                    label='Ja',
                    status=ItemStatus.OP_ORDE,
                ),
                Choice(
                    value='deels',
                    label='Deels',
                    status=ItemStatus.AANDACHT,
                ),
                Choice(
                    value='nee',
                    label='Nee',
                    status=ItemStatus.NIET_OP_ORDE,
                ),
                Choice(
                    value='nvt',
                    label='Niet van toepassing',
                    status=ItemStatus.NVT,
                ),
            ),
        },
        terms=(
            Term(
                id='eerste_risicotaxatie',
                omschrijving='1e risicotaxatie (ARIJ/LIJ)',
                lengte=6,
                eenheid=Unit.WEKEN,
                bron=Bron.JBN,
                stap='eerste_risicotaxatie',
            ),
            Term(
                id='lij_actueel',
                omschrijving='risicotaxatie actueel (LIJ, max. 3 maanden oud)',
                lengte=3,
                eenheid=Unit.MAANDEN,
                bron=Bron.JBN,
                stap='risicotaxatie_actueel',
                maatregelen=(
                    Maatregel.JR,
                ),
                norm='3.5',
                toelichting='werkafspraak van JBN, strenger dan het handboek: dat vraagt een LIJ bij de start, bij kernbesluiten, bij de halfjaarlijkse evaluatie en bij het afsluiten',
            ),
            Term(
                id='contact_voogdij',
                omschrijving='contact met de jeugdige (voogdij: minstens 4 keer per jaar)',
                lengte=12,
                eenheid=Unit.MAANDEN,
                bron=Bron.JBN,
                stap='contact_voogdij',
                maatregelen=(
                    Maatregel.VOOGDIJ,
                ),
                aantal=4,
                norm='3.1',
                toelichting='werkafspraak van JBN voor voogdij, ook in de BI-tool: minstens 4 keer per jaar; bij het CRT telt een telefoongesprek ook',
            ),
            Term(
                id='contact_jeugdige',
                omschrijving='contact met de jeugdige minstens elke 3 maanden',
                lengte=3,
                eenheid=Unit.MAANDEN,
                bron=Bron.JBN,
                toelichting='ondergrens van JBN; bij OTS en JR spreek je de contactfrequentie per jeugdige af in een kernbesluit',
            ),
            Term(
                id='contact_ouders',
                omschrijving='contact met de ouders of opvoeders minstens elke 3 maanden',
                lengte=3,
                eenheid=Unit.MAANDEN,
                bron=Bron.JBN,
            ),
            Term(
                id='jeugdige_alleen',
                omschrijving='de jeugdige minstens elke 3 maanden alleen gesproken',
                lengte=3,
                eenheid=Unit.MAANDEN,
                bron=Bron.JBN,
            ),
        ),
        items=(
            ChecklistItem(
                id='wensen_en_mogelijkheden_in_beeld',
                theme=Theme.NAVOLGBAARHEID,
                label='Wensen en mogelijkheden samen in beeld',
                question='Zijn de wensen, behoeften en mogelijkheden van de jeugdige, de ouders en het netwerk in beeld, en heb je dat beeld samen met hen gevormd?',
                help='Op orde: het dossier beschrijft de voorgeschiedenis, de leefwereld, de gezondheid, de ontwikkeling, de zorgen en de krachten op alle levensgebieden, en je leest erin terug wat de jeugdige en de ouders zelf vertelden. Komt het beeld vooral uit het raadsrapport of van andere professionals, kies dan "deels".',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='actueel_beeld',
                theme=Theme.NAVOLGBAARHEID,
                label='Actueel beeld in het dossier',
                question='Geeft het dossier een actueel beeld van de jeugdige, de ouders en het netwerk?',
                help='Op orde: iemand die de jeugdige niet kent, leest in een paar minuten hoe het nu gaat, waar de jeugdige woont, wat de zorgen en de krachten zijn en wie er betrokken zijn. Het beeld is niet ouder dan drie maanden. Is een deel verouderd of ontbreekt het, kies dan "deels" en schrijf in de toelichting welk deel.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='verslagen_bijgewerkt',
                theme=Theme.NAVOLGBAARHEID,
                label='Verslagen bijgewerkt',
                question='Staan de gesprekken en contacten van de afgelopen periode als verslag in het dossier?',
                help='Op orde: van elk contact met de jeugdige, de ouders en betrokken professionals sinds het vorige caseloadgesprek staat een kort verslag in het dossier, met de datum en wat er is besproken en afgesproken. Loop je achter, kies dan "deels" of "nee" en schrijf in de toelichting hoeveel verslagen nog ontbreken.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='afspraken_wie_doet_wat',
                theme=Theme.NAVOLGBAARHEID,
                label='Afspraken wie doet wat',
                question='Staat in het dossier wie wat doet: welke afspraken er zijn met de jeugdige, de ouders, het netwerk en de hulpverleners?',
                help='Op orde: de lopende afspraken staan in het dossier, met wie ze uitvoert en wanneer. Een buitenstaander kan zien wat er de komende tijd gaat gebeuren.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.3',
            ),
            ChecklistItem(
                id='kernbesluiten_onderbouwd',
                theme=Theme.NAVOLGBAARHEID,
                label='Kernbesluiten onderbouwd',
                question='Zijn de kernbesluiten met onderbouwing vastgelegd en multidisciplinair genomen, met een gedragswetenschapper erbij?',
                help='Op orde: bij elk kernbesluit (bijvoorbeeld het vaststellen van het PvA, een verlenging, een uithuisplaatsing of de contactfrequentie) staat in het dossier wat er besloten is, waarom, wie erbij waren (in elk geval een gedragswetenschapper) en hoe de jeugdige en de ouders bij het besluit betrokken zijn. Kies "niet van toepassing" als er nog geen kernbesluit is genomen.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='nvt',
                        label='Niet van toepassing',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='overzicht_hulp_en_regie',
                theme=Theme.NAVOLGBAARHEID,
                label='Overzicht hulp en regie',
                question='Heb je overzicht over alle hulp en ondersteuning in het gezin, en staat in het dossier wie de regie heeft?',
                help='Op orde: in het dossier staat welke hulpverleners en organisaties betrokken zijn, wat ieder doet en dat jij de regie hebt; de jeugdige en de ouders weten dat ook. Sluit het plan van een hulpverlener niet aan op jouw PvA, of blijven jullie van mening verschillen over de hulp of de veiligheid, dan schaal je op en leg je dat vast.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='intern_overleg_vastgelegd',
                theme=Theme.NAVOLGBAARHEID,
                label='Intern overleg vastgelegd',
                question='Is het interne overleg over deze jeugdige (met de gedragswetenschapper, de praktijkbegeleider of in het MDO) vastgelegd in het dossier?',
                help='Op orde: van elk intern overleg staat in het dossier wanneer het was, wie erbij waren, wat de vraag was en wat de uitkomst is. Is er nog nooit intern overleg over deze jeugdige geweest, kies dan "nee" en schrijf in de toelichting waarom niet.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='overleg_ketenpartners_vastgelegd',
                theme=Theme.NAVOLGBAARHEID,
                label='Overleg met ketenpartners vastgelegd',
                question='Is het overleg met andere professionals rond de jeugdige (bijvoorbeeld school, hulpverleners, wijkteam of politie) vastgelegd, met de afspraken die jullie maakten?',
                help='Op orde: de afspraken over de samenwerking, over wat jullie van elkaar verwachten en over wie waarvoor verantwoordelijk is, staan in het dossier. Kies "niet van toepassing" als er geen andere professionals betrokken zijn.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='nvt',
                        label='Niet van toepassing',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='3.2',
            ),
            ChecklistItem(
                id='veiligheidsoordeel_navolgbaar',
                theme=Theme.NAVOLGBAARHEID,
                label='Veiligheidsoordeel navolgbaar',
                question='Kan een ander in het dossier volgen hoe je tot je oordeel over de veiligheid bent gekomen?',
                help='Op orde: bij je oordeel over de veiligheid (bijvoorbeeld bij een risicotaxatie of een kernbesluit) staat wat je zag en hoorde, hoe je dat woog, met wie je overlegde en wat je besloot. Alleen een ingevuld formulier of een score is niet genoeg.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='eerste_veiligheidsinschatting',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Eerste veiligheidsinschatting',
                question='Is bij het eerste contact een eerste inschatting van de veiligheid gemaakt en vastgelegd?',
                help='Op orde: bij het eerste face-to-face contact, binnen vijf werkdagen na de uitspraak, heb je een eerste inschatting gemaakt van de veiligheid van de jeugdige, en die staat in het dossier. Bij JR gaat het ook om een eerste beeld van het risico op nieuw strafbaar gedrag.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='risicos_breed_in_kaart',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label="Risico's breed in kaart",
                question="Zijn bij de start de veiligheidsrisico's van de jeugdige, de ouders en het netwerk breed in kaart gebracht?",
                help="Op orde: in het dossier staan de risico's op alle gebieden: de sociaal-emotionele, lichamelijke en seksuele ontwikkeling, het psychisch welzijn, de opvoeding en de omgeving. Bij JR hoort daar ook het risico op herhaling (recidive) bij.",
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='datum_eerste_risicotaxatie',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Datum 1e risicotaxatie',
                question='Op welke datum is de eerste risicotaxatie afgerond?',
                help='De eerste risicotaxatie (de ARIJ bij OTS en Voogdij, de LIJ bij JR) moet binnen zes weken na de uitspraak klaar zijn. De app rekent uit of dat gelukt is. Op orde: op tijd gedaan, of nog niet gedaan maar nog binnen de termijn. Was het te laat, schrijf dan in de toelichting waarom.',
                answer_type='datum',
                norm='1a.2, 3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='eerste_risicotaxatie',
            ),
            ChecklistItem(
                id='datum_laatste_arij',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Datum laatste ARIJ',
                question='Op welke datum is de meest recente ARIJ afgerond?',
                help='Op orde: de ARIJ is niet ouder dan drie maanden, en bij elk kernbesluit is een nieuwe ingevuld. De app rekent uit wanneer de volgende uiterlijk nodig is.',
                answer_type='datum',
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.VOOGDIJ,
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='risicotaxatie_actueel',
            ),
            ChecklistItem(
                id='arij_toegelicht',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='ARIJ toegelicht',
                question="Staat bij de laatste ARIJ een eigen toelichting: welke risico's en beschermende factoren je ziet en wat je daarmee doet?",
                help='De inspectie zag de ARIJ vaak als afvinklijst zonder uitleg. Op orde: bij de uitkomst staat in je eigen woorden waarom je tot dit oordeel komt en wat het betekent voor het plan en de veiligheidsafspraken.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.VOOGDIJ,
                ),
                condition=Condition(
                    item='datum_laatste_arij',
                    answered=True,
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='datum_laatste_lij',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Datum laatste LIJ',
                question='Op welke datum is de meest recente LIJ afgerond?',
                help='De LIJ vul je in bij de start, bij kernbesluiten zoals het vaststellen van het PvA, bij de halfjaarlijkse evaluatie, bij het afsluiten en bij een terugmelding aan het Openbaar Ministerie. Op orde: de LIJ is niet ouder dan drie maanden; dat is een werkafspraak van JBN, strenger dan het handboek. De app rekent uit wanneer de volgende uiterlijk nodig is.',
                answer_type='datum',
                maatregelen=(
                    Maatregel.JR,
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='risicotaxatie_actueel',
            ),
            ChecklistItem(
                id='lij_toegelicht',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='LIJ toegelicht',
                question="Staat bij de laatste LIJ een eigen toelichting: welke risico's en beschermende factoren je ziet en wat je daarmee doet?",
                help='Op orde: naast de uitkomst van de LIJ staat in je eigen woorden hoe je het risico op herhaling inschat en wat dat betekent voor het plan en het toezicht.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                maatregelen=(
                    Maatregel.JR,
                ),
                condition=Condition(
                    item='datum_laatste_lij',
                    answered=True,
                ),
                norm='3.5',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='veiligheid_besproken_met_jeugdige',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Veiligheid besproken met de jeugdige',
                question='Heb je met de jeugdige zelf over zijn of haar veiligheid gesproken, en gevraagd hoe hij of zij de situatie ziet?',
                help='Op orde: je hebt de jeugdige zelf gevraagd of hij of zij zich veilig voelt en hoe hij of zij tegen de situatie aankijkt, in woorden die bij de leeftijd passen, en dat staat in het dossier. Kies "niet van toepassing" alleen als zo\'n gesprek niet kan (bijvoorbeeld door de leeftijd) en schrijf in de toelichting hoe je dan zicht houdt.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='nvt',
                        label='Niet van toepassing',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='3.4',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                    ItemStatus.NVT,
                ),
            ),
            ChecklistItem(
                id='afspraken_zicht_op_veiligheid',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Afspraken over zicht op veiligheid',
                question='Zijn er afspraken vastgelegd over hoe je zicht houdt op de veiligheid van de jeugdige: wie ziet de jeugdige, hoe vaak, en wie meldt zorgen aan wie?',
                help='Op orde: in het dossier staat hoe je zelf zicht houdt op de veiligheid en de ontwikkeling, ook op de plek waar de jeugdige woont, en wat je daarvoor met ouders, pleegouders, school en hulpverleners hebt afgesproken. Alleen afgaan op wat pleegouders of hulpverleners vertellen is niet genoeg.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.1, 3.4',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='gehandeld_op_signalen',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Gehandeld op signalen van onveiligheid',
                question='Waren er de afgelopen periode signalen van onveiligheid, huiselijk geweld of kindermishandeling, en heb je daarop gehandeld?',
                help='Op orde: bij signalen heb je meteen met de jeugdige en de ouders gesproken, overlegd (met een collega, de gedragswetenschapper of het team), waar nodig de stappen van de meldcode huiselijk geweld en kindermishandeling gevolgd, en dat alles vastgelegd. Schrijf in de toelichting kort wat je hebt gedaan.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='geen_signalen',
                        label='Er waren geen signalen',
                        status=ItemStatus.NVT,
                    ),
                    Choice(
                        value='gehandeld',
                        label='Ja, ik heb gehandeld (zo nodig volgens de meldcode) en dat vastgelegd',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='niet_vastgelegd',
                        label='Ja, ik heb gehandeld, maar dat staat nog niet (helemaal) in het dossier',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='niet_gehandeld',
                        label='Ja, en ik heb nog niet gehandeld',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.4, 3.6',
                requires_toelichting_when=(
                    ItemStatus.OP_ORDE,
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='veiligheidsafspraken',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Veiligheidsafspraken of veiligheidsplan',
                question='Zijn er veiligheidsafspraken gemaakt of is er een veiligheidsplan?',
                help='Op orde: als de veiligheid van de jeugdige erom vraagt, zijn er concrete veiligheidsafspraken of is er een veiligheidsplan, opgesteld met de betrokkenen en besproken met een gedragswetenschapper. Kies "niet nodig" alleen als je in de toelichting kunt uitleggen waarom.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='niet_nodig',
                        label='Nee, die zijn niet nodig',
                        status=ItemStatus.NVT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee, maar ze zijn wel nodig',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='3.6',
                requires_toelichting_when=(
                    ItemStatus.NVT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='veiligheidsafspraken_nagekomen',
                theme=Theme.ZICHT_OP_VEILIGHEID,
                label='Veiligheidsafspraken gecontroleerd',
                question='Ga je na of de veiligheidsafspraken worden nagekomen, en grijp je in als dat niet gebeurt?',
                help='Op orde: je vraagt regelmatig bij de jeugdige, de ouders en anderen na of de afspraken werken. Worden ze niet nagekomen, dan heb je ingegrepen (bijvoorbeeld via een MDO) en dat vastgelegd.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                condition=Condition(
                    item='veiligheidsafspraken',
                    in_=(
                        'ja',
                    ),
                ),
                norm='3.6',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='vaste_jeugdzorgwerker',
                theme=Theme.CONTACTFREQUENTIE,
                label='Vaste jeugdzorgwerker',
                question='Heeft de jeugdige een vaste jeugdzorgwerker uit een regulier team?',
                help='Op orde: de jeugdige en het gezin hebben een vaste jeugdzorgwerker uit een regulier team die hen kent. Een vaste contactpersoon van het CCP of CRT is een tussenoplossing: het contact is dan vaak minder vaak en minder persoonlijk. Schrijf in de toelichting wat er nodig is voor een vaste jeugdzorgwerker.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='vast',
                        label='Ja, een vaste jeugdzorgwerker uit een regulier team',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='contactpersoon',
                        label='Nee, alleen een vaste contactpersoon van het CCP of CRT',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='geen',
                        label='Nee, geen vast aanspreekpunt',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='aanspreekpunt_bekend',
                theme=Theme.CONTACTFREQUENTIE,
                label='Aanspreekpunt bekend bij het gezin',
                question='Weten de jeugdige en de ouders wie hun aanspreekpunt is, en wie hen helpt als jij afwezig bent of de zaak overdraagt?',
                help='Op orde: de jeugdige en de ouders weten wie hun jeugdzorgwerker is en hoe ze die bereiken. Bij vervanging of een wisseling van jeugdzorgwerker hoorden ze op tijd wie het overneemt.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1a.1',
            ),
            ChecklistItem(
                id='datum_eerste_f2f',
                theme=Theme.CONTACTFREQUENTIE,
                label='Datum 1e F2F met jeugdige en ouders/opvoeders',
                question='Op welke datum was het eerste face-to-face contact (1e F2F) met de jeugdige en de ouders/opvoeders?',
                help='Het eerste face-to-face contact moet binnen vijf werkdagen na de uitspraak zijn (een wettelijke termijn). De app rekent uit of dat gelukt is. Op orde: op tijd gedaan, of nog niet gedaan maar nog binnen de termijn. Was het te laat, schrijf dan in de toelichting waarom (bijvoorbeeld: geen telefoonnummer bekend, gezin niet bereikbaar).',
                answer_type='datum',
                norm='1a.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='eerste_f2f',
            ),
            ChecklistItem(
                id='contactfrequentie_in_kernbesluit',
                theme=Theme.CONTACTFREQUENTIE,
                label='Contactfrequentie in kernbesluit',
                question='Is de afgesproken contactfrequentie met de jeugdige vastgelegd in een kernbesluit?',
                help='Bij OTS en JR is er geen vast aantal contacten: hoe vaak je de jeugdige ziet, spreek je per jeugdige af met de gedragswetenschapper en de praktijkbegeleider en leg je vast in een kernbesluit. Op orde: dat kernbesluit staat in het dossier en past bij de huidige veiligheid en situatie.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.JR,
                ),
                norm='3.1, 3.4',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='contactfrequentie_nagekomen',
                theme=Theme.CONTACTFREQUENTIE,
                label='Contactfrequentie nagekomen',
                question='Heb je de jeugdige de afgelopen periode zo vaak gezien of gesproken als in het kernbesluit is afgesproken?',
                help='Op orde: het aantal contacten sinds het vorige caseloadgesprek klopt met de afspraak. Is dat niet gelukt, schrijf dan in de toelichting waarom en wat je eraan doet.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.JR,
                ),
                condition=Condition(
                    item='contactfrequentie_in_kernbesluit',
                    in_=(
                        'ja',
                        'deels',
                    ),
                ),
                norm='3.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='laatste_contact_jeugdige_voogdij',
                theme=Theme.CONTACTFREQUENTIE,
                label='Contact met de jeugdige (voogdij: minstens 4 keer per jaar)',
                question='Op welke datum had je voor het laatst contact met de jeugdige?',
                help='Bij voogdij is er minstens vier keer per jaar contact tussen de jeugdige en de voogd; bij het CRT telt een telefoongesprek ook als contact. De app telt de contacten van de afgelopen twaalf maanden: de contactmomenten in het venster van de cliënt en deze datum. In het eerste jaar van de voogdij telt de app naar rato (na elke drie maanden één contact meer). Op orde: genoeg contacten; de app rekent uit wanneer het volgende contact uiterlijk moet zijn.',
                answer_type='datum',
                maatregelen=(
                    Maatregel.VOOGDIJ,
                ),
                norm='3.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='contact_voogdij',
            ),
            ChecklistItem(
                id='laatste_contact_jeugdige',
                theme=Theme.CONTACTFREQUENTIE,
                label='Laatste contact met de jeugdige',
                question='Op welke datum had je voor het laatst contact met de jeugdige?',
                help='Vul de datum in van het laatste contact met de jeugdige zelf: face-to-face, of gebeld of geappt als dat zo is afgesproken. Hoe vaak er contact moet zijn, staat in het kernbesluit. De zelfscan geeft in elk geval "niet op orde" als het laatste contact langer dan drie maanden geleden is (een werkafspraak van JBN).',
                answer_type='datum',
                maatregelen=(
                    Maatregel.OTS,
                    Maatregel.JR,
                ),
                norm='3.1',
                requires_toelichting_when=(
                    ItemStatus.NIET_OP_ORDE,
                ),
                termijn=Term(
                    id='contact_jeugdige',
                    omschrijving='contact met de jeugdige minstens elke 3 maanden',
                    lengte=3,
                    eenheid=Unit.MAANDEN,
                    bron=Bron.JBN,
                    toelichting='ondergrens van JBN; bij OTS en JR spreek je de contactfrequentie per jeugdige af in een kernbesluit',
                ),
            ),
            ChecklistItem(
                id='jeugdige_alleen_gesproken',
                theme=Theme.CONTACTFREQUENTIE,
                label='Jeugdige alleen gesproken',
                question='Heb je de jeugdige de afgelopen drie maanden ook alleen gesproken, zonder ouders of pleegouders erbij?',
                help='Op orde: je hebt de jeugdige één op één gesproken, zodat hij of zij vrijuit kon vertellen. Bij een heel jong kind kan dat niet: kies dan "niet mogelijk" en schrijf in de toelichting hoe je het kind wel ziet.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='niet_mogelijk',
                        label='Niet mogelijk of niet passend (bijvoorbeeld door de leeftijd)',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='3.1',
                requires_toelichting_when=(
                    ItemStatus.NIET_OP_ORDE,
                    ItemStatus.NVT,
                ),
            ),
            ChecklistItem(
                id='datum_jeugdige_alleen_gesproken',
                theme=Theme.CONTACTFREQUENTIE,
                label='Datum jeugdige alleen gesproken',
                question='Op welke datum heb je de jeugdige voor het laatst alleen gesproken?',
                help='Op orde: het laatste één-op-één gesprek met de jeugdige was binnen de afgelopen drie maanden.',
                answer_type='datum',
                condition=Condition(
                    item='jeugdige_alleen_gesproken',
                    in_=(
                        'ja',
                    ),
                ),
                norm='3.1',
                termijn=Term(
                    id='jeugdige_alleen',
                    omschrijving='de jeugdige minstens elke 3 maanden alleen gesproken',
                    lengte=3,
                    eenheid=Unit.MAANDEN,
                    bron=Bron.JBN,
                ),
            ),
            ChecklistItem(
                id='laatste_contact_ouders',
                theme=Theme.CONTACTFREQUENTIE,
                label='Laatste contact met ouders of opvoeders',
                question='Op welke datum had je voor het laatst contact met de ouders of opvoeders (bijvoorbeeld pleegouders) van de jeugdige?',
                help='Op orde: het laatste contact met de ouders of opvoeders was binnen de afgelopen drie maanden (een werkafspraak van JBN). Bij voogdij gaat het om de opvoeders bij wie de jeugdige woont, en waar dat past ook om de ouders. Bij JR betrek je de ouders ook, al richt de maatregel zich op de jongere.',
                answer_type='datum',
                norm='1a.1, 3.1',
                requires_toelichting_when=(
                    ItemStatus.NIET_OP_ORDE,
                ),
                termijn=Term(
                    id='contact_ouders',
                    omschrijving='contact met de ouders of opvoeders minstens elke 3 maanden',
                    lengte=3,
                    eenheid=Unit.MAANDEN,
                    bron=Bron.JBN,
                ),
            ),
            ChecklistItem(
                id='datum_eerste_pva',
                theme=Theme.PVA_STATUS,
                label='Datum 1e PvA',
                question='Op welke datum was het eerste plan van aanpak (1e PvA) klaar?',
                help='Het eerste PvA moet binnen zes weken na de uitspraak klaar zijn. De app rekent uit of dat gelukt is. Op orde: op tijd klaar, of nog niet klaar maar nog binnen de termijn. Was het te laat, schrijf dan in de toelichting waarom.',
                answer_type='datum',
                norm='1b.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='eerste_pva',
            ),
            ChecklistItem(
                id='pva_samen_opgesteld',
                theme=Theme.PVA_STATUS,
                label='PvA samen opgesteld',
                question='Heb je het PvA samen met de jeugdige en de ouders opgesteld: de hulpvraag, de doelen en de soort hulp?',
                help='Op orde: in de verslagen en in het plan zie je dat de jeugdige en de ouders hebben meegedacht over de hulpvraag, de doelen en de hulp. Bij JR heeft de jongere het plan mee opgesteld en weet hij of zij wat erin staat. Bij voogdij denk je ook aan de pleegouders of andere opvoeders.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1b.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='reactie_op_pva_vastgelegd',
                theme=Theme.PVA_STATUS,
                label='Reactie op het PvA vastgelegd',
                question='Staat de reactie van de jeugdige en de ouders op het PvA in het plan of in het dossier?',
                help='De inspectie zag de reactie van ouders en jeugdigen op het plan bijna nooit terug. Op orde: wat de jeugdige en de ouders van het plan vinden, staat erin, zo veel mogelijk in hun eigen woorden, ook als ze het er niet mee eens zijn.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja, van de jeugdige en van de ouders',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Alleen van de jeugdige of alleen van de ouders',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1b.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='afwijkende_keuze_uitgelegd',
                theme=Theme.PVA_STATUS,
                label='Afwijkende keuze uitgelegd',
                question='Heb je een keuze gemaakt die afwijkt van wat de jeugdige of de ouders willen? Staat dan in het PvA waarom?',
                help='Op orde: bij elk punt waarop jij anders besluit dan de jeugdige of de ouders willen, staat in het plan waarom, met het belang van de jeugdige voorop. Je hebt de ouders ook verteld wat ze kunnen doen als ze het er niet mee eens zijn.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja, dat staat erin',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='nee',
                        label='Nee, dat staat er niet in',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='geen_verschil',
                        label='Er is geen verschil van mening',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='1b.1',
            ),
            ChecklistItem(
                id='pva_volgt_uit_analyse',
                theme=Theme.PVA_STATUS,
                label='PvA volgt uit de analyse',
                question="Volgt het PvA uit de (verklarende) analyse: passen de doelen en de hulp bij de zorgen, de risico's en de krachten die je in kaart hebt gebracht?",
                help='Op orde: een lezer ziet de lijn van analyse naar doelen naar hulp. De doelen en de hulp nemen redelijkerwijs de onveiligheid, de bedreiging van de ontwikkeling of (bij JR) het risico op herhaling weg.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1b.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='doelen_concreet_en_actueel',
                theme=Theme.PVA_STATUS,
                label='Doelen concreet en actueel',
                question='Zijn de doelen in het PvA concreet, haalbaar en actueel, en begrijpelijk voor de jeugdige en de ouders?',
                help='Op orde: de doelen zijn zo geschreven dat de jeugdige en de ouders weten waaraan ze werken en hoe, zonder moeilijke woorden, en ze kloppen nog met de situatie van nu.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='1b.2',
            ),
            ChecklistItem(
                id='datum_laatste_pva_evaluatie',
                theme=Theme.PVA_STATUS,
                label='Datum laatste PvA-evaluatie',
                question='Op welke datum is het PvA voor het laatst geëvalueerd?',
                help='Het PvA wordt bij OTS en Voogdij elk jaar geëvalueerd en bij JR elk half jaar. De app rekent uit wanneer de volgende evaluatie uiterlijk moet. Op orde: de volgende evaluatie is nog niet te laat. Is er nog geen evaluatie geweest, laat de datum dan leeg: de termijn loopt dan vanaf het eerste PvA.',
                answer_type='datum',
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='pva_evaluatie',
            ),
            ChecklistItem(
                id='evaluatie_met_betrokkenen',
                theme=Theme.PVA_STATUS,
                label='Evaluatie met betrokkenen',
                question='Heb je de laatste evaluatie samen met de jeugdige, de ouders en de betrokken professionals gedaan?',
                help='Op orde: de voortgang en de veiligheid zijn met de jeugdige, de ouders en de hulpverleners besproken, hun mening staat in het verslag en het plan is waar nodig bijgesteld.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                condition=Condition(
                    item='datum_laatste_pva_evaluatie',
                    answered=True,
                ),
                norm='3.3',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
            ChecklistItem(
                id='hulp_past_bij_plan',
                theme=Theme.PVA_STATUS,
                label='Hulp past bij het plan',
                question='Volgt de ingezette hulp uit het PvA, en past die bij de problemen en mogelijkheden van de jeugdige en de ouders?',
                help='Op orde: je kunt uitleggen waarom deze hulp past, en de jeugdige en de ouders merken dat de hulp helpt. Past de beschikbare hulp niet goed (bijvoorbeeld door een wachtlijst), kies dan "deels" en schrijf in de toelichting wat er ontbreekt.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='ja',
                        label='Ja',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='deels',
                        label='Deels',
                        status=ItemStatus.AANDACHT,
                    ),
                    Choice(
                        value='nee',
                        label='Nee',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                    Choice(
                        value='geen_hulp_nodig',
                        label='Er is (nog) geen hulp nodig',
                        status=ItemStatus.NVT,
                    ),
                ),
                norm='2.1',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                    ItemStatus.NVT,
                ),
            ),
            ChecklistItem(
                id='datum_start_hulp',
                theme=Theme.PVA_STATUS,
                label='Datum start passende hulp',
                question='Op welke datum is de passende hulp gestart?',
                help='Passende hulp moet binnen drie maanden na de start van de maatregel lopen, of eerder als de veiligheid dat vraagt. De app rekent uit of dat gelukt is. Op orde: op tijd gestart, of nog niet gestart maar nog binnen de termijn.',
                answer_type='datum',
                norm='2.2',
                requires_toelichting_when=(
                    ItemStatus.AANDACHT,
                    ItemStatus.NIET_OP_ORDE,
                ),
                stap='hulp_gestart',
            ),
            ChecklistItem(
                id='opgeschaald_bij_geen_hulp',
                theme=Theme.PVA_STATUS,
                label='Opgeschaald als hulp uitblijft',
                question='Is de passende hulp er niet (op tijd)? Heb je dan opgeschaald?',
                help='Op orde: als de nodige hulp er niet (op tijd) is, of niet blijkt te werken, heb je een alternatief gezocht en opgeschaald volgens de werkafspraken (bijvoorbeeld naar de teammanager of de gemeente), en dat vastgelegd. Schrijf in de toelichting wat je hebt gedaan.',
                answer_type='keuze',
                choices=(
                    Choice(
                        value='niet_nodig',
                        label='Niet nodig: passende hulp loopt of start op tijd',
                        status=ItemStatus.NVT,
                    ),
                    Choice(
                        value='opgeschaald',
                        label='Ja, ik heb opgeschaald',
                        status=ItemStatus.OP_ORDE,
                    ),
                    Choice(
                        value='niet_opgeschaald',
                        label='Nee, nog niet opgeschaald',
                        status=ItemStatus.NIET_OP_ORDE,
                    ),
                ),
                norm='2.2',
                requires_toelichting_when=(
                    ItemStatus.OP_ORDE,
                    ItemStatus.NIET_OP_ORDE,
                ),
            ),
        ),
    )


_PREBUILT: dict[str, tuple[str, Callable[[], Checklist]]] = {
    "jbn-dossier-zelfscan-v1.yaml": ("c9031d35bcb0267c07bfb93dd7d5071d4ff52ad66c9a4bd05d7de29dfaac221b", _checklist_1),
    "zelfscan.yaml": ("13ab2c1bcadc77aa8558a6ef5a330243e1c3d4c9ba4e12e0879c0ad7815f5d14", _checklist_2),
}
