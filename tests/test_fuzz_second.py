"""The second half of the fuzz loops of test_fuzz.py, in a file of its own so that the two halves
run on two xdist workers side by side (a test file stays on one worker)."""

import pytest

from tests.test_fuzz import SECOND_HALF, content_root, fuzz  # noqa: F401 (content_root is a fixture)


@pytest.mark.parametrize(("report", "role"), SECOND_HALF)
def test_every_mutant_is_built_or_refused_with_positions(content_root, report, role):  # noqa: F811
    fuzz(content_root, report, role)
