"""Returns vx07–vx12: tour-guide licensing (导游证) returns: flat lists, tier labels and points,
header words, a second sheet and conversion artefacts."""

from __future__ import annotations

from tests.variants.holdout378.common import (
    department,
    funds,
    indicators,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout378.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

LICENCE_OFFICE = "澄岭市文化广电和旅游局（导游管理科）"


def _licence_head(s: Sheet, total: int = 420) -> None:
    department(s, LICENCE_OFFICE,
               [(wan(total), wan(total - 40), wan(40), wan(total - 120), wan(120))],
               "依法做好导游资格考试、导游证核发与年审、导游执业监管和游客投诉调处。",
               [("导游资格考试组织", "考务、阅卷、面试", wan(45), "考试平稳有序"),
                ("导游证核发与年审", "电子导游证核发、年审、换证", wan(35), "按期办结"),
                ("导游执业监管", "执业检查、违规查处", wan(40), "违规行为及时查处"),
                ("金额合计", None, wan(120), None)])  # fmt: skip


@variant(
    "vx07-license-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def license_flat() -> Book:
    b, s = start()
    _licence_head(s)
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("导游资格考试组织场次", 15, "场", "≥", 2),
        ("电子导游证年审办结率", 15, "%", "≥", pct(0.98)),
        ("导游证换发平均办理时限", 15, "工作日", "≤", 5),
        ("导游执业违规行为查处率", 15, "%", "=", pct(1)),
        ("导游执业检查次数", 15, "次", "≥", 24),
        ("导游证核发差错率", 15, "%", "≤", pct(0.01)),
        ("导游及考生满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "甄若澜", "0739-6634270")
    return b


@variant(
    "vx08-license-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): a 反向 rate with ≥, weights add to 95",
)
def license_flat_wrong() -> Book:
    b, s = start()
    _licence_head(s, 380)
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("导游资格考试组织场次", "≥2", "正向", "场", 15),
        ("电子导游证年审办结率", "≥98", "正向", "%", 20),
        ("导游证审核差错率", mk("≥1", "T108", "warning", row=True, note="反向 with ≥"),
         "反向", "%", 15),
        ("导游证换发平均办理时限", "≤5", "反向", "工作日", 15),
        ("导游执业检查次数", "≥24", "正向", "次", 20),
        ("导游及考生满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15 + 20 + 15 + 15 + 20 + 10 = 95, not 100")
    sign(s, "甄若澜", "0739-6634270")
    return b


@variant(
    "vx09-license-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（50分）, （一）数量指标, ★), indicator points, a rate raised in 百分点 "
    "(correct)",
)
def license_points() -> Book:
    b, s = start()
    project(s, "电子导游证管理系统运维", "澄岭市旅游信息中心", funds(48, 48, 0),
            ["保障电子导游证系统全年稳定运行，提升导游证线上办理率。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.★系统运维服务时长", "≥12月", 20),
        (None, "（二）质量指标", "2.系统可用率", "≥99%", 15),
        (None, "（三）时效指标", "3.故障响应时间", "≤2小时", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "1.年度运维费用", "≤48万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "1.导游证线上办理率提高", "≥5百分点", 15),
        (None, "（二）可持续影响指标", "2.导游执业信息归集完整率", "≥95%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.导游用户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("注：一级指标分值合计100分，三级指标分值为一级指标分值的分解，不重复计算。",
          merge=[(1, 5)])  # fmt: skip
    sign(s, "甄若澜", "0739-6634270")
    return b


@variant(
    "vx10-license-points-wrong",
    (5, 10),
    "project, NAT-2021, labels with marks and points "
    "(*产出指标（50分）): a tier-2 under the wrong tier-1, a tier's points not adding up",
)
def license_points_wrong() -> Book:
    b, s = start()
    project(s, "导游资格考试考务保障", "澄岭市导游服务中心", funds(45, 45, 0),
            ["组织全国导游资格考试本市考区笔试和面试，考务零差错。"])  # fmt: skip
    cost = mk("*成本指标（10分）", "W103", "error", alt=("W101",),
              note="declared 10 points, its only indicator carries 5")  # fmt: skip
    wrong = mk("社会效益指标", "F105", "error", note="a 效益 tier-2 inside the 产出 block")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("*产出指标（50分）", "数量", "面试考场设置", "≥6个", 15),
        (None, "质量", "考务差错次数", "≤0次", 15),
        (None, "时效", "成绩发布时限", "≤30个工作日", 10),
        (None, wrong, "考生诚信应考水平", "明显提升", 10),
        (cost, "经济成本", "考生人均考务成本", "≤150元/人", 5),
        ("*效益指标（30分）", "可持续影响", "考务工作规程", "建立并执行", 30),
        ("*满意度指标（10分）", "服务对象满意度", "考生满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the points then add to 95")
    s.row("考生人数约2800人。", merge=[(1, 5)])
    sign(s, "甄若澜", "0739-6634270")
    return b


@variant(
    "vx11-license-headers",
    (7, 4),
    "project, OLD-NAT, headers 考核指标 · 目标值（年度） · "
    "评价标准, a note row inside, the header repeated after a page break, 填表说明 and "
    "signature lines (correct)",
)
def license_headers() -> Book:
    b, s = start()
    project(s, "导游执业行为监督检查", "澄岭市文化市场综合行政执法支队", funds(30, 30, 0),
            ["开展导游执业行为检查，查处无证执业和强迫购物等违规行为。"])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "导游执业检查次数", "≥36次", "每少1次扣0.5分"),
        (None, None, "检查旅游团队数", "≥500个", "按比例扣分"),
        (None, "质量指标", "违规线索核查率", "=100%", "未核查扣分"),
        (None, "时效指标", "案件办结时限", "≤90天", "超期扣分"),
        (None, "成本指标", "单次检查成本", "≤8000元/次", "超支扣分"),
    ])  # fmt: skip
    s.row("注：检查次数含联合检查。", merge=[(1, 5)])
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "强迫购物投诉下降率", "≥15%", "按比例扣分"),
        (None, "可持续影响指标", "导游执业信用档案", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "每低1%扣1分"),
    ])  # fmt: skip
    s.row("填表说明：1.目标值应可量化；2.评价标准用于年终自评。", merge=[(1, 5)])
    sign(s, "栾知遥", "0739-6651928", when=None)
    return b


@variant(
    "vx12-license-second-sheet",
    (7, 9),
    "project: head and money detail on the first "
    "sheet (a split number, a date serial as text), indicators on a second sheet under "
    "预期实现值 with a rate given as a count",
)
def license_second_sheet() -> Book:
    b, s = start("项目信息")
    end = mk("45991", "X104", "warning", note="a serial (2025-11-30) typed as text")
    project(s, "导游证IC卡换发", "澄岭市导游服务中心", funds(40, 36, 4),
            ["完成全市导游证IC卡换发，换发及时率不低于95%。"], end=end)  # fmt: skip
    s.row("资金明细（万元）", "制卡费", "系统对接", "邮寄及耗材", "合计")
    split = mk("12.3 6", "X105", "warning", alt=("X103",), note="12.36 split by a space")
    s.row(None, wan(18.4), split, wan(9.24), wan(40))
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "换发导游证IC卡", "≥2600张"),
        (None, "质量指标", "制卡信息准确率",
         mk("2600人", "T105", "error", note="an accuracy rate given as a count")),
        (None, "时效指标", "换发及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单卡制作成本", "≤70元/张"),
        ("效益指标", "社会效益指标", "导游身份核验便利度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "导游满意度", "≥90%"),
    ])  # fmt: skip
    sign(t, "蔺秋禾", "0739-6628143")
    return b
