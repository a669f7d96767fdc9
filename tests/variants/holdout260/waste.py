"""固体废物处置 and 生态环境监测 projects and the bureau's own department tables: operator
and unit columns with typed percentages, two stacked projects, a department table with shares
and tasks, a flat department list with weights (rj09, rj10, rj11, rj12, rj13, rj14)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout260.common import (
    ONE,
    OPS,
    book,
    detail,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout260.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


@variant("rj09-hazardous-typed-percent", (1, 10, 11), "one-year project, OLD-NAT, operator "
         "and unit columns: typed percentages 95% and 100%, 吨, ≥3百分点, 0起 with = "
         "(correct)")  # fmt: skip
def rj09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="危险废物集中处置能力提升项目", dept="桐湾区生态环境局（117）",
        unit="桐湾区固体废物管理中心",
        money=one_year_money(wan(420), wan(400), wan(20)),
        goals=["2026年集中处置危险废物8500吨，医疗废物全部收集处置，一般工业固体废物综合利用率"
               "比上年提高3个百分点，全年不发生危险废物非法倾倒事件。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "危险废物集中处置量", "≥", 8500, "吨"),
        (None, None, "产废单位规范化管理抽查", "≥", 150, "家"),
        (None, "质量指标", "危险废物规范化管理抽查合格率", "≥", pct(0.95), "%"),
        (None, None, "医疗废物收集处置率", "=", pct(1), "%"),
        (None, "时效指标", "医疗废物收运时限", "≤", 48, "小时"),
        (None, "成本指标", "单位危废处置财政补助标准", "≤", 450, "元/吨"),
        ("效益指标", "生态效益指标", "一般工业固体废物综合利用率提高", "≥", 3, "百分点"),
        (None, None, "危险废物非法倾倒事件", "=", 0, "起"),
        (None, "社会效益指标", "固体废物堆存量下降率", "≥", 8, "%"),
        ("满意度指标", "服务对象满意度指标", "产废企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "甘予安", "戚朗", "0575-87214408")
    return b


@variant("rj10-fly-ash-wrong", (1, 11), "one-year project, OLD-NAT, operator and unit "
         "columns: a tonnage whose unit column says 万元, a cost cap written with =")  # fmt: skip
def rj10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="生活垃圾焚烧飞灰无害化处置项目", dept="碧陂县生态环境分局（623）",
        unit="碧陂县固体废物管理站",
        money=one_year_money(wan(600), wan(560), wan(40)),
        goals=["2026年无害化处置生活垃圾焚烧飞灰15000吨，飞灰填埋场渗滤液达标排放，处置过程"
               "不发生二次污染。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "焚烧飞灰无害化处置量", "≥",
         mk("15000吨", "T112", "error", note="吨 in the value, 万元 in the unit column"), "万元"),
        (None, None, "飞灰稳定化产物检测", "≥", 24, "批次"),
        (None, "质量指标", "稳定化飞灰入场检测合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "检测报告出具时限", "≤", 7, "个工作日"),
        (None, "成本指标", "飞灰单位处置成本",
         mk("=", "T108", "warning", row=True, note="a cost cap written with =: ≤ meant"),
         380, "元/吨"),
        ("效益指标", "生态效益指标", "填埋场渗滤液化学需氧量浓度", "≤", 100, "mg/L"),
        (None, None, "飞灰处置二次污染事件", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "包敬一", "霍云舒", "0855-86420177")
    return b


def _groundwater(s: Sheet, lines: bool) -> None:
    """The first stacked project: groundwater monitoring (with its detail lines or not)."""
    project_head(
        s, year=2026, name="地下水环境质量监测项目", dept="澜溪县生态环境分局（340）",
        unit="澜溪县生态环境监测站",
        money=one_year_money(wan(128), wan(128), wan(0)),
        goals=["2026年完成40个地下水监测点位丰水期、枯水期两期采样分析，监测数据有效率达到"
               "90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "地下水监测点位采样", "≥40个"),
        (None, None, "监测频次", "≥2期"),
        (None, "质量指标", "监测数据有效率", "≥90%"),
        (None, "时效指标", "监测报告报送时间", "2026年12月15日前"),
        (None, "成本指标", "单点位单期监测成本", "≤1.6万元/点·期"),
        ("效益指标", "生态效益指标", "地下水污染风险预警能力", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "水源地管理单位满意度", "≥90%"),
    ])  # fmt: skip
    if lines:
        s.skip()
        detail(s, [
            ("采样及实验室分析", wan(112), "40个点位×2期×1.4万元"),
            ("监测井维护", wan(16), "40口×0.4万元/口"),
        ], wan(128))  # fmt: skip


@variant("rj11-monitoring-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column: the same 监测数据有效率 with ≥90% and ≥95% (correct)")  # fmt: skip
def rj11() -> Book:
    b, s = book("Sheet1")
    _groundwater(s, lines=False)
    s.skip(2)
    project_head(
        s, year=2026, name="城市声环境自动监测项目", dept="澜溪县生态环境分局（340）",
        unit="澜溪县生态环境监测站",
        money=one_year_money(wan(76), wan(70), wan(6)),
        goals=["2026年运维城区12个功能区声环境自动监测站，监测数据有效率达到95%以上，按季度"
               "发布城市声环境质量状况。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "功能区声环境自动监测站运维", "≥12个"),
        (None, None, "声环境质量状况发布", "≥4次"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "季度监测报告发布时间", "季度结束后15日内"),
        (None, "成本指标", "单站年运维成本", "≤6万元/个"),
        ("效益指标", "社会效益指标", "夜间声环境功能区达标率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "阎清和", "柯雨桐", "0855-86420166")
    return b


@variant("rj12-monitoring-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column, detail lines under each: the second's lines miss its 合计, a 达标率 as a "
         "count")  # fmt: skip
def rj12() -> Book:
    b, s = book("Sheet1")
    _groundwater(s, lines=True)
    s.skip(2)
    project_head(
        s, year=2026, name="城市声环境自动监测站建设项目", dept="澜溪县生态环境分局（340）",
        unit="澜溪县生态环境监测站", attr="新增项目",
        money=one_year_money(wan(210), wan(210), wan(0)),
        goals=["2026年新建声环境功能区自动监测站8个并接入省级平台，功能区声环境质量实现"
               "实时监测。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建声环境自动监测站", "≥8个"),
        (None, "质量指标", "监测站点验收合格率", "≥95%"),
        (None, None, "声环境功能区监测点位达标率",
         mk("≥24个", "T105", "error", note="a 达标率 given as a count")),
        (None, "时效指标", "站点建成并联网时间", "2026年10月31日前"),
        (None, "成本指标", "单站建设成本", "≤15万元/个"),
        ("效益指标", "社会效益指标", "噪声投诉处理办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    detail(s, [
        ("监测站点建设及设备购置", wan(120), "8个×15万元/个"),
        ("数据平台接入", wan(45), "省级平台接口开发及联调"),
        ("站房及配套电力改造", wan(35), "8个×4.375万元/个"),
    ], mk(wan(210), "B102", "error", row=True, note="120 + 45 + 35 = 200, not 210"))  # fmt: skip
    return b


TASKS: list[tuple[Any, ...]] = [
    ("大气污染防治", "VOCs治理、扬尘管控、重污染天气应急", wan(380), "PM2.5年均浓度≤33微克/立方米"),
    ("水污染防治", "入河排污口整治、饮用水水源地保护", wan(300), "国考断面水质优良比例≥85%"),
    ("土壤及固废监管", "建设用地调查、危废规范化管理", wan(160), "耕地安全利用率≥93%"),
    ("生态环境监测", "自动站运维、监督性监测", wan(120), "监测数据有效率≥90%"),
    ("金额合计", None, wan(960), None),
]


@variant("rj13-department-shares", (1, 12), "department, NAT-2021: amounts and typed shares "
         "that agree, four tasks adding to 项目支出, a 权重 column adding to 100 "
         "(correct)")  # fmt: skip
def rj13() -> Book:
    b, s = book("部门整体", (16, 18, 30, 18, 18, 12))
    department_head(
        s, year=2026, dept="岑塘区生态环境局",
        budget=[(wan(2400), wan(2208), wan(192), wan(1440), wan(960)),
                (pct(1), pct(0.92), pct(0.08), pct(0.6), pct(0.4))],
        tasks=TASKS,
        goal="目标1：城区PM2.5年均浓度不高于33微克/立方米；目标2：国考断面水质优良比例达到85%；"
             "目标3：全年不发生较大及以上突发环境事件。",
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "完成涉VOCs企业治理", "≥40家", 10),
        (None, None, "入河排污口整治", "≥60个", 10),
        (None, None, "重点排污单位监督性监测", "≥120家", 10),
        (None, "质量指标", "自动监测数据有效率", "≥90%", 10),
        (None, "时效指标", "环境信访投诉按期办结率", "≥98%", 10),
        ("成本指标", "经济成本指标", "单家企业监督性监测成本", "≤0.5万元/家", 10),
        ("效益指标", "生态效益指标", "城区PM2.5年均浓度", "≤33微克/立方米", 10),
        (None, None, "国考断面水质优良比例", "≥85%", 10),
        (None, None, "受污染耕地安全利用率", "≥93%", 5),
        (None, "社会效益指标", "较大及以上突发环境事件", "=0起", 5),
        ("满意度指标", "服务对象满意度指标", "公众对生态环境质量满意度", "≥88%", 10),
    ])  # fmt: skip
    note(s, "注：权重合计100分；浓度单位为微克/立方米。")
    return b


@variant("rj14-department-flat-wrong", (3, 11, 12), "department, flat list (指标名称 · 指标方向 "
         "· 指标值 · 计量单位 · 权重): 基本支出 + 项目支出 ≠ 资金总额, a 反向 rate with ≥, "
         "weights adding to 95")  # fmt: skip
def rj14() -> Book:
    b, s = book("Sheet1", (24, 14, 30, 18, 18, 12))
    tasks = [
        ("执法监管", "污染源监督检查、执法监测", wan(260), "检查企业≥200家"),
        ("环境监测", "水质自动站运行", wan(240), "自动站稳定运行"),
        ("污染防治攻坚", "危废规范化管理、扬尘管控", wan(200), "抽查合格率≥95%"),
        ("金额合计", None, wan(700), None),
    ]
    department_head(
        s, year=2026, dept="望川县生态环境分局",
        budget=[(mk(wan(1860), "B101", "error", row=True, note="1100 + 700 = 1800, not 1860"),
                 wan(1700), wan(160), wan(1100), wan(700))],
        tasks=tasks,
        goal="2026年县城PM2.5年均浓度不高于36微克/立方米，危险废物规范化管理抽查合格率达到"
             "95%以上，生态环境信访投诉办结率达到98%。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="15+10+15+10+15+10+10+10 = 95, not 100")
    s.row("指标名称", "指标方向", "指标值", "计量单位", "权重")
    s.table([
        ("大气污染源监督检查", "正向", "≥200", "家", 15),
        ("水质自动监测站运行", "正向", "≥6", "个", 10),
        ("危险废物规范化管理抽查合格率", "正向", "≥95", "%", 15),
        ("重点排污单位超标排放率", "反向",
         mk("≥3", "T108", "warning", row=True, note="a 超标排放率 is 反向: ≤3% meant"), "%", 10),
        ("县城PM2.5年均浓度", "反向", "≤36", "微克/立方米", 15),
        ("生态环境信访投诉办结率", "正向", "≥98", "%", 10),
        ("单家企业执法监测成本", "反向", "≤0.6", "万元/家", 10),
        ("公众生态环境满意度", "正向", "≥85", "%", 10),
    ])  # fmt: skip
    sign(s, "骆新禾", "尹松涛", "0771-85306231")
    return b
