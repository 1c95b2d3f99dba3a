"""poortwachter report: a self-contained HTML page with a chart of the whole case."""

from __future__ import annotations

import html as html_module
import json
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from poortwachter.assessment import assess
from poortwachter.inputs.casefile import load_case_file
from poortwachter.language import Language
from poortwachter.law.figures import figures_recorded
from poortwachter.law.receipt import receipt
from poortwachter.outputs.report import render_report, timeline_chart
from poortwachter.outputs.wording import milestone_label

from ..helpers import d

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
HOVENIER = EXAMPLES / "hovenier-spoor2-taxi.yaml"


def page(example: Path = HOVENIER, as_of: str = "2025-06-01", lang: Language = "nl") -> str:
    """The page as the command writes it: with the receipt of its judgment."""
    with figures_recorded() as used:
        assessment = assess(load_case_file(example), d(as_of))
    return render_report(assessment, lang, receipt(used))


def test_the_page_ends_with_its_receipt_in_words() -> None:
    html = page()
    receipt_part = html[html.index("<h2>Verantwoording</h2>") :]
    assert "Berekend met poortwachter " in receipt_part
    assert re.search(r"wetsgegevens sha256:[0-9a-f]{64}", receipt_part)
    # The hovenier's dagloon is capped by the maximum of 2026 (docs/law.md section 6).
    assert "Maximumdagloon: EUR 304,25, geldig vanaf do 01-01-2026" in receipt_part
    english = page(lang="en")
    assert "<h2>Receipt</h2>" in english
    assert "Maximum daily wage: EUR 304.25, valid from Thu 2026-01-01" in english


def test_the_page_is_self_contained() -> None:
    html = page()
    assert html.startswith("<!DOCTYPE html>")
    assert "<link" not in html
    assert "<script" not in html
    # Nothing is loaded from elsewhere; the only links are the law's articles, to click.
    assert not re.search(r"""src=["']?https?:""", html)
    links = re.findall(r'href="([^"]*)"', html)
    assert links
    assert all(link.startswith("https://wetten.overheid.nl/") for link in links)


def test_every_basis_links_to_its_article_as_in_force_on_the_date() -> None:
    html = page()
    # The hovenier's WIA application (WIA art. 64 lid 3): D = 4 Mar 2024, L = D + 727 =
    # 1 Mar 2026, due L - 77 = 14 Dec 2025.
    assert (
        'href="https://wetten.overheid.nl/jci1.3:c:BWBR0019057&amp;artikel=64&amp;lid=3'
        '&amp;z=2025-12-14&amp;g=2025-12-14">WIA art. 64 lid 3</a>'
    ) in html
    # Boek 7 of the Civil Code by book and article (BW 7:658a lid 3 for the probleemanalyse).
    assert "jci1.3:c:BWBR0005290&amp;boek=7&amp;artikel=658a&amp;lid=3" in html
    assert "url(" not in html
    assert "@page { size: A4" in html


def test_the_chart_has_a_dot_per_milestone_in_its_status_colour() -> None:
    the_case = load_case_file(HOVENIER)
    assessment = assess(the_case, d("2025-06-01"))
    html = render_report(assessment, "nl")
    end = assessment.timeline.einde_wachttijd
    shown = [m for m in assessment.timeline.milestones if m.due <= end]
    assert html.count('<circle class="milestone"') == len(shown)
    assert '<svg id="timeline-chart"' in html
    assert 'fill="#ef6c00"' in html  # the late arbodienst report


def test_the_chart_numbers_the_milestones_in_date_order_as_the_list_and_table_do() -> None:
    html = page()
    timeline = assess(load_case_file(HOVENIER), d("2025-06-01")).timeline
    shown = [m for m in timeline.milestones if m.due <= timeline.einde_wachttijd]
    markers = re.findall(r'<circle class="milestone"[^>]*/><text [^>]*>(\d+)</text>', html)
    assert markers == [str(number) for number in range(1, len(shown) + 1)]
    listed = re.findall(r"<li><b [^>]*>(\d+)</b>(\d\d-\d\d-\d{4}) ([^<]*)</li>", html)
    assert [int(number) for number, _, _ in listed] == list(range(1, len(shown) + 1))
    by_date = sorted(shown, key=lambda milestone: milestone.due)
    assert [(day, label) for _, day, label in listed] == [
        (milestone.due.strftime("%d-%m-%Y"), milestone_label(milestone, "nl"))
        for milestone in by_date
    ]
    numbered_rows = re.findall(r'<tr><td class="number">(\d*)</td>', html)
    assert numbered_rows[: len(shown)] == [str(n) for n in range(1, len(shown) + 1)]


def test_the_chart_has_dates_weeks_and_says_what_it_shows() -> None:
    # The hovenier: first sick day Monday 4 March 2024, last day of wage payment Sunday
    # 1 March 2026 (no extension): 728 days over 744 units, one month is about 31 units,
    # too narrow for a label (56), so every other month is labelled, from January:
    # mei 2024, jul 2024, ..., jan 2026 and mrt 2026 (1 March 2026 is the bar's last
    # day); March 2024 began before the first sick day.
    html = page()
    months = re.findall(r'fill="#424242" text-anchor="middle">([a-z]{3} \d{4})</text>', html)
    assert months == [
        "mei 2024", "jul 2024", "sep 2024", "nov 2024",
        "jan 2025", "mrt 2025", "mei 2025", "jul 2025", "sep 2025", "nov 2025",
        "jan 2026", "mrt 2026",
    ]  # fmt: skip
    for week in ("week 0", "week 52", "week 104"):
        assert f">{week}</text>" in html
    assert "Erboven: de ziekteweken 0, 52 en 104" in html
    assert 'Balk: <span><i class="bar" style="background:#e3f2fd"></i>nog te gaan</span>' in html
    english = page(lang="en")
    assert "Above it: sick weeks 0, 52 and 104" in english
    assert ">May 2024</text>" in english


def test_the_page_has_summary_findings_exposure_and_milestones_in_dutch() -> None:
    html = page()
    for heading in ("Tijdlijn van de zaak", "Bevindingen", "Financieel risico", "Mijlpalen"):
        assert f"<h2>{heading}</h2>" in html
    assert "EUR 25.940,23" in html
    assert "Leg in het dossier uit" in html


def test_lang_en_gives_english() -> None:
    html = page(lang="en")
    assert '<html lang="en">' in html
    assert "<h2>Findings</h2>" in html


def test_extensions_show_on_the_chart() -> None:
    html = page(EXAMPLES / "te-late-wia-aanvraag-loonsanctie.yaml", "2025-03-01")
    assert 'fill="#ef9a9a"' in html  # the late WIA application and the loonsanctie


def test_case_text_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text('case_id: "<script>alert(1)</script>"\nsick_periods: [{start: 2025-01-06}]\n')
    html = page(path, "2025-03-01")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_the_command_writes_the_page(tmp_path: Path) -> None:
    from poortwachter.cli import app

    target = tmp_path / "report.html"
    result = CliRunner().invoke(
        app, ["report", str(HOVENIER), "--as-of", "2025-06-01", "--output", str(target)]
    )
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") == page()


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs the Debian package")
        pytest.skip("chromium is not installed here (.ci/run installs it for CI)")
    return found


def _run_chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run(
        [_chromium(), *flags, *args], capture_output=True, text=True, timeout=120, check=False
    )


#: Run in the browser after layout: every label and marker of every chart inside its
#: chart, and none overlapping another. The result is written into the page for
#: --dump-dom to print.
_LAYOUT_CHECK = """<script>
const problems = [];
let count = 0;
for (const svg of document.querySelectorAll("svg")) {
  const box = svg.viewBox.baseVal;
  const items = [...svg.querySelectorAll(":scope > text, :scope > g")].map((element) => {
    const b = element.getBBox();
    const name = svg.id + ": " + element.textContent.slice(0, 40);
    return [name, b.x, b.y, b.x + b.width, b.y + b.height];
  });
  count += items.length;
  items.forEach((a, i) => {
    const right = box.x + box.width + 0.5, bottom = box.y + box.height + 0.5;
    if (a[1] < box.x - 0.5 || a[3] > right || a[2] < box.y - 0.5 || a[4] > bottom) {
      problems.push("outside: " + a[0]);
    }
    for (const b of items.slice(i + 1)) {
      if (a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5 && a[2] < b[4] - 0.5 && b[2] < a[4] - 0.5) {
        problems.push("overlap: " + a[0] + " / " + b[0]);
      }
    }
  });
}
const result = document.createElement("pre");
result.id = "layout";
result.textContent = JSON.stringify({count: count, problems: problems});
document.body.appendChild(result);
</script>"""


def test_in_chromium_no_label_or_marker_of_any_chart_overlaps_another(tmp_path: Path) -> None:
    charts = []
    for number, example in enumerate(sorted(EXAMPLES.glob("*.yaml"))):
        the_case = load_case_file(example)
        first = the_case.sick_periods[0].start
        languages: tuple[tuple[date, Language], ...] = ((first, "nl"), (date(2026, 11, 25), "en"))
        for as_of, lang in languages:
            chart = timeline_chart(assess(the_case, as_of).timeline, lang)
            charts.append(
                chart.replace('id="timeline-chart"', f'id="{example.stem}-{number}-{lang}"')
            )
    page_with_check = tmp_path / "charts.html"
    page_with_check.write_text(
        "<!DOCTYPE html><html><head><meta charset=utf-8></head><body style='width:186mm'>"
        + "".join(charts)
        + _LAYOUT_CHECK
        + "</body></html>",
        encoding="utf-8",
    )
    rendered = _run_chromium("--dump-dom", page_with_check.as_uri(), profile=tmp_path / "p")
    assert rendered.returncode == 0, rendered.stderr[-2000:]
    found = re.search(r'<pre id="layout">(.*?)</pre>', rendered.stdout)
    assert found, rendered.stdout[-2000:]
    layout = json.loads(html_module.unescape(found.group(1)))
    assert layout["count"] > 20 * len(charts)
    assert layout["problems"] == []


def test_chromium_renders_the_chart(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(page(), encoding="utf-8")
    rendered = _run_chromium("--dump-dom", report.as_uri(), profile=tmp_path / "profile")
    assert rendered.returncode == 0, rendered.stderr[-2000:]
    assert '<svg id="timeline-chart"' in rendered.stdout
    assert rendered.stdout.count('class="milestone"') >= 20
    screenshot = tmp_path / "report.png"
    taken = _run_chromium(
        "--hide-scrollbars",
        "--window-size=1000,1100",
        f"--screenshot={screenshot}",
        report.as_uri(),
        profile=tmp_path / "profile2",
    )
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pdf = tmp_path / "report.pdf"
    printed = _run_chromium(
        f"--print-to-pdf={pdf}",
        "--no-pdf-header-footer",
        report.as_uri(),
        profile=tmp_path / "profile3",
    )
    assert printed.returncode == 0, printed.stderr[-2000:]
    assert pdf.read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize(("as_of", "noted"), [("2026-12-04", True), ("2027-01-20", False)])
def test_the_page_says_what_the_judgment_left_out(as_of: str, noted: bool) -> None:
    # The planned evaluation of 9 Dec 2026 and eerstejaarsevaluatie of 20 Jan 2027: left
    # out on 4 Dec, both known on 20 Jan.
    html = page(EXAMPLES / "gepland-na-peildatum.yaml", as_of)
    assert ("<h2>Let op</h2>" in html) is noted
    assert ("2 vastlegging(en) met een datum na de peildatum" in html) is noted
