"""Science museum exhibitions: six returns (kfp01-kfp06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout838.common import (
    TIERS,
    YEAR,
    book,
    notes,
    one_year,
    periods,
    signature,
    table,
    wan,
)
from tests.variants.holdout838.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kfp01-dino-hall",
    (7, 12),
    (
        "project, NAT-2021, header 绩效目标值, 万元 in the number format, a goal count "
        "with a part in brackets (correct)"
    ),
)
def dino_hall() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澜湾区科技馆恐龙厅展陈改造", dept="澜湾区科学技术协会 217",
                 unit="澜湾区科技馆", money=one_year(wan(130), wan(110), wan(20)),
                 goals=["完成恐龙厅展陈改造：布展面积800平方米，新增互动展品24件（其中触屏类"
                        "10件），全年接待观众不少于15万人次。"])  # fmt: skip
    table(s, (*TIERS, "绩效目标值"), [
        ("产出指标", "数量指标", "恐龙厅布展面积", "≥800平方米"),
        (None, None, "新增互动展品数量", "≥24件"),
        (None, "质量指标", "展品验收合格率", "=100%"),
        (None, None, "互动展品完好率", pct(0.95)),
        (None, "时效指标", "布展完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单件互动展品制作成本", "≤3万元/件"),
        ("效益指标", "社会效益指标", "恐龙厅年接待观众人次", "≥15万人次"),
        (None, "可持续影响指标", "展品设计使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "罗嘉禾", "0597-6613208", day(YEAR - 1, 11, 18))
    return b


@variant(
    "kfp02-space-expo",
    (7, 12),
    (
        "project, NAT-2021, header 预期目标: an exhibition count below the goal's, an "
        "opening date in the year before, a unit cost over the money"
    ),
)
def space_expo() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="雁屿市科学中心航天主题临时展览", dept="雁屿市科学技术协会 305",
                 unit="雁屿市科学中心", money=one_year(wan(120), wan(100), wan(20)),
                 goals=["2026年在科学中心举办航天主题临时展览4期，每期展期不少于60天，年度观展"
                        "不少于8万人次。"])  # fmt: skip
    table(s, (*TIERS, "预期目标"), [
        ("产出指标", "数量指标", "航天主题临时展览期数",
         mk("≥3期", "D104", "warning", note="年度目标写举办4期，指标只写3期")),
        (None, None, "每期展期", "≥60天"),
        (None, "质量指标", "展品安全检测合格率", "≥98%"),
        (None, "时效指标", "首期展览开幕时间",
         mk("2025年5月1日前", "Y102", "error", alt=("Y101", "Y103"),
            note="预算年度2026，开幕期限却在2025年，是上一季残留")),
        ("成本指标", "经济成本指标", "单期展览布展成本",
         mk("≤45万元/期", "B107", "warning",
            note="45万元×4期=180万元（按指标3期也有135万元），超过年度资金120万元")),
        ("效益指标", "社会效益指标", "年度观展人次", "≥8万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "汪宁", "0597-6620415", day(YEAR - 1, 12, 2))
    return b


@variant(
    "kfp03-museum-department",
    (11, 12),
    (
        "department, NAT-2021, budget and key tasks adding up, a 反向 rate with ≤, 0起 "
        "on an incident count (correct)"
    ),
)
def museum_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="雁屿市科技馆",
                    budget=[(wan(860), wan(800), wan(60), wan(500), wan(360))],
                    tasks=[("常设展厅运行", "展厅开放、展品维护与讲解", wan(200), "开放≥300天"),
                           ("流动科普展", "馆外流动展览进社区", wan(100), "巡展≥20场"),
                           ("科普教育活动", "科学表演、实验课与讲座", wan(60), "活动≥150场"),
                           ("金额合计", None, wan(360), None)],
                    goal="全年开放不少于300天，接待观众40万人次（其中青少年不少于20万人次），"
                         "举办科普教育活动150场。")  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "展厅年开放天数", "≥300天"),
        (None, None, "科普教育活动场次", "≥150场"),
        (None, None, "馆外流动展览场次", "≥20场"),
        (None, "质量指标", "展品完好率", "≥95%"),
        (None, None, "安全事故发生次数", "=0起"),
        (None, "时效指标", "展品故障修复时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "常设展厅运行支出", "≤200万元"),
        ("效益指标", "社会效益指标", "年接待观众人次", "≥40万人次"),
        (None, None, "青少年观众人次", "≥20万人次"),
        (None, None, "观众投诉率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "kfp04-museum-dept-wrong",
    (4, 12),
    (
        "department, NAT-2021, 注 rows and 填表说明: 基本支出 + 项目支出 ≠ 资金总额, "
        "key tasks not adding to 金额合计"
    ),
)
def museum_dept_wrong() -> Book:
    b, s = book("部门整体")
    total = mk(wan(720), "B101", "error", row=True, note="420+320=740≠720（680+40=720 相符）")
    sum_ = mk(wan(320), "B102", "error", note="180+90+60=330≠320")
    department_head(s, year=YEAR, dept="柘塘县自然博物馆",
                    budget=[(total, wan(680), wan(40), wan(420), wan(320))],
                    tasks=[("标本展厅提升", "更新标本展柜与说明牌", wan(180), "更新展柜≥40组"),
                           ("自然课堂", "面向中小学的馆校课程", wan(90), "课程≥120节"),
                           ("夜游博物馆", "暑期夜场与科普表演", wan(60), "夜场≥16场"),
                           ("金额合计", None, sum_, None)],
                    goal="更新标本展柜40组，开设馆校自然课堂120节，暑期举办夜场16场。")  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "更新标本展柜数量", "≥40组"),
        (None, None, "馆校自然课堂节数", "≥120节"),
        (None, None, "暑期夜场场次", "≥16场"),
        (None, "质量指标", "标本养护合格率", "≥98%"),
        (None, "时效指标", "展柜更新完成时间", "2026年9月30日前"),
    ])  # fmt: skip
    notes(s, "注：夜场场次含科普表演专场。")
    s.table([
        ("成本指标", "经济成本指标", "单组展柜更新成本", "≤4万元/组"),
        ("效益指标", "社会效益指标", "参与课堂学生人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.金额单位为万元；2.指标值须写明比较符和计量单位。")
    signature(s, "钟琪", "0598-3327041", day(YEAR - 1, 11, 25))
    return b


@variant(
    "kfp05-ocean-points",
    (5, 7, 10),
    (
        "project: head on one sheet, indicators on 绩效指标 under 预期实现值, numbered "
        "tier labels, tier and indicator points both 100 (correct)"
    ),
)
def ocean_points() -> Book:
    b, s = book("基本信息")
    project_head(s, year=YEAR, name="海洋科学巡回展品更新", dept="鹭汀市科学技术协会 118",
                 unit="鹭汀市科技馆", money=one_year(wan(90), wan(90), wan(0)),
                 goals=["更新海洋科学展品18件，巡回展出6站，观众不少于5万人次。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 8, 16, 28, 16, 10))
    t.title(f"{YEAR}年度项目绩效指标", 6)
    table(t, ("一级指标", "分值", "二级指标", "三级指标", "预期实现值", "指标分值"), [
        ("一、产出指标", 50, "（一）数量指标", "1.更新展品数量", "≥18件", 20),
        (None, None, None, "2.巡回展出站数", "≥6站", 15),
        (None, None, "（二）质量指标", "3.展品验收合格率", pct(1.0), 10),
        (None, None, "（三）时效指标", "4.展品更新完成时间", "2026年8月31日前", 5),
        ("二、成本指标", 10, "（一）经济成本指标", "5.单件展品更新成本", "≤5万元/件", 10),
        ("三、效益指标", 30, "（一）社会效益指标", "6.观展人次", "≥5万人次", 20),
        (None, None, "（二）可持续影响指标", "7.展品可巡展年限", "≥4年", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "8.观众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    t.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "kfp06-dome-three-years",
    (8, 11),
    (
        "three-year project, NAT-2021, 中期 and 年度 columns: annual screenings above "
        "the period's, a year left in 年度目标, a 反向 rate with ≥"
    ),
)
def dome_three_years() -> Book:
    b, s = book()
    goal = mk(
        "2024年完成原创球幕影片2部，放映1000场，观众15万人次。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="项目期2026—2028年，年度目标却写2024年（上一轮的残留）",
    )
    project_head(s, year=YEAR, years=3, name="天文馆原创球幕科普影片制作与放映",
                 dept="澜湾区科学技术协会 217", unit="澜湾区天文馆", attr="新增项目",
                 money=periods((wan(450), wan(400), wan(50)), (wan(150), wan(130), wan(20))),
                 goals=["三年制作原创球幕科普影片6部，放映不少于3000场，观众累计45万人次。",
                        goal])  # fmt: skip
    table(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "原创球幕影片制作数量", "≥6部", "≥2部"),
        (None, None, "球幕影片放映场次", "≥3000场",
         mk("≥3200场", "D201", "error", note="一年的放映场次超过三年合计3000场")),
        (None, "质量指标", "影片科学内容审核通过率", "=100%", "=100%"),
        (None, None, "放映设备故障率", "≤2%",
         mk("≥2%", "T108", "warning", row=True, alt=("D203",), note="故障率是反向指标")),
        (None, "时效指标", "年度影片交付时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单部影片制作成本", "≤60万元/部", "≤60万元/部"),
        ("效益指标", "社会效益指标", "观影人次", "≥45万人次", "≥15万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
