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
        lang: str = "en",
    ):
        super().__init__(message)
        self.message = message
        self.span = span
        self.source_text = source_text
        self.suggestions = list(suggestions or [])
        self.detail = detail
        #: The language of `message`; "did you mean" is said in the same one.
        self.lang = lang

    def render(self) -> str:
        """`path:line:col: error: message`, the line with a caret, and a 'did you mean'."""
        head = f"{self.span}: error: {self.message}" if self.span else f"error: {self.message}"
        parts = [head]
        if self.span and self.source_text is not None:
            excerpt = self.span.excerpt(self.source_text)
            if excerpt:
                parts.append(excerpt)
        if self.detail:
            parts.append(f"  {self.detail}")
        if self.suggestions:
            lang = self.lang
            if lang == "en":
                quoted = " or ".join(f"'{s}'" for s in self.suggestions)
                parts.append(f"  did you mean {quoted}?")
            else:
                from procesregels.i18n import text

                quoted = f" {text('general.or', lang)} ".join(f"'{s}'" for s in self.suggestions)
                parts.append("  " + text("error.did_you_mean", lang, {"names": quoted}))
        return "\n".join(parts)

    def __str__(self) -> str:
        return self.render()


class RulesetError(ProcesregelsError):
    """A ruleset that does not parse or names something unknown."""


class PlanError(ProcesregelsError):
    """A plan that cannot be checked: bad YAML, wrong types, unknown names, a cycle."""


class ConfigError(ProcesregelsError):
    """A configuration file or command-line option that cannot be used."""
