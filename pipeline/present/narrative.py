"""Narrative stage: formulaic Indonesian paragraphs rendered from computed data.

Templates produce *plain text* (no LaTeX); the text is escaped like any other string when it
is placed in the document. A template file holds named blocks, addressed as "file.block".
"""

import re
from pathlib import Path

import jinja2

from pipeline.errors import TemplateError
from pipeline.present.cache import bytecode_cache
from pipeline.present.filters import FILTERS

TEMPLATES = Path(__file__).parent / "templates" / "narrative"
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:)])")


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        bytecode_cache=bytecode_cache(),
    )
    env.filters.update(FILTERS)
    return env


class Narrator:
    """Renders named narrative blocks against one report's context."""

    def __init__(self, env: jinja2.Environment, context: dict):
        self._env = env
        self._context = context

    def _render(self, ref: str, extra: dict) -> str:
        name, _, block = ref.partition(".")
        template = self._env.get_template(f"{name}.txt.j2")
        try:
            render_block = template.blocks[block]
        except KeyError:
            raise TemplateError(f"narrative template {name}.txt.j2 has no block '{block}'") from None
        try:
            return "".join(render_block(template.new_context({**self._context, **extra})))
        except jinja2.TemplateError as exc:
            raise TemplateError(f"narrative block {ref}: {exc.message}") from None

    def say(self, ref: str, **extra) -> str:
        """One paragraph, whitespace normalised."""
        return _tidy(self._render(ref, extra))

    def paragraphs(self, ref: str, **extra) -> list[str]:
        """Several paragraphs, separated in the template by blank lines."""
        chunks = re.split(r"\n\s*\n", self._render(ref, extra))
        return [_tidy(c) for c in chunks if c.strip()]

    def items(self, ref: str, **extra) -> list[str]:
        """A list: each line of the block that starts with '- ' is one item."""
        lines = self._render(ref, extra).splitlines()
        return [_tidy(line.strip()[2:]) for line in lines if line.strip().startswith("- ")]


def _tidy(text: str) -> str:
    return _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)).strip()
