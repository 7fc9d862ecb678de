"""Under the composer: the engine's intent, entities and anger, and up to three answers to
insert (Alt+1..3); a calming reply comes first when the customer is angry."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.services.suggestions import SuggestionSet
from app.ui.i18n import LiveTranslation
from app.ui.labels import intent_label
from app.ui.widgets.elided import ElidedButton, ElidedLabel
from app.ui.widgets.rating_buttons import RatingButtons

SLOTS = 3
PREVIEW_CHARS = 200


class SuggestionBar(LiveTranslation, QWidget):
    """`chosen(text)` when a suggestion is picked; `rated(article_id, helpful)` on 👍/👎."""

    chosen = Signal(str)
    rated = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionBar")
        self._texts: list[str] = []
        self._article_ids: list[int | None] = []
        self._shown: SuggestionSet | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        self.verdict = ElidedLabel()
        self.verdict.setObjectName("verdict")
        layout.addWidget(self.verdict)
        row = QVBoxLayout()
        row.setSpacing(3)
        self.buttons: list[ElidedButton] = []
        self.ratings: list[RatingButtons] = []  # issue 7: rating suggestions
        for slot in range(SLOTS):
            button = ElidedButton()
            button.setObjectName("suggestion")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, s=slot: self.insert(s))
            button.hide()
            rating = RatingButtons()
            rating.rated.connect(lambda helpful, s=slot: self._rate(s, helpful))
            rating.hide()
            line = QHBoxLayout()
            line.setSpacing(4)
            line.addWidget(button, 1)
            line.addWidget(rating)
            row.addLayout(line)
            self.buttons.append(button)
            self.ratings.append(rating)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """The verdict and answers again in the current language (ratings given stay given)."""
        rated = [not r.up.isEnabled() for r in self.ratings]
        self.show_set(self._shown)
        for rating, done in zip(self.ratings, rated, strict=True):
            if done:
                rating.up.setEnabled(False)
                rating.down.setEnabled(False)

    def insert(self, slot: int) -> bool:
        """Pick suggestion `slot` (0-based); False when there is none."""
        if 0 <= slot < len(self._texts):
            self.chosen.emit(self._texts[slot])
            return True
        return False

    def _rate(self, slot: int, helpful: bool) -> None:
        if slot < len(self._article_ids) and self._article_ids[slot] is not None:
            self.rated.emit(self._article_ids[slot], helpful)

    def show_set(self, suggestions: SuggestionSet | None) -> None:
        """Show the verdict and the answers."""
        self._shown = suggestions
        self._texts = []
        self._article_ids = []
        analysis = suggestions.analysis if suggestions else None
        if analysis is None:
            self.verdict.setText(self.tr("Suggestions appear when the customer writes."))
        else:
            parts = [self.tr("Intent: %1").replace("%1", intent_label(str(analysis.intent)))]
            entities = analysis.entities
            if entities.order_no:
                parts.append(self.tr("Order %1").replace("%1", entities.order_no))
            if entities.amount is not None:
                parts.append(f"¥{entities.amount:g}")
            if entities.card_type:
                parts.append(entities.card_type)
            if analysis.angry:
                parts.append(self.tr("Angry (%1%)").replace("%1", str(round(analysis.anger * 100))))
            self.verdict.setText(" · ".join(parts))
            self.verdict.setProperty("angry", analysis.angry)
            self.verdict.style().unpolish(self.verdict)
            self.verdict.style().polish(self.verdict)
        items = suggestions.suggestions if suggestions else ()
        for slot, button in enumerate(self.buttons):
            if slot < len(items):
                item = items[slot]
                self._texts.append(item.text)
                self._article_ids.append(item.article_id)
                self.ratings[slot].reset(item.article_id is not None)
                preview = " ".join(item.text[:PREVIEW_CHARS].split())
                prefix = self.tr("Calm") + " · " if item.calming else ""
                prefix = self.tr("Campaign") + " · " if item.campaign else prefix
                button.set_full_text(f"Alt+{slot + 1}  {prefix}{preview}")
                button.setToolTip(f"{item.title}\n\n{item.text}")
                button.setProperty("calming", item.calming)
                button.style().unpolish(button)
                button.style().polish(button)
                button.show()
            else:
                button.hide()
                self.ratings[slot].hide()
