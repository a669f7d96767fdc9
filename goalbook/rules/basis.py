"""B101 for a budget line whose 测算依据 is a product (2600人×5元/人·天×200天, 50人×2000元/人)
that differs from its amount: the line's money and its working-out cannot both be right.

Only a basis that is one product of numbers, each with its unit, one of them money (元, 万元,
元/人·天), is worked out; one that says it is approximate (约3.3万元/场×3场) or holds anything
else (按近三年平均维护费用测算, 50人×2000元+场地租金) is not."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from goalbook.findings import Hit
from goalbook.rules.amounts import fmt_money, money
from goalbook.rules.common import Context
from goalbook.vocabulary import MONEY_SCALE, word

_TIMES = re.compile(r"\s*[×xX*＊]\s*")
_FACTOR = re.compile(r"^(\d+(?:\.\d+)?)\s*([^\d\s=+，,、；;（）()]{0,8})$")
_MONEY = re.compile(rf"^({'|'.join(MONEY_SCALE)})(?:/|$)")  # 万元/所, 元/人·天, 元
# the magnitudes a count is given in (40万平方米, 1.2亿元…); not split_magnitude's 千, whose
# 千克 and 千米 are units of their own (5千克 × 20元/千克)
_MAGNITUDES = {"万": Decimal(10000), "亿": Decimal(10**8)}
# …=260万元: the product as the typist worked it out (not …=15万元，设计排版3.6万元: more
# than the product, whose basis is no one product)
_RESULT = re.compile(r"\s*[=＝]\s*[\d.,，]+\s*(?:万元|元)?\s*[。；;]?\s*$")
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")
_SHARES = {"%": Decimal(100), "％": Decimal(100), "‰": Decimal(1000)}  # a factor that is a share


def basis_products(ctx: Context) -> Iterator[Hit]:
    unit = ctx.table.money_unit
    scale = MONEY_SCALE.get(unit or "")
    if scale is None:
        return  # (amounts in no known unit: nothing to hold a product in 元 against)
    for line in ctx.table.lines:
        if line.basis is None or line.amount is None:
            continue
        product = basis_product(line.basis.text)
        amount = money(line.amount, unit)
        if product is None or amount is None:
            continue
        stated = amount.value * Decimal(scale)
        tol = max(Decimal(1).scaleb(-amount.decimals) / 2 * Decimal(scale), stated / 200)
        tol = max(tol, product * _rounding(line.basis.text))  # (0.33万元/组×30组 for 10万元)
        if abs(product - stated) <= tol or _in_yuan(product, stated):
            continue
        # (1800万粒×300元: a price per 万粒, the count read in its own 万 as the unit)
        each = basis_product(line.basis.text, magnitudes=False)
        if each is not None and abs(each - stated) <= tol:
            continue
        worked = product / Decimal(scale)
        text = _RESULT.sub("", line.basis.text.strip())
        params = {
            "whole": f"“{line.name.text}”" if line.name is not None else "",
            "total": fmt_money(amount.value, unit, ctx.lang),
            "parts": word("priced" if line.priced else "basis", ctx.lang, text=text,
                          product=fmt_money(worked, unit, ctx.lang)),
            "diff": fmt_money(amount.value - worked, unit, ctx.lang),
        }  # fmt: skip
        yield Hit("B101", line.amount.at, params)


def _rounding(text: str) -> Decimal:
    """How far a basis's product may be off for its factors with decimals being rounded (0.33
    of a third: half a hundredth in 0.33, 1.5 %), as a share of the product; counts are whole."""
    share = Decimal(0)
    for factor in _TIMES.split(_RESULT.sub("", _THOUSANDS.sub("", text).strip())):
        m = _FACTOR.match(factor)
        if m is not None and "." in m[1] and (number := Decimal(m[1])):
            share += Decimal(5).scaleb(-len(m[1].split(".")[1]) - 1) / number
    return share


def _in_yuan(product: Decimal, stated: Decimal) -> bool:
    """The amount is the product 10 000 times over: typed in 元 under a table in 万元 (B105 and
    B110 say that slip), its basis agreeing with it."""
    return abs(stated - product * 10000) <= stated / 200


def basis_product(text: str, magnitudes: bool = True) -> Decimal | None:
    """The product in 元 a 测算依据 works out (2600人×5元/人·天×200天: 2 600 000), or None when
    it is no product of numbers with exactly one amount of money among them; without
    ``magnitudes`` a count in 万 of a thing (1800万粒) is taken in that unit (1800)."""
    if "约" in text or "≈" in text or "左右" in text:
        return None
    text = _THOUSANDS.sub("", text)  # 15,000,000元 × 8%
    factors = _TIMES.split(_RESULT.sub("", text.strip()))
    if len(factors) < 2:
        return None
    product, priced = Decimal(1), 0
    for factor in factors:
        m = _FACTOR.match(factor)
        if m is None:
            return None
        try:
            number = Decimal(m[1])
        except InvalidOperation:
            return None
        if (money_unit := _MONEY.match(m[2])) is not None:
            priced += 1
            number *= Decimal(MONEY_SCALE[money_unit[1]])
        elif m[2] in _SHARES:
            number /= _SHARES[m[2]]  # 1860万元×10%: a share of an amount
        elif "/" in m[2]:
            return None  # (2次/月 beside a price per 次: a rate of its own, not a count)
        elif m[2][:1] in _MAGNITUDES and len(m[2]) > 1 and magnitudes:
            number *= _MAGNITUDES[m[2][0]]  # 40万平方米
        product *= number
    return product if priced == 1 else None
