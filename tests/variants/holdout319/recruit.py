"""Conscription returns (征兵宣传与体检): tq01–tq06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout319.common import TIERED, YEAR, book, grid, one_year, sign, wan
from tests.variants.holdout319.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("tq01-recruit-percent-cells", (1,),
         "project, NAT-2021, operator and unit columns, percent cells typed in Excel, 万元 in the "
         "number format, a rate raised in 百分点 and =100% at the ceiling (correct)")  # fmt: skip
def tq01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="征兵宣传与应征青年体检初检", unit="澄岭县人民武装部",
                 dept="澄岭县人民政府征兵办公室（0417）", money=one_year(48, 45, 3),
                 goals=["面向全县高校毕业生和适龄青年开展征兵宣传，完成兵役登记和应征青年"
                        "体检初检，确保征集兵员质量。"])  # fmt: skip
    grid(s, OPS, [
        ("产出指标", "数量指标", "征兵宣传进校园、进社区场次", "≥", 24, "场"),
        (None, None, "兵役登记适龄男青年人数", "≥", 3200, "人"),
        (None, None, "应征青年体检初检人数", "≥", 900, "人"),
        (None, "质量指标", "兵役登记覆盖率", "≥", pct(0.98), "%"),
        (None, None, "体检复检结论差错率", "≤", pct(0.02), "%"),
        (None, "时效指标", "体检结果反馈时限", "≤", 3, "工作日"),
        ("成本指标", "经济成本指标", "人均体检初检费用", "≤", 260, "元/人"),
        ("效益指标", "社会效益指标", "大学生应征报名率比上年提高", "≥", 2, "百分点"),
        (None, None, "全县征集任务完成率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "应征青年及家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "韦长庚", "0739-6628417", day(YEAR - 1, 12, 8))
    return b


@variant("tq02-recruit-rate-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns with percent cells: a 比例 given as a count "
         "of people, a 完成率 typed as 105%, a 反向 误判率 with ≥")  # fmt: skip
def tq02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="大学生征兵宣传及政治考核", unit="淞湾区征兵工作站",
                 dept="苇川市淞湾区人民武装部（0622）", money=one_year(30, 28, 2),
                 goals=["在辖区高校开展大学生征兵政策宣讲，完成应征青年政治考核"
                        "和体检复查。"])  # fmt: skip
    grid(s, OPS, [
        ("产出指标", "数量指标", "征兵政策宣传册印发数量", "≥", 6000, "册"),
        (None, None, "高校征兵政策宣讲场次", "≥", 16, "场"),
        (None, "质量指标", "大学生应征入伍比例", "≥",
         mk(85, "T105", "error", row=True, note="比例写成 85 人：比率类指标应给百分比"), "人"),
        (None, None, "应征青年政治考核完成率", "≥",
         mk(pct(1.05), "T106", "error", note="完成率 105% 超过 100% 上限"), "%"),
        (None, None, "体检复查误判率",
         mk("≥", "T108", "warning", row=True, note="误判率是反向指标，应为 ≤"), pct(0.03), "%"),
        (None, "时效指标", "体检复查结果反馈时限", "≤", 3, "工作日"),
        (None, "成本指标", "宣传册印制单价", "≤", 4.5, "元/册"),
        ("效益指标", "社会效益指标", "高校学生征兵政策知晓率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "应征青年对政考服务满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("tq03-recruit-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column; the same satisfaction "
         "name with different values in the two projects (correct)")  # fmt: skip
def tq03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="征兵宣传月活动经费", unit="澄岭县征兵工作站",
                 dept="澄岭县人民武装部（0418）", money=one_year(18, 18, 0),
                 title=f"{YEAR}年度澄岭县征兵工作项目支出绩效目标表",
                 goals=["五月集中开展征兵宣传月活动，提高适龄青年对征兵政策的"
                        "知晓度。"])  # fmt: skip
    grid(s, TIERED, [
        ("产出指标", "数量指标", "征兵宣传海报张贴点位", "≥120个"),
        (None, None, "宣传月集中宣传活动场次", "≥20场"),
        (None, "质量指标", "宣传内容审核通过率", "=100%"),
        (None, "时效指标", "宣传月活动完成时间", f"{YEAR}年5月31日前"),
        (None, "成本指标", "集中宣传活动场均费用", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "征兵政策知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="应征青年体检站运行经费", unit="澄岭县人民医院征兵体检站",
                 dept="澄岭县人民武装部（0418）", money=one_year(42, 40, 2), title="",
                 goals=["保障征兵体检站运行，按标准完成应征青年体检。"])  # fmt: skip
    grid(s, TIERED, [
        ("产出指标", "数量指标", "应征青年体检人数", "≥1500人"),
        (None, "质量指标", "体检项目漏检率", "≤1%"),
        (None, "时效指标", "单人体检结论出具时限", "≤2个工作日"),
        (None, "成本指标", "人均体检费用", "≤260元/人"),
        ("效益指标", "社会效益指标", "新兵入营复检因病退兵率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("tq04-recruit-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 "
         "is not 财政拨款 + 其他资金 and its unit cost × count exceeds its money")  # fmt: skip
def tq04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="征兵宣传品制作", unit="苇川市征兵工作站",
                 dept="苇川市人民政府征兵办公室（0301）", money=one_year(15, 15, 0),
                 title=f"{YEAR}年度苇川市征兵工作项目支出绩效目标表",
                 goals=["制作并投放征兵宣传品，覆盖全市高校、中职学校和街道社区。"])  # fmt: skip
    grid(s, TIERED, [
        ("产出指标", "数量指标", "征兵宣传折页制作数量", "≥20000份"),
        (None, None, "征兵宣传展板投放点位", "≥90个"),
        (None, "质量指标", "宣传品验收合格率", "≥98%"),
        (None, "时效指标", "宣传品投放完成时间", f"{YEAR}年3月31日前"),
        (None, "成本指标", "宣传折页印制单价", "≤3元/份"),
        ("效益指标", "社会效益指标", "征兵政策社会知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "投放点位单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(36), "B101", "error", row=True, note="36 ≠ 财政拨款 30 + 其他资金 4")
    project_head(s, year=YEAR, name="役前教育训练", unit="苇川市役前训练中心",
                 dept="苇川市人民政府征兵办公室（0301）", money=one_year(total, 30, 4), title="",
                 goals=["对批准入伍新兵集中开展役前教育训练，提升新兵入营适应能力。"])  # fmt: skip
    grid(s, TIERED, [
        ("产出指标", "数量指标", "役前训练新兵人数", "≥180人"),
        (None, "质量指标", "役前训练考核合格率", "≥95%"),
        (None, "时效指标", "役前训练完成时间", f"{YEAR}年9月10日前"),
        (None, "成本指标", "人均役前训练保障费",
         mk("≤2600元/人", "B107", "warning", row=True,
            note="2600元 × 180人 = 46.8万元，超过项目资金 36万元")),
        ("效益指标", "社会效益指标", "新兵入营后适应期退兵率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "新兵及家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


RECRUIT_BUDGET = [(156.4, 150.4, 6, 82.4, 74)]
RECRUIT_TASKS = [
    ("征兵宣传", "高校、社区征兵宣传和网上兵役登记", 22, "兵役登记完成率≥98%"),
    ("体检政考", "应征青年体检、政治考核", 39, "体检人数≥1200人"),
    ("役前教育", "批准入伍新兵役前教育", 13, "按时送兵"),
    ("金额合计", None, 74, None),
]  # fmt: skip
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("tq05-recruit-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100 with a 合计 row, a 反向 退兵率 with ≤ (correct)")  # fmt: skip
def tq05() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄岭县征兵工作领导小组办公室", budget=RECRUIT_BUDGET,
                    tasks=RECRUIT_TASKS,
                    goal="完成年度征兵任务，兵员质量稳步提高，新兵退兵率控制在"
                         "1%以内。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("兵役登记完成率", 15, "%", "≥", 98),
        ("征集任务完成率", 20, "%", "=", 100),
        ("应征青年体检人数", 15, "人", "≥", 1200),
        ("新兵退兵率", 15, "%", "≤", 1),
        ("政治考核按时完成率", 10, "%", "≥", 95),
        ("人均体检费用", 10, "元/人", "≤", 260),
        ("应征青年满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "莫怀远", "0739-6621905", day(YEAR - 1, 11, 26))
    return b


@variant("tq06-recruit-flat-weights", (3, 13),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): weights add to 95, one row "
         "with a value and a unit but no name")  # fmt: skip
def tq06() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="苇川市淞湾区征兵办公室",
                    budget=[(96, 92, 4, 58, 38)], tasks=[
                        ("征兵宣传", "街道社区征兵宣传", 12, "覆盖全部街道"),
                        ("体检政考", "应征青年体检和复核", 26, "体检人数≥800人"),
                        ("金额合计", None, 38, None)],
                    goal="完成区征兵任务，体检结论准确，应征青年满意。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("征兵宣传覆盖街道（乡镇）数", "≥12", "个", 15),
        (mk(None, "F110", "error", note="填了 ≥95%，却没有指标名称"), "≥95", "%", 15),
        ("应征青年体检人数", "≥800", "人", 20),
        ("体检结论复核差错率", "≤2", "%", 15),
        ("人均体检费用", "≤280", "元/人", 10),
        ("应征青年满意度", "≥90", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+20+15+10+20 = 95，应为 100")
    return b
