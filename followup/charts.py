"""Charts as server-drawn SVG: geometry here, markup in `templates/followup/_*_chart.html`.

Positions along the width are percentages of the SVG's own width and text keeps its size, so a
chart fits any screen without shrinking its labels; each chart has a <title>, a <desc> and a
table of the same numbers beside it.
"""

import textwrap
from dataclasses import dataclass

LINE = 18  # px a line of a bar's label takes
BAR = 14  # px of a bar
BAR_GAP = 12  # px between one bar and the next label
#: A label longer than this wraps, so that it fits a 320 px screen at 13 px.
LABEL_CHARACTERS = 34
PLOT_HEIGHT = 120  # px of a column chart's plot area
PLOT_TOP = 24  # px above it, for the scale
PLOT_BOTTOM = 28  # px below it, for the months


@dataclass
class Bar:
    lines: list[tuple[str, int]]  # the label and value in lines, each with its baseline
    percent: float
    y: int  # the bar's top


@dataclass
class BarChart:
    id: str
    title: str
    description: str
    bars: list[Bar]

    @property
    def height(self) -> int:
        return self.bars[-1].y + BAR + 4 if self.bars else 0


def bar_chart(
    id: str,
    title: str,
    description: str,
    items: list[tuple[str, float, str]],
    scale: float | None = None,
) -> BarChart:
    """Horizontal bars: `items` are (label, value, the value as text); a full bar is `scale`
    (100 for percentages) or else the largest value."""
    largest = scale or max((value for _label, value, _text in items), default=0) or 1
    bars = []
    top = 0
    for label, value, text in items:
        wrapped = textwrap.wrap(f"{label}: {text}", LABEL_CHARACTERS) or [""]
        lines = [(line, top + LINE * (index + 1) - 4) for index, line in enumerate(wrapped)]
        y = top + LINE * len(wrapped)
        bars.append(Bar(lines, round(value * 100 / largest, 2), y))
        top = y + BAR + BAR_GAP
    return BarChart(id=id, title=title, description=description, bars=bars)


@dataclass
class Column:
    label: str  # shown under the column when not empty
    value: int | None  # None: no data for the month
    x: float  # percent
    width: float  # percent
    y: float  # px
    height: float  # px


@dataclass
class ColumnChart:
    id: str
    title: str
    description: str
    columns: list[Column]
    largest: int
    top: int = PLOT_TOP
    baseline: int = PLOT_TOP + PLOT_HEIGHT
    height: int = PLOT_TOP + PLOT_HEIGHT + PLOT_BOTTOM


def column_chart(
    id: str, title: str, description: str, items: list[tuple[str, int | None]]
) -> ColumnChart:
    """Columns over time: `items` are (label, value or None); about four labels are shown."""
    largest = max((value for _label, value in items if value), default=0)
    count = len(items) or 1
    slot = 100 / count
    step = max(1, count // 4)
    columns = []
    for index, (label, value) in enumerate(items):
        height = (value or 0) * PLOT_HEIGHT / largest if largest else 0
        columns.append(
            Column(
                label=label if index % step == 0 else "",
                value=value,
                x=round(index * slot + slot * 0.15, 3),
                width=round(slot * 0.7, 3),
                y=round(PLOT_TOP + PLOT_HEIGHT - height, 2),
                height=round(height, 2),
            )
        )
    return ColumnChart(id, title, description, columns, largest)
