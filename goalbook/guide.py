"""The Chinese user guide's rule pages: one Markdown page per rule family, made from the catalogue.

Each rule gets its code, slug, severity, message and hint in Chinese and a small example table:
a wrong row and its fix, written by hand (:mod:`goalbook.ruleexamples`), or,
for a rule without one, the message as a return would show it. A new rule therefore appears in
the guide without editing it. ``goalbook docs --guide docs`` writes the pages; a test fails when
they are stale. Library code: it reads and returns text, the command writes the files.
"""

from __future__ import annotations

from pathlib import Path

from goalbook.catalogue import RULES
from goalbook.errors import GoalbookError
from goalbook.findings import Rule
from goalbook.names import SEVERITY_WORDS
from goalbook.ruleexamples import Example, Examples, load_examples
from goalbook.rulenames import rule_name
from goalbook.rules import FAMILY_NAMES, UNREADABLE_CODES
from goalbook.rules.docs import replace_block

__all__ = [
    "GUIDE_FILE",
    "PAGES_DIR",
    "family_index",
    "guide_pages",
    "page_name",
    "rule_pages",
]

GUIDE_FILE = "使用指南.md"
PAGES_DIR = "规则"
GENERATED = (
    "<!-- 本页由 `goalbook docs --guide docs` 根据规则目录生成，请勿手工修改；"
    "例子写在 goalbook/rule-examples.toml。 -->"
)


def page_name(family: str) -> str:
    """The file name of a family's page: ``T-指标值.md``."""
    return f"{family}-{FAMILY_NAMES[family][0]}.md" if family in FAMILY_NAMES else f"{family}.md"


def _families() -> dict[str, list[Rule]]:
    found: dict[str, list[Rule]] = {}
    for rule in sorted(RULES.values(), key=lambda r: r.code):
        found.setdefault(rule.family, []).append(rule)
    order = list(FAMILY_NAMES)
    return dict(sorted(found.items(), key=lambda kv: (_rank(order, kv[0]), kv[0])))


def _rank(order: list[str], family: str) -> int:
    return order.index(family) if family in order else len(order)


def _cell(text: str) -> str:
    """A table cell's Markdown: a blank shown as （空）, so a missing value is seen missing."""
    return text.replace("|", "\\|").replace("\n", " ").strip() or "（空）"


def _generic(rule: Rule) -> tuple[str, str]:
    """The rule's Chinese message and hint with each parameter shown as "…" (an optional
    suggestion left out)."""
    params = {name: "" if name == "suggest" else "…" for name in rule.placeholders}
    return rule.message("zh", params), rule.hint("zh", params)


def _title(rule: Rule) -> str:
    return f"{rule.code} {rule_name(rule.code, rule.slug, 'zh')}"


def _anchor(rule: Rule) -> str:
    """The anchor GitHub makes of a section title: lower case, spaces as dashes, no punctuation."""
    kept = "".join(c for c in _title(rule).lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def _example(rule: Rule, example: Example | None) -> list[str]:
    if example is None:
        place = "整个文件" if rule.code in UNREADABLE_CODES else "出问题的单元格"
        message, hint = _generic(rule)
        return [
            "例子：本规则没有单独的例子。检查结果会写出位置和表中的实际内容（下表中“…”处），例如：",
            "",
            "| 位置 | 提示 | 改法 |",
            "|---|---|---|",
            f"| {place} | {_cell(message)} | {_cell(hint)} |",
        ]
    lines = [
        "例子：",
        "",
        "| | " + " | ".join(_cell(c) for c in example.columns) + " |",
        "|---" * (len(example.columns) + 1) + "|",
        "| ✗ 原来 | " + " | ".join(_cell(c) for c in example.wrong) + " |",
        "| ✓ 改正 | " + " | ".join(_cell(c) for c in example.right) + " |",
    ]
    if example.note:
        lines += ["", example.note]
    return lines


def _page(family: str, rules: list[Rule], examples: Examples) -> str:
    name = FAMILY_NAMES.get(family, (family, family))[0]
    lines = [GENERATED, "", f"# {family} {name}", ""]
    if family in examples.intros:
        lines += [examples.intros[family].strip(), ""]
    lines += [
        "级别：**错误**（表中有错误时结论为“退回修改”）、**警告**（需要审核人员看一看）、"
        "**提示**（goalbook 已按通常的写法读取，建议改写）。",
        "",
        "| 代码 | 规则 | 级别 |",
        "|---|---|---|",
    ]
    words = SEVERITY_WORDS["zh"]
    for rule in rules:
        title = rule_name(rule.code, rule.slug, "zh")
        lines.append(
            f"| [{rule.code}](#{_anchor(rule)}) | {_cell(title)} | {words[rule.severity.value]} |"
        )
    for rule in rules:
        message, hint = _generic(rule)
        lines += [
            "",
            f"## {_title(rule)}",
            "",
            f"- 代码：{rule.code}（`{rule.slug}`），级别：{words[rule.severity.value]}",
            f"- 提示：{message}",
            f"- 改法：{hint}",
            "",
            *_example(rule, examples.rules.get(rule.code)),
        ]
    lines += ["", "[返回使用指南](../使用指南.md)"]
    return "\n".join(lines) + "\n"


def rule_pages(examples: Examples) -> dict[str, str]:
    """Every family's page by file name (``T-指标值.md`` → its Markdown)."""
    return {page_name(f): _page(f, rules, examples) for f, rules in _families().items()}


def family_index() -> str:
    """The guide's list of rule pages (its ``rulepages`` block): one line per family."""
    lines = ["| 类别 | 规则 | 页面 |", "|---|---|---|"]
    for family, rules in _families().items():
        name = FAMILY_NAMES.get(family, (family, family))[0]
        codes = f"{rules[0].code}–{rules[-1].code}（{len(rules)} 条）"
        lines.append(f"| {family} {name} | {codes} | [{page_name(family)}]({PAGES_DIR}/"
                     f"{page_name(family)}) |")  # fmt: skip
    return "\n".join(lines) + "\n"


def guide_pages(docs: Path) -> dict[Path, str]:
    """Every generated page under the ``docs`` folder, by path: the rule pages (with the
    hand examples of :mod:`goalbook.ruleexamples`) and the guide with its rule-page block
    brought up to date."""
    examples = load_examples()
    pages = {docs / PAGES_DIR / name: text for name, text in rule_pages(examples).items()}
    guide = docs / GUIDE_FILE
    try:
        text = guide.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoalbookError(f"{guide}: {exc}") from exc
    try:
        pages[guide] = replace_block(text, "rulepages", family_index())
    except ValueError as exc:
        raise GoalbookError(f"{guide}: {exc}") from exc
    return pages
