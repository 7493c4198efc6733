"""lkjip: structured content to the print-grade PDF of an Indonesian LKjIP."""

__version__ = "0.1.0"
