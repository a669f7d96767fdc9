"""Exports from 汀澜省's 预算管理一体化 system (sheets 05-1 and 05-2, header on the third row,
project codes in the first column, tiers filled in every row) and a county department's flat
list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout128.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

H51 = ("项目代码", "项目名称", "预算年度", "资金总额", "中央补助", "省级资金", "市县配套")
H52 = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "度量单位")


def export(b: Book, year_title: str, unit: str, projects: Sequence[tuple[str, str, Sequence[Any],
           Sequence[Sequence[Any]]]]) -> Sheet:  # fmt: skip
    """Sheets 05-1 (money, one row per project) and 05-2 (one row per indicator, the project
    code and name repeated in every row); returns the 05-2 sheet."""
    m = b.sheet("转移支付预算05-1", (24, 34, 10, 14, 14, 14, 14))
    m.row("转移支付项目预算表（05-1表）", *[None] * 6, merge=[(1, 7)])
    m.row(f"单位名称：{unit}", None, None, None, None, None, "单位：万元", merge=[(1, 6)])
    m.row(*H51)
    for code, name, amounts, _ in projects:
        m.row(code, name, *amounts)
    g = b.sheet("转移支付绩效目标05-2", (24, 30, 12, 16, 34, 14, 10))
    g.row(f"{year_title}转移支付项目绩效目标表（05-2表）", *[None] * 6, merge=[(1, 7)])
    g.row(f"单位名称：{unit}", *[None] * 6, merge=[(1, 7)])
    g.row(*H52)
    for code, name, _, rows in projects:
        for r in rows:
            g.row(code, name, *r)
    return g


@variant("mh09-budget-system-export", (5, 7), "一体化 export 05-1/05-2, two projects, codes first")
def budget_system_export() -> Book:
    b = Book()
    export(
        b,
        "2026年",
        "汀澜省生态环境厅",
        [
            (
                "361000262100000012",
                "大气污染防治资金（省对下）",
                (2026, money(21800), money(15600), money(4200), money(2000)),
                [
                    ("产出指标", "数量指标", "燃煤锅炉淘汰改造数量", "≥180", "台"),
                    ("产出指标", "数量指标", "重点行业企业超低排放改造数量", "≥24", "家"),
                    ("产出指标", "质量指标", "改造项目竣工验收合格率", pct(1), "%"),
                    ("产出指标", "时效指标", "改造项目完工时间", "2026年11月30日前", None),
                    ("产出指标", "成本指标", "燃煤锅炉淘汰改造平均补助", "≤35", "万元/台"),
                    (
                        "效益指标",
                        "生态效益指标",
                        "设区市细颗粒物（PM2.5）平均浓度",
                        "≤29",
                        "微克/立方米",
                    ),
                    (
                        "效益指标",
                        "生态效益指标",
                        "设区市空气质量优良天数比率",
                        pct(0.935, "0.0%"),
                        "%",
                    ),
                    ("效益指标", "可持续影响指标", "大气污染源在线监控联网率", pct(1), "%"),
                    (
                        "满意度指标",
                        "服务对象满意度指标",
                        "公众对大气环境质量满意度",
                        pct(0.88),
                        "%",
                    ),
                ],
            ),
            (
                "361000262100000027",
                "土壤污染防治资金（省对下）",
                (2026, money(9650), money(7200), money(1650), money(800)),
                [
                    ("产出指标", "数量指标", "受污染耕地安全利用面积", "≥6.8", "万亩"),
                    ("产出指标", "数量指标", "土壤污染重点监管单位隐患排查数量", "≥130", "家"),
                    ("产出指标", "数量指标", "地下水环境监测井建设数量", "≥45", "眼"),
                    ("产出指标", "质量指标", "土壤监测数据有效率", pct(0.95), "%"),
                    ("产出指标", "时效指标", "隐患排查报告提交时间", "2026年9月30日前", None),
                    ("效益指标", "生态效益指标", "受污染耕地安全利用率", pct(0.93), "%"),
                    ("效益指标", "生态效益指标", "重点建设用地安全利用", "有效保障", None),
                    ("效益指标", "可持续影响指标", "土壤污染防治监管体系", "健全", None),
                    ("满意度指标", "服务对象满意度指标", "项目区群众满意度", pct(0.9), "%"),
                ],
            ),
        ],
    )
    return b


@variant(
    "mh10-export-year-and-rate", (5, 7), "一体化 export, 05-2 titled the wrong year, a rate >100%"
)
def export_year_and_rate() -> Book:
    b = Book()
    g = export(
        b,
        "2026年",
        "汀澜省林业局",
        [
            (
                "363000262200000041",
                "林业草原生态保护恢复资金（省对下）",
                (
                    2026,
                    money(18420),
                    money(13500),
                    money(3420),
                    money(1500),
                ),
                [
                    ("产出指标", "数量指标", "天然林管护面积", "≥1250", "万亩"),
                    ("产出指标", "数量指标", "生态护林员选聘人数", "≥8600", "人"),
                    ("产出指标", "数量指标", "退化林修复面积", "≥18", "万亩"),
                    (
                        "产出指标",
                        "质量指标",
                        "退化林修复验收合格率",
                        mk(pct(1.1), "T106", "error", note="110% on a 合格率"),
                        "%",
                    ),
                    ("产出指标", "时效指标", "生态护林员补助按季发放", "按时发放", None),
                    ("产出指标", "成本指标", "天然林管护补助标准", "≤10", "元/亩·年"),
                    ("效益指标", "生态效益指标", "森林覆盖率", pct(0.625, "0.0%"), "%"),
                    ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "‰"),
                    ("效益指标", "社会效益指标", "带动脱贫人口和监测对象增收人数", "≥5200", "人"),
                    ("满意度指标", "服务对象满意度指标", "生态护林员满意度", pct(0.9), "%"),
                ],
            ),
        ],
    )
    g.ws["A1"].value = None
    g.put(1, 1, "2025年转移支付项目绩效目标表（05-2表）")
    b.file_mark("Y101", "error", note="the 05-2 title says 2025; 05-1 预算年度 2026, dates 2026")
    g.row("363000262200000041", "林业草原生态保护恢复资金（省对下）", "产出指标", "时效指标",
          "退化林修复任务完成时间", "2026年12月31日前", None)  # fmt: skip
    return b


@variant("mh13-county-flat-department", (3,), "县农业农村局 department table, flat indicator list")
def county_flat_department() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 26, 16, 14, 16, 14))
    department_head(
        s,
        year=2026,
        dept="青桐市沙头县农业农村局",
        budget=[(money(4860.5), money(4610.5), money(250), money(1320.5), money(3540))],
        tasks=[
            (
                "高标准农田建设县级配套",
                "新建高标准农田1.2万亩的县级配套",
                money(1800),
                "按期建成验收",
            ),
            ("耕地地力保护补贴发放", "按核定面积发放补贴", money(960), "足额及时发放"),
            ("农机购置与应用补贴", "补贴各类农机具", money(520), "补贴农机具800台（套）"),
            ("动物疫病防控", "强制免疫、监测和应急处置", money(260), "不发生区域性重大动物疫情"),
            ("金额合计", None, money(3540), None),
        ],
        goal="目标1：建成高标准农田1.2万亩；目标2：足额发放耕地地力保护补贴；目标3：补贴农机具"
        "800台（套），主要农作物耕种收综合机械化率达到78%；目标4：重大动物疫病强制免疫密度"
        "保持在90%以上，不发生区域性重大动物疫情。",
        filled=day(2025, 11, 25),
    )
    s.skip()
    s.row("指标名称", "指标值", "度量单位", "指标性质", "备注", None)
    for r in [
        ("新建高标准农田面积", "≥1.2", "万亩", "正向", None),
        ("耕地地力保护补贴发放面积", "≥46", "万亩", "正向", None),
        ("补贴农机具数量", "≥800", "台（套）", "正向", None),
        ("主要农作物耕种收综合机械化率", pct(0.78), "%", "正向", None),
        ("重大动物疫病强制免疫密度", "≥90%", "%", "正向", None),
        ("耕地地力保护补贴兑付准确率", pct(1), "%", "正向", None),
        ("补贴资金兑付时限", "≤30", "工作日", "反向", "核定面积公示后"),
        ("高标准农田县级配套亩均投入", "≤1500", "元/亩", "反向", None),
        ("重大动物疫病免疫抗体合格率", pct(0.7), "%", "正向", None),
        ("粮食播种面积", "≥52", "万亩", "正向", "保持稳定"),
        ("农民对补贴政策满意度", pct(0.9), "%", "正向", None),
    ]:
        s.row(*r)
    s.skip()
    s.row("单位负责人：林国平", None, "财务负责人：何晓梅", None, "填表人：唐静", None)
    return b
