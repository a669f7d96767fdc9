"""Department money, exports, artefacts and template rows of both halves: zj13 to zj18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout468.common import YEAR, book, indicators, note, one_year, signature
from tests.variants.holdout468.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

FOUR = ("一级指标", "二级指标", "三级指标", "指标值")
BASE = "澄屿市导盲犬训练基地"
TRAVEL = "澜港市无障碍出行服务中心"


def _nat(first: str, second: str, cost: str, effect: str, happy: str) -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", *first.split("|")],
        [None, "质量指标", *second.split("|")],
        [None, "时效指标", "重点任务按期完成率", "≥95%"],
        ["成本指标", "经济成本指标", *cost.split("|")],
        ["效益指标", "社会效益指标", *effect.split("|")],
        ["满意度指标", "服务对象满意度指标", *happy.split("|"), "≥90%"],
    ]


@variant(
    "zj13-base-department",
    (12,),
    "department, NAT-2021: budget with shares, four tasks adding to 金额合计 = 项目支出, "
    "a footnote explaining the total (correct)",
)
def zj13() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept=BASE,
        budget=[
            [money(540), money(500), money(40), money(190), money(350)],
            [
                pct(1),
                pct(0.9259, "0.00%"),
                pct(0.0741, "0.00%"),
                pct(0.3519, "0.00%"),
                pct(0.6481, "0.00%"),
            ],
        ],
        tasks=[
            ["导盲犬训导", "训导并交付导盲犬", money(186), "交付24只"],
            ["种犬繁育", "繁育导盲犬幼犬", money(64), "繁育8窝"],
            ["训导员培训", "培训导盲犬训导员", money(72), "培训16人"],
            ["退役犬安置", "安置退役导盲犬", money(28), "安置12只"],
            ["金额合计", None, money(350), None],
        ],
        goal="全年向视障人士交付导盲犬24只，培训训导员16人，安置退役导盲犬12只。",
    )
    note(s, "注：金额合计为项目支出，不含基本支出190万元。")
    s.row("年度绩效指标")
    indicators(
        s,
        FOUR,
        _nat(
            "年度交付导盲犬数量|≥24只",
            "导盲犬适配合格率|≥85%",
            "单只导盲犬训导成本|≤6万元/只",
            "导盲犬使用者独立出行率|≥80%",
            "导盲犬使用者满意度",
        ),
    )
    return b


@variant(
    "zj14-travel-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share not matching its amount, "
    "tasks not adding to 金额合计",
)
def zj14() -> Book:
    b, s = book()
    total = mk(money(720), "B101", "error", row=True, note="260 + 480 = 740 ≠ 720")
    share = mk(pct(0.0633, "0.00%"), "B111", "error", note="60 ÷ 720 = 8.33%")
    department_head(
        s,
        year=YEAR,
        dept="云杉区残疾人联合会",
        budget=[
            [total, money(660), money(60), money(260), money(480)],
            [pct(1), pct(0.9167, "0.00%"), share, pct(0.3611, "0.00%"), pct(0.6667, "0.00%")],
        ],
        tasks=[
            ["盲道改造", "改造居住区盲道", money(200), "改造18公里"],
            ["助盲出行", "志愿者陪护出行", money(150), "陪护4000人次"],
            ["无障碍地图", "编制视障人士出行地图", money(90), "覆盖全区"],
            ["金额合计", None, mk(money(480), "B102", "error", note="200 + 150 + 90 = 440"), None],
        ],
        goal="改造盲道18公里，陪护视障人士出行4000人次。",
    )
    s.row("年度绩效指标")
    indicators(
        s,
        FOUR,
        _nat(
            "改造居住区盲道|≥18公里",
            "盲道改造验收合格率|=100%",
            "每公里盲道改造成本|≤11万元/公里",
            "视障人士出行陪护覆盖率|≥85%",
            "视障人士满意度",
        ),
    )
    return b


def _export_rows() -> list[list[Any]]:
    a, b = ("442107260001", "视障人士出行陪护服务"), ("442107260002", "盲道巡查整改")
    return [
        [*a, "产出指标", "数量指标", "陪护服务人次", "≥", 6000, "人次"],
        [*a, "产出指标", "质量指标", "陪护服务安全事故", "≤", 0, "起"],
        [*a, "产出指标", "时效指标", "预约响应时间", "≤", 24, "小时"],
        [*a, "成本指标", "经济成本指标", "单人次陪护成本", "≤", 350, "元/人次"],
        [*a, "效益指标", "社会效益指标", "视障人士就医办事出行保障率", "≥", 90, "%"],
        [*a, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%"],
        [*b, "产出指标", "数量指标", "巡查盲道里程", "≥", 320, "公里"],
        [*b, "产出指标", "质量指标", "整改验收合格率", "=", 100, "%"],
        [*b, "产出指标", "时效指标", "问题整改时限", "≤", 15, "工作日"],
        [*b, "成本指标", "经济成本指标", "每公里巡查整改成本", "≤", 0.5, "万元/公里"],
        [*b, "效益指标", "社会效益指标", "盲道被占用问题下降率", "≥", 20, "%"],
        [*b, "满意度指标", "服务对象满意度指标", "视障人士满意度", "≥", 90, "%"],
    ]


@variant(
    "zj15-system-export",
    (7,),
    "budget-system export: money on 部门项目支出预算05-1, indicators on 部门项目支出绩效目标05-2 "
    "with codes in the first columns, the header on the third row, 指标方向 and 度量单位 (correct)",
)
def zj15() -> Book:
    b, s = book("部门项目支出预算05-1")
    s.row(f"{YEAR}年部门项目支出预算表")
    s.row(f"单位名称：{TRAVEL}", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("442107260001", "视障人士出行陪护服务", money(220), money(200), money(20))
    s.row("442107260002", "盲道巡查整改", money(180), money(180), money(0))
    s.row("合计", None, money(400), money(380), money(20))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 16, 26, 10, 10, 12))
    t.row(f"{YEAR}年部门项目支出绩效目标表")
    t.row(f"单位名称：{TRAVEL}")
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"
    )
    for line in _export_rows():
        t.row(*line)
    return b


@variant(
    "zj16-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below the table: the end date as a "
    "serial in a text cell, an amount pasted twice",
)
def zj16() -> Book:
    b, s = book()
    end = mk("46387", "X104", "warning", note="the serial of 2026-12-31 as text")
    project_head(
        s,
        year=YEAR,
        name="导盲犬工作装备购置项目",
        dept="澄屿市残疾人联合会（318001）",
        unit=BASE,
        money=one_year(86, 86, 0),
        end=end,
        attr="一次性项目",
        goals=["购置导盲鞍具40套、定位项圈40个，更新在役导盲犬装备。"],
    )
    indicators(
        s,
        FOUR,
        [
            ["产出指标", "数量指标", "购置导盲鞍具", "≥40套"],
            [None, None, "购置犬用定位项圈", "≥40个"],
            [None, "质量指标", "装备验收合格率", "=100%"],
            [None, "时效指标", "装备配发完成时间", f"{YEAR}年6月30日前"],
            [None, "成本指标", "单套导盲鞍具采购价", "≤1万元/套"],
            ["效益指标", "社会效益指标", "在役导盲犬装备更新率", "≥90%"],
            ["满意度指标", "服务对象满意度指标", "导盲犬使用者满意度", "≥90%"],
        ],
    )
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）", merge=[(2, 3)])
    twice = mk("42万42万（含导盲鞍具）", "X106", "error", alt=("B108",), note="42 pasted twice")
    s.row(None, "导盲鞍具及牵引绳", None, twice, merge=[(2, 3)])
    s.row(None, "犬用GPS定位项圈", None, money(26), merge=[(2, 3)])
    s.row(None, "训导用模拟障碍设施", None, money(18), merge=[(2, 3)])
    s.row(None, "合计", None, money(86), merge=[(2, 3)])
    return b


@variant(
    "zj17-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template without "
    "indicators, a value without a name",
)
def zj17() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="视障人士无障碍出行体验活动项目",
        dept="云杉区残疾人联合会",
        unit=TRAVEL,
        money=one_year(24, 24, 0),
        goals=["组织无障碍出行体验活动12场，参与视障人士360人次。"],
    )
    empty = mk(None, "F110", "error", note="a value with no indicator name")
    left = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ["产出指标", "数量指标", "组织无障碍出行体验活动", "≥12场"],
            [None, None, "参与活动视障人士", "≥360人次"],
            [None, "质量指标", empty, "≥95%"],
            [None, "时效指标", "活动完成时间", f"{YEAR}年11月30日前"],
            ["成本指标", "经济成本指标", "单场活动成本", "≤2万元/场"],
            [None, left, None, None],
            ["效益指标", "社会效益指标", "参与者独立出行信心提升比例", "≥80%"],
            ["满意度指标", "服务对象满意度指标", "参与视障人士满意度", "≥90%"],
        ],
    )
    return b


def _part18(s: Sheet, rows: list[list[Any]], sub: str, points: int) -> None:
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "权重")
    s.table(rows, merged=(1, 2))
    s.row(sub, None, None, None, None, None, points, merge=[(1, 6)])


@variant(
    "zj18-words-page-break",
    (4, 11),
    "project, OLD-NAT, operators in words in their own column, weight column, subtotal "
    "rows, the header repeated after a page break, a 下降率 with 大于等于 (correct)",
)
def zj18() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="视障人士出行语音导航及求助平台运维项目",
        dept="澜港市残疾人联合会",
        unit=TRAVEL,
        money=one_year(58, 50, 8),
        attr="常年项目",
        goals=["平台覆盖公交线路120条，全年受理视障人士出行求助3000次。"],
    )
    _part18(
        s,
        [
            ["产出指标", "数量指标", "平台覆盖公交线路", "大于等于", 120, "条", 10],
            [None, None, "全年受理视障人士求助", "大于等于", 3000, "次", 10],
            [None, "质量指标", "导航定位误差", "小于等于", 5, "米", 10],
            [None, None, "平台故障发生率", "小于等于", 1, "%", 10],
            [None, "时效指标", "求助响应时间", "小于等于", 60, "秒", 10],
            [None, "成本指标", "单次求助服务成本", "小于等于", 80, "元/次", 10],
        ],
        "产出指标小计",
        60,
    )
    s.skip()
    _part18(
        s,
        [
            ["效益指标", "社会效益指标", "视障人士出行意外事件下降率", "大于等于", 10, "%", 10],
            [None, None, "平台视障用户数量增长率", "大于等于", 15, "%", 10],
            [None, "可持续影响指标", "平台数据年度更新率", "等于", 100, "%", 10],
            ["满意度指标", "服务对象满意度指标", "视障用户满意度", "大于等于", 90, "%", 10],
        ],
        "效益及满意度指标小计",
        40,
    )
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    signature(s, "岑穆言", "0759-6637288", day(YEAR - 1, 12, 3))
    return b
