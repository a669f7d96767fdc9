"""Labour-dispute returns of the 426th held-out set: case handling, circuit hearings, mediator
training and the court's flat indicator lists (items 1, 2, 3, 9, 11)."""

from __future__ import annotations

from tests.variants.holdout426.common import (
    HEAD4,
    YEAR,
    book,
    department,
    funds,
    indicators,
    project,
    sign,
)
from tests.variants.holdout426.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("xt01-case-percent", (1,), "project, OLD-NAT, operator column (指标性质), unit column, "
         "percent cells typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def case_percent() -> Book:
    b, s = book()
    project(s, "劳动争议案件仲裁办案经费", funds(186, 186, 0),
            ["依法受理并审结劳动争议仲裁案件，坚持调解优先、裁审衔接，"
             "保障劳动者和用人单位合法权益。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "立案受理劳动争议案件", "≥", 3200, "件"),
        (None, None, "开庭审理案件", "≥", 1800, "件"),
        (None, "质量指标", "案件调解成功率", "≥", pct(0.6), "%"),
        (None, None, "仲裁裁决被法院撤销率", "≤", pct(0.02), "%"),
        (None, "时效指标", "案件法定期限内结案率", "=", pct(1), "%"),
        (None, None, "简易案件平均审理天数", "≤", 30, "天"),
        (None, "成本指标", "案均办案成本", "≤", 560, "元/件"),
        ("效益指标", "社会效益指标", "为劳动者追回工资待遇", "≥", 3500, "万元"),
        (None, None, "因劳动争议引发的群体性事件", "=", 0, "起"),
        (None, "可持续影响指标", "基层调解组织裁调对接覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "贺岚卿", "6617 2305", day(YEAR - 1, 11, 12))
    return b


@variant("xt02-percent-wrong", (1, 9), "project, OLD-NAT, operator and unit columns, amounts with "
         "four decimals: a typed 105%, a split amount, a date serial typed as text")  # fmt: skip
def percent_wrong() -> Book:
    b, s = book()
    fmt = '0.0000"万元"'
    split = mk("148.627 5", "X105", "warning", alt=("X103",),
               note="财政拨款 split by a space, read as 148.6275: the money adds up")  # fmt: skip
    serial = mk("46022", "X104", "warning",
                note="计划完成日期 typed as the serial of 2025-12-31 in a text cell")  # fmt: skip
    project(s, "劳动人事争议仲裁庭审规范化建设经费", funds(156.6275, split, 8, fmt),
            ["规范仲裁庭审程序和文书，提升裁决质量，按期审结案件。"], end=serial)  # fmt: skip
    over = mk(pct(1.05), "T106", "error",
              note="typed 105%: a 结案率 cannot exceed 100%")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "审结劳动人事争议案件", "≥", 3000, "件"),
        (None, None, "仲裁文书样式修订", "≥", 12, "种"),
        (None, "质量指标", "裁决书说理合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "仲裁案件按期结案率", "≥", over, "%"),
        (None, "成本指标", "案均庭审成本", "≤", 450, "元/件"),
        ("效益指标", "社会效益指标", "仲裁终局裁决适用率", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("xt03-stacked-labour", (2,), "two labour projects stacked in one sheet, OLD-NAT, one "
         "value column, 服务对象满意度 with different values in each (correct)")  # fmt: skip
def stacked_labour() -> Book:
    b, s = book()
    project(s, "劳动争议巡回仲裁庭审经费", funds(28, 28, 0),
            ["在偏远乡镇开展巡回仲裁庭审，方便劳动者就近解决纠纷。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（项目一）")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "巡回仲裁庭审场次", "≥120场"),
        (None, "质量指标", "巡回庭审案件调解成功率", "≥55%"),
        (None, "时效指标", "巡回庭审案件按期结案率", "≥98%"),
        (None, "成本指标", "每场巡回庭审差旅及场地费用", "≤1800元/场"),
        ("效益指标", "社会效益指标", "就近参加庭审的劳动者", "≥600人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "基层劳动争议调解员业务培训经费", funds(15, 12, 3),
            ["组织基层调解员分期培训，提升调解能力，推动纠纷化解在基层。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（项目二）")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "培训基层调解员", "≥400人次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训计划按时完成率", "=100%"),
        (None, "成本指标", "人均培训费用", "≤350元/人次"),
        ("效益指标", "可持续影响指标", "基层调解组织持证调解员占比", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("xt04-stacked-defects", (2,), "two labour projects stacked, OLD-NAT, one value column: "
         "the second project's money does not add up and one rate is given as a count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = book()
    project(s, "劳动人事争议案件电子卷宗归档经费", funds(36, 36, 0),
            ["完成仲裁案件卷宗电子化扫描和归档，实现卷宗网上调阅。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（项目一）")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "扫描归档案件卷宗", "≥2600卷"),
        (None, "质量指标", "电子卷宗扫描合格率", "≥98%"),
        (None, "时效指标", "结案后卷宗归档及时率", "≥95%"),
        (None, "成本指标", "每卷扫描归档费用", "≤120元/卷"),
        ("效益指标", "社会效益指标", "卷宗网上调阅服务", "≥500次"),
        ("满意度指标", "服务对象满意度指标", "调阅人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(C(42, '0.00"万元"'), "B101", "error", row=True,
               note="资金总额 42 ≠ 财政拨款 36 + 其他资金 4")  # fmt: skip
    project(s, "仲裁庭审和调解室设备运维经费", funds(total, 36, 4),
            ["保障仲裁庭审和调解室音视频设备正常运行。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（项目二）")  # fmt: skip
    count = mk("2600卷", "T105", "error", note="a 率 given as a count of files")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "运维仲裁庭和调解室", "≥18间"),
        (None, "质量指标", "庭审录音录像完整率", count),
        (None, "时效指标", "设备故障修复时限", "≤48小时"),
        (None, "成本指标", "每间年运维费用", "≤1.5万元/间"),
        ("效益指标", "可持续影响指标", "设备正常运行率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "庭审参与人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
TASKS = [
    ("劳动争议仲裁办案", "立案、庭审、调解和裁决", 240, "按期审结受理案件"),
    ("调解仲裁信息化运维", "网上仲裁平台和庭审系统运维", 120, "平台全年稳定运行"),
    ("基层调解员培训", "分期培训基层调解员", 100, "提升基层调解能力"),
    ("金额合计", None, 460, None),
]


@variant("xt05-flat-department", (3,), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), percent cells, weights add to 100, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = book()
    budget = [(1320, 1280, 40, 860, 460),
              (pct(1), pct(0.9697, "0.00%"), pct(0.0303, "0.00%"), pct(0.6515, "0.00%"),
               pct(0.3485, "0.00%"))]  # fmt: skip
    department(s, budget, "依法高效处理劳动人事争议，调解优先，促进劳动关系和谐稳定。", TASKS)
    s.skip()
    s.row(*FLAT)
    s.table([
        ("受理劳动人事争议案件", 15, "件", "≥", 3600),
        ("案件调解成功率", 15, "%", "≥", pct(0.6)),
        ("案件法定期限内结案率", 15, "%", "≥", pct(0.98)),
        ("超期未结案件数量下降率", 10, "%", "≥", pct(0.1)),
        ("网上仲裁平台受理案件占比", 10, "%", "≥", pct(0.4)),
        ("培训基层调解员", 10, "人次", "≥", 400),
        ("仲裁裁决被法院撤销率", 10, "%", "≤", pct(0.02)),
        ("当事人满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("xt06-flat-defects", (3, 11), "department, flat list (指标名称 · 权重 · "
         "指标值 · 计量单位), values with their operators: a 反向 rate with ≥, a unit "
         "conflict, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    b.file_mark("W101", "error", note="weights 15+15+10+15+10+15+15 = 95, not 100")
    budget = [(1320, 1280, 40, 860, 460)]
    department(s, budget, "依法高效处理劳动人事争议，促进劳动关系和谐稳定。", TASKS)
    s.skip()
    s.row("指标名称", "权重", "指标值", "计量单位")
    back = mk("≥2%", "T108", "warning", row=True,
              note="撤销率 is 反向: ≤ meant")  # fmt: skip
    days = mk("≤45天", "T112", "error", note="value in 天, unit column 件")
    s.table([
        ("受理劳动人事争议案件", 15, "≥3600件", "件"),
        ("案件调解成功率", 15, "≥60%", "%"),
        ("仲裁裁决被法院撤销率", 10, back, "%"),
        ("普通程序案件平均审理天数", 15, days, "件"),
        ("培训基层调解员", 10, "≥400人次", "人次"),
        ("网上仲裁平台受理案件占比", 15, "≥40%", "%"),
        ("当事人满意度", 15, "≥90%", "%"),
    ])  # fmt: skip
    return b
