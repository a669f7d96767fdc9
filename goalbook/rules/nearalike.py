"""Two names for one indicator read by their characters (D103): the entries compared, how alike
two names must be (:func:`alike`), and the words that tell alike names apart (a group, a place,
one of a set of parts, a way of counting)."""

from __future__ import annotations

import difflib
import functools
import re
from typing import NamedTuple

from goalbook.model import Indicator, Target, TargetKind
from goalbook.rules.namekeys import common


class Entry(NamedTuple):
    """An indicator as D103 compares it: its place in the table, its name keyed, its main
    target and what that target means."""

    position: int
    key: str
    item: Indicator
    target: Target
    meaning: tuple[object, ...]


def alike(a: Entry, b: Entry) -> bool:
    """Two names alike enough, with targets that say the same (or differ only in the
    operator), to be one indicator twice."""
    ka, ta, kb, tb = a.key, a.target, b.key, b.target
    same = a.meaning == b.meaning
    quant = ta.kind is TargetKind.QUANT and tb.kind is TargetKind.QUANT
    op_only = quant and (ta.number, ta.unit) == (tb.number, tb.unit) and not same
    grades = ta.kind is TargetKind.GRADE and tb.kind is TargetKind.GRADE
    inside = grades and (ka in kb or kb in ka)
    if not (inside or same or op_only) or _other_place(ka, kb):
        return False
    return _names_alike(ka, kb, 0.8 if same else 0.65, inside)


# a place a name starts with: a village, a town, a street, a county (石桥村会车平台建设数量)
_PLACE = re.compile(r"^(.{1,6}?(?:村|镇|乡|街道|社区|县|区))")


def _other_place(a: str, b: str) -> bool:
    """The same indicator of two places (石桥村… and 青石村…): a list by site, no duplicate."""
    pa, pb = _PLACE.match(a), _PLACE.match(b)
    return bool(pa and pb and pa[1] != pb[1] and a[len(pa[1]) :] == b[len(pb[1]) :])


@functools.lru_cache(maxsize=16384)
def _names_alike(ka: str, kb: str, needed: float, inside: bool) -> bool:
    """The names' part of :func:`_alike`, a pure function of the two keys (cached: a season's
    returns repeat the same names, and difflib is slow)."""
    if not inside and 2 * common(ka, kb) < needed * (len(ka) + len(kb)):
        return False  # the ratio cannot reach the threshold (difflib's quick_ratio bound)
    matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    return (inside or matcher.ratio() >= needed) and not _qualified(matcher, ka, kb)


def _qualified(matcher: difflib.SequenceMatcher[str], a: str, b: str) -> bool:
    """Two alike names that still name two things: a word in the same place that differs
    (杰出人才… / 专业人才…, 新媒体宣传… / 法治宣传…), or a word that only one name starts with
    (受助青少年满意度 / 青少年满意度: a group within the other's), or one character naming
    another of a set of parts (春季… / 秋季…). Another character that differs, a
    word inside only one name (驿站建设验收合格率 / 驿站验收合格率) or wording that differs on both
    sides (所服务涉罪青少年再犯罪率 / 所服务的青少年社区矫正对象再犯率) is a near-duplicate."""
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and min(i2 - i1, j2 - j1) >= 2:
            return True
        if tag == "replace" and i2 - i1 == j2 - j1 == 1 and _contrast(a[i1], b[j1]):
            return True  # 春季… / 秋季…, 上半年… / 下半年…, 城镇… / 乡村…: two things
        if tag in ("insert", "delete") and (a[i1:i2] or b[j1:j2]) in OTHER_PEOPLE:
            return True  # 学员满意度 / 学员家长满意度: the trainees, and their parents
        if tag in ("insert", "delete") and i1 == j1 == 0 and max(i2 - i1, j2 - j1) >= 2:
            # (项目区受益农户满意度 / 受益农户满意度: the project's area, the same people)
            return (a[i1:i2] if tag == "delete" else b[j1:j2]) not in _WHERE_IT_RUNS
    return False


# people beside the ones a name counts (学员 → 学员家长, 患者 → 患者家属): another group asked
OTHER_PEOPLE = frozenset(("家长", "家属", "监护人", "教师", "教练", "老师", "职工", "员工"))
# a prefix that says where the project runs, not whom it counts
_WHERE_IT_RUNS = frozenset(("项目区", "项目区内", "辖区", "辖区内", "区域内"))


# characters that name one of a set of parts (seasons, halves, places, levels, numbers) or one
# of two ways (grain rotated in and out: 轮入 / 轮出): two names that differ in one of them name
# two things, not one indicator twice
_CONTRASTS = ("春夏秋冬", "上下", "前后", "东西南北", "男女", "城乡", "内外", "大中小", "早晚",
              "一二三四五六七八九十", "甲乙丙丁", "初中高", "省市县乡村", "新旧",
              "入出", "进出", "收支", "增减")  # fmt: skip


def _contrast(x: str, y: str) -> bool:
    return any(x in group and y in group for group in _CONTRASTS)


# words put inside a name that make it another indicator (培训人数 / 培训女性人数, 检测合格率 /
# 检测一次合格率, 道路里程 / 道路新增里程, 增收 / 人均增收)
_TELLS_APART = ("新增", "新建", "累计", "人均", "户均", "亩均", "年均", "一次", "年度", "当年",
                "女", "男", "重点", "贫困", "困难", "农村", "城", "县", "市", "省", "国家", "按时",
                "及时", "优", "良", "达标", "合格", "复", "初", "专项", "其中", "平均", "每",
                "最", "单", "总", "超", "未", "非", "不", "对口")  # fmt: skip


def tells_apart(word: str) -> bool:
    """A word put in or before a name that makes it another indicator (a part, a group, a way of
    counting: 新增, 女, 家长)."""
    return any(w in word for w in _TELLS_APART) or any(p in word for p in OTHER_PEOPLE)
