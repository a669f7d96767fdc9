"""Drying facilities for 花椒 and 枸杞: zl13–zl18 (money, exports, artefacts, points)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout470.common import (
    BERRY_DEPT,
    H4,
    YEAR,
    indicators,
    note,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout470.registry import variant
from tests.variants.kit import Book, mk, money

DEPT_H = ("一级指标", "二级指标", "三级指标", "年度指标值")


@variant(
    "zl13-drying-department-money",
    (12,),
    "department, NAT-2021: budget, four key tasks "
    "adding to 金额合计 = 项目支出, a 注 explaining the total, 含水率 with ≤ (correct)",
)
def zl13() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="杞源县特色林果烘干服务中心",
        budget=[(wan(860), wan(700), wan(160), wan(260), wan(600))],
        goal="制干枸杞鲜果6000吨、烘干花椒1500吨，清洁能源烘干占比60%以上。",
        tasks=[
            ("枸杞热风制干线改造", "改造制干线6条", wan(260), "制干≥6000吨"),
            ("花椒烘干房运维", "运维乡镇烘干房", wan(180), "烘干≥1500吨"),
            ("烘干燃料清洁替代", "以生物质和电替代燃煤", wan(100), "清洁能源≥60%"),
            ("检测与技术培训", "抽检产品，培训烘干员", wan(60), "培训≥300人次"),
            ("金额合计", None, wan(600), None),
        ],
    )
    note(s, "注：金额合计为项目支出合计，不含基本支出260万元。")
    indicators(s, DEPT_H, [
        ("产出指标", "数量指标", "枸杞鲜果制干量", "≥6000吨"),
        (None, None, "花椒烘干量", "≥1500吨"),
        (None, "质量指标", "制干枸杞一级品率", "≥85%"),
        (None, None, "烘干花椒含水率", "≤11%"),
        (None, "时效指标", "烘干设施改造完成时间", "6月30日前"),
        ("成本指标", "经济成本指标", "清洁燃料替代补助标准", "≤120元/吨"),
        (None, "生态环境成本指标", "烘干燃煤消耗量", "≤200吨"),
        ("效益指标", "经济效益指标", "制干枸杞增值收益", "≥1200万元"),
        (None, "生态效益指标", "清洁能源烘干占比", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "烘干服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "王海霞", "0953-4152290")
    return b


@variant(
    "zl14-drying-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their 金额合计",
)
def zl14() -> Book:
    b, s = start()
    total = mk(wan(640), "B101", "error", row=True, note="基本支出 230 + 项目支出 400 = 630")
    lines = mk(wan(400), "B102", "error", alt=("B101",), note="200 + 120 + 70 = 390，不是 400")
    department_head(
        s,
        year=YEAR,
        dept="丹椒县花椒产业服务中心",
        budget=[(total, wan(560), wan(80), wan(230), wan(400))],
        goal="新建花椒烘干房50座，更新烘干设备，培训烘干操作员400人次。",
        tasks=[
            ("花椒烘干房新建", "在6个乡镇新建烘干房", wan(200), "新建≥50座"),
            ("烘干设备更新", "更换热泵烘干机组", wan(120), "更新≥40台"),
            ("烘干技术培训", "培训烘干操作员", wan(70), "培训≥400人次"),
            ("金额合计", None, lines, None),
        ],
    )
    indicators(s, DEPT_H, [
        ("产出指标", "数量指标", "新建花椒烘干房", "≥50座"),
        (None, None, "热泵烘干机组更新", "≥40台"),
        (None, "质量指标", "烘干房竣工验收合格率", "100%"),
        (None, "时效指标", "烘干房投用时间", "7月15日前"),
        ("成本指标", "经济成本指标", "单座烘干房建设补助", "≤4万元/座"),
        ("效益指标", "经济效益指标", "烘干花椒亩均增收", "≥300元/亩"),
        (None, "可持续影响指标", "烘干房运营管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟丽", "0838-6228814")
    return b


@variant(
    "zl15-drying-export",
    (7,),
    "budget-system export: money lines with codes on sheet "
    "部门项目支出预算05-1, the indicator table on sheet 部门项目支出绩效目标05-2 under a "
    "header on the third row, code and project name in the first columns (correct)",
)
def zl15() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 24, 16, 14, 12))
    code, name = "5329172501004", "丹椒县花椒烘干设施提升项目"
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位名称：丹椒县林业和草原局", None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出功能分类", "资金性质", "金额")
    s.row(code, name, "2130299 其他林业和草原支出", "一般公共预算拨款", money(85))
    s.row(code, name, "2130299 其他林业和草原支出", "单位自有资金", money(15))
    s.row("合计", None, None, None, money(100))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 28, 12, 16, 26, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：丹椒县林业和草原局", None, None, "单位：万元")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "新建花椒烘干房", "≥30座"),
        (None, None, None, "质量指标", "烘干花椒色泽合格率", "≥92%"),
        (None, None, None, "时效指标", "烘干房投用时间", "7月31日前"),
        (None, None, "成本指标", "经济成本指标", "单座烘干房建设补助", "≤2.8万元/座"),
        (None, None, "效益指标", "经济效益指标", "使用烘干的椒农亩均增收", "≥300元/亩"),
        (None, None, None, "社会效益指标", "带动椒农就近务工", "≥100人"),
        (None, None, "满意度指标", "服务对象满意度指标", "椒农满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "zl16-drying-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below "
    "the table: a total split by a space, an amount pasted twice, a unit cost rounded to 0",
)
def zl16() -> Book:
    b, s = start()
    split = mk("128.6 5", "X105", "warning", alt=("X103",), note="128.65 被空格断开，存为文本")
    project(
        s,
        "丹椒县花椒集中烘干中心建设项目",
        "丹椒县椒乡农产品加工服务站",
        one_year(split, 110, 18.65),
        ["建成花椒集中烘干线4条，年烘干花椒2000吨。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "集中烘干花椒量", "≥2000吨"),
        (None, None, "新建烘干线", "≥4条"),
        (None, "质量指标", "烘干花椒含水率达标率", "≥95%"),
        (None, "时效指标", "烘干线投产时间", "7月15日前"),
        (None, "成本指标", "每吨花椒烘干能耗成本",
         mk("≤0万元/吨", "T115", "error", note="约 0.015 万元/吨四舍五入成 0")),
        ("效益指标", "经济效益指标", "烘干服务收入", "≥60万元"),
        (None, "社会效益指标", "带动椒农就近务工", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("支出明细", "明细项目", None, "金额（万元）")
    twice = mk("30万30万（含安装）", "X106", "error", alt=("B108",), note="30万粘贴了两次")
    for item, amount in (
        ("烘干设备购置", money(60)),
        ("烘房土建改造", twice),
        ("燃料及电力配套", money(20)),
        ("操作人员培训", money(18.65)),
        ("合计", money(128.65)),
    ):
        s.row(None, item, None, amount)
    sign(s, "钟丽", "0838-6228814")
    return b


@variant(
    "zl17-drying-page-break",
    (4,),
    "department, NAT-2021, weight column: a 小计 row after "
    "each tier-1, the header repeated after a page break, a 合计 row (correct)",
)
def zl17() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="杞源县枸杞制干技术服务站",
        budget=[(wan(300), wan(270), wan(30), wan(120), wan(180))],
        goal="制干枸杞2500吨，开展烘干技术指导120场次，清洁能源制干比例70%以上。",
    )
    head = (*DEPT_H, "权重")
    blocks = (
        [("产出指标", "数量指标", "制干枸杞加工量", "≥2500吨", 15),
         (None, None, "烘干技术指导场次", "≥120场", 10),
         (None, "质量指标", "制干枸杞一级品率", "≥85%", 10),
         (None, "时效指标", "制干设备检修完成时间", "6月15日前", 5)],
        [("成本指标", "经济成本指标", "每吨制干补助标准", "≤200元/吨", 10),
         (None, "生态环境成本指标", "制干环节燃煤用量", "≤150吨", 10)],
        [("效益指标", "经济效益指标", "带动种植户增收", "≥500万元", 10),
         (None, "生态效益指标", "清洁能源制干比例", "≥70%", 10),
         (None, "可持续影响指标", "技术服务机制运行年限", "≥3年", 10)],
        [("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", 10)],
    )  # fmt: skip
    s.row(*head)
    for i, rows in enumerate(blocks):
        if i == 2:  # page break: a blank line and the header again
            s.skip()
            s.row(*head)
        s.table(rows, merged=(1, 2))
        s.row("小计", None, None, None, sum(r[4] for r in rows), merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "王海霞", "0953-4152290")
    return b


@variant(
    "zl18-drying-tier-points",
    (5, 10),
    "project, NAT-2021, tier-1 score column and "
    "indicator score column: 效益 declares 30 over 25, 生态效益指标 under 成本指标",
)
def zl18() -> Book:
    b, s = start("绩效目标", (14, 10, 18, 28, 16, 10))
    project(
        s,
        "杞源县枸杞热风制干生产线改造项目",
        "杞源县特色林果烘干服务中心",
        one_year(150, 130, 20),
        ["改造热风制干线3条，年制干鲜果能力3000吨。"],
        dept=BERRY_DEPT,
    )
    declared = mk(30, "W103", "error", alt=("W101",), note="其下分值 10 + 10 + 5 = 25")
    wrong = mk(
        "生态效益指标", "F105", "error", alt=("F104",), note="应为生态环境成本指标或放在效益指标下"
    )
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "改造热风制干线", "≥3条", 10),
        (None, None, None, "年制干鲜果能力", "≥3000吨", 10),
        (None, None, "质量指标", "制干枸杞一级品率", "≥85%", 10),
        (None, None, "时效指标", "生产线投运时间", "6月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单条生产线改造补助", "≤40万元/条", 10),
        (None, None, wrong, "制干环节燃煤用量", "≤300吨", 10),
        ("效益指标", declared, "经济效益指标", "制干枸杞增值收益", "≥400万元", 10),
        (None, None, "社会效益指标", "带动制干季节性用工", "≥60人", 10),
        (None, None, "可持续影响指标", "改造设备设计使用年限", "≥10年", 5),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计 95 随 W103 而来，容忍")
    sign(s, "马玉兰", "0953-4128867")
    return b
