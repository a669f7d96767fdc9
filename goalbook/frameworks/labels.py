"""Tier labels as offices write them, reduced to the keys the frameworks are looked up by.

One place for the normalisation that detection, the reader's vocabulary and the rules share:
marks (``*产出指标``, ``★数量``), numbering (``一、``, ``1.``, ``（一）``, ``①``), points and ranges
(``产出指标（50分）``, ``效益指标(20-30)分``), alternatives in brackets (``时效指标（进度指标）``,
``质量指标(或标准指标)``: the main part and the alternative are both keys), the tier's name
before the label (``一级指标：产出指标``) and the 指标 suffix (``数量`` and ``数量指标`` share a
key). The points a label carries are data too (:func:`label_points`).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

_MARKS = "*＊★☆※●◆▲△■□◎√✔"
_LEAD = re.compile(rf"^[\s{_MARKS}]+")
_TRAIL = re.compile(rf"[\s{_MARKS}]+$")
_CN = "一二三四五六七八九十"
_NUMBERING = re.compile(
    rf"^(?:[（(]\s*(?:[{_CN}]+|\d{{1,2}})\s*[)）]"  # （一） (1)
    rf"|(?:[{_CN}]+|\d{{1,2}})\s*[、.．，,)）](?!\d)"  # 一、 1. 1、 1)
    r"|[①-⑳]"
    rf"|第[{_CN}\d]+(?:部分|项|类)?[、.．:：]?"  # 第一部分
    r"|[A-Za-z][.、．)](?!\d)"
    r"|\d+(?:\.\d+)*\s+|\d+(?:\.\d+)+(?=[\u4e00-\u9fff][^\d]*?(?:指标|目标))|0\d+(?=[\u4e00-\u9fff]))\s*"
)  # (and a code before the label: 01 产出指标, 1.4 社会效益指标, 1.1数量指标, 0101数量指标)
_NUM = r"\d+(?:\.\d+)?"
_RANGE = rf"({_NUM})(?:\s*[-~～—–至]\s*({_NUM}))?"
_SCORE_WORD = r"(?:分值|权重|分数|满分|计分)?\s*[:：]?\s*"
# points in brackets, the 分 inside or after them: （50分） (20-30)分 （权重30%） (分值：50)
_BRACKET_POINTS = re.compile(rf"[（(]\s*{_SCORE_WORD}{_RANGE}\s*(?:分|%|％)?\s*[)）]\s*分?")
# points after the label without brackets: 产出指标 50分, 产出指标：20-30分
_TRAIL_POINTS = re.compile(rf"[\s:：]*{_SCORE_WORD}{_RANGE}\s*分$")
_BRACKET = re.compile(r"[（(]([^（()）]*)[)）]")
_ALT_LEAD = re.compile(r"^(?:或者|或|即|含|如)")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[\u4e00-\u9fff]")
_EXAMPLE = re.compile(r"^\s*(?:示例|例)\s*[：:]\s*")  # a template's example row left in
# the tier's own name written before the label: 一级指标：产出指标, 二级指标: 数量指标
_TIER_NAMED = re.compile(r"^\s*[一二]级(?:指标)?\s*[：:]\s*(?=\S)")
_WRAPPED = re.compile(r"^[【〖〔\[]([^【】〖〗〔〕\[\]]+)[】〗〕\]]$")  # 【产出指标】, [效益指标]
_PLAIN = re.compile(r"[\u4e00-\u9fff]+")  # no mark, number, bracket or space: nothing to strip


def _unnumbered(text: str) -> str:
    """The label without an example's 示例：, marks, numbering and brackets around it all
    (【产出指标】; points kept)."""
    text = _TRAIL.sub("", _LEAD.sub("", _TIER_NAMED.sub("", _EXAMPLE.sub("", text))))
    if (wrapped := _WRAPPED.match(text)) is not None:
        text = wrapped[1].strip()
    return _LEAD.sub("", _NUMBERING.sub("", text, count=1))


def _bare(text: str) -> str:
    """The label without marks, numbering and points (brackets of alternatives kept)."""
    text = _unnumbered(text)
    text = _BRACKET_POINTS.sub("", text)
    text = _TRAIL_POINTS.sub("", text)
    return _TRAIL.sub("", text)


def clean_label(text: str) -> str:
    """The label as it should be read: no marks, numbering, points, alternatives or spaces."""
    return _SPACE.sub("", _BRACKET.sub("", _bare(text)))


def _key(text: str) -> str:
    key = _SPACE.sub("", text)
    return key.removesuffix("指标") if len(key) > 2 else key


@functools.lru_cache(maxsize=16384)
def label_keys(text: str) -> tuple[str, ...]:
    """Every key a label may be looked up by: its main part first, then each alternative
    (``预算（或投资规模）控制指标`` → 预算控制, 投资规模控制; ``数量/规模`` → 数量, 规模)."""
    if _PLAIN.fullmatch(text) and not text.startswith("第"):
        return (_key(text),)  # most cells: a plain label or name
    bare = _bare(text)
    keys = [_key(_BRACKET.sub("", bare))]
    for m in _BRACKET.finditer(bare):
        alternative = _ALT_LEAD.sub("", m[1].strip())
        if alternative:
            keys.append(_key(alternative + _BRACKET.sub("", bare[m.end() :])))
    main = keys[0]
    if "/" in main or "／" in main:
        keys += [_key(part) for part in re.split(r"[/／]", main) if part]
    return tuple(dict.fromkeys(k for k in keys if k))


@functools.lru_cache(maxsize=16384)
def label_key(text: str) -> str:
    """The key two spellings of one label share: 数量 and 数量指标 meet here."""
    keys = label_keys(text)
    return keys[0] if keys else ""


@functools.lru_cache(maxsize=4096)
def label_points(text: str) -> tuple[Decimal, Decimal] | None:
    """The score a tier label declares, as (lowest, highest): ``产出指标（50分）`` → (50, 50),
    ``效益指标(20-30)分`` → (20, 30); None when the label carries none."""
    if not any(ch.isdigit() for ch in text):
        return None
    text = _unnumbered(text)
    m = _BRACKET_POINTS.search(text) or _TRAIL_POINTS.search(text)
    if m is None or not _WORD.search(_BRACKET.sub("", text[: m.start()])):
        return None  # points need a label before them
    low = Decimal(m[1])
    high = Decimal(m[2]) if m[2] else low
    return (low, high) if low <= high else (high, low)
