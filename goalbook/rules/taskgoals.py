"""The goals a department's or a project's task list gives each task (年度主要任务 │ 任务名称 │
预算金额 │ 期望达到的目标: 完成食品安全监督抽检不少于3000批次): short texts, each the goal of
its task, which D104 holds against the indicators as it does the table's goals."""

from __future__ import annotations

from goalbook.model import TextAt
from goalbook.rules.common import Context

# the head of a task list's goal column (not 年度目标 or 绩效目标, a table's own goal labels)
_HEADS = frozenset(
    ("期望达到的目标", "预期达到的目标", "预期目标", "任务目标", "实施目标", "预期效果", "预期成效")
)
_LONGEST = 80  # a goal of one task; a longer text is the table's own (read as such)
_ROWS = 40  # a task list's rows at most


def task_goal_texts(ctx: Context) -> list[TextAt]:
    """The texts under a task list's goal column head, down to its first empty cell: each a
    task's goal with a number in it; never a cell of an indicator's row."""
    texts = ctx.table.texts
    heads = [t for t in texts if len(t[3]) <= 8 and t[3] in _HEADS]
    if not heads:
        return []
    at = {(s, r, c): text for s, r, c, text in texts}
    rows = {(ind.sheet, ind.row) for ind in ctx.table.indicators}
    out: list[TextAt] = []
    for sheet, row, col, _head in heads:
        for r in range(row + 1, row + 1 + _ROWS):
            text = at.get((sheet, r, col))
            if text is None or (sheet, r) in rows:
                break
            if len(text) <= _LONGEST and any(ch.isdigit() for ch in text):
                out.append((sheet, r, col, text))
    return out
