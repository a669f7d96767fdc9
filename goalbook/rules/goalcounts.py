"""How goal texts write counts (D104, read by :mod:`goalbook.rules.goaltext`): the units a count
is given in, and a text that names an indicator's thing with its action on the other side
(牦牛肉收购量 said as 收购牦牛肉800吨, 改造年糕小作坊数量 as 完成年糕小作坊改造35家), and the
clauses around a count that speak of one thing."""

from __future__ import annotations

import functools
import re

from goalbook.rules.goallevels import LEVEL_UNITS

UNITS = "家次|批次|次|场|个|篇|部|套|家|件|项|期|人次|人"  # (家次 before 家: 600家次 is one unit)
# the measure words of facilities and vehicles built or bought (3座, 12台, 5辆, 8处, 2所; boats
# checked, 860艘, 1500艘次) and of
# lengths built (30公里), of households served (改造户厕3200户), people put in place (督导员36名)
# and of animals kept (新增种鹅存栏5000只, 能繁母猪300头, 检疫牲畜5万头, 授粉蜂群800群), plants
# (培育容器苗12万株, 授粉12万朵), hides (收储驴皮8000张), net cages or wells (网箱3000口),
# rounds at stations or machines (质控比对120站次, 检修126台次), batches (检验1200批), kinds
# (储备物资品类不少于30类, 订阅报刊320种), lamps (改造800盏), records (修复破损档案3000卷,
# 整理文书档案2万册, 扫描500页), signs or boards (更换双语标识牌800块), couples (孕前优生健康检查
# 6200对), poles (建成智慧灯杆60根) and apparatus (补充空气呼吸器80具): read after the
# indicator's name in a one-year project only (in a longer one
# the texts give the works of other years and stages in these words as often as the year's);
# 站次 and 台次 first, as one unit (120站次 is no 120站)
FACILITY_UNITS = (
    "站次|台次|车次|架次|班次|艘次|航次|座|台|辆|艘|处|所|公里|户次|户|名|套|间|栋|张|只|头|羽|尾|匹|群|箱"
    "|万只|万头|万羽|万尾|株|万株|朵|万朵|棵|万棵|支|万支|棒|万棒|口|万张|万条|份|万批次|批|类|种|盏"
    "|卷|万卷|册|万册|页|块|对|根|具|万人次|万人|轮"
)
UNIT_SET = frozenset(UNITS.split("|"))
# a count (0.2人: not 2人), or a range of counts (3-5个), before its unit
COUNT = (  # (12,500人次 is one count, not 500人次)
    r"(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*[-~～—至到]\s*(\d+(?:\.\d+)?))?\s*"
)
COUNT_IN_TEXT = re.compile(rf"{COUNT}({UNITS})")
# (and lines built, 生产线3条, 道路2条: not a unit one indicator alone owns, as 信息100条 is one)
FACILITY_COUNT_IN_TEXT = re.compile(rf"{COUNT}({UNITS}|{FACILITY_UNITS}|条)")
# units of one kind of thing (12000台件, 600人次, 15座): where one indicator alone is given in
# such a unit, a count in it in the goals is that indicator's
OWN_UNITS = frozenset(
    ("台件", "台次", "台套", "户次", "车次", "架次", "班次", "人次", "家次", "批次", "期", "户")
) | frozenset(FACILITY_UNITS.split("|"))
ANY_COUNT = re.compile(rf"{COUNT}({'|'.join(sorted(UNIT_SET | OWN_UNITS, key=len, reverse=True))})")
# a total the sentence goes on to after a count of what is added (新建监测点位4个，使全区监测点位
# 达到10个): the indicator may give that total
REACHED = re.compile(rf"(?:达到|增至|增加到|总数达?|共计|合计)\s*{ANY_COUNT.pattern}")
WEIGHTS = frozenset(("吨", "万吨", "公斤", "万公斤", "千克", "万斤"))  # (read by _named_apart)
AREAS = frozenset(  # (the same: 推广脱毒种薯10万亩; an area worked over again, 普查松林12万亩次)
    ("亩", "万亩", "公顷", "平方米", "万平方米", "亩次", "万亩次")
)
# the parts of a whole opening in brackets (（其中县道96公里、乡道138公里）, （2025年1800户、…）)
PARTS_OPEN = re.compile(r"[（(]\s*(?:其中|20\d{2}\s*年)")
# amounts a goal says in the indicator's own unit of weight, area or volume (收购牦牛肉800吨,
# 推广脱毒种薯10万亩, 新增冷链仓储库容3000立方米)
MEASURES = WEIGHTS | AREAS | frozenset(("立方米", "万立方米", "千瓦时", "万千瓦时"))  # (节约用电…)
# counts of people, bags, pages or calls in ten thousands (接待游客3万人次, 投放菌包20万袋,
# 扫描120万页, 受理呼救电话18万次): read right after the indicator's name only, in the target's own
# unit (not units one indicator owns: a table gives 2万人次 of one count and ≥20000人次 of another)
TEN_THOUSANDS = frozenset(("万人次", "万人", "万袋", "万单", "万件", "万份", "万株", "万尾", "万羽",
                           "万页", "万卷", "万册", "万次"))  # fmt: skip
# hours of teaching (每人集中培训不少于40学时): read right after the name, as those are
HOURS_TAUGHT = frozenset(("学时", "课时"))
# units a count is said in with its own amount (3000立方米, 5万人次): read as an amount in text
OWN_AMOUNTS = MEASURES | TEN_THOUSANDS | HOURS_TAUGHT
TEXT_UNITS = UNIT_SET | LEVEL_UNITS | OWN_UNITS | {"条"} | OWN_AMOUNTS


@functools.lru_cache(maxsize=8)
def amount_in_text(unit: str) -> re.Pattern[str]:
    """A count in a text in the weight, area or volume ``unit`` (收购牦牛肉800吨, 推广10万亩)."""
    return re.compile(rf"{COUNT}({re.escape(unit)})(?![\u4e00-\u9fff]{{0,1}}/)")


# what a project does to the thing it counts, at one end of an indicator's name
_ACTS = (
    "收购", "收储", "收贮", "储备", "改造", "举办", "开展", "培训", "建设", "新建", "检测", "抽检",
    "加工", "销售", "种植", "发放", "配送", "回收", "采购", "修缮", "维修", "安装", "购置",
    "年产", "生产", "扩繁", "繁育", "推广", "铺设", "压榨", "放养", "投放", "放流", "孵化", "产",
    "烘干", "运维", "维护", "管护", "养护", "培育", "防治", "治理", "新植", "移栽", "栽植",
    "抚育", "扩种", "引种", "引进", "定植", "套种", "间作", "建成", "检疫", "扩建",
    "配备", "配置", "聘用", "选聘",  # people or kit put in place (分类督导员配备数)
    "开发",  # posts created (公益性岗位开发数量: 开发公益性岗位450个)
    "协助",  # work helped with (出口批次检验协助数量: 协助完成出口批次检验1200批)
    "收容", "救助",  # animals or people taken in (流浪犬猫收容数量: 收容流浪犬猫800只)
    "布设",  # points set out (水质监测点位布设数: 新布设…监测点位120个)
    "轮换",  # reserves rotated (轮换储备油数量: 储备食用油轮换3000吨)
    "划分",  # areas drawn (基础网格划分数量: 全区划分基础网格86个)
    "检查", "巡查",  # places inspected (学校食堂检查家数: 检查学校食堂420家)
    "办理",  # cases handled (法律援助案件办理数: 办理…法律援助案件300件)
    "组建",  # teams formed (家庭医生团队组建数: 组建家庭医生团队46个)
)  # fmt: skip
_WORDS_BETWEEN = 12  # at most this many characters of qualifiers between the act and the thing
_TOPIC = re.compile("操作技能|技术|技能|实用")  # what a training teaches, a goal may leave out
_TRAINEES = re.compile("(?:户|人员|学员)$")  # whom a training is for, said after its topic


def swapped(thing: str, clause: str) -> bool:
    """Whether ``clause`` (the words before a count) names ``thing`` (an indicator's name without
    its 数量/量) with its act and its object the other way round: the object's characters all
    there (of a training's, those of whom it trains: 椰农操作技能培训, 培训椰农), and the clause
    ending in the object (收购…牦牛肉) or, for a name that opens with its act, in the act
    (年糕小作坊改造)."""
    for act in _ACTS:
        if thing.endswith(act) and len(thing) - len(act) >= 2:
            obj = thing[: -len(act)]
            # (烘干点建设 said 建成烘干点: building in any word for it, each of two characters)
            at = max(clause.rfind(word) for word in _SAID_AS.get(act, (act,)))
            after = clause[at + len(act) :] if at >= 0 else ""
            # (whom a training is for, less its topic: 椰农操作技能培训 said 培训椰农600人次)
            whom = _TOPIC.sub("", obj) if act == "培训" else obj
            if act == "培训":  # (培训初加工户600人次: the trainees, of 初加工技术培训人次)
                after = _TRAINEES.sub("", after)
            if (
                after
                and len(after) <= _WORDS_BETWEEN
                and after[-2:] in obj
                and len(whom) >= 2
                and set(whom) <= set(clause)
            ):
                return True
        elif thing.startswith(act) and len(thing) - len(act) >= 2 and clause.endswith(act):
            obj, before = thing[len(act) :], clause[: -len(act)]
            if before[-2:] in obj and set(obj) <= set(before[-len(obj) - _WORDS_BETWEEN :]):
                return True
            if len(obj) >= 3 and before[-1:] == obj[-1] and in_order(obj, before[-len(obj) - 3 :]):
                return True  # (储备食用油轮换 for 轮换储备油: a word more inside the object)
    return False


def broken_down(after: str, unit: str, name: str = "") -> bool:
    """A count followed by its parts in brackets, in its unit (共1000座（检修800座、改造200座）):
    a total of several works, none of them the one a name counts; not how often (自查12次
    （每月1次）: the count is the whole). Given the ``name`` right before the count, parts that
    are kinds the name does not name (覆盖平台企业12家（外卖5家、出行3家） for 覆盖平台企业数)
    leave the total the name's."""
    m = _BRACKETED.match(after)
    if m is None or m[1].lstrip().startswith("每"):
        return False
    if re.search(rf"\d\s*{re.escape(unit)}", m[1]) is None:
        return False
    return not name or not _kinds_apart(m[1], name)


def parts_listed(about: str, name: str) -> int:
    """Where the brackets that open ``about`` close when they list parts, each words then a
    count, none of them the kind ``name`` counts (路面改造（沥青罩面30公里、水泥路面修复12公里）
    for 路面改造里程: the whole said elsewhere); 0 when they do not."""
    m = _BRACKETED.match(about)
    if m is None or re.search(r"\d", m[1]) is None or not _kinds_apart(m[1], name):
        return 0
    return m.end()


def part_of_count(own: str, unit: str) -> bool:
    """The count that ``own`` leads to stands in brackets opened right after a count in its
    unit: a part of that count (共300万尾（双溪河180万尾、…）); :func:`broken_down` reads the
    same brackets forward, from the whole."""
    opened = max(own.rfind("（"), own.rfind("("))
    if opened < 0 or opened < max(own.rfind("）"), own.rfind(")")):
        return False
    return re.search(rf"\d\s*{re.escape(unit)}\s*$", own[:opened]) is not None


def _kinds_apart(inside: str, name: str) -> bool:
    """Each part in brackets (线下40场、线上20场) is words then a count, and no part's words
    are in ``name`` in order (新建8座 for 新建养殖棚舍: the name counts that part)."""
    for part in _PART_SPLIT.split(inside.strip()):
        m = _PART.match(part)
        if m is None:
            return False  # (2025年1800户: parts by year, or words unsure)
        if in_order(m[1], name):
            return False
    return True


_BRACKETED = re.compile(r"^\s*[（(]([^（()）]{1,60})[)）]")
_PART_SPLIT = re.compile(r"[、，,；;]")
_PART = re.compile(r"^\s*(?:其中|含)?[:：]?\s*([\u4e00-\u9fff]{2,12})\s*\d")


def act_first(name: str) -> str:
    """``name`` with an act it ends with put first (烘干塔新建: 新建烘干塔), as it reads after the
    act; else as it is."""
    for act in _ACTS:
        if name.endswith(act) and len(name) - len(act) >= 2:
            return act + name[: -len(act)]
    return name


def worded_alike(thing: str) -> tuple[str, ...]:
    """``thing`` and its wordings with its act in another word for building (新建密集烤房:
    建成密集烤房, 建设密集烤房), as a goal may say it."""
    for act in _BUILT:
        if thing.startswith(act) and len(thing) - len(act) >= 2:
            rest = thing[len(act) :]
            return (thing, *(other + rest for other in _BUILT if other != act))
    return (thing,)


_BUILT = ("新建", "建成", "建设")
BUYING = ("购置", "采购", "购买")  # the acts of buying a name may end with
_BOUGHT = (*BUYING, "新增", "配置")  # the words a goal says them with (新增冷藏车30辆)
# the words a goal says an act with (烘干点建设: 建成烘干点; 冷藏车购置: 新增冷藏车30辆)
_SAID_AS = {
    **dict.fromkeys(_BUILT, _BUILT),
    **dict.fromkeys(BUYING, _BOUGHT),
    "年产": ("年产", "生产"),  # (艾条年产量: 全年生产艾条30万支)
}


# a capacity to handle goods it names (日处理鲜药材能力): said as the amount handled (not
# 日处理能力, whose goal says the capacity: 单套日处理能力达到50吨)
_HANDLING_CAPACITY = re.compile(r"(?:处理|加工|烘干|屠宰|储存|贮存)[\u4e00-\u9fff]{1,4}能力$")


def thing_counted(core: str, unit: str) -> str:
    """What a name (without its 数/数量) counts, as a goal says it before a count in ``unit``:
    an amount without its 量 or 产量 (牦牛肉收购量, 一级种薯扩繁产量: 收购牦牛肉800吨,
    扩繁一级种薯1.2万吨; a year's output keeps its 年产), an area without its 面积."""
    if unit in AREAS and core.endswith("面积") and len(core) >= 6:
        return core[:-2]
    if unit in WEIGHTS and _HANDLING_CAPACITY.search(core):
        return core[:-2]  # (烘干房日处理鲜药材能力: 日处理鲜药材8吨)
    if core.endswith("产量") and core[-3:-2] not in ("年", "生", "总") and len(core) >= 5:
        return core[:-2]
    if unit in WEIGHTS and core.endswith("重量") and len(core) >= 6:
        return core[:-2]  # (集中销毁假冒商品重量: 集中销毁假冒商品50吨)
    return core[:-1] if core.endswith("量") else core


def named_in(thing: str, clause: str) -> bool:
    """``clause`` (the words before a count) names ``thing`` with words of its own between the
    name's, in order, ending as it ends (开展家政服务技能培训 for 家政技能培训), its act for
    building in any word for it (建成…密集烤房 for 新建密集烤房)."""
    return clause.endswith(thing[-2:]) and any(
        in_order(said, clause) for said in worded_alike(thing)
    )


def in_order(word: str, text: str) -> bool:
    """Every character of ``word`` in ``text``, in order (other words may stand between)."""
    rest = iter(text)
    return all(ch in rest for ch in word)


def omits_word(core: str, text: str) -> bool:
    """``text`` says ``core`` (a name without its 数/数量) less one word of two or three
    characters inside it, the rest as one run (培育良种苗木 for 培育元宝枫良种苗木): no other word
    in its place (新建污水管网 is not 新建雨水管网, 农产品定量检测 not 农产品快速检测), four
    characters at least left; not less its first or last word (节水闸门 is not 节水闸门安装), nor
    less a word that makes it a part (调解案件 is not 调解成功案件)."""
    return any(
        core[:i] + core[i + n :] in text and core[i : i + n] not in _QUALIFYING
        for n in (2, 3)
        if len(core) - n >= 4
        for i in range(1, len(core) - n)
    )


# words that make a count a part of another (调解成功案件, 检测合格批次, 重点企业)
_QUALIFYING = frozenset(("成功", "合格", "达标", "优秀", "重点", "新增", "新建", "累计", "高危",
                         "困难", "贫困", "首次", "一次", "优质"))  # fmt: skip


# where the words after a name may stop speaking of it (建成…平台，在全县安装终端1200个)
CLAUSE_PART = re.compile(r"[，,。；;]")
CLAUSE_END = re.compile(r"[。；;！!]")  # a sentence's end
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{1,4}[：:]")  # 时间：年中, 次数：2次


def about_name(after: str) -> str:
    """The words after a name that still speak of it: its clause, and the clauses after it
    that give its attributes (联络员会议，时间：年中、年末；次数：2次), not another thing's
    (建成…平台，在全县安装终端1200个)."""
    parts = CLAUSE_PART.split(after)
    kept = [parts[0]]
    for part in parts[1:]:
        if not _LABELLED.match(part):
            break
        kept.append(part)
    return "，".join(kept)


# What a clause says around a count: a count per year, for each one, of what there is already,
# of several things together, or a rough one (read by :mod:`goalbook.rules.goaltext`)
YEARLY = re.compile(r"每年|年均|每一年|本年度|当年|今年")  # a count per year, or this year's
STOCK = re.compile(r"已|现有|目前|原有|共有|现状")  # 已建成12个消防站: what there is, no target
EACH_BEFORE = re.compile(r"(?:各|每)[\u4e00-\u9fff]{0,3}$")
# the clause counts for each one (每个示范点带动农户200户, 每室配齐…1套, 每期学员不少于15人)
EACH_IN = re.compile(r"每(?:个|一|处|所|村|户|室|间|站|校|家|座|期|班|批)")
# 各 before the act of a count's clause (12个村（社区）各组建广场舞队1支, 两镇各改造1个加工点): a
# count for each, its thing of up to twelve characters (各建成厕所粪污集中处理站1座; not 各类,
# 各项, 各级, 各种: all kinds)
EACH_ACT = re.compile(r"各(?![类项级种界地])[\u4e00-\u9fff]{0,14}$")
JOINS = "、和及与"  # what joins things counted together (面塑、糖画课后服务班16个)


def joined(core: str, clause: str) -> bool:
    """The clause counts the named thing together with others (开设面塑、糖画课后服务班16个
    against 面塑课后服务班数): its count is theirs together, not the indicator's (not the places
    listed before it, 在北坞村、上砚村建成村史馆3个: the thing is where its first words are)."""
    start = clause.find(core[:2])
    start = clause.find(core[0]) if start < 0 else start
    if start < 0:
        return False
    joins = [ch for ch in JOINS if ch not in core]
    return (start > 0 and clause[start - 1] in joins) or any(ch in clause[start:] for ch in joins)


def rough(before: str) -> bool:
    """The count after ``before`` is said roughly (约860头, 近3000人): no contradiction of any
    target."""
    return before.rstrip().endswith(("约", "近"))


def per_each(before: str) -> bool:
    """The count after ``before`` is for each one of something (每期, 每场, 各村), other than
    each year (每年: a year's count, held against the year's target)."""
    return EACH_BEFORE.search(before[-6:]) is not None and YEARLY.search(before[-5:]) is None
