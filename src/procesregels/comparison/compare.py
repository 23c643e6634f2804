"""Compare rulesets rule by rule and as a whole (docs/spec/CLI.md "Output of compare").

1. **Pairing by meaning.** Every rule gets a *theme*: its template and what it is about (the
   event's kind family, the step kind of a duration, the field of a field rule; see `theme`).
   Two rules can pair when they share a theme and are about related groups (one role covers
   the other). Among the candidates a rule pairs with the closest one (fewest differing
   aspects), ties broken by rule order; pairing is one-to-one. Unpaired rules are only-a/only-b.
2. **Verdict per pair** from `compare_rules` (aspect by aspect). Severity and source are
   reported beside it and do not change it.
3. **Overall verdict.** A plan *passes* a ruleset when it has no finding of severity error, so
   only rules of severity error constrain it. A is proven at least as strict as B when every
   error rule of B is implied by some error rule of A (same or stricter meaning, any pairing).
   Both ways: `same`; one way: that side is stricter; neither: `incomparable` (we could not
   prove an order, and do not guess).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Literal

from procesregels.comparison.rules import _TOOLS, Aspect, always_holds, RuleVerdict, compare_rules, flip, template_module, who_related
from procesregels.ruleset.model import Rule, Ruleset
from procesregels.core.vocabulary import Vocabulary

Verdict = Literal["same", "a-stricter", "b-stricter", "only-a", "only-b", "incomparable"]
MIRROR: dict[Verdict, Verdict] = {"a-stricter": "b-stricter", "b-stricter": "a-stricter", "only-a": "only-b", "only-b": "only-a"}


@dataclass(frozen=True)
class RulePair:
    """A rule of A and its counterpart in B (one of them missing for only-a / only-b)."""

    a: Rule | None
    b: Rule | None
    verdict: Verdict
    aspects: tuple[Aspect, ...] = ()
    #: For only-a / only-b: a rule of the other side that already demands as much (or more).
    implied_by: Rule | None = None

    @property
    def reasons(self) -> tuple[Aspect, ...]:
        return tuple(x for x in self.aspects if x.side != "same")

    def mirrored(self) -> "RulePair":
        aspects = tuple(replace(x, side=flip(x.side), args=_swap_args(x.args)) for x in self.aspects)
        return RulePair(self.b, self.a, MIRROR.get(self.verdict, self.verdict), aspects,
                        self.implied_by)


@dataclass(frozen=True)
class Example:
    """A plan that passes one ruleset and fails the other, confirmed by the engine."""

    plan: dict  # YAML-able plan data (plan_examples.to_yaml_data)
    passes: Literal["a", "b"]
    fails: Literal["a", "b"]
    a_rule: str | None
    b_rule: str | None
    failing_rules: tuple[str, ...] = ()  # error findings of the failing side
    #: What the engine says on the failing side about the pair's rule: (message key, args) each.
    findings: tuple[tuple[str, tuple], ...] = ()
    #: The plan as a report shows it: YAML in the report's language, confirmed by the engine on
    #: that text (example_plans.shown); "" until dressed, then `plan` is shown as searched.
    shown: str = ""


@dataclass(frozen=True)
class Comparison:
    """Ruleset A against ruleset B."""

    a: Ruleset
    b: Ruleset
    a_index: int
    b_index: int
    verdict: Verdict
    rules: tuple[RulePair, ...]
    a_covers_b: bool  # every plan passing A passes B (proven)
    b_covers_a: bool
    examples: tuple[Example, ...] = field(default=())


# -- themes and relatedness ------------------------------------------------------------------------


def theme(rule: Rule, vocabulary: Vocabulary) -> tuple:
    """The pairing key of a rule: its template and what it is about (see the module docstring)."""
    body = rule.body
    return (body.template, *template_module(body).theme(body, vocabulary, _TOOLS))


def related(a: Rule, b: Rule, vocabulary: Vocabulary) -> bool:
    """Rules of one theme that are about the same point (related groups / roles)."""
    body_a, body_b = a.body, b.body
    own = getattr(template_module(body_a), "related", None)
    if own is not None:
        return bool(own(body_a, body_b, vocabulary, _TOOLS))
    if hasattr(body_a, "who") and hasattr(body_b, "who"):
        return who_related(body_a.who, body_b.who, vocabulary)
    return True


def merged_vocabulary(a: Ruleset, b: Ruleset) -> Vocabulary:
    """A's vocabulary plus the names only B declares (a name both declare keeps A's meaning)."""
    vocabulary = a.vocabulary()
    extra: dict[str, list[tuple[str, str]]] = {"role": [], "kind": [], "level": []}
    attributes = []  # B's attributes (and values) join A's: comparing needs the words of both
    for declaration in b.declarations:
        if declaration.category == "attribute":
            attributes.append((declaration.name, None if declaration.parent == "number" else declaration.values))
            continue
        try:
            vocabulary.lookup(declaration.category, declaration.name)
        except LookupError:
            extra[declaration.category].append((declaration.name, declaration.parent))
    return vocabulary.extend(roles=extra["role"], kinds=extra["kind"], levels=extra["level"], attributes=attributes)


# -- pairing -----------------------------------------------------------------------------------


def _swap_args(args: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
    swapped = {"_a": "_b", "_b": "_a"}
    return tuple((name[:-2] + swapped[name[-2:]] if name[-2:] in swapped else name, v) for name, v in args)


def rule_verdicts(a: Ruleset, b: Ruleset, vocabulary: Vocabulary) -> dict[tuple[int, int], RuleVerdict]:
    """The verdict of every pair of rules (index in A, index in B) that share a theme."""
    by_theme: dict[tuple, list[int]] = {}
    for j, rule in enumerate(b.rules):
        by_theme.setdefault(theme(rule, vocabulary), []).append(j)
    verdicts = {}
    for i, rule in enumerate(a.rules):
        for j in by_theme.get(theme(rule, vocabulary), ()):
            verdicts[(i, j)] = compare_rules(rule, b.rules[j], vocabulary)
    return verdicts


def pair_rules(a: Ruleset, b: Ruleset, verdicts: dict, vocabulary: Vocabulary) -> tuple[RulePair, ...]:
    """One-to-one pairs, closest first (fewest differing aspects), ties by rule order."""
    candidates = sorted(
        (len(v.reasons), i, j)
        for (i, j), v in verdicts.items()
        if related(a.rules[i], b.rules[j], vocabulary)
    )
    taken_a: dict[int, int] = {}
    taken_b: set[int] = set()
    for _, i, j in candidates:
        if i not in taken_a and j not in taken_b:
            taken_a[i] = j
            taken_b.add(j)
    pairs = []
    for i, rule in enumerate(a.rules):
        if i in taken_a:
            v = verdicts[(i, taken_a[i])]
            pairs.append(RulePair(rule, b.rules[taken_a[i]], v.verdict, v.aspects))
        else:
            pairs.append(RulePair(rule, None, "only-a"))
    pairs.extend(RulePair(None, rule, "only-b") for j, rule in enumerate(b.rules) if j not in taken_b)
    return tuple(pairs)


# -- the overall verdict ----------------------------------------------------------------------------


def _constrains(rule: Rule, vocabulary: Vocabulary) -> bool:
    """Only error rules make a plan fail (docs/spec/CLI.md exit codes); warnings and info never do;
    nor does a rule that no plan can break."""
    return rule.severity == "error" and not always_holds(rule, vocabulary)


def implied_forms(rule: Rule) -> tuple[Rule, ...]:
    """The rule and the weaker rules of other templates it always implies (used in proofs only;
    each template module names its own, e.g. a lead time implies plain involvement before the
    event)."""
    weaker = getattr(template_module(rule.body), "weaker_forms", lambda body: ())(rule.body)
    return (rule, *(rule.model_copy(update={"body": body}) for body in weaker))


def covers(x: Ruleset, y: Ruleset, vocabulary: Vocabulary, known: dict[tuple[int, int], RuleVerdict]) -> bool:
    """True when every plan that passes `x` passes `y`: each error rule of `y` is implied by an
    error rule of `x` (the same meaning or a stricter one). `known` holds verdicts already
    computed for (index in x, index in y)."""
    strong = [(i, r) for i, r in enumerate(x.rules) if _constrains(r, vocabulary)]
    for j, target in enumerate(y.rules):
        if not _constrains(target, vocabulary):
            continue
        if not any(_implies(i, r, j, target, vocabulary, known) for i, r in strong):
            return False
    return True


def _implies(i: int, rule: Rule, j: int, target: Rule, vocabulary: Vocabulary, known: dict) -> bool:
    verdict = known.get((i, j))
    if verdict is not None:
        return verdict.verdict in ("same", "a-stricter")
    for form in implied_forms(rule):
        if form.body.template == target.body.template and theme(form, vocabulary) == theme(target, vocabulary):
            if compare_rules(form, target, vocabulary).verdict in ("same", "a-stricter"):
                return True
    return False


def overall(a_covers_b: bool, b_covers_a: bool) -> Verdict:
    if a_covers_b and b_covers_a:
        return "same"
    if a_covers_b:
        return "a-stricter"
    if b_covers_a:
        return "b-stricter"
    return "incomparable"


# -- entry points -------------------------------------------------------------------------------------


def _fingerprint(ruleset: Ruleset) -> tuple:
    return tuple(rule.model_dump_json() for rule in ruleset.rules)


def compare_rulesets(a: Ruleset, b: Ruleset, *, a_index: int = 0, b_index: int = 1) -> Comparison:
    """Compare two resolved rulesets (no example plans; see `plan_examples.add_examples`).

    The pairing is computed in one fixed orientation of the two rulesets and mirrored when
    needed, so that compare(A, B) and compare(B, A) are exact mirror images."""
    if _fingerprint(b) < _fingerprint(a):
        mirrored = compare_rulesets(b, a, a_index=b_index, b_index=a_index)
        return mirror(mirrored)
    vocabulary = merged_vocabulary(a, b)
    verdicts = rule_verdicts(a, b, vocabulary)
    pairs = pair_rules(a, b, verdicts, vocabulary)
    reverse = {(j, i): _mirror_verdict(v) for (i, j), v in verdicts.items()}
    a_covers_b = covers(a, b, vocabulary, verdicts)
    b_covers_a = covers(b, a, vocabulary, reverse)
    pairs = _with_implications(pairs, a, b, vocabulary, verdicts, reverse)
    return Comparison(a, b, a_index, b_index, overall(a_covers_b, b_covers_a), pairs, a_covers_b, b_covers_a)


def _with_implications(pairs: tuple[RulePair, ...], a: Ruleset, b: Ruleset, vocabulary: Vocabulary,
                       verdicts: dict, reverse: dict) -> tuple[RulePair, ...]:
    """Mark an only-a / only-b rule that an error rule of the other side already implies: such a
    rule adds nothing that makes its side stricter."""
    index_a = {id(r): i for i, r in enumerate(a.rules)}
    index_b = {id(r): j for j, r in enumerate(b.rules)}
    marked = []
    for pair in pairs:
        by = None
        if pair.verdict == "only-a" and pair.a is not None:
            i = index_a[id(pair.a)]
            by = next((r for j, r in enumerate(b.rules)
                       if _constrains(r, vocabulary) and _implies(j, r, i, pair.a, vocabulary, reverse)), None)
        elif pair.verdict == "only-b" and pair.b is not None:
            j = index_b[id(pair.b)]
            by = next((r for i, r in enumerate(a.rules)
                       if _constrains(r, vocabulary) and _implies(i, r, j, pair.b, vocabulary, verdicts)), None)
        marked.append(replace(pair, implied_by=by) if by is not None else pair)
    return tuple(marked)


def _mirror_verdict(v: RuleVerdict) -> RuleVerdict:
    # MIRROR swaps a-stricter and b-stricter and keeps same/incomparable: a rule verdict stays one,
    # which the mapping's type (that of every verdict, only-a/only-b too) cannot say
    return RuleVerdict(MIRROR.get(v.verdict, v.verdict), v.aspects)  # type: ignore[arg-type]


def mirror(c: Comparison) -> Comparison:
    """The same comparison seen from the other side (B against A), in B's rule order."""
    pairs = [p.mirrored() for p in c.rules]
    order_a = {id(r): k for k, r in enumerate(c.b.rules)}
    order_b = {id(r): k for k, r in enumerate(c.a.rules)}
    pairs.sort(key=lambda p: (0, order_a[id(p.a)]) if p.a is not None else (1, order_b[id(p.b)]))
    examples = tuple(
        replace(e, passes=flip(e.passes), fails=flip(e.fails), a_rule=e.b_rule, b_rule=e.a_rule)
        for e in c.examples
    )
    return Comparison(c.b, c.a, c.b_index, c.a_index, MIRROR.get(c.verdict, c.verdict), tuple(pairs),
                      c.b_covers_a, c.a_covers_b, examples)


def compare_many(rulesets: Iterable[Ruleset], *, progress=None) -> list[Comparison]:
    """The first ruleset (the reference) against each of the others."""
    rulesets = list(rulesets)
    reference = rulesets[0]
    comparisons = []
    for k, other in enumerate(rulesets[1:], start=1):
        comparisons.append(compare_rulesets(reference, other, a_index=0, b_index=k))
        if progress is not None:
            progress(k)
    return comparisons
