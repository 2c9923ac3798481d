"""One section per client: theme statuses, items needing attention, deadlines."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from jbn_selfscan.domain.deadlines import bron_legend, bron_of
from jbn_selfscan.domain.dutch_dates import local_date
from jbn_selfscan.domain.merged import (
    ChecklistItemText,
    Client,
    ItemOordeel,
    MergedGesprek,
    Scan,
)
from jbn_selfscan.domain.types import ItemStatus, ScanStatus, Theme
from jbn_selfscan.report.answers import AnswerTexts
from jbn_selfscan.report.dutch import NO_VALUE, short_date
from jbn_selfscan.report.privacy import Disclosure
from jbn_selfscan.report.styles import (
    CONTENT_WIDTH,
    STATUS_FILL,
    Overflow,
    Styles,
    grid_table,
    heading_with_room,
    long_text,
    para,
)
from jbn_selfscan.report.tally import theme_statuses

THEME_WIDTH = 28 * mm  # fits "Contactfrequentie" on one line
VERDICT_WIDTH = 27 * mm  # fits "nog niet ingevuld" on one line
SHOWN_VERDICTS = (ItemStatus.NIET_OP_ORDE, ItemStatus.AANDACHT, ItemStatus.NOG_NIET_INGEVULD)


class ChecklistIndex:
    """Item texts by id, in checklist order (an unknown id still shows, by its id)."""

    def __init__(self, doc: MergedGesprek) -> None:
        self._items = {item.id: item for item in doc.checklist.items}
        self._order = {item.id: index for index, item in enumerate(doc.checklist.items)}
        self.answers = AnswerTexts(doc)

    def get(self, item_id: str) -> ChecklistItemText | None:
        return self._items.get(item_id)

    def position(self, item_id: str) -> int:
        return self._order.get(item_id, len(self._order))


def _scan_line(client: Client) -> str:
    scan = client.scan
    if scan is None:
        return "Zelfscan: nog niet gestart"
    text = "Zelfscan: afgerond" if scan.status is ScanStatus.AFGEROND else "Zelfscan: concept"
    if scan.bijgewerkt_op is not None:
        text += f", bijgewerkt op {short_date(local_date(scan.bijgewerkt_op))}"
    return text


def _detail_line(client: Client, disclosure: Disclosure) -> str:
    """Werkversie only: the facts that could identify the client (typed parts guarded)."""
    parts = [f"uitspraak {short_date(client.uitspraakdatum)}"]
    if client.einddatum is not None:
        parts.append(f"einde {short_date(client.einddatum)}")
    parts += [disclosure.free_text(part) for part in (client.regio, client.team) if part]
    if client.contactpersoon:
        parts.append(f"contactpersoon {disclosure.free_text(client.contactpersoon)}")
    return " · ".join(parts)


def _themes_table(client: Client, styles: Styles) -> Table:
    statuses = theme_statuses(client)
    width = CONTENT_WIDTH / len(Theme)
    rows = [
        [para(theme.label, styles.cell_bold) for theme in Theme],
        [para(statuses[theme].label, styles.cell) for theme in Theme],
    ]
    colouring: list[tuple[object, ...]] = [
        ("BACKGROUND", (column, 1), (column, 1), STATUS_FILL[statuses[theme]])
        for column, theme in enumerate(Theme)
    ]
    return grid_table(rows, [width] * len(Theme), extra=colouring)


def _answer_text(
    scan: Scan, oordeel: ItemOordeel, answers: AnswerTexts, disclosure: Disclosure
) -> str:
    """'Antwoord: Deels', the toelichting and what the verdict adds: neither the answer nor
    the verdict's own status ('nog niet ingevuld') again."""
    item_id, reason = oordeel.item_id, oordeel.reden
    answer = next((a for a in scan.antwoorden if a.item_id == item_id), None)
    lines: list[str] = []
    value = (answer.waarde or "") if answer is not None else ""
    shown = bool(value.strip())
    if shown:
        text = answers.answer(item_id, value, reason)
        lines.append(f"Antwoord: {disclosure.free_text(text)}")
    if answer is not None and answer.toelichting.strip():
        lines.append(f"Toelichting: {disclosure.free_text(answer.toelichting)}")
    verdict = answers.verdict(reason, shown)
    if verdict.strip() and verdict.strip() != oordeel.status.label:
        lines.append(f"Beoordeling: {disclosure.free_text(verdict)}")
    return "\n".join(lines) or NO_VALUE


def _verdicts_table(
    scan: Scan,
    checklist: ChecklistIndex,
    disclosure: Disclosure,
    styles: Styles,
    overflow: Overflow,
) -> Table | None:
    verdicts = sorted(
        (v for v in scan.item_oordelen if v.status in SHOWN_VERDICTS),
        key=lambda v: checklist.position(v.item_id),
    )
    if not verdicts:
        return None
    header = ["Thema", "Vraag", "Oordeel"] + (
        ["Antwoord en toelichting"] if disclosure.werkversie else []
    )
    rows: list[list[Paragraph]] = [[para(text, styles.cell_bold) for text in header]]
    colouring: list[tuple[object, ...]] = []
    for row_index, verdict in enumerate(verdicts, start=1):
        item = checklist.get(verdict.item_id)
        question = disclosure.guarded(item.vraag if item else verdict.item_id)
        if item and item.norm:
            question += f" (norm {disclosure.guarded(item.norm)})"
        row = [
            para(item.thema.label if item else NO_VALUE, styles.cell),
            para(question, styles.cell),
            para(verdict.status.label, styles.cell),
        ]
        if disclosure.werkversie:
            answer = _answer_text(scan, verdict, checklist.answers, disclosure)
            label = f"vraag {row_index} ({item.thema.label if item else verdict.item_id})"
            row.append(para(overflow.clip(answer, label), styles.cell))
        rows.append(row)
        colouring.append(
            ("BACKGROUND", (2, row_index), (2, row_index), STATUS_FILL[verdict.status])
        )
    if disclosure.werkversie:
        widths = [THEME_WIDTH, 56 * mm, VERDICT_WIDTH, CONTENT_WIDTH - 111 * mm]
    else:
        widths = [THEME_WIDTH, CONTENT_WIDTH - 55 * mm, VERDICT_WIDTH]
    return grid_table(rows, widths, extra=colouring)


def _deadlines_table(
    client: Client, disclosure: Disclosure, styles: Styles, overflow: Overflow
) -> Table | None:
    if not client.termijnen:
        return None
    header = ["Termijn", "Bron", "Deadline", "Gedaan op", "Status"]
    if disclosure.werkversie:
        header.append("Uitleg")
        widths = [34 * mm, 15 * mm, 19 * mm, 19 * mm, 30 * mm, CONTENT_WIDTH - 117 * mm]
    else:
        widths = [CONTENT_WIDTH - 111 * mm, 15 * mm, 22 * mm, 22 * mm, 52 * mm]
    rows: list[list[Paragraph]] = [[para(text, styles.cell_bold) for text in header]]
    for termijn in client.termijnen:
        row = [
            para(disclosure.guarded(termijn.omschrijving or termijn.stap), styles.cell),
            para(_bron_text(termijn.stap, client), styles.cell),
            para(short_date(termijn.deadline), styles.cell),
            para(short_date(termijn.gedaan_op), styles.cell),
            para(disclosure.guarded(termijn.status), styles.cell),
        ]
        if disclosure.werkversie:
            uitleg = disclosure.free_text(termijn.uitleg)
            label = f"uitleg bij {disclosure.guarded(termijn.omschrijving or termijn.stap)}"
            row.append(para(overflow.clip(uitleg, label), styles.cell_small))
        rows.append(row)
    return grid_table(rows, widths)


def _bron_text(stap: str, client: Client) -> str:
    bron = bron_of(stap, client.maatregel)
    return "—" if bron is None else bron.value


def client_section(
    client: Client,
    checklist: ChecklistIndex,
    disclosure: Disclosure,
    styles: Styles,
    cancel_check: Callable[[], Flowable] | None = None,
) -> list[Flowable]:
    """The section of one client; `cancel_check()` follows each long text (werkversie)."""
    heading = f"{disclosure.client_name(client)} · {client.maatregel.value}"
    opening: list[Flowable] = [para(heading, styles.client_heading)]
    if disclosure.werkversie:
        opening.append(para(_detail_line(client, disclosure), styles.small))
    opening += [para(_scan_line(client), styles.small), Spacer(0, 1.5 * mm)]
    opening.append(_themes_table(client, styles))
    flowables: list[Flowable] = [CondPageBreak(45 * mm), KeepTogether(opening)]

    scan = client.scan
    overflow = Overflow()
    verdicts = _verdicts_table(scan, checklist, disclosure, styles, overflow) if scan else None
    flowables += heading_with_room("Vragen die aandacht vragen", styles.subheading, 15 * mm)
    if verdicts is not None:
        flowables.append(verdicts)
        flowables += overflow.flowables(styles, cancel_check)
        overflow = Overflow()
    else:
        message = "Alle vragen zijn op orde of niet van toepassing." if scan else "Geen zelfscan."
        flowables.append(para(message, styles.body))

    deadlines = _deadlines_table(client, disclosure, styles, overflow)
    flowables += heading_with_room("Termijnen", styles.subheading, 15 * mm)
    flowables.append(
        deadlines if deadlines is not None else para("Geen termijnen berekend.", styles.body)
    )
    if deadlines is not None:
        flowables += [Spacer(0, 1 * mm), para(bron_legend(), styles.small)]
    flowables += overflow.flowables(styles, cancel_check)

    if disclosure.werkversie and scan is not None and scan.bespreekpunten.strip():
        flowables += heading_with_room("Bespreekpunten", styles.subheading, 10 * mm)
        flowables += long_text(disclosure.free_text(scan.bespreekpunten), styles.body)
    flowables.append(Spacer(0, 6 * mm))
    return flowables
