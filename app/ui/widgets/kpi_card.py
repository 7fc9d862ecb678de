"""A dashboard figure as a card: a short caption, the number large, and a line against the target
(the SOP, a count behind the figure). Colours come from the theme's stylesheet through the
`state` property (good, bad or neutral), so light and dark both read right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

GOOD, BAD, NEUTRAL = "good", "bad", "neutral"


class KpiCard(QFrame):
    """One figure; `text()` is the number as shown (tests read it)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setObjectName("kpiCaption")
        self.value = QLabel("—")
        self.value.setObjectName("kpiValue")
        self.target = QLabel(" ")
        self.target.setObjectName("kpiTarget")
        for label in (self.caption, self.value, self.target):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)

    def text(self) -> str:
        """The figure as shown."""
        return self.value.text()

    def show_figure(self, value: str, target: str, state: str = NEUTRAL) -> None:
        """Set the number, the line under it, and whether it meets its target."""
        self.value.setText(value)
        self.target.setText(target or " ")
        for label in (self.value, self.target):
            if label.property("state") != state:
                label.setProperty("state", state)
                label.style().unpolish(label)
                label.style().polish(label)
        self.setAccessibleName(f"{self.caption.text()}: {value} ({target})")
