"""The kinds of finding (docs/law.md section 7): a severity, and a finding type with
its legal basis and its texts in Dutch and English. The tables of finding types are
``findings.py`` (the steps and extensions) and ``riv.py`` (the re-integratieverslag and
what the employer told UWV)."""

from enum import StrEnum
from typing import NamedTuple

from .sources import Citation, basis_short, basis_text


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"low": 1, "medium": 2, "high": 3}[self.value]


class FindingType(NamedTuple):
    """One kind of finding: what it means and what to do, with placeholders."""

    id: str
    severity: Severity
    basis: tuple[Citation, ...]
    message_nl: str
    message_en: str
    action_nl: str
    action_en: str
    closed_action_nl: str | None = None
    """What to do when the finding has no date to act by (the waiting period is over)."""
    closed_action_en: str | None = None

    def action_template(self, lang: str, *, dated: bool) -> str:
        if not dated and self.closed_action_nl and self.closed_action_en:
            return self.closed_action_nl if lang == "nl" else self.closed_action_en
        return self.action_nl if lang == "nl" else self.action_en

    @property
    def basis_text(self) -> str:
        return basis_text(self.basis)

    @property
    def basis_short(self) -> str:
        return basis_short(self.basis)
