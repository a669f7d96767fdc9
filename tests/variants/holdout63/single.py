"""Single-project returns exported from the 预算管理一体化 system and edited by the unit: long
column lists, tiers filled down or merged again, 比较符 │ 数值 │ 单位 columns, budget detail lines
with the economic code in front of the name."""

from __future__ import annotations

from dataclasses import replace

from tests.variants.holdout63 import sets
from tests.variants.holdout63.common import detail, export_head, header, rows, sign, with_mark
from tests.variants.holdout63.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day

LONG = 14


@variant(
    "ju01-long-columns",
    (3,),
    "project, NAT-2021, the export's long column list "
    "(项目编码 · 项目名称 · tiers filled down · 指标解释 · 指标值设定依据 · 评（扣）分标准 · "
    "数据来源 · 分值 · 指标方向 · 计量单位 · 年度指标值 without its unit)",
)
def ju01() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", (14, 16, 10, 12, 24, 22, 12, 26, 12, 6, 8, 10, 12))
    code, name = "35042125000101", "农村饮水工程维修养护"
    export_head(
        s,
        year=2027,
        code=code,
        name=name,
        dept="桐岭县水利局（318）",
        unit="桐岭县农村供水管理站",
        width=13,
        money=(245, 245, 0, 245, 245, 0),
        goals=[
            "完成全县42处农村集中供水工程维修养护和18公里老旧管网更新改造，"
            "保障6.8万农村人口饮水安全，出厂水水质稳定达标。"
        ],
    )
    keys = [
        "code",
        "pname",
        "t1",
        "t2",
        "name",
        "expl",
        "basis",
        "rule",
        "src",
        "pts",
        "dir",
        "unit",
        "bare",
    ]
    s.row(*header(keys))
    s.table(rows(sets.WATER, keys, (code, name)))
    s.row("合计", None, None, None, None, None, None, None, None, 100)
    sign(s, "陈立川", day(2026, 11, 18, CN_DATE))
    return b


@variant(
    "ju02-long-columns-defects",
    (3, 11),
    "project, NAT-2021, long column list in the "
    "unit's order, tiers merged again: points add to 95, a 反向 time limit with ≥",
)
def ju02() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (12, 12, 26, 24, 28, 6, 10, 12, 10, 12, 12))
    export_head(
        s,
        year=2027,
        code="35042625000318",
        name="职业技能提升培训补贴",
        dept="白鹭区人力资源和社会保障局（226）",
        unit="白鹭区就业服务中心",
        width=11,
        attr="常年项目",
        money=(360, 360, 0, 360, 360, 0),
        fmt=WAN,
        goals=[
            "开展职业技能提升补贴性培训2400人，培训合格率85%以上，培训后就业率"
            "70%以上，按规定及时审核拨付培训补贴。"
        ],
    )
    inds = list(sets.TRAIN)
    inds[1] = replace(inds[1], pts=5)  # 95 in all
    inds[4] = with_mark(
        replace(inds[4], op="≥"),
        "value",
        "T108",
        "warning",
        row=True,
        note="审核拨付时间 is 反向 (the direction column says so) but uses ≥",
    )
    keys = ["t1", "t2", "name", "expl", "rule", "pts", "dir", "value", "unit", "basis", "src"]
    s.row(*header(keys))
    s.table(rows(inds, keys, fill=False), merged=(1, 2))
    b.file_mark("W101", "error", note="points add up to 95, not 100")
    sign(s, "林晓岚", "2026年11月")
    return b


@variant(
    "ju03-split-two-periods",
    (8,),
    "three-year project, NAT-2021, 指标方向 · 比较符 · "
    "实施期指标值 · 年度指标值 · 计量单位 · 分值, bare numbers and percent cells",
)
def ju03() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (12, 12, 26, 10, 8, 12, 12, 12, 8))
    export_head(
        s,
        year=2027,
        years=3,
        code="35042125000207",
        name="农村公路养护提升工程",
        dept="桐岭县交通运输局（321）",
        unit="桐岭县公路事业发展中心",
        width=9,
        attr="新增项目",
        money=(1860, 1860, 0, 620, 620, 0),
        goals=[
            "2027—2029年完成农村公路中修96公里、危桥改造12座，优良中等路率达到"
            "85%，健全“路长制”管护机制。",
            "2027年完成农村公路中修32公里、危桥改造4座，优良中等路率达到83%。",
        ],
    )
    keys = ["t1", "t2", "name", "dir", "op", "pernum", "num", "unit", "pts"]
    s.row(*header(keys))
    s.table(rows(sets.ROAD, keys, fill=False), merged=(1, 2))
    sign(s, "黄永泰", day(2026, 11, 25, CN_DATE))
    return b


@variant(
    "ju04-split-operator-defects",
    (1, 11),
    "project, NAT-2021, 比较符 in words · 数值 · "
    "计量单位 columns, project in every row: a value in 万元 for a length, a rate given as a "
    "count of villages, a 反向 repair time with 大于等于",
)
def ju04() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标", (14, 16, 10, 12, 26, 10, 10, 12, 8, 10, 6))
    code, name = "35042625000412", "农村生活污水治理"
    export_head(
        s,
        year=2027,
        code=code,
        name=name,
        dept="泸湾市白鹭区生态环境分局（415）",
        unit="泸湾市白鹭区生态环境分局",
        width=11,
        money=(420, 400, 20, 420, 400, 20),
        goals=[
            "完成14个行政村生活污水治理，新建收集管网26公里，处理设施出水达标率"
            "90%以上，农村生活污水治理率达到65%。"
        ],
    )
    inds = list(sets.SEWAGE)
    inds[1] = with_mark(
        replace(inds[1], val="26万元"),
        "num",
        "T112",
        "error",
        row=True,
        note="管网 length given in 万元 against the unit column 公里",
    )
    inds[3] = with_mark(
        replace(inds[3], op="≥"),
        "opword",
        "T108",
        "warning",
        row=True,
        note="修复时间 is 反向 but uses 大于等于",
    )
    inds[9] = with_mark(
        replace(inds[9], val=38, unit="个"),
        "num",
        "T105",
        "error",
        row=True,
        note="治理率 given as 38 个 (villages), not a percentage",
    )
    keys = ["code", "pname", "t1", "t2", "name", "dir", "opword", "num", "unit", "type", "pts"]
    s.row(*header(keys, num="指标值"))
    s.table(rows(inds, keys, (code, name)))
    sign(s, "郑海鸥", day(2026, 11, 20, CN_DATE))
    return b


CARE_LINES = [
    ("30305 生活补助", 167.40, "1550人×90元/人·月×12月"),
    ("30227 委托业务费", 12.00, "第三方服务质量评估及回访"),
    ("30216 培训费", 3.00, "服务机构护理员培训2期"),
    ("30201 办公费", 2.60, "台账、宣传资料印制"),
    ("30211 差旅费", 1.00, "入户核查交通费用"),
]


@variant(
    "ju09-economic-codes",
    (12,),
    "project, NAT-2021, budget detail lines with the "
    "economic code in front (30305 生活补助 …) adding to the total; 一级 merged, 二级 filled; "
    "value with unit, 指标方向 as 正向指标/反向指标, 评（扣）分标准",
)
def ju09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 12, 26, 12, 12, 10, 6, 22, 28))
    export_head(
        s,
        year=2027,
        code="35042125000533",
        name="居家养老服务补贴",
        dept="桐岭县民政局（309）",
        unit="桐岭县社会福利中心",
        width=9,
        attr="常年项目",
        money=(186, 186, 0, 186, 186, 0),
        goals=[
            "为1550名经济困难、失能和高龄老人提供居家养老服务补贴，全年上门服务"
            "3.7万人次，服务对象满意度达到92%以上。"
        ],
    )
    detail(s, [(a, b_, c) for a, b_, c in CARE_LINES], 186.00)
    keys = ["t1", "t2", "name", "value", "dirshort", "unit", "pts", "expl", "rule"]
    s.row(*header(keys, value="指标值"))
    s.table(rows(sets.CARE, keys, fill=False), merged=(1,))
    sign(s, "吴丽萍", day(2026, 11, 16, CN_DATE))
    return b


@variant(
    "ju10-economic-codes-defects",
    (12,),
    "project, NAT-2021, economic-code detail lines "
    "that do not add to the total, plan dates a year before the title's, a rate given as "
    "a count of classrooms",
)
def ju10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 12, 26, 14, 10, 6, 10))
    export_head(
        s,
        year=2027,
        code="35048225000127",
        name="中小学智慧教室建设",
        dept="梧溪市教育局（401）",
        unit="梧溪市教育技术装备中心",
        width=7,
        attr="一次性项目",
        money=(580, 500, 80, 580, 500, 80),
        start=day(2026, 3, 1),
        end=day(2026, 12, 31),
        goals=[
            "新建中小学智慧教室116间，培训教师1200人次，设备验收合格率100%，受益学生5200人以上。"
        ],
    )
    b.file_mark(
        "Y101", "error", alt=("Y102",), note="title 2027年度 but plan dates 2026-03-01 … 2026-12-31"
    )
    detail(
        s,
        [
            ("31002 办公设备购置", 420.00, "116间×交互大屏、录播及配套设备"),
            ("31005 基础设施建设", 113.60, "教室电路及网络改造"),
            ("30216 培训费", 36.00, "1200人次×300元"),
            ("30227 委托业务费", 14.40, "项目监理及第三方检测"),
        ],
        580.00,
    )
    b.file_mark("B102", "error", alt=("B101",), note="420 + 113.6 + 36 + 14.4 = 584 ≠ 580")
    inds = list(sets.SCHOOL)
    inds[6] = with_mark(
        replace(inds[6], val=96, unit="间"),
        "value",
        "T105",
        "error",
        row=True,
        note="使用率 given as 96间",
    )
    keys = ["t1", "t2", "name", "value", "dir", "pts", "src"]
    s.row(*header(keys, value="指标值"))
    s.table(rows(inds, keys, fill=False), merged=(1, 2))
    sign(s, "许文博", day(2026, 11, 22, CN_DATE))
    return b
