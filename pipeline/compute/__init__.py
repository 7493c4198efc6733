"""Compute stage: every derived figure of the report, from base data, on exact decimals."""
