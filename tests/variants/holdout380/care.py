"""Donor care (捐献者关怀、体检陪护、回访): vz07–vz12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout380.common import TIERS, YEAR, first, funds, indicators
from tests.variants.holdout380.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money

DEPT = "沅泊区卫生健康局（207003）"
UNIT = "沅泊区红十字会"
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


def care_head(s: Sheet, total: Any, fiscal: Any, other: Any, goal: str) -> None:
    project_head(
        s,
        year=YEAR,
        name="造血干细胞捐献者关怀服务项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(total, fiscal, other),
        goals=[goal],
    )


@variant(
    "vz07-points-two-levels",
    (5, 10),
    "project, NAT-2021, numbered tier labels, tier-1 "
    "and indicator score columns both adding to 100, a rate raised in 百分点 (correct)",
)
def vz07() -> Book:
    b, s = first()
    care_head(s, 28.6, 25, 3.6, "为12名实现捐献者提供体检陪护、营养补助和捐献后回访。")
    indicators(
        s,
        POINTS,
        [
            ("一、产出指标", 40, "（一）数量指标", "1.捐献者体检陪护", "≥24人次", 10),
            (None, None, None, "2.捐献者入院慰问", "≥12人", 10),
            (None, None, "（二）质量指标", "回访档案完整率", "=100%", 10),
            (None, None, "（三）时效指标", "捐献后首次回访", "≤7天", 10),
            ("二、成本指标", 20, "（一）经济成本指标", "捐献者人均营养补助", "≤5000元/人", 10),
            (None, None, None, "陪护交通补贴", "≤800元/人次", 10),
            ("三、效益指标", 30, "（一）社会效益指标", "高分辨分型志愿者比例提高", "≥5百分点", 15),
            (None, None, "（二）可持续影响指标", "捐献者健康随访年限", "≥10年", 15),
            ("四、满意度指标", 10, "（一）服务对象满意度指标", "捐献者及家属满意度", "≥95%", 10),
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "vz08-points-wrong",
    (10, 5),
    "project, NAT-2021, tier-1 scores against the indicator "
    "scores under them (two tiers off), a follow-up rate given as a count",
)
def vz08() -> Book:
    b, s = first()
    care_head(s, 24, 24, 0, "为10名实现捐献者提供陪护、补助和随访。")
    indicators(
        s,
        POINTS,
        [
            (
                "产出指标",
                mk(45, "W103", "error", note="其下分值 15+15+10 = 40"),
                "数量指标",
                "捐献者体检陪护",
                "≥20人次",
                15,
            ),
            (
                None,
                None,
                "质量指标",
                "捐献者随访及时率",
                mk("3次", "T105", "error", note="及时率写成次数"),
                15,
            ),
            (None, None, "时效指标", "捐献后首次回访", "≤7天", 10),
            ("成本指标", 20, "经济成本指标", "捐献者人均营养补助", "≤5000元/人", 20),
            (
                "效益指标",
                mk(25, "W103", "error", note="其下分值 15+15 = 30"),
                "社会效益指标",
                "捐献者健康状况良好率",
                "≥95%",
                15,
            ),
            (None, None, "可持续影响指标", "捐献者健康随访年限", "≥10年", 15),
            ("满意度指标", 10, "服务对象满意度指标", "捐献者满意度", "≥92%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "vz09-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: counts "
    "split by year, rates and limits legitimately equal (correct)",
)
def vz09() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="造血干细胞志愿者库扩容三年行动",
        dept=DEPT,
        unit=UNIT,
        money=[*funds(80, 72, 8), ["中期资金总额", money(240, WAN), None, None]],
        goals=[
            "三年新增入库志愿者9000人，库容累计增长30%以上。",
            "当年新增入库志愿者3000人，开展动员活动40场。",
        ],
    )
    indicators(
        s,
        PERIOD,
        [
            ("产出指标", "数量指标", "新增入库志愿者人数", "≥9000人", "≥3000人"),
            (None, None, "动员活动场次", "≥120场", "≥40场"),
            (None, "质量指标", "血样检测合格率", "≥98%", "≥98%"),
            (None, "时效指标", "血样送检时限", "≤48小时", "≤48小时"),
            ("成本指标", "经济成本指标", "每份血样分型检测费", "≤240元/份", "≤240元/份"),
            ("效益指标", "社会效益指标", "志愿者库容累计增长率", "≥30%", "≥10%"),
            (None, "可持续影响指标", "入库志愿者再动员同意率", "≥80%", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "志愿者满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "vz10-multi-year-wrong",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "年度目标 copied from 中期目标, an annual count above its period, a count copied",
)
def vz10() -> Book:
    b, s = first()
    goal = "两年新增入库志愿者4000人，开展动员活动60场，做好捐献者回访。"
    project_head(
        s,
        year=YEAR,
        years=2,
        name="造血干细胞捐献动员与关怀两年行动",
        dept=DEPT,
        unit=UNIT,
        money=[*funds(70, 62, 8), ["中期资金总额", money(150, WAN), None, None]],
        goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
    )
    indicators(
        s,
        PERIOD,
        [
            (
                "产出指标",
                "数量指标",
                "新增入库志愿者人数",
                "≥4000人",
                mk("≥4500人", "D201", "error", note="年度多于两年合计"),
            ),
            (
                None,
                None,
                "动员活动场次",
                "≥60场",
                mk("≥60场", "D202", "warning", note="两年累计数照抄到年度"),
            ),
            (None, "时效指标", "捐献后首次回访", "≤7天", "≤7天"),
            ("成本指标", "经济成本指标", "每份血样分型检测费", "≤120元/份", "≤120元/份"),
            ("效益指标", "社会效益指标", "捐献者健康随访覆盖率", "≥95%", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "捐献者满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "vz11-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a name",
)
def vz11() -> Book:
    b, s = first()
    care_head(s, 18, 18, 0, "为实现捐献者提供陪护和回访服务。")
    indicators(
        s,
        (*TIERS, "预期目标"),
        [
            ("产出指标", "数量指标", "捐献者体检陪护", "≥16人次"),
            (None, None, mk(None, "F110", "error", note="有指标值无指标名称"), "≥6次"),
            (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
            ("成本指标", "经济成本指标", "捐献者人均营养补助", "≤5000元/人"),
            ("效益指标", "社会效益指标", "捐献者健康随访覆盖率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "捐献者满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vz12-transfer-marks",
    (5, 7),
    "transfer-payment project, OLD-NAT, labels with * and "
    "★, abbreviated tier-2s, headers 指标内容 and 绩效标准, 中央补助 + 地方资金 (correct)",
)
def vz12() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="造血干细胞捐献者关怀补助资金",
        dept=DEPT,
        unit=UNIT,
        attr="转移支付项目",
        money_label="资金情况（万元）",
        money=[
            ["资金总额", money(120), "其中：中央补助", money(90)],
            ["地方资金", money(30), None, None],
        ],
        goals=["对全区实现捐献者给予营养补助和健康随访，提高再动员同意率。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            ("*产出指标", "数量", "★受补助捐献者人数", "≥20人"),
            (None, "质量", "补助发放准确率", "=100%"),
            (None, "时效", "补助发放时限", "≤15个工作日"),
            (None, "成本", "人均营养补助标准", "≤5000元/人"),
            ("*效益指标", "社会效益", "★捐献者健康随访覆盖率", "≥95%"),
            (None, "可持续影响", "再动员同意率", "≥80%"),
            ("*满意度指标", "服务对象满意度", "受补助捐献者满意度", "≥90%"),
        ],
    )
    return b
