"""Grass-cloth (夏布) weaving returns: transmission classes, looms, multi-year heritage projects
(co07–co12)."""

from __future__ import annotations

from tests.variants.holdout551.common import (
    indicators,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout551.registry import variant
from tests.variants.kit import Book, mk, pct

CENTRE = "杼岭县夏布织造技艺保护传承中心"


@variant("co07-xiabu-numbered-labels", (5,),
         "project, OLD-NAT, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标, 1.社会效益), a ★ core tier-2, abbreviations; points 90 with "
         "预算执行率 apart (correct)")  # fmt: skip
def co07() -> Book:
    b, s = start()
    project(s, "夏布织造技艺传习班项目", CENTRE, one_year(60, 52),
            ["举办夏布织造技艺传习班12期，培训学员180人次，新增县级传承人8人。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "举办传习班期数", "≥", 12, "期"),
        (None, None, "培训学员人次", "≥", 180, "人次"),
        (None, "（二）质量指标", "学员结业考核合格率", "≥", pct(0.9), None),
        (None, "（三）★时效指标", "传习班按期开班率", "≥", pct(0.95), None),
        (None, "（四）成本", "每期传习班补助标准", "≤", 2.5, "万元/期"),
        ("二、效益指标（30分）", "1.社会效益", "新增县级夏布织造传承人", "≥", 8, "人"),
        (None, "2.可持续影响", "学员作品入藏县非遗馆", "≥", 40, "件"),
        ("三、满意度指标（10分）", "服务对象满意度", "学员满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    notes(s, "注：各一级指标分值合计90分，预算执行率按评价办法另计10分；★为核心指标，不得删除。")
    signature(s, "黎经纬", "0736-5847302")
    return b


@variant("co08-xiabu-wrong-parent", (5,),
         "project, NAT-2021, abbreviated labels (产出, 数量, 成本): one 质量 block under 效益, "
         "a satisfaction rate written =95%")  # fmt: skip
def co08() -> Book:
    b, s = start()
    project(s, "夏布成品质量提升项目", CENTRE, one_year(45, 40),
            ["为传统工坊配置检验台与染整工具，提高夏布成品色牢度，带动工坊订单增长。"])  # fmt: skip
    indicators(s, [
        ("成本", "经济成本", "每套检验台配置成本", "≤", 1.5, "万元/套"),
        ("产出", "数量", "配置检验台", "≥", 20, "套"),
        (None, None, "配置染整工具的工坊", "≥", 20, "家"),
        (None, "时效", "工具按期配置到位率", "≥", pct(0.95), None),
        ("效益",
         mk("质量", "F105", "error", note="质量 is a tier-2 of 产出, not of 效益"),
         "夏布成品色牢度达标率", "≥", pct(0.92), None),
        (None, "社会效益", "工坊夏布订单增长率", "≥", pct(0.1), None),
        ("满意度", "服务对象满意度", "工坊织户满意度",
         mk("=", "T107", "warning", row=True, note="=95% on a satisfaction rate means ≥95%"),
         pct(0.95), None),
    ])  # fmt: skip
    signature(s, "殷麻生", "0736-5851164")
    return b


def three_years(period: float, period_fiscal: float, annual: float, annual_fiscal: float) -> list[
        tuple[object, ...]]:  # fmt: skip
    """Money rows of a multi-year project: 中期 and 年度 columns, each adding up."""
    return [
        ("中期资金总额", wan(period), "年度资金总额", wan(annual)),
        ("其中：财政拨款", wan(period_fiscal), "其中：财政拨款", wan(annual_fiscal)),
        ("其他资金", wan(period - period_fiscal), "其他资金", wan(annual - annual_fiscal)),
    ]


TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("co09-xiabu-workshops-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: counts a third of the "
         "period, rates and a unit cost equal in both, =100% on acceptance (correct)")  # fmt: skip
def co09() -> Book:
    b, s = start()
    project(s, "夏布传统工坊保护性修缮项目", CENTRE, three_years(180, 150, 60, 50), [
        "三年内修缮传统夏布工坊18家、修复木织机90台，工坊持续开展织造展示。",
        "本年度修缮工坊6家、修复木织机30台，带动织户就业120人。",
    ], years=3, attr="新增项目")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "修缮传统夏布工坊", "≥18家", "≥6家"),
        (None, None, "修复传统木织机", "≥90台", "≥30台"),
        (None, "质量指标", "修缮工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "修缮任务按期完成率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "每家工坊修缮补助", "≤8万元/家", "≤8万元/家"),
        ("效益指标", "社会效益指标", "工坊带动织户就业", "≥360人", "≥120人"),
        (None, "可持续影响指标", "修缮后开展织造展示的工坊", "≥18家", "≥6家"),
        ("满意度指标", "服务对象满意度指标", "织户满意度", "≥90%", "≥90%"),
    ], header=TWO)  # fmt: skip
    signature(s, "黎经纬", "0736-5847302")
    return b


@variant("co10-xiabu-archive-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: two cumulative counts "
         "copied into 年度, one annual count above its period count")  # fmt: skip
def co10() -> Book:
    b, s = start()
    project(s, "夏布织造技艺数字化建档项目", CENTRE, three_years(150, 120, 50, 40), [
        "三年内完成夏布纹样、织造工序和传承人口述史的数字化建档，建成县级夏布数字档案库。",
        "本年度完成首批纹样建档与口述史采录，档案库完成框架搭建。",
    ], years=3, attr="新增项目")  # fmt: skip
    copied = "cumulative count copied from the 中期 column in a three-year project"
    indicators(s, [
        ("产出指标", "数量指标", "数字化建档夏布纹样", "≥600件",
         mk("≥600件", "D202", "warning", note=copied)),
        (None, None, "采录传承人口述史", "≥45人",
         mk("≥45人", "D202", "warning", note=copied)),
        (None, None, "拍摄织造工序影像", "≥120小时",
         mk("≥150小时", "D201", "error", note="annual 150 h above the period's 120 h")),
        (None, "质量指标", "数字档案著录合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建档任务按期完成率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "每件纹样建档成本", "≤0.05万元/件", "≤0.05万元/件"),
        ("效益指标", "社会效益指标", "数字档案库公众访问量", "≥30000人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", "≥90%"),
    ], header=TWO)  # fmt: skip
    signature(s, "殷麻生", "0736-5851164")
    return b


PTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("co11-xiabu-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a share raised in 百分点 (correct)")  # fmt: skip
def co11() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 16, 8))
    project(s, "夏布文创产品开发项目", CENTRE, one_year(55, 45),
            ["联合织造工坊开发夏布文创产品30款，举办展销活动，扩大夏布销售。"])  # fmt: skip
    indicators(s, [
        ("产出指标", 50, "数量指标", "夏布文创产品开发款数", "≥30款", 20),
        (None, None, "质量指标", "文创产品抽检合格率", "≥95%", 15),
        (None, None, "时效指标", "展销活动按期举办率", "≥95%", 15),
        ("成本指标", 10, "经济成本指标", "每款产品开发补助", "≤0.8万元/款", 10),
        ("效益指标", 30, "经济效益指标", "夏布文创产品销售额", "≥120万元", 15),
        (None, None, "社会效益指标", "织户参与开发比例较上年提高", "≥5百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "购买者满意度", "≥90%", 10),
    ], header=PTS, merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：分值按一级指标和三级指标分别填列，两级各自合计100分，不相加。")
    signature(s, "黎经纬", "0736-5847302")
    return b


@variant("co12-xiabu-points-wrong", (10,),
         "project, NAT-2021, tier-1 and indicator score columns: 产出 declared 50 over "
         "indicators worth 45, a completion time given as a percentage")  # fmt: skip
def co12() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 16, 8))
    project(s, "传统夏布木织机修复项目", CENTRE, one_year(48, 40),
            ["修复传统木织机60台，修复织机全部交付工坊使用。"])  # fmt: skip
    indicators(s, [
        ("产出指标",
         mk(50, "W103", "error", alt=("W101",), note="20 + 15 + 10 = 45 under 产出, not 50"),
         "数量指标", "修复传统木织机", "≥60台", 20),
        (None, None, "质量指标", "修复织机验收合格率", "≥95%", 15),
        (None, None, "时效指标", "织机修复完工时间",
         mk("100%", "T113", "warning", note="a completion time given as a percentage"), 10),
        ("成本指标", 10, "经济成本指标", "每台织机修复补助", "≤0.3万元/台", 10),
        ("效益指标", 30, "社会效益指标", "修复织机投入织造使用", "≥55台", 15),
        (None, None, "可持续影响指标", "掌握织机修复技艺的工匠", "≥6人", 15),
        ("满意度指标", 10, "服务对象满意度指标", "工坊织户满意度", "≥90%", 10),
    ], header=PTS, merged=(1, 2, 3))  # fmt: skip
    signature(s, "殷麻生", "0736-5851164")
    return b
