"""Lightning-protection inspections: periodic testing of protection devices at schools, fuel
stations and crowded places (kcv07–kcv12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout766.common import (
    BUREAU,
    TIERS,
    YEAR,
    first,
    funds,
    indicators,
    notes,
    signature,
    wan,
)
from tests.variants.holdout766.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE = (*TIERS, "指标值")


@variant(
    "kcv07-lightning-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）数量指标), "
    "an indicator points column adding to the same 100, 百分点, 0起 (correct)",
)
def kcv07() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="澜州省重点场所防雷装置安全检测",
        dept=BUREAU,
        unit="澜州省防雷减灾技术中心",
        money=funds(210, 190, 20),
        goals=(
            "全年完成易燃易爆、人员密集等重点场所防雷装置检测1500处，"
            "隐患整改闭环管理，受检场所不发生雷击事故。",
        ),
    )
    indicators(
        s,
        (*ONE, "分值"),
        [
            ("一、产出指标（50分）", "（一）数量指标", "1.重点场所防雷装置检测数量", "≥1500处", 15),
            (None, None, "2.防雷隐患整改复查数量", "≥300处", 10),
            (None, "（二）质量指标", "3.检测报告合格率", "≥98%", 10),
            (None, "（三）时效指标", "4.检测报告出具时限", "≤5个工作日", 15),
            ("二、成本指标（10分）", "（一）经济成本指标", "5.单处检测成本", "≤0.12万元/处", 10),
            (
                "三、效益指标（30分）",
                "（一）社会效益指标",
                "6.防雷隐患整改率较上年提高",
                "≥5百分点",
                10,
            ),
            (None, None, "7.受检场所雷击事故", "0起", 10),
            (None, "（二）可持续影响指标", "8.检测数据入库率", pct(1), 10),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.受检单位满意度", "≥90%", 10),
        ],
    )
    signature(s, "蓝以川", "陶书言", "0597-6634058", day(2025, 11, 25))
    return b


@variant(
    "kcv08-lightning-misplaced",
    (5, 11),
    "project, OLD-NAT: a 合格率 under 时效, unit cost × count above the money, a 反向 "
    "accident rate with ≥",
)
def kcv08() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="黛川市防雷装置检测专项",
        dept=BUREAU,
        unit="黛川市防雷减灾服务站",
        money=funds(180, 160, 20),
        goals=("全年完成全市防雷装置检测800处，检测报告5个工作日内出具。",),
    )
    indicators(
        s,
        ONE,
        [
            ("产出指标", "数量指标", "防雷装置检测数量", "≥800处"),
            (None, "质量指标", "检测数据录入准确率", "≥98%"),
            (None, "时效指标", "检测报告出具时限", "≤5个工作日"),
            (
                None,
                None,
                "检测报告合格率",
                mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在时效指标下"),
            ),
            (
                None,
                "成本指标",
                "单处检测成本",
                mk(
                    "≤0.3万元/处",
                    "B107",
                    "warning",
                    row=True,
                    note="0.3万元×800处=240万元，超过项目资金180万元",
                ),
            ),
            (
                "效益指标",
                "社会效益指标",
                "受检单位雷击事故发生率",
                mk("≥1%", "T108", "warning", row=True, note="事故发生率是反向指标，应为≤"),
            ),
            (None, "可持续影响指标", "检测档案电子化率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "受检单位满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kcv09-lightning-school-years",
    (7, 9),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度）: last year's deadline in the 年度目标, "
    "a deadline indicator past the one-year project",
)
def kcv09() -> Book:
    b, s = first()
    goal = mk(
        "2025年10月底前完成全县68所中小学校防雷装置检测和隐患排查，建立一校一档。",
        "Y103",
        "error",
        alt=("Y101", "Y102"),
        note="上一年度的期限残留：一年期项目在2026年",
    )
    project_head(
        s,
        year=YEAR,
        name="澄渠县中小学校防雷安全隐患排查",
        dept=BUREAU,
        unit="澄渠县气象局",
        money=funds(36, 36, 0),
        goals=(goal,),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "考核指标", "目标值（年度）"),
        [
            ("产出指标", "数量指标", "学校防雷装置检测数量", "≥68所"),
            (None, None, "学校防雷安全档案", "≥68份"),
            (None, "质量指标", "检测报告合格率", "≥98%"),
            (None, "时效指标", "检测完成时间", "2026年10月31日前"),
            (
                None,
                None,
                "隐患整改完成时间",
                mk(
                    "2027年3月31日前",
                    "Y102",
                    "error",
                    alt=("Y103",),
                    note="一年期项目的期限超出2026年",
                ),
            ),
            (None, "成本指标", "单校检测费用", "≤0.5万元/所"),
            ("效益指标", "社会效益指标", "校园雷击事故", "0起"),
            ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kcv10-lightning-second-sheet",
    (7, 4),
    "project: head on the first sheet, OLD-NAT table on a second sheet under headers 指标内容 "
    "and 绩效标准, a footnote on the total, a later year prepared for (correct)",
)
def kcv10() -> Book:
    b, s = first("项目信息")
    project_head(
        s,
        year=YEAR,
        name="黛川市学校及加油站防雷检测",
        dept=BUREAU,
        unit="黛川市防雷减灾服务站",
        money=funds(150, 150, 0),
        goals=(
            "完成防雷装置检测1200处（其中学校310处、加油站260处、其他场所630处），"
            "为2027年全市防雷安全监管平台上线积累检测数据。",
        ),
    )
    t = b.sheet("绩效指标", (14, 16, 30, 20))
    t.title("黛川市学校及加油站防雷检测绩效指标", 4)
    indicators(
        t,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            ("产出指标", "数量指标", "防雷装置检测数量", "≥1200处"),
            (None, "质量指标", "检测报告合格率", "≥98%"),
            (None, "时效指标", "检测报告出具时限", "≤5个工作日"),
            (None, "成本指标", "单处检测成本", "≤0.12万元/处"),
            ("效益指标", "社会效益指标", "重点场所防雷隐患整改率", "≥90%"),
            (None, "可持续影响指标", "检测数据入库率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "受检单位满意度", "≥90%"),
        ],
    )
    notes(t, "注：防雷装置检测数量1200处含复检场所180处。", width=4)
    return b


@variant(
    "kcv11-lightning-department",
    (4, 12),
    "department, NAT-2021, weight column: key tasks adding up, a header row repeated after a "
    "page break, a 合计 row, 填表说明, signature and date lines (correct)",
)
def kcv11() -> Book:
    b, s = first()
    department_head(
        s,
        year=YEAR,
        dept="澜州省防雷减灾技术中心",
        budget=[(wan(2360), wan(2100), wan(260), wan(1540), wan(820))],
        tasks=[
            ("防雷装置检测", "重点场所防雷装置定期检测", wan(420), "检测4200处"),
            ("雷电监测网运维", "36个雷电监测站运行维护", wan(260), "站网稳定运行"),
            ("防雷安全监管支撑", "隐患排查与监管技术支撑", wan(140), "隐患闭环管理"),
            ("金额合计", None, wan(820), None),
        ],
        goal="完成重点场所防雷装置检测4200处，保障36个雷电监测站稳定运行，受检场所不发生雷击事故。",
    )
    header = (*ONE, "权重")
    indicators(
        s,
        header,
        [
            ("产出指标", "数量指标", "防雷装置检测数量", "≥4200处", 20),
            (None, None, "雷电监测站运维数量", "≥36个", 10),
            (None, "质量指标", "雷电监测数据可用率", pct(0.97), 10),
            (None, "时效指标", "雷电预警信号发布提前量", "≥15分钟", 10),
        ],
    )
    indicators(
        s,
        header,
        [
            ("成本指标", "经济成本指标", "单处检测成本", "≤0.1万元/处", 10),
            ("效益指标", "社会效益指标", "受检场所雷击事故", "0起", 10),
            (None, None, "防雷安全隐患整改率", "≥90%", 10),
            (None, "可持续影响指标", "雷电监测数据共享部门数", "≥12个", 10),
            ("满意度指标", "服务对象满意度指标", "受检单位满意度", "≥90%", 10),
        ],
    )
    s.row("合计", None, None, None, 100)
    notes(s, "填表说明：1.指标值应可衡量；2.权重合计为100。")
    signature(s, "蓝以川", "陶书言", "0597-6634058", day(2025, 11, 20))
    return b


@variant(
    "kcv12-lightning-duplicate",
    (13, 6),
    "project, NAT-2021: the same count twice with a word more and another value, a value "
    "without an indicator name",
)
def kcv12() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="苍浦区防雷装置定期检测",
        dept=BUREAU,
        unit="苍浦区气象局",
        money=funds(96, 90, 6),
        goals=("全年完成辖区450家单位防雷装置定期检测，检测报告合格率不低于98%。",),
    )
    indicators(
        s,
        ONE,
        [
            ("产出指标", "数量指标", "防雷装置定期检测单位数", "≥450家"),
            (
                None,
                None,
                "防雷装置定期检测单位数量",
                mk(
                    "≥500家",
                    "D103",
                    "warning",
                    row=True,
                    alt=("D102", "D101", "D104"),
                    note="与上一行是同一指标，只多一个“量”字，指标值却不同",
                ),
            ),
            (None, "质量指标", "检测报告合格率", "≥98%"),
            (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
            (None, "时效指标", "检测报告出具时限", "≤5个工作日"),
            ("成本指标", "经济成本指标", "单家检测费用", "≤0.18万元/家"),
            ("效益指标", "社会效益指标", "防雷隐患整改率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "受检单位满意度", "≥90%"),
        ],
    )
    return b
