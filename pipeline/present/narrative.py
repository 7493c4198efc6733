"""Narrative stage: formulaic Indonesian paragraphs rendered from computed data.

Templates produce *plain text* (no LaTeX); the text is escaped like any other string when it
is placed in the document. A template file holds named blocks, addressed as "file.block": each is
a **named text** whose wording an outline or a year file may replace (`naskah: {bab3.metode: …}`).
Built-in and replaced wordings render alike, in the same sandbox with the same names, so a
kabupaten can say anything the built-in text could, and nothing more.
"""

import functools
import re

import jinja2
import jinja2.meta
from jinja2.sandbox import ImmutableSandboxedEnvironment

from pipeline.errors import TemplateError
from pipeline.present.cache import bytecode_cache
from pipeline.present.prose import Written, render, sandbox
from pipeline.resources import present_file

TEMPLATES = present_file("templates", "narrative")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:)])")


def environment() -> ImmutableSandboxedEnvironment:
    """The built-in texts' environment: the content texts' sandbox, reading the template files."""
    env = sandbox(markdown=False)
    env.loader = jinja2.FileSystemLoader(TEMPLATES)
    env.bytecode_cache = bytecode_cache()
    return env


@functools.cache
def builtin_texts() -> dict[str, frozenset[str]]:
    """Every built-in named text ("file.block") and the names its wording uses."""
    env = environment()
    out = {}
    for path in sorted(TEMPLATES.glob("*.txt.j2")):
        name = path.name.removesuffix(".txt.j2")
        source = path.read_text(encoding="utf-8")
        for block in env.get_template(path.name).blocks:
            body = re.search(r"{%\s*block\s+" + block + r"\s*%}(.*?){%\s*endblock", source, re.S)
            names = jinja2.meta.find_undeclared_variables(env.parse(body.group(1))) if body else set()
            out[f"{name}.{block}"] = frozenset(names)
    return out


class Narrator:
    """Renders named narrative blocks against one report's context; `wording` replaces some."""

    def __init__(
        self,
        env: jinja2.Environment,
        context: dict,
        wording: dict[str, Written] | None = None,
        sources: dict | None = None,
    ):
        self._env = env
        self._context = context
        self._wording = wording or {}
        self._sources = sources or {}

    def _render(self, ref: str, extra: dict) -> str:
        if ref in self._wording:
            return render(self._env, self._wording[ref], {**self._context, **extra}, self._sources)
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
