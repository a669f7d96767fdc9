"""Sugar-painting (糖画) returns: header words, second sheets, points at two levels, money."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout478.common import YEAR, book, indicators, notes, one_year, sign, wan
from tests.variants.holdout478.registry import variant
from tests.variants.kit import Book, Sheet, day, mk

DEPT = "栎川区教育局（412003）"
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("zt07-sugar-header-words", (7,),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and a 评价标准 column, "
         "=100% typed as text and a 下降率 with ≥ (correct)")  # fmt: skip
def sugar_header_words() -> Book:
    b, s = book()
    one_year(s, name="糖画非遗课后服务项目", dept=DEPT, unit="栎川区芦湾小学",
             total=20, fiscal=18, other=2,
             goal="开设糖画社团8个，320名学生掌握糖画基本技法，减少熬糖糖料浪费。")  # fmt: skip
    full = "达到目标值得满分，未达到按比例扣分"
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "糖画社团开班数", "≥8个", full),
        (None, None, "参训学生人数", "≥320人", full),
        (None, "质量指标", "熬糖操作安全培训覆盖率", "=100%", "全员培训得满分"),
        (None, None, "学生糖画作品完成率", "≥90%", full),
        (None, "时效指标", "课程开设及时率", "≥95%", full),
        ("成本指标", "经济成本指标", "生均糖料及耗材费", "≤100元/人", "超标准不得分"),
        ("效益指标", "社会效益指标", "学生了解糖画非遗知识比例", "≥90%", full),
        (None, "生态效益指标", "糖料浪费下降率", "≥10%", "与上年相比"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "沈砚秋", "0741-3327519")
    return b


@variant("zt08-sugar-second-sheet", (7, 4),
         "project: head on the first sheet, the table on a second sheet under 预期实现值, "
         "a note row inside and 填表说明 below; a rate as a count, a burn rate with ≥")  # fmt: skip
def sugar_second_sheet() -> Book:
    b, s = book("基本信息")
    one_year(s, name="糖画课后社团项目", dept=DEPT, unit="栎川区青苇中学",
             total=12, fiscal=10, other=2,
             goal="组建糖画社团4个，160名学生完成糖画基础课程，全年无烫伤事故。")  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 30, 20))
    t.title(f"{YEAR}年度糖画课后社团项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "糖画社团数", "≥4个"),
        (None, None, "参训学生人数", "≥160人"),
        (None, "质量指标", "糖画作品展评合格率",
         mk("150件", "T105", "error", note="合格率应为百分比，150件是件数")),
        (None, "成本指标", "生均糖料费", "≤80元/人"),
    ])  # fmt: skip
    notes(t, "注：糖画课堂统一使用电热控温糖锅，不使用明火。", width=4)
    t.table([
        ("效益指标", "社会效益指标", "学生烫伤发生率",
         mk("≥1%", "T108", "warning", row=True, note="发生率是反向指标，应为≤")),
        (None, None, "参加区级非遗展示学生人数", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "填表说明：1.指标值须可量化；2.定性指标按好、较好、一般、差填写。", width=4)
    sign(t, "沈砚秋", "0741-3327519")
    return b


def points_return(b: Book, s: Sheet, produce: tuple[Any, ...], benefit: tuple[Any, ...]) -> Book:
    """A NAT-2021 table with a tier-1 score column and an indicator score column."""
    indicators(s, POINTS, [
        ("产出指标", produce[0], "数量指标", "糖画课程开设课时", "≥288课时", produce[1]),
        (None, None, None, "参训学生人数", "≥360人", produce[2]),
        (None, None, "质量指标", "学生糖画技能达标率", "比上年提高≥5百分点", produce[3]),
        ("成本指标", 10, "经济成本指标", "外聘糖画艺人课时费", "≤180元/课时", 10),
        ("效益指标", benefit[0], "社会效益指标", "学生参加非遗展示活动人次", "≥500人次",
         benefit[1]),
        (None, None, "可持续影响指标", "糖画校本课程纳入课后服务课表", "持续纳入", benefit[2]),
        ("满意度指标", 15, "服务对象满意度指标", "学生满意度", "≥90%", 10),
        (None, None, None, "家长满意度", "≥90%", 5),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与指标分值各合计100分。")
    sign(s, "韦蔓知", "0743-6610352")
    return b


@variant("zt09-sugar-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a rate raised in 百分点 (correct)")  # fmt: skip
def sugar_points_two_levels() -> Book:
    b, s = book("绩效目标")
    one_year(s, name="糖画进校园课后服务项目", dept=DEPT, unit="栎川区桐坞小学",
             total=24, fiscal=20, other=4,
             goal="开设糖画课程288课时，360名学生参训，达标率比上年提高5个百分点。")  # fmt: skip
    return points_return(b, s, (40, 15, 15, 10), (35, 20, 15))


@variant("zt10-sugar-tier-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: "
         "产出 and 效益 do not add up")  # fmt: skip
def sugar_tier_points_mismatch() -> Book:
    b, s = book("绩效目标")
    one_year(s, name="糖画技艺课后提升项目", dept=DEPT, unit="栎川区芦湾小学",
             total=24, fiscal=24, other=0,
             goal="开设糖画提升课288课时，360名学生参训，达标率比上年提高5个百分点。")  # fmt: skip
    produce = mk(40, "W103", "error", note="产出指标40分，其下指标15+15+15=45分")
    benefit = mk(35, "W103", "error", note="效益指标35分，其下指标15+15=30分")
    return points_return(b, s, (produce, 15, 15, 15), (benefit, 15, 15))


@variant("zt11-sugar-system-export", (7, 12),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "codes in the first columns, header on the third row, operator and unit columns; "
         "two cost standards × counts equal to their budget lines (correct)")  # fmt: skip
def sugar_system_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    s.title(f"{YEAR}年度部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出经济分类", "资金总额",
          "财政拨款", "其他资金")  # fmt: skip
    head = ("412011", "栎川区芦湾小学", "41201125T0031", "糖画进课堂课后服务项目")
    for kind, total, fiscal, other in (("30218 专用材料费", 6.4, 6.4, 0),
                                       ("30226 劳务费", 12, 10, 2),
                                       ("31002 办公设备购置", 3.6, 3.6, 0)):  # fmt: skip
        s.row(*head, kind, wan(total), wan(fiscal), wan(other))
    s.row("合计", None, None, None, None, wan(22), wan(20), wan(2))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 22, 12, 14, 26, 10, 10, 10))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 8)
    t.row("单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    code = ("41201125T0031", "糖画进课堂课后服务项目")
    for line in (("产出指标", "数量指标", "糖画课程开设班数", "≥", 10, "个"),
                 ("产出指标", "数量指标", "受益学生人数", "≥", 400, "人"),
                 ("产出指标", "数量指标", "外聘艺人授课课时数", "≥", 480, "课时"),
                 ("产出指标", "质量指标", "学生作品合格率", "≥", 90, "%"),
                 ("产出指标", "时效指标", "课程开课及时率", "≥", 95, "%"),
                 ("成本指标", "经济成本指标", "生均糖料费", "≤", 160, "元/人"),
                 ("成本指标", "经济成本指标", "艺人劳务费标准", "≤", 250, "元/课时"),
                 ("效益指标", "社会效益指标", "学生非遗技艺体验覆盖率", "≥", 80, "%"),
                 ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", 90, "%")):  # fmt: skip
        t.row(*code, *line)
    t.row("导出时间：", day(YEAR - 1, 12, 3))
    return b


@variant("zt12-sugar-money-wrong", (12, 9),
         "project, NAT-2021, detail lines under the table: 年度资金总额 ≠ 财政拨款 + 其他资金, "
         "a detail amount split by a space, a unit cost rounded to 0万元")  # fmt: skip
def sugar_money_wrong() -> Book:
    b, s = book()
    total = mk(wan(38), "B101", "error", note="财政拨款30 + 其他资金6 = 36，明细合计也是36")
    one_year(s, name="糖画课后服务拓展项目", dept=DEPT, unit="栎川区桐坞小学",
             total=total, fiscal=30, other=6,
             goal="全年开设糖画课800课时，360名学生参训，建成糖画工作坊1间。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "糖画课时数", "≥800课时"),
        (None, None, "参训学生人数", "≥360人"),
        (None, "质量指标", "工作坊设备验收合格率", "100%"),
        ("成本指标", "经济成本指标", "人均糖料成本",
         mk("≤0万元/人", "T115", "error",
            note="6.48万元÷360人≈0.018万元，按万元取整成了0")),
        (None, None, "外聘糖画艺人课时费", "≤250元/课时"),
        ("效益指标", "社会效益指标", "学生参加非遗展示活动人次", "≥400人次"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目支出明细", "金额（万元）", "测算依据", merge=[(3, 6)])
    split = mk("6.4 8", "X105", "warning", alt=("X103",), note="数字被空格断开，应为6.48")
    s.row("糖料及耗材", split, "180元/人×360人", merge=[(3, 6)])
    s.row("电热糖画锅及工具", wan(9.52), "工作坊设备一套", merge=[(3, 6)])
    s.row("外聘糖画艺人课时费", wan(20), "250元/课时×800课时", merge=[(3, 6)])
    s.row("合计", wan(36), None, merge=[(3, 6)])
    b.file_mark("B102", "error", required=False,
                note="明细合计36与错写的总额38不一致，是同一处错误")  # fmt: skip
    sign(s, "韦蔓知", "0743-6610352")
    return b
