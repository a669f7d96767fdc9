"""Numbers written in Chinese numerals in a target value (不少于一百二十场, 两场, 百分之九十以上,
十一月底前), turned into digits before the value is read: 不少于120场, 2场, 90%以上, 11月底前.

Only a run of numerals after the value's operator (≥, 不少于, 约 …), or opening a value whose
rest is a unit and a bound (两场, 三万人次以上), is a number: the numerals of words and names
(一般, 一次办结率, 一票否决, 第一季度, 十分满意, 20年一遇) are left as they are. The
numerals themselves are read by cn2an, imported when a value first has some (its
import takes a tenth of a second, which a batch without such values does not pay)."""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

_DIGITS = "零〇一二两三四五六七八九十"
_RUN = rf"[{_DIGITS}][{_DIGITS}百千万亿]*(?:点[{_DIGITS}]+)?"
# a number after the value's operator, in signs or in words (不少于一百二十场, ≥九十五%)
_AFTER_OPERATOR = re.compile(
    r"([≥≤<>=~～]|不少于|不低于|不超过|不高于|不多于|不大于|不小于|至少|最多|最少|高于|低于|"
    rf"大于|小于|超过|达到|约|控制在|保持在|维持在|稳定在|提高|降低|增长|下降|减少|增加)({_RUN})"
)
# a number opening the value, when what follows is a unit and a bound (两场, 三万人次以上,
# 十一月底前): not a name that opens with a numeral (一次办结率, 一票否决)
_UNIT_CHARS = (
    "个次场期人户家所项件台套辆座处条名篇份批本册卷张间栋层只头羽株棵匹口眼天日月年周小时分钟秒"
    "万千百亿元角吨斤克亩米公里平方立方升%‰工作例起宗笔位班门支部种类届轮/·"
)
_OPENING = re.compile(
    rf"^({_RUN})(?=[{_UNIT_CHARS}]*(?:以上|以下|以内|之内|左右|上下|前|底前|底|内)?$)"
)
_MONTH = re.compile(rf"(?<=[年月])({_RUN})(?=[月日号])")  # 二〇二六年十月三十日前
_YEAR = re.compile(r"^([〇零一二三四五六七八九]{4})年")  # 二〇二六年
# a fraction in words (百分之九十, 千分之三, 万分之5): in its sign (90%, 3‰, 5‱)
_PERCENT = re.compile(rf"([百千万])分之({_RUN}|\d+(?:\.\d+)?|百)")
_SIGN = {"百": "%", "千": "‰", "万": "‱"}
_ANY = re.compile(rf"[{_DIGITS}]|分之")


def has_numerals(text: str) -> bool:
    """Whether a text has a Chinese numeral at all (the cheap test before :func:`in_digits`)."""
    return _ANY.search(text) is not None


def in_digits(text: str) -> str:
    """``text`` with the numbers it states in Chinese numerals written in digits; unchanged
    when it states none (or only inside words)."""
    text = _PERCENT.sub(_fraction, text)
    text = _AFTER_OPERATOR.sub(lambda m: m[1] + (_number(m[2]) or m[2]), text)
    text = _MONTH.sub(lambda m: _number(m[1]) or m[1], text)
    text = _YEAR.sub(lambda m: f"{_number(m[1]) or m[1]}年", text)
    return _OPENING.sub(lambda m: _number(m[1]) or m[1], text)


def _fraction(m: re.Match[str]) -> str:
    whole, run = m[1], m[2]
    if run == "百":
        return "100%" if whole == "百" else m[0]
    number = run if run[0].isdigit() else _number(run)
    return f"{number}{_SIGN[whole]}" if number else m[0]


@functools.lru_cache(maxsize=1024)
def _number(run: str) -> str | None:
    """A run of numerals as digits (一百二十: 120, 两千: 2000, 一点五: 1.5); None when it is no
    number cn2an reads."""
    try:
        value = _reader()(run, "smart")
        found = Decimal(str(value))
    except (ValueError, TypeError, InvalidOperation, KeyError):
        return None
    return format(found.normalize(), "f")


@functools.cache
def _reader() -> Callable[[str, str], object]:
    with warnings.catch_warnings():  # cn2an warns (not raises) on some inputs it rejects
        warnings.simplefilter("ignore")
        import cn2an  # type: ignore[import-untyped]  # not at the top: see the module's note

    def read(run: str, mode: str) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return cn2an.cn2an(run, mode)

    return read
