"""Prose written in content: placeholders rendered in a sandbox, then Markdown read into blocks.

Text first, then structure: `{{ placeholders }}` over the computed report are rendered by a
sandboxed Jinja environment that knows only the project's formatters; every value it inserts is
Markdown-escaped, so a kecamatan named `*Baru*` stays a name. The result is read by markdown-it
(paragraphs, numbered and bulleted lists, **tebal**, *miring*, a ```` ```rumus ```` fence) into
document blocks; escaping for LaTeX happens later, in the writer, like for every other string.
A placeholder that names nothing is a `Problem` at the file, line and column where it was written.
"""

import difflib
import functools
import re
import traceback
from dataclasses import dataclass

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markdown_it import MarkdownIt

from pipeline.content.schema import field_path
from pipeline.content.yaml_nodes import BlockText
from pipeline.document.blocks import Formula, Item, List, ListStyle, MathOp, MathText, Paragraph
from pipeline.document.inline import Break, Emph, Strong, Text
from pipeline.errors import Problem
from pipeline.present.filters import FILTERS

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")
TEMPLATE_NAME = "<template>"  # the name Jinja gives a template made from a string
OPERATORS = {"×": "×", "x": "×", "*": "×", "−": "−", "-": "−", "+": "+"}
# Jinja's own filters a text may use besides the project's formatters: wording, never arithmetic.
GENERAL_FILTERS = ("abs", "default", "first", "join", "last", "length", "lower", "map", "upper")
STYLE = {"angka": ListStyle.numbered, "huruf": ListStyle.lettered, "titik": ListStyle.bulleted}


@dataclass(frozen=True)
class Written:
    """A text from content and where it was written: the source file's key and the YAML path."""

    text: str
    file: str  # "outline" or "report"
    loc: tuple


class ProseError(Exception):
    """A content text that cannot be rendered; carries its positioned problem."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def _markdown_escape(value) -> str:
    """Every inserted value is text, never Markdown."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", "" if value is None else str(value))


class TextSandbox(ImmutableSandboxedEnvironment):
    """A sandbox in which texts word figures but never compute them: `+ - * / // % **` are refused
    (content states facts; the compute stage states conclusions), and a formatter handed a name that
    names nothing says which."""

    intercepted_binops = frozenset(["+", "-", "*", "/", "//", "%", "**"])
    intercepted_unops = frozenset(["-", "+"])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._compiled: dict[str, jinja2.Template] = {}

    def compiled(self, text: str) -> jinja2.Template:
        """A text compiled once: a section repeated per indicator renders the same text for each, and
        compiling costs far more than rendering."""
        if text not in self._compiled:
            self._compiled[text] = self.from_string(text)
        return self._compiled[text]

    def call_binop(self, context, operator, left, right):
        raise SecurityError(f"arithmetic (`{operator}`) in a text: the figure must come from the report")

    def call_unop(self, context, operator, arg):
        raise SecurityError(f"arithmetic (`{operator}`) in a text: the figure must come from the report")


def _strict(formatter):
    """A formatter that reports an undefined argument by its name instead of failing on its type."""

    def call(value, *args, **kwargs):
        for item in (value, *args, *kwargs.values()):
            if isinstance(item, jinja2.Undefined):
                item._fail_with_undefined_error()
        return formatter(value, *args, **kwargs)

    return call


@functools.cache
def content_sandbox(markdown: bool) -> "TextSandbox":
    """The one environment of content texts per process: its compiled texts serve every report a
    batch worker builds."""
    return sandbox(markdown)


def sandbox(markdown: bool = True) -> "TextSandbox":
    """The environment content texts are rendered in: strict names, the project's formatters only."""
    env = TextSandbox(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_markdown_escape if markdown else None,
        keep_trailing_newline=False,
    )
    kept = {name: env.filters[name] for name in GENERAL_FILTERS}
    env.filters.clear()
    env.filters.update({**kept, **{name: _strict(f) for name, f in FILTERS.items()}})
    env.tests = {name: env.tests[name] for name in ("none", "defined", "number", "string")}
    return env


def render(env: TextSandbox, written: Written, context: dict, sources: dict) -> str:
    """The text with its placeholders filled, or a ProseError positioned where the fault was written."""
    try:
        return env.compiled(written.text).render(context)
    except jinja2.TemplateSyntaxError as exc:
        raise ProseError(_problem(written, sources, exc.lineno, f"placeholder syntax: {exc.message}")) from None
    except jinja2.UndefinedError as exc:
        raise ProseError(_problem(written, sources, _line_of(exc), _undefined(exc, context))) from None
    except SecurityError as exc:
        raise ProseError(_problem(written, sources, _line_of(exc), f"not allowed in a text: {exc}")) from None
    except (TypeError, ValueError, AttributeError, LookupError) as exc:
        why = f"a value it needs is not in the content ({exc!r})" if isinstance(exc, LookupError) else str(exc)
        raise ProseError(_problem(written, sources, _line_of(exc), f"a placeholder cannot be printed: {why}")) from None


def _undefined(exc: jinja2.UndefinedError, context: dict) -> str:
    name = re.search(r"'([^']+)' is undefined", exc.message or "")
    if name is None:
        return f"a placeholder names nothing: {exc.message}"
    near = difflib.get_close_matches(name.group(1), list(context), n=1)
    hint = f"; did you mean {{{{ {near[0]} }}}}?" if near else "; `lkjip schema` lists the placeholders"
    return f"{{{{ {name.group(1)} }}}} names nothing{hint}"


def _line_of(exc: BaseException) -> int:
    """The line of the content text where rendering failed (Jinja keeps it in the traceback)."""
    lines = [frame.lineno for frame in traceback.extract_tb(exc.__traceback__) if frame.filename == TEMPLATE_NAME]
    return lines[-1] if lines else 1


def _problem(written: Written, sources: dict, text_line: int | None, message: str) -> Problem:
    """Position a fault at `text_line` of the text: a block scalar (`|`) starts on the next line."""
    source = sources[written.file]
    line, col = source.position(written.loc)
    node = source._node(written.loc)
    if isinstance(node, BlockText):
        line, col = line + (text_line or 1), col + 2
    else:
        line += (text_line or 1) - 1
    return Problem(source.path, line, col, field_path(written.loc), message)


_PARSER = MarkdownIt("commonmark", {"html": False}).disable(
    [
        "heading",
        "lheading",
        "code",
        "html_block",
        "html_inline",
        "image",
        "link",
        "autolink",
        "reference",
        "blockquote",
        "hr",
        "entity",
    ]
)


def blocks(text: str, styles: tuple[str, ...], written: Written | None = None, sources: dict | None = None) -> tuple:
    """Markdown text as document blocks; list markers follow the outline's `gaya_daftar` by depth."""
    tokens = _PARSER.parse(text)
    out, _ = _blocks(tokens, 0, styles, 0, written, sources)
    return tuple(out)


def _blocks(tokens, index: int, styles, depth: int, written, sources, stop: str | None = None):
    out = []
    while index < len(tokens):
        token = tokens[index]
        if stop and token.type == stop:
            return out, index + 1
        if token.type == "paragraph_open":
            out.append(Paragraph(runs(tokens[index + 1].children or [])))
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            items, index = _list(
                tokens, index + 1, styles, depth, written, sources, token.type.replace("_open", "_close")
            )
            style = (
                ListStyle.bulleted if token.type == "bullet_list_open" else STYLE[styles[min(depth, len(styles) - 1)]]
            )
            out.append(List(tuple(items), style))
        elif token.type == "fence":
            out.append(_fence(token, written, sources))
            index += 1
        else:
            index += 1
    return out, index


def _list(tokens, index, styles, depth, written, sources, close: str):
    items = []
    while tokens[index].type != close:
        if tokens[index].type == "list_item_open":
            inner, index = _blocks(tokens, index + 1, styles, depth + 1, written, sources, "list_item_close")
            first = inner[0].runs if inner and isinstance(inner[0], Paragraph) else ()
            rest = tuple(inner[1:] if first else inner)
            items.append(Item(first, rest))
        else:
            index += 1
    return items, index + 1


def runs(children) -> tuple:
    """Inline tokens as runs: text, **strong**, *emphasis*, line breaks."""
    out, style = [], None
    for child in children:
        kind = child.type
        if kind in ("strong_open", "em_open"):
            style = Strong if kind == "strong_open" else Emph
        elif kind in ("strong_close", "em_close"):
            style = None
        elif kind == "softbreak":
            out.append(Text(" "))
        elif kind == "hardbreak":
            out.append(Break())
        elif kind in ("text", "code_inline") and child.content:
            out.append((style or Text)(child.content))
    return tuple(out)


def _fence(token, written, sources):
    if token.info.strip() != "rumus":
        _fail(written, sources, token, f"a ``` block must be ```rumus (a formula), not ```{token.info.strip()}")
    try:
        return formula(token.content.strip())
    except ValueError as exc:
        _fail(written, sources, token, str(exc))


def _fail(written, sources, token, message):
    line = (token.map[0] + 1) if token.map else 1
    if written is None or sources is None:
        raise ValueError(message)
    raise ProseError(_problem(written, sources, line, message))


def formula(text: str) -> Formula:
    """'Capaian = (2 × Target − Realisasi) / Target × 100%' as a displayed ratio."""
    if "=" not in text or "/" not in text:
        raise ValueError(f"a formula reads 'Nama = A / B', optionally '× 100%'; got {text!r}")
    lhs, rhs = (part.strip() for part in text.split("=", 1))
    rhs, percent = re.subn(r"\s*[×x*]\s*100\s*%\s*$", "", rhs)
    numerator, denominator = (part.strip() for part in rhs.split("/", 1))
    if not lhs or not numerator or not denominator:
        raise ValueError(f"a formula reads 'Nama = A / B', optionally '× 100%'; got {text!r}")
    return Formula(lhs, _terms(numerator), _terms(denominator), bool(percent))


def _terms(text: str) -> tuple:
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    terms, words = [], []
    for token in re.findall(r"\d+(?:[.,]\d+)?|[×x*−+\-]|[^\s×*−+\-]+", text):
        if re.fullmatch(r"\d+(?:[.,]\d+)?", token) or (token in OPERATORS and not (token == "x" and words)):
            if words:
                terms.append(MathText(" ".join(words)))
                words = []
            terms.append(MathOp(OPERATORS.get(token, token)))
        else:
            words.append(token)
    if words:
        terms.append(MathText(" ".join(words)))
    return tuple(terms)
