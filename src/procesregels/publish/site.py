"""Write the site: `index.html`, per ruleset `<name>/index.html` and `<name>/<rule>.html`, each page
with its styles inside. Self-contained: no script, no font, no image, nothing fetched (a Content-Security-
Policy on every page forbids it too). Accessibility (WCAG 2.1 AA basics): the page language, a
skip link, landmarks, one h1 and headings in order, tables with header cells, text contrast of at
least 4.5:1, visible focus, colour never the only carrier of a verdict (the words say it too).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from procesregels import __version__
from procesregels.i18n import text
from procesregels.publish import pages
from procesregels.ruleset.model import Ruleset

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=None)
def environment():
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                              undefined=jinja2.StrictUndefined)


def run(names: Sequence[str], output: str, lang: str | None) -> str:
    """`publish RULESET... --output DIR`: load, write the site, and say where it went."""
    from procesregels.commands.compare import load_all
    from procesregels.errors import unwritable
    from procesregels.ruleset.loader import load_ruleset

    loaded = load_all(names)
    language = lang or loaded[0].language or "en"
    try:
        written = publish(loaded, Path(output), language, load_ruleset(pages.NATIONAL))
    except OSError as error:
        raise unwritable(output, error, language) from error
    return text("publish.written", language, {"folder": output, "pages": len(written)})


def publish(rulesets: Sequence[Ruleset], output: Path, lang: str, national: Ruleset | None) -> list[Path]:
    """Write the site for `rulesets` into `output`; returns the pages written, in order."""
    output.mkdir(parents=True, exist_ok=True)
    env = environment()
    t = lambda key, **args: text(key, lang, args)  # noqa: E731 - a short local alias reads best
    css = (TEMPLATES / "site.css").read_text(encoding="utf-8")
    common = {"lang": lang, "t": t, "version": __version__, "css": css}
    written = []
    entries = [pages.index_entry(ruleset) for ruleset in rulesets]
    written.append(_write(output / "index.html", env.get_template("index.html.j2").render(
        entries=entries, root="", **common)))
    for ruleset in rulesets:
        folder = output / pages.slug(pages.ruleset_name(ruleset))
        folder.mkdir(exist_ok=True)
        page = pages.ruleset_page(ruleset, national, lang)
        written.append(_write(folder / "index.html", env.get_template("ruleset.html.j2").render(
            page=page, root="../", **common)))
        for rule in ruleset.rules:
            written.append(_write(folder / f"{pages.slug(rule.id)}.html", env.get_template("rule.html.j2").render(
                page=pages.rule_page(rule, ruleset, lang), ruleset=page, root="../", **common)))
    return written


def _write(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8", newline="\n")
    return path
