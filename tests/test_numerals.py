"""Target values written in Chinese numerals (不少于一百二十场, 两场, 百分之九十以上) are read as
the same values written in digits; numerals inside words (一般, 一网通办, 第一季度) are left
alone."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from goalbook.numerals import in_digits
from goalbook.targets import parse_target


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("不少于一百二十场", "≥120场"),
        ("十二期", "12期"),
        ("两场", "2场"),
        ("百分之百", "100%"),
        ("百分之九十以上", "≥90%"),
        ("不超过五千元/场", "≤5000元/场"),
        ("三万人次以上", "≥30000人次"),
        ("百分之一百二十", "120%"),
        ("约一千人", "约1000人"),
        ("二〇二六年十月底前", "2026年10月底前"),
        ("二〇二六年六月三十日前", "2026年6月30日前"),
        ("三个工作日", "3个工作日"),
    ],
)
def test_a_value_in_chinese_numerals_reads_as_in_digits(words: str, digits: str) -> None:
    a, b = parse_target(words), parse_target(digits)
    assert (a.kind, a.op, a.number, a.unit, a.date) == (b.kind, b.op, b.number, b.unit, b.date)


@pytest.mark.parametrize(
    "text",
    ["一般", "一网通办", "第一季度完成30%", "十分满意", "一次办结率", "一票否决", "达到20年一遇"],
)
def test_numerals_inside_words_are_left_alone(text: str) -> None:
    assert in_digits(text) == text


@given(st.integers(min_value=1, max_value=99_999_999), st.sampled_from(["人", "场", "公里", "%"]))
def test_any_whole_number_in_numerals_reads_as_its_digits(n: int, unit: str) -> None:
    spoken = cn2an.an2cn(n)  # 一百二十, 三万零五 … as the library writes them
    assert in_digits(f"≥{spoken}{unit}") == f"≥{n}{unit}"
