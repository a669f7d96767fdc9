"""Seafarers' training: simulator, watch-rating, GMDSS, skills and lifesaving courses
(vv01–vv06)."""

from __future__ import annotations

from tests.variants.holdout376.common import (
    book,
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout376.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("vv01-simulator-operators", (1, 11),
         "project, OLD-NAT, operator column headed 指标性质 and unit column, typed percent cells, "
         "a 0起 incident cap and a 下降幅度 in 百分点 with ≥ (correct)")  # fmt: skip
def simulator() -> Book:
    b, s = book()
    project(s, name="船员模拟器实操培训补助项目", unit="澜汀市船员培训中心",
            money_rows=one_year(180, 150, 30),
            goals=["完成400名船员模拟器实操培训，提升船舶操纵与应急处置能力。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "模拟器实操培训船员人数", "≥", 400, "人"),
        (None, None, "开设培训班期数", "≥", 16, "期"),
        (None, "质量指标", "实操评估合格率", "≥", pct(0.95), "%"),
        (None, None, "培训期间安全事故发生次数", "≤", 0, "起"),
        (None, "时效指标", "培训计划按期完成率", "≥", pct(0.98), "%"),
        (None, "成本指标", "人均培训补助标准", "≤", 0.45, "万元/人"),
        ("效益指标", "社会效益指标", "学员实操考试不及格率下降幅度", "≥", 3, "百分点"),
        (None, "可持续影响指标", "模拟器课程体系持续运行年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "参训船员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("vv02-stacked-watch-ratings", (2,),
         "two training projects stacked in one sheet, OLD-NAT, one value column: the second "
         "project's total is not 财政拨款 + 其他资金 and one rate is given as a count")  # fmt: skip
def stacked_watch() -> Book:
    b, s = book()
    project(s, name="值班水手和值班机工培训项目", unit="澜汀市螺屿航海技工学校",
            money_rows=one_year(64, 54, 10),
            goals=["培训值班水手和值班机工320人，适任考试通过率不低于85%。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "培训值班水手和值班机工人数", "≥320人"),
        (None, "质量指标", "适任考试通过率", "≥85%"),
        (None, "时效指标", "培训任务完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均培训费用", "≤0.2万元/人"),
        ("效益指标", "社会效益指标", "结业学员持证上船就业率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(96, WAN), "B101", "error",
               note="96 ≠ 财政拨款 80 + 其他资金 12 = 92")  # fmt: skip
    project(s, name="船员实操评估考场维护项目", unit="澜汀市船员考试评估中心",
            money_rows=one_year(total, 80, 12), title="",
            goals=["维护6个实操评估考场，保障全年评估按计划开考。"])  # fmt: skip
    count = mk("48个", "T105", "error", note="a 达标率 given as a count of places")
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "维护实操评估考场数量", "≥6个"),
        (None, "质量指标", "实操评估考位达标率", count),
        (None, "时效指标", "考场设备故障修复时限", "≤3个工作日"),
        (None, "成本指标", "单个考场年均维护费用", "≤15万元/个"),
        ("效益指标", "社会效益指标", "船员就近参加实操评估覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("vv03-flat-training-centre", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, =100% at the ceiling, =0起, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_centre() -> Book:
    b, s = book(widths=(30, 10, 12, 12, 14, 14))
    department(s, dept="澜汀市海事培训服务中心",
               budget=[[wan(860), wan(800), wan(60), wan(520), wan(340)]],
               goal="全年开展船员岗位培训36期、培训2600人次，提升船员适任能力。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("船员岗位培训期数", 15, "期", "≥", 36),
        ("培训船员人次", 15, "人次", "≥", 2600),
        ("培训考试一次通过率", 15, "%", "≥", pct(0.88)),
        ("教学设备完好率", 10, "%", "≥", pct(0.95)),
        ("培训档案归档及时率", 10, "%", "=", pct(1)),
        ("人均培训成本", 10, "元/人次", "≤", 1300),
        ("教学安全责任事故", 10, "起", "=", 0),
        ("参训船员满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("vv04-gmdss-notes", (4,),
         "project, OLD-NAT, one value column; a 注 row between tiers, 说明 and 填表说明 under "
         "the table, signature line; a deadline after the project year and =95% on "
         "satisfaction")  # fmt: skip
def gmdss_notes() -> Book:
    b, s = book()
    project(s, name="海事英语及GMDSS操作员培训项目", unit="澜汀市船员培训中心",
            money_rows=one_year(48, 40, 8),
            goals=["培训GMDSS通用操作员120人，开办海事英语强化班4期。"])  # fmt: skip
    late = mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
              note="a one-year 2025 project with a deadline in 2026")  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "培训GMDSS通用操作员人数", "≥120人"),
        (None, None, "开办海事英语强化班期数", "≥4期"),
        (None, "质量指标", "结业考核合格率", "≥92%"),
        (None, "时效指标", "培训任务完成时间", late),
        (None, "成本指标", "人均培训费用", "≤4000元/人"),
    ])  # fmt: skip
    note(s, "注：效益和满意度指标按结业后三个月回访结果填报。")
    equal = mk("=95%", "T107", "warning", note="=95% on a satisfaction rate means ≥95%")
    s.table([
        ("效益指标", "社会效益指标", "结业学员持证上岗率", "≥85%"),
        (None, "可持续影响指标", "培训课程资源库更新次数", "≥1次"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", equal),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：人均培训费用含教材、考试报名及实操耗材费用。")
    note(s, "填表说明：指标值应写明比较符和计量单位；定性指标填写评价等级。")
    sign(s, "苏晗", "0592-63187420")
    return b


@variant("vv05-numbered-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）, ★质量指标, abbreviated 时效) and an indicator 分值 column: 100 both "
         "ways (correct)")  # fmt: skip
def numbered() -> Book:
    b, s = book()
    project(s, name="内河船员职业技能提升培训项目", unit="澜汀市螺屿区船员服务站",
            money_rows=one_year(120, 100, 20),
            goals=["完成内河船员技能提升培训600人，送培到港12场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "内河船员技能提升培训人数", "≥600人", 15),
        (None, None, "送培到港场次", "≥12场", 5),
        (None, "（二）★质量指标", "技能等级认定通过率", "≥80%", 10),
        (None, "（三）时效", "培训补贴发放及时率", "≥95%", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "人均培训补贴标准", "≤2000元/人", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "参训船员持证上岗率", "≥85%", 15),
        (None, "（二）可持续影响指标", "内河船员培训点服务覆盖率", "≥90%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参训船员满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("vv06-two-row-header", (7, 1, 11),
         "project, NAT-2021, two-row header (绩效指标 / 绩效标准 over 指标内容 · 比较符 · "
         "预期目标 · 计量单位): a typed 105% on a 合格率 and ≥ on an accident rate")  # fmt: skip
def two_row_header() -> Book:
    b, s = book()
    project(s, name="船员海上求生与应急救生培训项目", unit="澜汀市船员培训中心",
            money_rows=one_year(72, 60, 12),
            goals=["培训船员360人，提升海上求生和救生艇筏操作能力。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", None, None, merge=[(1, 3), (4, 6)])
    over = mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%")
    wrong = mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≤ expected")
    indicators(s, ("一级指标", "二级指标", "指标内容", "比较符", "预期目标", "计量单位"), [
        ("产出指标", "数量指标", "救生艇筏操作培训人数", "≥", 360, "人"),
        (None, "质量指标", "救生演练考核合格率", "≥", over, "%"),
        (None, "时效指标", "培训证明出具时限", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 2000, "元/人"),
        ("效益指标", "社会效益指标", "参训船员海上求生训练事故发生率", wrong, pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "参训船员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
