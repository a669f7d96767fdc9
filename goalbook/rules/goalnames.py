"""How a goal text names an indicator (D104, read by :mod:`goalbook.rules.goaltext`): its name
as a text says it before a count (就业技能培训人数: 就业技能培训2000人), the word for its count,
and whether a count the text gives is another indicator's of the same name."""

from __future__ import annotations

import re
from decimal import Decimal

from goalbook.model import Indicator, Target
from goalbook.rules.common import main_target
from goalbook.rules.goalcounts import (
    AREAS,
    CLAUSE_END,
    CLAUSE_PART,
    COUNT,
    MEASURES,
    act_first,
    in_order,
    named_in,
    omits_word,
    per_each,
    swapped,
)
from goalbook.rules.goallevels import FLOOR_WORDS, agrees, in_unit
from goalbook.rules.namekeys import COUNT_WORDS, same_words, thing_key

_LENGTH_END = re.compile(r"(?:建设|实施|完成)?(?:里程|长度)$")  # (…工程建设里程: …工程80公里)
# names whose last word holds the unit's character (案件 counted in 件): the word stays
_OF_AMOUNT = "数总产重容流销存质含能余"  # (…产量, …重量: a word, no act's amount)
_WORDS_OF_UNIT = ("案件数", "事件数", "文件数", "邮件数", "稿件数", "信件数")
_COUNTED_END = re.compile(r"(?:人数|次数)$")  # what a name counts (培训人数, 巡查次数: the text
# says 培训2000人, 巡查60次)
# a count of what the project does (新建…数量, 改造…个数): the text names the doing and the
# thing as the name does (not a stock, 高新技术企业数量, whose text may give its increase)
_DONE_COUNT = re.compile(
    r"^((?:新建|新增|建设|建成|改造|改建|新培育|培育|配置|配备|购置|开展|举办|组织|实施|修建|安装|投放"
    r"|展出|展示)"  # (things shown: 展出文物数量, 展出文物不少于150件)
    r".{2,})(?:数量|个数)$"
)
# the words that end a name of a count (…消防站数, 培训人数, 展演场次): what is counted before them
COUNTED = re.compile(rf"(?:{'|'.join(COUNT_WORDS)}|数)$")
# a count's word with its unit (受益户数, 更换台数): no name of a thing ending in 数 (…坐席数)
COUNTED_WORDS = re.compile(rf"(?:{'|'.join(COUNT_WORDS)}|[户件台套项]数)$")
# the other words of a count in a unit than the unit and 数 (民俗展演场次 ≥8场: …展演6场)
_UNIT_ALSO = {"场": ("场次",), "次": ("场次",), "轮": ("轮次",)}


def as_in_text(label: str, unit: str) -> str:
    """An indicator's name as a text says it before the count."""
    name = re.sub(r"\d.*$", "", label)
    unit = unit.removeprefix("万")  # (…检验批次 ≥1万批次, 档案扫描页数 ≥100万页)
    if unit and name.endswith(unit) and len(name) - len(unit) >= 4:
        return name[: -len(unit)]  # 职业技能培训人次: the text says 培训6000人次
    if (
        len(unit) == 1
        and unit != "个"
        and name.endswith((f"{unit}数", *_UNIT_ALSO.get(unit, ())))
        and not name.endswith(_WORDS_OF_UNIT)  # 补贴调解案件数 ≥1500件: …调解案件1800件
        and len(name) >= 6
    ):
        return name[:-2]  # 配种改良母驴头数 ≥800头, …住房套数 ≥600套: the text says …母驴600头
    if unit == "个" and name.endswith("数") and not COUNTED_WORDS.search(name) and len(name) >= 6:
        return name[:-1]  # 热线值班坐席数 ≥16个: the text says 扩建热线值班坐席至20个
    if unit == "公里" and (m := _LENGTH_END.search(name)) is not None and m.start() >= 4:
        return name[: m.start()]  # 村组道路硬化里程: the text says 村组道路硬化30公里
    if (m := _COUNTED_END.search(name)) is not None and m.start() >= 4:
        return name[: m.start()]  # 就业技能培训人数: the text says 就业技能培训2000人
    if (m := _DONE_COUNT.match(name)) is not None:
        return m[1]  # 新建社区养老服务站数量: the text says 新建社区养老服务站12个
    if name.endswith("量") and len(name) >= 5 and unit in MEASURES and name[-2] not in _OF_AMOUNT:
        return name[:-1]  # 年节约用电量 ≥100万千瓦时: the text says 年节约用电120万千瓦时
    done = name.removesuffix("数量")
    if done != name and len(done) >= 5 and act_first(done) != done:
        return done  # 火鸡、鸸鹋屠宰检疫数量: the text says …屠宰检疫12万只 (the act last)
    return name


def kin_agrees(ind: Indicator, m: re.Match[str], indicators: tuple[Indicator, ...]) -> bool:
    """The count ``m`` (a count's match: number, range, unit) agrees with another indicator's
    whose name, as a text says it, holds this one's or is held by it (蜜柚分级包装量 ≥3000吨
    beside 蜜柚分级包装数量 ≥2500吨, 乳鸽品牌推介会场次 beside 品牌推介会场次), or whose words D103
    reads as this one's: the text gives that one's count, and D103 names the pair."""
    mine = _said_core(ind)
    if len(mine) < 4:
        return False
    for other in indicators:
        found = main_target(other) if other is not ind else None
        if found is None or not in_unit(m[3], found[1].unit) or not agrees(m, found[1]):
            continue  # (补助教练员280名 in 人)
        theirs = _said_core(other)
        if len(theirs) >= 4 and (mine in theirs or theirs in mine):
            return True
        if _word_inside(mine, theirs):  # (县道安全护栏安装 / 县道护栏安装: D103's pair)
            return True
        if same_words(ind.label, other.label) or _reordered(ind.label, other.label):
            return True  # (…繁育田面积 / …繁育面积, 补助教练员人数 / 教练员补助人数: D103's pair)
    return False


def rate_kin_agrees(ind: Indicator, m: re.Match[str], indicators: tuple[Indicator, ...]) -> bool:
    """The rate ``m`` (a level's match, its number second) is another rate's of nearly this
    one's name, a word more or less (巡护覆盖率不低于95% for 巡护覆盖率 ≥90%, beside 巡护区域覆盖率
    ≥95%): the text gives that one's rate, and D103 names the pair."""
    said = Decimal(m[2])
    for other in indicators:
        found = main_target(other) if other is not ind else None
        if found is None or found[1].unit != "%" or found[1].number != said:
            continue
        if same_words(ind.label, other.label) or _word_inside(ind.label, other.label):
            return True
    return False


def _reordered(a: str, b: str) -> bool:
    """Two names in the same words, in another order (病险水库除险加固设计数量 / 除险加固设计病险
    水库数量), as D103 keys them."""
    return thing_key(a) == thing_key(b)


def _word_inside(a: str, b: str) -> bool:
    """One name is the other with a word of two or three characters put in (县道护栏安装 /
    县道安全护栏安装, 巡护覆盖率 / 巡护区域覆盖率)."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and 2 <= len(long) - len(short) <= 3 and in_order(short, long)


def _said_core(ind: Indicator) -> str:
    """An indicator's name as a text says it, without the word for its count."""
    found = main_target(ind)
    return COUNTED.sub("", as_in_text(ind.label, found[1].unit if found else ""))


def short_name(label: str, target: Target | None, alone: frozenset[str]) -> str:
    """A name of two or three characters before its unit and 数 or 次 (培训期数 ≥4期: 培训),
    where the table gives that unit to this indicator alone: a text's 培训6期 is its count."""
    unit = target.unit if target is not None else ""
    if unit not in alone or not label.endswith((f"{unit}数", f"{unit}次")):
        return ""
    name = label[: -len(unit) - 1]
    return name if 2 <= len(name) <= 3 else ""


def said_at(text: str, name: str, unit: str) -> tuple[int, str]:
    """Where ``text`` says ``name``, and the words it says it with; for a short name (``unit``
    given), only right before a count in its unit (举办…培训6期), its clause's only one; a name
    of what is added (新增温室面积) also without its 新增 in a clause that builds or adds
    (新建…温室12栋、温室面积3.6万平方米); (-1, name) where it does not."""
    if unit:  # (not one of several counts in the unit: 擂台赛8场、总决赛1场 for 擂台赛场次)
        m = re.search(rf"{re.escape(name)}({COUNT}{re.escape(unit)})", text)
        rest = CLAUSE_PART.split(text[m.end() :], maxsplit=1)[0] if m else ""
        apart = m is not None and re.search(rf"\d\s*{re.escape(unit)}", rest) is None
        return (m.start() if m and apart else -1), name
    pos = text.find(name)
    if pos >= 0 and per_each(text[:pos]) and (again := text.find(name, pos + 1)) > 0:
        pos = again  # (每棚投放菌包8000袋，共投放菌包20万袋: the total after the count for each)
    if pos < 0 and name[:2] in _AVERAGES and len(name) >= 4:
        # (人均集中培训学时: 每人集中培训不少于40学时; 日均快检样品数量: 每日快检样品不少于80批次)
        each = f"每{name[0]}{COUNTED.sub('', name[2:])}"
        return text.find(each), each
    if pos < 0 and name.startswith("每") and len(name) >= 6:
        # (每校消防疏散演练次数: 每校开展消防疏散演练不少于4次, the act between)
        said = name[2:]
        if (pos := text.find(said)) < 0 and len(said) >= 6:
            # (每座水箱年清洗消毒次数: 全年每座清洗消毒2次, its act alone after the 每座)
            act = re.escape(said[-4:])
            m = re.search(rf"每{re.escape(name[1])}[^，,。；;每]{{0,6}}?({act})", text)
            return (m.start(1) if m else -1), said[-4:]
        lead = CLAUSE_PART.split(text[:pos])[-1] if pos >= 0 else ""
        alone = f"每{name[1]}" in lead and lead.count("每") == 1  # (not 每校每学期…1次)
        return (pos if alone else -1), said
    if pos < 0 and name.startswith(("年度", "全年")) and len(name) >= 6:
        return text.find(name[2:]), name[2:]  # (年度接待观众: 全年接待观众50万人次)
    if pos < 0 and name.endswith("率") and len(name) >= 7:
        # (标识译写差错率: …，译写差错率控制在1%以内, its opening words left out at a clause's
        # start; not 高危漏洞整改率达到100% for 中危漏洞整改率)
        pos = text.find(name[2:])
        return (pos if pos == 0 or not _CJK.match(text[pos - 1]) else -1), name[2:]
    if pos >= 0 or not name.startswith(("新增", "新建")) or len(name) < 6:
        return pos, name
    pos = text.find(name[2:])
    if pos >= 0 and _NEW_WORK.search(CLAUSE_PART.split(text[:pos])[-1]):
        return pos, name[2:]
    # (新建延伸管网: 延伸供水管网8.5公里, the thing said with a word of two more inside it)
    rest = name[2:]
    for cut in range(2, len(rest) - 1):
        m = re.search(rf"{re.escape(rest[:cut])}[\u4e00-\u9fff]{{2}}{re.escape(rest[cut:])}", text)
        if m is not None:
            return m.start(), m[0]
    return -1, name


_NEW_WORK = re.compile("新建|新增|建成|建设|扩建")
_CJK = re.compile("[\u4e00-\u9fff]")
_AVERAGES = ("人均", "日均", "户均", "亩均")  # an average a text says per each (每人, 每日…)


def said_in(thing: str, clause: str, before: str, unit: str) -> bool:
    """The words before a count (``clause``, in ``before``) name ``thing``: with words of their
    own between its words (:func:`named_in`), act and object the other way round, less a word
    inside it (新建鸽舍30栋 for 新建标准化鸽舍), or its last words alone after the rest in the
    sentence's clause before (建设冷库3座，总库容500吨 for 冷库总库容)."""
    clause = _REACHING.sub("", clause)  # (单套日处理能力达到50吨: the level the name reaches)
    if thing.endswith("活动") and len(thing) >= 6 and not clause.endswith("活动"):
        thing = thing[:-2]  # (反诈宣传活动场次: the 反诈宣传 held, 开展反诈宣传不少于200场)
    placed = _of_place(clause, unit)
    # (改造低产老果园600亩 for 改造低产果园面积: a place the name itself ends in)
    if named_in(thing, placed) or named_in(thing, clause) or swapped(thing, clause):
        return True
    if placed.endswith(thing[-2:]) and omits_word(thing, placed):
        return True
    sentence = CLAUSE_END.split(before)[-1]  # (面塑、糖画课后服务…，受益学生: whose count?)
    listed = re.search(f"{re.escape(thing[:2])}、|、{re.escape(thing[:2])}", sentence)
    return clause.endswith(thing[-3:]) and listed is None and named_in(thing, sentence)


def _of_place(clause: str, unit: str) -> str:
    """The words before an area without the place it is of, said after the name's words
    (建成稻蟹共生示范区3000亩: 建成稻蟹共生示范, for 稻蟹共生示范面积)."""
    return _AREA_PLACE.sub("", clause) if unit in AREAS else clause


# the level or the floor a count is said with (日处理能力达到50吨, 检测水样不少于1600份)
_REACHING = re.compile(f"(?:{FLOOR_WORDS}|达)$")
_AREA_PLACE = re.compile("(?:区|基地|园区|园|片区|片)$")
