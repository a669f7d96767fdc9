"""Returns al13–al18: stacked projects, department money, a budget-system export and operators
in words, over both halves of the theme (marmot surveillance, herders who hunt them)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout496.common import (
    CDC,
    PLAIN,
    YEAR,
    annual,
    book,
    department,
    first,
    indicators,
    project,
    wan,
)
from tests.variants.holdout496.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

TOWN = "敖林沟镇旱獭鼠疫监测项目"
GUARD = "萨日图牧场猎獭人员健康监护项目"


def town_block(s: Sheet) -> None:
    """The first stacked project: marmot surveillance around 敖林沟镇, all consistent."""
    project(s, TOWN, CDC, annual(30, 30, 0), ["完成敖林沟镇周边旱獭样方调查和样本检测。"])
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "旱獭监测样方数", "≥60个"),
        (None, None, "鼠疫检测样本数", "≥700份"),
        (None, "质量指标", "检测结果复核符合率", "≥95%"),
        (None, "时效指标", "动物疫情报告时限", "≤2小时"),
        (None, "成本指标", "每份样本检测成本", "≤180元/份"),
        ("效益指标", "社会效益指标", "人间鼠疫病例数", "0例"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip


def guard_rows(total: Any, rate: Any) -> list[tuple[Any, ...]]:
    """The second stacked project's indicator rows (``rate``: its 覆盖率 value)."""
    return [
        ("产出指标", "数量指标", "健康监护猎獭人员数", "≥260人"),
        (None, None, "体温及淋巴结检查人次", "≥1500人次"),
        (None, "质量指标", "健康监护档案完整率", "≥95%"),
        (None, "时效指标", "发热病例报告时限", "≤2小时"),
        (None, "成本指标", "每人次检查成本", total),
        ("效益指标", "社会效益指标", "猎獭人员健康监护覆盖率", rate),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥85%"),
    ]  # fmt: skip


@variant("al13-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def stacked_two() -> Book:
    b = book()
    s = first(b)
    town_block(s)
    s.skip()
    project(s, GUARD, CDC, annual(24, 20, 4), ["对猎獭人员开展猎捕季健康监护，早发现发热病例。"],
            title="")  # fmt: skip
    indicators(s, PLAIN, guard_rows("≤120元/人次", "≥95%"))
    return b


@variant("al14-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "财政拨款 + 其他资金, and its coverage rate is given as a count")  # fmt: skip
def stacked_defects() -> Book:
    b = book()
    s = first(b)
    town_block(s)
    s.skip()
    total = mk(wan(60), "B101", "error", note="60 ≠ 45 + 10")
    project(s, GUARD, CDC, [["年度资金总额", total, "其中：财政拨款", wan(45)],
                            ["其他资金", wan(10), None, None]],
            ["对猎獭人员开展猎捕季健康监护，早发现发热病例。"], title="")  # fmt: skip
    count = mk("≥300人", "T105", "error", note="a 覆盖率 given as a head count")
    indicators(s, PLAIN, guard_rows("≤120元/人次", count))
    return b


@variant("al15-department-money", (12, 1),
         "department, NAT-2021: budget with a row of typed percent shares, key tasks adding to "
         "the 金额合计 = 项目支出 (correct)")  # fmt: skip
def department_money() -> Book:
    b = book()
    s = first(b)
    tasks = [("旱獭疫源地监测", "样方调查、病原学检测", wan(90), "掌握疫源地动态"),
             ("猎獭人员排查管控", "登记、随访和健康监护", wan(50), "高风险人员全部建档"),
             ("鼠疫防治健康教育", "讲座、入户宣传", wan(40), "牧民知晓“三不”"),
             ("金额合计", None, wan(180), None)]  # fmt: skip
    shares = (pct(1), pct(0.9), pct(0.1), pct(0.55), pct(0.45))
    goal = "监测旱獭疫源地，管住猎獭人员，全年无人间鼠疫。"
    department(s, [(wan(400), wan(360), wan(40), wan(220), wan(180)), shares], goal, tasks,
               dept="霍尔津县鼠疫防治所")  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "疫源地监测面积", "≥2500平方公里"),
        (None, None, "猎獭人员排查人数", "≥600人"),
        (None, None, "健康教育覆盖牧户数", "≥1500户"),
        (None, "质量指标", "检测结果复核符合率", "≥95%"),
        (None, "时效指标", "疫情报告及时率", "=100%"),
        ("成本指标", "经济成本指标", "每平方公里监测成本", "≤300元"),
        ("效益指标", "社会效益指标", "人间鼠疫病例数", "0例"),
        (None, "可持续影响指标", "鼠疫防治工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "辖区牧民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("al16-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to the "
         "金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b = book()
    s = first(b)
    whole = mk(wan(500), "B101", "error", row=True, note="260 + 230 = 490 ≠ 500")
    summed = mk(wan(230), "B102", "error", note="80 + 90 + 50 = 220 ≠ 230")
    tasks = [("猎捕季联合巡查", "联合巡查收购点和猎捕区", wan(80), "私捕线索全部核查"),
             ("疫源地监测", "样方调查和样本检测", wan(90), "及时发现动物疫情"),
             ("猎獭人员健康监护", "体温监测和随访", wan(50), "发热病例及时报告"),
             ("金额合计", None, summed, None)]  # fmt: skip
    goal = "联防联控猎捕季私捕行为，做好疫源地监测和人员监护。"
    department(s, [(whole, wan(430), wan(70), wan(260), wan(230))], goal, tasks,
               dept="喀朗县鼠疫防治所")  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "猎捕季联合巡查次数", "≥30次"),
        (None, None, "健康监护猎獭人员数", "≥400人"),
        (None, "质量指标", "巡查记录完整率", "≥95%"),
        (None, "时效指标", "发热病例报告时限", "≤2小时"),
        ("成本指标", "经济成本指标", "每次联合巡查成本", "≤10000元"),
        ("效益指标", "社会效益指标", "私捕旱獭线索核查率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "猎捕区牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("al17-export-artefacts", (9, 7),
         "budget-system export: sheets 05-1 and 05-2 with codes in the first columns and the "
         "header on the third row; an amount split by a space, a plan date as a serial in "
         "text")  # fmt: skip
def export_artefacts() -> Book:
    b = book("部门项目支出预算05-1", (20, 10, 30, 14, 14, 14, 14, 14))
    s = first(b)
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元", merge=[(1, 8)])
    s.row("项目编码", "单位编码", "项目名称", "资金总额", "财政拨款", "其他资金", "计划开始日期",
          "计划完成日期")  # fmt: skip
    split = mk("43.218 5", "X105", "warning", alt=("X103",), note="read as 43.2185")
    serial = mk("46387", "X104", "warning", note="the serial of 2026-12-31 in a text cell")
    s.row("652301202600017", "412007", "牧区猎獭人员鼠疫排查项目", split, money(40, "0.0000"),
          money(3.2185, "0.0000"), day(YEAR, 1, 1), serial)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (20, 30, 14, 16, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：霍尔津县疾病预防控制中心", merge=[(1, 6)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    head = ("652301202600017", "牧区猎獭人员鼠疫排查项目")
    for row in [
        ("产出指标", "数量指标", "猎獭人员排查人数", "≥500人"),
        ("产出指标", "数量指标", "发热人员采样检测数", "≥150份"),
        ("产出指标", "质量指标", "排查信息录入准确率", "≥95%"),
        ("产出指标", "时效指标", "发热人员报告时限", "≤2小时"),
        ("产出指标", "成本指标", "每人排查成本", "≤400元/人"),
        ("效益指标", "社会效益指标", "猎獭人员排查覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "被排查人员满意度", "≥90%"),
    ]:  # fmt: skip
        t.row(*head, *row)
    return b


@variant("al18-operators-in-words", (11, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, operators in words in their own "
         "column and a unit column: a 反向 delay rate with 大于等于, a time limit as 100%, a "
         "rate above 100")  # fmt: skip
def operators_in_words() -> Book:
    b = book()
    s = first(b)
    project(s, "霍尔津县鼠疫应急处置能力建设项目", CDC, annual(38, 38, 0),
            ["开展鼠疫应急演练和队员培训，储备应急物资，提高疫点处置能力。"])  # fmt: skip
    up = mk("大于等于", "T108", "warning", row=True, note="a 延误率 is 反向: 小于等于 expected")
    time = mk(100, "T113", "warning", row=True, note="a time limit given as 100%")
    over = mk(100, "T106", "error", row=True, note="高于 100% on a capped 达标率")
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标方向", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "鼠疫应急演练次数", "大于等于", 4, "次"),
        (None, None, "应急队员培训人数", "大于等于", 60, "人"),
        (None, "质量指标", "应急物资储备达标率", "高于", over, "%"),
        (None, None, "疫点处置延误率", up, 3, "%"),
        (None, "时效指标", "应急处置到位时限", "等于", time, "%"),
        (None, "成本指标", "每次演练成本", "小于等于", 20000, "元"),
        ("效益指标", "可持续影响指标", "鼠疫应急预案修订", None, "完成", None),
        ("满意度指标", "服务对象满意度指标", "演练区牧户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b
