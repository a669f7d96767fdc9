"""The sources named right of a whole in a heading row (资金总额 │ 一般公共预算 │ 政府性基金,
年度金额 │ 其中：中央补助 │ 省级补助 │ 市县配套): the parts of that whole.

Shared by the 资金来源 blocks (:mod:`goalbook.reader.sources`) and the label rows of
:mod:`goalbook.reader.blocks`, which read the amounts below them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from goalbook.reader.grid import Sheet
from goalbook.vocabulary import MONEY_PARTS

KeyOf = Callable[[Sheet, int, int], str | None]  # the money field a label cell names, if any
# words of a source's name: 一般公共预算, 政府性基金, 上级转移支付, 单位自有资金, 事业收入,
# 地方政府投资, 市场化融资, 彩票公益金 …
SOURCE_WORDS = (
    "预算", "资金", "基金", "拨款", "补助", "转移支付", "收入", "结转", "债", "自筹", "配套",
    "专户", "投资", "融资", "公益金", "安排",  # (市县安排: the counties' own share)
)  # fmt: skip
PART_SUFFIXES = ("_fiscal", "_other")
WHOLES = ("total", "annual")  # the wholes whose sources are read as their named parts
# a name that names a period is the money of that period (本年度下达投资), no source of the whole
_PERIOD_NAMES = ("年度", "本年", "当年", "中期", "实施期")
_THIS_YEAR = re.compile(r"^(?:当年|本年度?|年度)")
_OF_WHICH = re.compile(r"^其中\s*[:：]?\s*")
# last year's figures beside this year's money (上年预算数, 上年执行数): no source of a whole
# (上年结转, the money carried over, is one)
_PRIOR_FIGURE = re.compile(r"^(?:上年|去年|上一年度?)(?:度)?(?:预算|执行|支出|实际|决算)")


# a share that cuts across the sources (其中：政府采购预算, 三公经费): what part of the money is
# spent so, no source of it
_CROSSING = re.compile(r"政府采购|三公经费|购买服务")


# the head of a column of words beside a block's amounts (资金用途说明, 备注, 测算依据)
_TEXT_HEADS = ("说明", "备注", "依据", "用途", "情况", "内容")


def no_source(name: str) -> bool:
    """A name that is no source of the whole above it: a period's money (本年度下达投资) or
    last year's figures (上年预算数); this year's share of a source the layout knows
    (当年财政拨款) is one."""
    if _PRIOR_FIGURE.match(name) is not None or _CROSSING.search(name) is not None:
        return True
    return any(w in name for w in _PERIOD_NAMES) and _THIS_YEAR.sub("", name) not in MONEY_PARTS


def source_run(
    sheet: Sheet, r: int, after: Sequence[tuple[int, object]], key_of: KeyOf, titled: bool
) -> list[tuple[int, str, str | None]]:
    """The sources in the cells ``after`` a whole of row ``r``, up to the first that is no
    source: (column, name, the field a known part names). A name the layout does not know
    must sound like a source unless the block is titled 资金来源 (``titled``)."""
    parts: list[tuple[int, str, str | None]] = []
    for c, v in after:
        if type(v) is not str or len(v.strip()) > 16:
            break
        name = v.strip()
        own = key_of(sheet, r, c)
        if own is not None and not own.endswith(PART_SUFFIXES):
            break  # the next field of the row (基本支出): the sources end
        if own is None and not titled and not any(w in name for w in SOURCE_WORDS):
            break
        if own is None and (no_source(name) or name.endswith(_TEXT_HEADS)):
            break  # (资金用途说明, 备注: a column of words beside the amounts)
        parts.append((c, name, own))
    return parts


def names_source(name: str, also: tuple[str, ...] = ()) -> bool:
    """A label that sounds like a source of money (市场化融资, 单位资金; with ``also`` more words
    of one, 社会资本) and is no period's money or last year's figure."""
    return sounds_source(name, also) and not no_source(name)


def sounds_source(name: str, also: tuple[str, ...] = ()) -> bool:
    return any(w in name for w in (*SOURCE_WORDS, *also))


def is_cost(name: str) -> bool:
    """A part of an investment project's cost (建安工程费, 设备购置费, 工程建设其他费用, 预备费,
    建设期利息): what its 总投资 is made of."""
    return _COST.search(name) is not None


_COST = re.compile(r"(?:工程|购置|安装|其他|预备|征地|拆迁|勘察|设计|监理)费(?:用)?$|建设期利息$")


def this_years_new(name: str) -> bool:
    """This year's new money (当年预算, 本年安排): beside 上年结转, a part of the year's whole."""
    return _THIS_YEAR_NEW.match(name) is not None


_THIS_YEAR_NEW = re.compile(r"^(?:当年|本年度?)(?:预算|安排|新增|拨款|资金)(?:资金|数)?$")


def part_name(name: str) -> str:
    """A source's own name, without the 其中： that introduces the first part."""
    return _OF_WHICH.sub("", name).strip() or name
