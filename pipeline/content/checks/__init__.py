"""`lkjip check`: data problems the schema cannot express, each positioned at the offending value.

Every build runs these after validation. Errors stop the build; warnings print. Each check names
the seed error it exists for (anatomy §10) and has a test that fails without it.
"""

from pipeline.content.checks.analyses import check_analyses
from pipeline.content.checks.budget import check_budget
from pipeline.content.checks.figures import check_figures
from pipeline.content.checks.findings import Findings
from pipeline.content.checks.frame import check_frame
from pipeline.content.checks.indicators import check_indicators
from pipeline.content.checks.people import check_people
from pipeline.content.checks.perjanjian import check_perjanjian
from pipeline.content.checks.resources import check_resources
from pipeline.content.checks.texts import check_texts
from pipeline.content.checks.unfilled import unfilled_in
from pipeline.content.locate import ReportFiles
from pipeline.content.models import Kabupaten, Kecamatan, Report
from pipeline.content.models.outline import Outline

CHECKS = (
    check_people,
    check_frame,
    check_indicators,
    check_budget,
    check_figures,
    check_perjanjian,
    check_resources,
    check_analyses,
    check_texts,
)


def cross_check(sources, kab: Kabupaten, kec: Kecamatan, report: Report, files: ReportFiles, outline: Outline):
    """Run every check; return (errors, warnings). Warnings follow what the outline prints.

    Values not filled yet come first and alone: the checks compare figures, and a blank is none."""
    blank = unfilled_in(sources)
    if blank:
        return blank, []
    found = Findings(sources, kab, kec, report, files, outline)
    for check in CHECKS:
        check(found)
    return found.errors, found.warnings
