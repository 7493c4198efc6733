"""Components of appendices."""

PRESENTERS = {}
