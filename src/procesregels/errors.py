"""The one error family of procesregels: input that cannot be read. Exit code 2.

Foreign exceptions (Lark, YAML, pydantic, OS) are translated into these once, where they
arise, so reporters and the CLI only ever see a span and a message in plain words.
"""

from __future__ import annotations

from procesregels.span import Span


class ProcesregelsError(Exception):
    """An input that cannot be read or checked, with the place where it went wrong."""

    def __init__(
        self,
        message: str,
        span: Span | None = None,
        *,
        source_text: str | None = None,
        suggestions: list[str] | None = None,
        detail: str | None = None,
        lang: str | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.span = span
        self.source_text = source_text
        self.suggestions = list(suggestions or [])
        self.detail = detail
        #: The language of `message`; "error" and "did you mean" are said in the same one. Not
        #: given: the language of the answer (`--lang`, else English), as the message was written.
        if lang is None:
            from procesregels.i18n import answer_lang

            lang = answer_lang()
        self.lang = lang

    def render(self) -> str:
        """`path:line:col: error: message`, the line with a caret, and a 'did you mean'
        (`fout:` and `bedoelde u` in Dutch)."""
        from procesregels.i18n import text

        word = text("error.label", self.lang)
        head = f"{self.span}: {word}: {self.message}" if self.span else f"{word}: {self.message}"
        parts = [head]
        if self.span and self.source_text is not None:
            excerpt = self.span.excerpt(self.source_text)
            if excerpt:
                parts.append(excerpt)
        if self.detail:
            parts.append(f"  {self.detail}")
        if self.suggestions:
            quoted = f" {text('general.or', self.lang)} ".join(f"'{s}'" for s in self.suggestions)
            parts.append("  " + text("error.did_you_mean", self.lang, {"names": quoted}))
        return "\n".join(parts)

    def __str__(self) -> str:
        return self.render()


class RulesetError(ProcesregelsError):
    """A ruleset that does not parse or names something unknown."""


class PlanError(ProcesregelsError):
    """A plan that cannot be checked: bad YAML, wrong types, unknown names, a cycle."""


class ConfigError(ProcesregelsError):
    """A configuration file or command-line option that cannot be used."""


class PlanErrors(PlanError):
    """Several input errors of one plan (docs/spec/PLAN.md, version 2): each is reported, in file order,
    at most `SHOWN`, then how many more there are."""

    SHOWN = 20

    def __init__(self, errors: list[PlanError]):
        first = errors[0]
        super().__init__(first.message, first.span, source_text=first.source_text,
                         suggestions=first.suggestions, detail=first.detail, lang=first.lang)
        self.errors = list(errors)

    def render(self) -> str:
        parts = [error.render() for error in self.errors[: self.SHOWN]]
        rest = len(self.errors) - self.SHOWN
        if rest > 0:
            from procesregels.i18n import text

            parts.append(text("error.plan.and_more", self.lang, {"count": rest}))
        return "\n".join(parts)


def os_reason(error: OSError, lang: str) -> str:
    """Why the operating system refused, in `lang`: its own text is English, whatever the user's
    language, so the common reasons have Dutch words in the catalogue (the rest is quoted)."""
    import errno

    from procesregels.i18n import CATALOGUE, text

    reason = error.strerror or type(error).__name__
    if lang == "en":
        return reason
    key = f"error.os.{errno.errorcode.get(error.errno or 0, '')}"
    return text(key, lang) if key in CATALOGUE else text("error.os.other", lang, {"reason": reason})


def unwritable(path: str, error: OSError, lang: str | None = None) -> ConfigError:
    """The error of an output file or folder that cannot be written (in `lang`, else the answer's)."""
    from procesregels.i18n import answer_lang, text

    said = lang or answer_lang()
    args = {"path": f"'{path}'", "reason": os_reason(error, said)}
    return ConfigError(text("error.output.unwritable", said, args), lang=said)


def plan_errors(errors: list[PlanError]) -> PlanError:
    """One error as itself, several as a PlanErrors, in file order (the same one said twice once)."""
    def place(error: PlanError) -> tuple:
        span = error.span
        return ("", 0, 0) if span is None else (str(span.path), span.line, span.column)

    unique: dict[tuple, PlanError] = {}
    for error in sorted(errors, key=place):
        unique.setdefault((place(error), error.message), error)
    ordered = list(unique.values())
    return ordered[0] if len(ordered) == 1 else PlanErrors(ordered)
