"""Migration check (temporary): each component rendered by the old templates and by present+writer.

    python tools/compare.py [--diff] [component ...]

Compares TeX-equivalent text: lines stripped, blank-line runs collapsed, blank lines next to
commands that begin with \\par anyway dropped.
"""

import difflib
import re
import sys

import jinja2

sys.path.insert(0, ".")
from tests.conftest import computed  # noqa: E402
from pipeline.present.outline import layout  # noqa: E402
from pipeline.render import document as old  # noqa: E402

PAR_SAFE = re.compile(
    r"^\\(section|subsection|chapter|lkjUnnumberedChapter|lkjAppendix|lkjAppendices|lkjMainMatter|lkjFrontMatter"
    r"|lkjSource|end\{lkjlongtable\}|begin\{lkjlongtable\}|begin\{lkjlandscape\}|end\{lkjlandscape\}"
    r"|lkjSignatureRight|begin\{lkjsignatures\}|end\{lkjsignatures\}|lkjTableOfContents|lkjListOf|lkjKeepTogether"
    r"|clearpage|lkjPKTitle|lkjParty|lkjDecree|lkjConsider|lkjDiktum|lkjCoverFooter|lkjSignatureBlock|hfill|item)"
)


def normal(tex: str) -> list[str]:
    lines = [line.strip() for line in tex.splitlines()]
    out = []
    for index, line in enumerate(lines):
        if line == "":
            prev = out[-1] if out else ""
            nxt = next((x for x in lines[index + 1 :] if x), "")
            if prev == "" or PAR_SAFE.match(prev) or PAR_SAFE.match(nxt) or not nxt:
                continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


def old_component(c, kind, placed):
    ctx = old.context(c)
    narrator = old.Narrator(old.narrative_environment(), ctx)
    layouts = old.load_layouts(old.LATEX_DIR / "tables.yaml")
    words = {
        "tahun": ctx["tahun"], "tahun_lalu": ctx["tahun"] - 1, "renstra_akhir": ctx["rep"].renstra[1],
        "triwulan": old.romawi(ctx["triwulan"]) if ctx["triwulan"] else "",
        **{f"t{back}": ctx["tahun"] - back for back in range(1, 5)},
    }

    def table(key, caption, source=None, label=None, intro=None, arg=None):
        rows = old.BUILDERS[key](c) if arg is None else old.BUILDERS[key](c, arg)
        shown = source if ctx["outline"].sumber_tabel else None
        return old.render_table(layouts[key], rows, caption, label or f"tab:{key}", words, shown, intro)

    env = old.tex_environment()
    env.globals.update(say=narrator.say, paragraphs=narrator.paragraphs, items=narrator.items, table=table)
    return env.get_template(f"komponen/{placed.komponen}.tex.j2").render({**ctx, "judul": placed.judul})


def new_component(c, kind, placed):
    from pipeline.present.components import render_placed

    return render_placed(c, kind, placed)


def main(argv):
    show = "--diff" in argv
    only = [a for a in argv if not a.startswith("--")]
    from tests.conftest import REPORTS

    status = {}
    for report in sorted(REPORTS):
        c = computed(report)
        lay = layout(c.content)
        parts = [("front", p) for p in lay.depan] + [("section", p) for _, ps in lay.bab for p in ps]
        parts += [("appendix", p) for p in lay.lampiran]
        for kind, placed in parts:
            if only and placed.komponen not in only:
                continue
            try:
                new = new_component(c, kind, placed)
            except KeyError:
                status.setdefault(placed.komponen, []).append(f"{report}:todo")
                continue
            a, b = normal(old_component(c, kind, placed)), normal(new)
            if a == b:
                status.setdefault(placed.komponen, []).append(f"{report}:ok")
                continue
            status.setdefault(placed.komponen, []).append(f"{report}:DIFF")
            if show:
                print(f"=== {report} {placed.komponen}")
                print("\n".join(difflib.unified_diff(a, b, "old", "new", lineterm="", n=1)))
    for name, results in sorted(status.items()):
        print(f"{name:30} {' '.join(results)}")


if __name__ == "__main__":
    main(sys.argv[1:])
