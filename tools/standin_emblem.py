"""Draw a stand-in emblem for a kabupaten that has no logo file in its content yet.

The seed kabupaten (Banjar, Tanah Laut) came without their official lambang, so their covers print
a plain stand-in: a shield in two colours with the kabupaten's initials, 600 × 600 px, RGB with
no transparency (PDF/A-1 forbids it), as a small palette PNG. It is NOT the kabupaten's emblem.

To print the real one, replace the file (`content/<kab>/lambang.png`) with the official logo, or
put it beside `kabupaten.yaml` under another name (a JPEG or PDF too) and point `lambang:` at it;
`lkjip check` says whether it can be printed. Regenerate the seeds' stand-ins with

    .venv/bin/python tools/standin_emblem.py

or draw one for another kabupaten with

    .venv/bin/python tools/standin_emblem.py "Hulu Sungai" content/hulu-sungai/lambang.png 1B5E20 D4A017
"""

import argparse
import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = 600
SCALE = 4  # drawn four times larger, then reduced: smooth edges
COLOURS = 48  # a palette this small keeps the file a few kilobytes
PROJECT = Path(__file__).resolve().parents[1]
SEEDS = {
    "Banjar": ("content/banjar/lambang.png", "1B5E20", "D4A017"),  # green field, gold rim and letters
    "Tanah Laut": ("content/tanah-laut/lambang.png", "0D3B78", "E8B923"),  # blue field, gold rim and letters
}
FONTS = (
    "lmroman10-bold.otf",  # Latin Modern, installed with TeX Live (found through kpsewhich)
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
)


def initials(name: str) -> str:
    """ "Tanah Laut" -> "TL", "Banjar" -> "B": what the shield carries."""
    return "".join(word[0] for word in name.split()).upper()


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A bold serif face from the machine; Pillow's own face when neither is installed."""
    for candidate in FONTS:
        path = Path(candidate)
        if not path.is_absolute() and shutil.which("kpsewhich"):
            found = subprocess.run(["kpsewhich", candidate], capture_output=True, text=True).stdout.strip()
            path = Path(found) if found else path
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _shield(inset: float) -> list[tuple[float, float]]:
    """A heater shield in a 600-unit square, shrunk by `inset`: flat top, straight sides, pointed base."""
    left, right, top, shoulder, tip = 90 + inset, 510 - inset, 50 + inset, 300, 560 - inset * 1.3
    points = [(left, top), (right, top), (right, shoulder)]
    steps = 40
    for step in range(1, steps + 1):  # each side curves in to the point (a quadratic arc)
        t = step / steps
        x = (1 - t) ** 2 * right + 2 * (1 - t) * t * right + t**2 * 300
        y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * (tip - 60) + t**2 * tip
        points.append((x, y))
    points += [(600 - x, y) for x, y in reversed(points[3:-1])]
    points.append((left, shoulder))
    return [(x * SCALE, y * SCALE) for x, y in points]


def draw(name: str, field: str, rim: str) -> Image.Image:
    """The stand-in emblem of `name`: a `rim`-coloured shield, a `field`-coloured inside, the initials."""
    image = Image.new("RGB", (SIZE * SCALE, SIZE * SCALE), "white")
    pen = ImageDraw.Draw(image)
    pen.polygon(_shield(0), fill=f"#{rim}")
    pen.polygon(_shield(22), fill=f"#{field}")
    pen.line(_shield(40) + _shield(40)[:1], fill=f"#{rim}", width=4 * SCALE, joint="curve")
    letters = initials(name)
    font = _font((230 if len(letters) < 2 else 170) * SCALE)
    pen.text((300 * SCALE, 285 * SCALE), letters, fill=f"#{rim}", font=font, anchor="mm")
    reduced = image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    return reduced.quantize(COLOURS, dither=Image.Dither.NONE)


def save(name: str, target: Path, field: str, rim: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    draw(name, field, rim).save(target, optimize=True)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("name", nargs="?", help='The kabupaten, e.g. "Tanah Laut" (default: the seed kabupaten).')
    parser.add_argument("target", nargs="?", type=Path, help="The PNG to write.")
    parser.add_argument("field", nargs="?", default="1B5E20", help="Hex colour inside the shield.")
    parser.add_argument("rim", nargs="?", default="D4A017", help="Hex colour of the rim and the initials.")
    args = parser.parse_args()
    if args.name is None:
        jobs = [(name, PROJECT / target, field, rim) for name, (target, field, rim) in SEEDS.items()]
    elif args.target is None:
        parser.error("give the PNG to write after the kabupaten's name")
    else:
        jobs = [(args.name, args.target, args.field, args.rim)]
    for job in jobs:
        path = save(*job)
        print(f"{path}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
