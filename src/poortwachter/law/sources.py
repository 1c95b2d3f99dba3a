"""The sources of law the tool cites, and how a citation is written and linked.

Each source carries its official identifier (the BWB id of wetten.overheid.nl), so that
every citation can link to the article as in force on a given day (docs/law.md,
"Sources").
"""

import re
from datetime import date
from functools import cache
from typing import NamedTuple


class Law(NamedTuple):
    """A source of law, with its official identifier."""

    short: str
    name: str
    bwb_id: str | None = None

    @property
    def url(self) -> str | None:
        return f"https://wetten.overheid.nl/{self.bwb_id}" if self.bwb_id else None


BW = Law("BW", "Burgerlijk Wetboek Boek 7", "BWBR0005290")
WIA = Law("WIA", "Wet werk en inkomen naar arbeidsvermogen", "BWBR0019057")
ZW = Law("ZW", "Ziektewet", "BWBR0001888")
AOW = Law("AOW", "Algemene Ouderdomswet", "BWBR0002221")
REGELING = Law("Regeling", "Regeling procesgang eerste en tweede ziektejaar", "BWBR0013540")
BEOORDELINGSKADER = Law(
    "Beoordelingskader", "Beleidsregels beoordelingskader poortwachter", "BWBR0014375"
)
#: What UWV requires of a re-integratieverslag not made on its own form: the six
#: elements, each dated and signed, and the term to complete it (art. 2 and 3).
VORMVEREISTEN = Law(
    "Beleidsregels RIV",
    "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen",
    "BWBR0015184",
)
WERKWIJZER = Law("UWV Werkwijzer", "UWV Werkwijzer Poortwachter")
WERKWIJZER_ZW = Law(
    "UWV", "UWV, Het re-integratieverslag indienen voor de aanvraag Ziektewet-uitkering"
)


#: An article reference as the citations write it: ``art. 7:629 lid 11 sub a``,
#: Fines for a late or missing report to UWV (ZW art. 38, 38a).
BOETE = Law("Boetebesluit", "Boetebesluit socialezekerheidswetten", "BWBR0011708")

#: ``art. 25 lid 9``, ``art. 38a lid 3``, ``art. 7a``.
_ARTICLE = re.compile(r"art\. (?:(?P<book>\d+):)?(?P<article>\d+[a-z]*)(?: lid (?P<lid>\d+))?")

#: wetten.overheid.nl resolves Juriconnect references (JCI 1.3) to the article, and the
#: member, in the version valid on the date ``g`` (and seen on ``z``).
_WETTEN = "https://wetten.overheid.nl/"


class Citation(NamedTuple):
    """One article (or section) of one source."""

    law: Law
    article: str

    def link(self, on: date) -> str | None:
        """A link a lawyer can click: the article (and lid) on wetten.overheid.nl as in
        force on ``on``, as a Juriconnect reference; the whole law on that date where the
        citation names no article (a § of a policy rule); ``None`` without a BWB id."""
        bwb_id = self.law.bwb_id
        if bwb_id is None:
            return None
        day = on.isoformat()
        found = _ARTICLE.match(self.article)
        if found is None:
            return f"{_WETTEN}{bwb_id}/{day}"
        parts = [f"jci1.3:c:{bwb_id}"]
        if found["book"]:
            parts.append(f"boek={found['book']}")
        parts.append(f"artikel={found['article']}")
        if found["lid"]:
            parts.append(f"lid={found['lid']}")
        parts += [f"z={day}", f"g={day}"]
        return _WETTEN + "&".join(parts)

    @property
    def short(self) -> str:
        """Compact form for tables: ``Regeling art. 2 lid 2``."""
        return f"{self.law.short} {self.article}".strip()

    @property
    def full(self) -> str:
        """Full form for machine output: ``Regeling procesgang ..., art. 2 lid 2``."""
        return f"{self.law.name}, {self.article}" if self.article else self.law.name


def basis_text(citations: tuple[Citation, ...]) -> str:
    """Citations in full, for machine output."""
    return "; ".join(citation.full for citation in citations)


def basis_short(citations: tuple[Citation, ...]) -> str:
    """Citations in short, for tables."""
    return "; ".join(citation.short for citation in citations)


def basis_links(citations: tuple[Citation, ...], on: date) -> list[dict[str, str | None]]:
    """Each citation in short with its article-level link, as in force on ``on``."""
    day = on.isoformat()
    return [
        {"text": text, "url": None if url is None else url.replace(LINK_PLACEHOLDER_DAY, day)}
        for text, url in _link_templates(citations)
    ]


#: A date no link names otherwise: each citation's link is built once with it, and a
#: link for another day is that text with the day put in (a batch builds ~50 a case).
LINK_PLACEHOLDER = date(1900, 1, 1)
LINK_PLACEHOLDER_DAY = LINK_PLACEHOLDER.isoformat()


@cache
def _link_templates(citations: tuple[Citation, ...]) -> tuple[tuple[str, str | None], ...]:
    return tuple((citation.short, citation.link(LINK_PLACEHOLDER)) for citation in citations)
