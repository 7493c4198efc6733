"""The value of an untagged plain YAML scalar, by the YAML 1.2 rules ruamel.yaml applies.

Content files are YAML 1.2 as ruamel.yaml's round-trip loader read them before the C parser
replaced it. PyYAML's own resolver is YAML 1.1 (`yes`/`no`/`on`/`off` are booleans, `0777` is
octal, `1:30` is ninety), so it is not used: the patterns below are ruamel.yaml's 1.2 ones, and
the conversions give the values the reader gave before:

- a number with a fraction or an exponent is a `Decimal` of the shortest repr of its float
  (`92.50` is `Decimal('92.5')`, `1e3` is `Decimal('1000.0')`). Taking the text as written
  would be more exact, but the places of a Decimal decide how a number prints, and 21 values
  of the seed content (`92.50`, `3.440`) would change theirs;
- integers are plain `int` (ruamel.yaml returned subclasses that remember `0x` or `1_000`);
- a datetime is a plain `datetime` (ruamel.yaml's `TimeStamp` subclass, same value).

A quoted or block scalar is always a string; that is decided by the caller, not here.
"""

import datetime
import re
from decimal import Decimal
from typing import Any

_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NUMERIC_START = frozenset("-+.0123456789")

_INT = re.compile(r"[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+")
_FLOAT = re.compile(
    r"""[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN)""",
    re.X,
)
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATETIME = re.compile(
    r"""(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})
    (?:[Tt]|[ \t]+)(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})
    (?:\.(?P<fraction>[0-9]*))?
    (?:[ \t]*(?P<tz>Z|(?P<tz_sign>[-+])(?P<tz_hour>[0-9]{1,2})(?::(?P<tz_minute>[0-9]{2}))?))?""",
    re.X,
)
_INT_PREFIXES = (("0b", 2), ("0x", 16), ("0o", 8))


class NotADate(ValueError):
    """A scalar written as a date or time that the calendar does not have, e.g. 2022-02-30."""


def plain_value(text: str) -> Any:
    """None, a bool, an int, a Decimal, a date, a datetime or the text itself.

    Dispatching on the first character first keeps the common case (words) to two set lookups.
    """
    if text in _NULL:
        return None
    if text[0] not in _NUMERIC_START:
        return _BOOL.get(text, text)
    if _INT.fullmatch(text):
        return _integer(text)
    if _FLOAT.fullmatch(text):
        return _decimal(text)
    return _timestamp(text)


def _integer(text: str) -> int | str:
    """`1_000`, `+12`, `0x1F`, `0o17`, `0b101`; a leading zero is decimal in YAML 1.2 (`0777` is 777)."""
    digits = text.replace("_", "")
    sign = -1 if digits[0] == "-" else 1
    digits = digits[1:] if digits[0] in "+-" else digits
    for prefix, base in _INT_PREFIXES:
        if digits.startswith(prefix):
            digits = digits[len(prefix) :]
            return sign * int(digits, base) if digits else text
    return sign * int(digits) if digits else text


def _decimal(text: str) -> Decimal:
    """The number as ruamel.yaml's float gave it; `.inf` and `.nan` are Decimal's infinity and NaN."""
    cleaned = text.replace("_", "")
    lowered = cleaned.lower()
    if lowered.endswith(".inf"):
        return Decimal("-Infinity" if lowered[0] == "-" else "Infinity")
    if lowered == ".nan":
        return Decimal("NaN")
    return Decimal(repr(float(cleaned)))


def _timestamp(text: str) -> Any:
    """`YYYY-MM-DD` is a date; with a time of day it is a datetime; anything else stays text."""
    date = _DATE.fullmatch(text)
    if date:
        try:
            return datetime.date(*(int(part) for part in date.groups()))
        except ValueError as why:
            raise NotADate(f"{text} is not a date ({why}); write YYYY-MM-DD") from None
    moment = _DATETIME.fullmatch(text)
    if not moment:
        return text
    try:
        return _datetime(moment)
    except ValueError as why:
        raise NotADate(f"{text} is not a date and time ({why}); write YYYY-MM-DD") from None


def _datetime(moment: re.Match) -> datetime.datetime:
    """As ruamel.yaml builds it: microseconds rounded from the 7th digit, the zone kept by name."""
    part = {name: int(value) for name, value in moment.groupdict().items() if value and value.isdigit()}
    fraction = moment["fraction"] or ""
    micro = int(fraction[:6].ljust(6, "0")) + (len(fraction) > 6 and fraction[6] > "4")
    zone = None
    if moment["tz_sign"]:
        offset = datetime.timedelta(hours=part["tz_hour"], minutes=part.get("tz_minute", 0))
        zone = datetime.timezone(-offset if moment["tz_sign"] == "-" else offset, name=moment["tz"])
    elif moment["tz"] == "Z":
        zone = datetime.timezone(datetime.timedelta(0), name="Z")
    start = datetime.datetime(
        part["year"], part["month"], part["day"], part["hour"], part["minute"], part["second"], 0, zone
    )
    return start + datetime.timedelta(microseconds=micro)
