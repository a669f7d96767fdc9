"""The keys by which names are compared: :func:`name_key` (a name written twice, read by
:mod:`goalbook.rules.crosscheck`), :func:`near_key` with its measure and synonyms (near
duplicates, :mod:`goalbook.rules.nearnames`) and :func:`same_words` (also read by
:mod:`goalbook.rules.goalnames`)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from goalbook.model import Indicator
from goalbook.rules.goalcounts import act_first

# the count-word table: the words that end a name of a count (goalnames reads them too) and the
# units a count may be named by (…更换台数, 受益户数, 修复页数)
COUNT_WORDS = ("个数", "数量", "总数", "人数", "次数", "家数", "场次")
UNIT_COUNTED = "台套件个家户场项盆株棵只头箱页"

_DIGITS = re.compile(r"\d+(?:\.\d+)?\s*(?:家|个|人次|人|次|场|篇|部|套|件|项|户|所)?")


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    name = _UNIT_AFTER.sub("", name)
    banded = _BAND.sub(lambda m: m[0].translate(_AS_LETTERS), name)  # (kept: not a count)
    return re.sub(r"[\s“”\"'‘’、，,。()（）★☆*※]", "", _DIGITS.sub("", banded))


# the unit a name ends with in brackets (稻田养蟹面积（亩）: 稻田养蟹面积): no part of the name
_UNIT_AFTER = re.compile(
    r"[（(]\s*(?:万?亩|公顷|个|人次|人|户|次|%|％|万?元|万?吨|万?公斤|公里|座|台|辆|处|天|日"
    r"|项|家|批次|场|只|头)\s*[)）]\s*$"
)


# a qualifier in brackets after a name, said as if before it (生态护林员选聘人数（脱贫人口）), not a
# part (其中…), what it takes in or leaves out (含…, 不含…: nearnames._noted reads 含…) or a way
# of counting (按…)
_QUALIFIER_AFTER = re.compile(r"[（(]\s*([\u4e00-\u9fff]{2,8})\s*[)）]\s*$")
_PARTS = re.compile("其中|不含|含|包含|包括|按")


# a band or an age a name is about (80—89周岁…, 90周岁以上…), or a class in brackets (小(1)型
# and 小(2)型水库): it tells two indicators apart
_BAND = re.compile(
    r"\d+\s*[—\-–~～至到]\s*\d+\s*(?:周岁|岁|年|级)?|\d+\s*(?:周岁|岁)|[（(]\s*\d{1,2}\s*[)）]"
)
_AS_LETTERS = str.maketrans("0123456789", "abcdefghij")


def tier2_key(ind: Indicator) -> str:
    return name_key(ind.tier2.text) if ind.tier2 is not None else ""


_SYNONYMS = (
    ("再犯罪率", "再犯率"),
    ("满意率", "满意度"),
    ("知晓率", "知晓度"),
    ("参训", "培训"),  # 参训人数 / 培训人数: the people trained, counted twice
    ("降低幅度", "降幅"),  # 发病率降低幅度 / 发病率降幅
    ("下降幅度", "降幅"),
    ("田面积", "面积"),  # 良种繁育田面积 / 良种繁育面积: the field is the area
    ("总面积", "面积"),  # 板蓝根种植总面积 / 板蓝根种植面积
    ("农户数", "户数"),  # 签约农户数 / 签约户数: households, said with or without 农
    ("总量", "量"),  # 芽苗菜冷链集配总量 / 芽苗菜冷链集配量
    ("日均", "日"),  # 鲜奶日均收购量 / 鲜奶日收购量
    ("比率", "率"),  # 一级品比率 / 一级品率
    ("提升改造", "提升"),  # 街头绿地提升改造数量 / 街头绿地提升数量: one work
    ("改造提升", "提升"),
    ("比例", "率"),  # 记账数据审核覆盖比例 / 记账数据审核覆盖率
    ("布鲁氏菌病", "布病"),  # 布鲁氏菌病监测采样数量 / 布病监测采样数: the disease, said short
    ("点位", "点"),  # 病害监测点位数量 / 病害监测点数量: the points watched
    ("检验", "检测"),  # 精油批次检验合格率 / 精油批次检测合格率: one pass rate
    ("车辆", "车"),  # 冷链运输车辆购置数量 / 冷链运输车购置数量
    ("科技创新", "科创"),  # 学生科技创新作品征集数量 / 学生科创作品征集数量: said short
    ("浑浊度", "浊度"),  # 出厂水浑浊度达标率 / 出厂水浊度达标率: one measure of water
    ("播放次数", "播放量"),  # 短视频播放次数 / 短视频播放量 (万次): one count of views
    ("浏览次数", "浏览量"),
    ("访问次数", "访问量"),
    ("巡检", "巡查"),  # 泵站巡查次数 / 泵站巡检次数: one round of checks (D103, never D102)
    ("展出", "展览"),  # 进校园展出场次 / 进校园展览场次: one show
    ("里程", "长度"),  # 防火隔离带维护里程 / 防火隔离带维护长度: one length (公里)
    ("用时", "时长"),  # 平均调度用时 / 平均调度时长: one time (秒)
    ("频次", "次数"),  # 器材巡检频次 / 器材巡检次数: one count of rounds (次)
    ("采购", "购置"),  # 厨房设备采购数量 / 厨房设备购置数量: one count of things bought
    ("的", ""),
)
_MEASURES = (
    "满意度",
    "完成率",
    "达标率",
    "合格率",
    "及时率",
    "覆盖率",
    "知晓度",
    "再犯率",
    "犯罪率",
    "涉罪率",
    "执行率",
    "通过率",
    "成功率",
    "共享率",
    "采纳率",
    "转化率",
)


_MEASURE_END = re.compile("(?:" + "|".join(_MEASURES) + ")$")


@functools.lru_cache(maxsize=8192)
def near_key(name: str) -> str:
    if (m := _QUALIFIER_AFTER.search(name)) is not None and not _PARTS.match(m[1]):
        name = m[1] + name[: m.start()]  # (…选聘人数（脱贫人口）: 脱贫人口…选聘人数)
    key = name_key(name)
    for old, new in _SYNONYMS:
        key = key.replace(old, new)
    key = _TOTAL.sub("", _BASIS.sub("", key))
    key = _COUNTED.sub("", _GOODS.sub("", _WHOLE_YEAR.sub("", _OF_YEAR.sub("", key))))
    return _EVENTS_LAST.sub("", _GOODS_LAST.sub("", key))


# the year's whole before a name (全年冷链配送车次 / 冷链配送车次), or the year before its work
# (年接待参观人次 / 全年接待参观人次), not 年度 (年度培训任务完成时间: the year's deadline beside
# the period's)
_WHOLE_YEAR = re.compile(r"^全年(?=\w{4})|^年(?=(?:接待|收购|销售|加工|处理|供应|出栏|出口)\w{2})")
# 总 before a measure (滴灌管网铺设总长度 / 滴灌管网铺设长度): the same length
_TOTAL = re.compile(r"(?<=\w\w)总(?=长度|面积|里程|产量|规模|容量|库容)")
# how a name is measured, said after it (抽检合格率按批次, brackets dropped): the same
_BASIS = re.compile(r"(?<=率)按(?:批次|件|户|人|次|项|金额|数量)$")
# a year's before what is done (八角鲜果年收购量 / 八角鲜果收购量): the same amount
_OF_YEAR = re.compile(
    r"(?<=\w\w)年(?=收购|销售|加工|处理|供应|出栏|出口|接待|交易|周转|产量|采收)"
)  # (灵芝孢子粉年采收量 / 灵芝孢子粉采收量)
# 产品 after what the goods are (椰子粉产品出口批次 / 椰子粉出口批次), or opening a name that
# says no more (产品抽检合格率 / 酸菜产品抽检合格率 in a 酸菜 project): the same goods
_GOODS = re.compile(r"(?<=\w\w)产品(?=\w\w)|^产品(?=\w{4})")
# 产品 closing a name once its count is off (认证产品数 / 认证产品数量: 认证), not 农产品
_GOODS_LAST = re.compile(r"(?<=\w{4})(?<![农水畜])产品$")
# 活动 closing a name once its count word is off (茭白品牌推介活动 / …推介活动场次 / …推介场次:
# the events held)
_EVENTS_LAST = re.compile(r"(?<=\w{4})活动(?=(?:开展|举办)?$)")  # (…活动开展场次: …开展)


# a thing counted, named with or without the word for its count or its fitting (校园监控设备安装
# 数量 / 校园监控设备安装, 分类收运车辆配置数量 / 分类收运车辆数量, 技术培训场次 / 技术培训,
# 鹅苗孵化总数量 / 鹅苗孵化数量):
# one thing (the targets' units are compared)
_COUNTED = re.compile(
    r"(?:配置|配备|安装)?(?:总数量|总数|数量|个数|场次数|场次|(?<!养殖)(?<!屠宰)(?<![农牧林])场数|期数"
    rf"|(?<=\w{{4}})(?<![人次批{UNIT_COUNTED}])数|(?<=养殖场)数|(?<=屠宰场)数)?$"
)  # (…摊位规范数 / …摊位规范数量: a count said with 数 or 数量; 养殖场数: farms, no 场数)


def same_words(a: str, b: str) -> bool:
    """Two names D103 reads as one indicator by their words (良种繁育田面积 / 良种繁育面积,
    抽检批次 / 抽检批次数), whatever their targets."""
    return len(near_key(a)) >= 4 and thing_key(a) == thing_key(b)


def thing_key(name: str) -> str:
    """The key under which names read as one thing whatever their wording (the near key with
    the words of a count folded: 抽检批次 / 抽检批次数)."""
    return one_name(near_key(name))


@functools.lru_cache(maxsize=8192)
def one_name(key: str) -> str:
    """What two wordings of one name share: their characters in any order (出口红心咸蛋批次 /
    红心咸蛋出口批次, 成品火腿… / 火腿成品…: the same words reordered) once 批次 is 批 and a
    count's 数 (or its unit and 数: …更换台数), or an amount's 量, is dropped (抽检批次 /
    抽检批次数, 单批次… / 单批…)."""
    key = _COUNT_WORD.sub("", _UNIT_COUNT.sub("", key.replace("批次", "批")))
    # (…商户数 keyed …商 above, as 更换台数 is: …商户, its 数量 dropped by near_key, alike)
    key = key[:-1] if len(key) >= 6 and key.endswith(("户", "家")) else key
    return "".join(sorted(key)) if len(key) >= 6 else act_first(key)  # (烘干塔新建 / 新建烘干塔)


# the 数 of a count after what it counts (抽检批次数, 受益户数), the 量 of an amount (统一销售量 /
# 统一销售数量): the name without it is the same
_COUNT_WORD = re.compile(r"(?<=[批次人户家个台套件项场])数$|量$")
# a count named by its unit after four characters or more (节能油炸设备更换台数 / 更换节能油炸设备
# 数量, 破损档案修复页数 / …修复数量): the unit says no more than 数量 does (the targets' units are
# compared)
_UNIT_COUNT = re.compile(rf"(?<=\w{{4}})[{UNIT_COUNTED}]数$")


@functools.lru_cache(maxsize=8192)
def measure(key: str) -> str:
    m = _MEASURE_END.search(key)
    if m is None and key.endswith("量"):
        return "量"  # (热线年接听咨询量 / 热线年接听咨询服务量: an amount, whatever of)
    return m[0] if m else key[-2:]


@functools.lru_cache(maxsize=8192)
def _chars(key: str) -> tuple[frozenset[str], bool]:
    """The characters of a key, and whether none repeats."""
    chars = frozenset(key)
    return chars, len(chars) == len(key)


def common(a: str, b: str) -> int:
    """How many characters two keys share, counted with multiplicity (difflib's quick_ratio)."""
    (ca, unique_a), (cb, unique_b) = _chars(a), _chars(b)
    if unique_a or unique_b:  # a character then counts once in the smaller multiset
        return len(ca & cb)
    return sum((Counter(a) & Counter(b)).values())
