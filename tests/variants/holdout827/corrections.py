"""Community corrections returns (kfe07–kfe12): supervision of offenders in the community,
education and help, psychological correction, smart supervision."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout827.common import (
    PERIOD,
    PROJECT,
    indicators,
    lines,
    note,
    sign,
    start,
    wan,
)
from tests.variants.holdout827.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kfe07-corrections-department", (12,),
         "department, NAT-2021: budget and key tasks that add up, an incident count of 0起, a "
         "下降率 with ≥, a goal's count that is a part of another indicator (correct)")  # fmt: skip
def corrections_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="苍埠区司法局",
                    budget=[(wan(426), wan(416), wan(10), wan(296), wan(130))],
                    tasks=[("社区矫正监管执法", "日常报到、走访核查、信息化核查", wan(58),
                            "社区矫正对象不脱管、不漏管"),
                           ("教育帮扶", "集中教育、就业技能帮扶", wan(42), "帮扶500人"),
                           ("法治宣传", "宪法宣传周、民法典宣传月", wan(30), "活动40场"),
                           ("金额合计", None, wan(130), None)],
                    goal="依法监管社区矫正对象，全年开展集中教育学习12次（其中法治教育专题6次），"
                         "帮扶500人，再犯罪率控制在0.2%以内。")  # fmt: skip
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "集中教育学习次数", "≥12次"),
        (None, None, "法治教育专题次数", "≥6次"),
        (None, None, "教育帮扶对象人数", "≥500人"),
        (None, None, "法治宣传活动场次", "≥40场"),
        (None, "质量指标", "脱管漏管事件", "0起"),
        (None, None, "社区矫正对象报到率", "100%"),
        (None, "时效指标", "入矫宣告及时率", "≥98%"),
        ("成本指标", "经济成本指标", "人均教育帮扶经费", "≤800元/人"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%"),
        (None, None, "社区矫正对象违规行为下降率", "≥5%"),
        (None, "可持续影响指标", "社区矫正工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "社区矫正对象及家属满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "缪成蹊", "0738-6604173")
    return b


@variant("kfe08-corrections-department-wrong", (12,),
         "department, NAT-2021: key tasks not adding up to 金额合计, the goal's 500 monitoring "
         "devices against an indicator of 300, a re-offending rate under 数量指标")  # fmt: skip
def corrections_department_wrong() -> Book:
    b, s = start("部门整体")
    total = mk(wan(100), "B102", "error", alt=("B101",), note="45 + 30 + 20 = 95 ≠ 100")
    department_head(s, year=2025, dept="柘川县司法局",
                    budget=[(wan(318), wan(310), wan(8), wan(218), wan(100))],
                    tasks=[("智慧矫正", "电子定位监管设备配备和平台运维", wan(45), "设备500台"),
                           ("教育帮扶", "集中教育和就业技能帮扶", wan(30), "帮扶300人"),
                           ("心理矫治", "心理测评和个案辅导", wan(20), "测评800人次"),
                           ("金额合计", None, total, None)],
                    goal="为社区矫正对象配备电子定位监管设备500台，开展心理测评800人次，"
                         "社区矫正对象再犯罪率控制在0.2%以内。")  # fmt: skip
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "电子定位监管设备配备数",
         mk("≥300台", "D104", "warning", row=True, alt=("C10",),
            note="年度总体目标和任务都写配备设备500台")),
        (None, None, "心理测评人次", "≥800人次"),
        (None, None, mk("社区矫正对象再犯罪率", "F201", "warning", row=True,
                        note="再犯罪率是效益（社会效益）指标，不是数量指标"), "≤0.2%"),
        (None, "质量指标", "电子定位设备在线率", "≥95%"),
        (None, "时效指标", "设备故障处置时限", "≤24小时"),
        ("成本指标", "经济成本指标", "心理测评单价", "≤200元/人次"),
        ("效益指标", "社会效益指标", "社区矫正对象就业帮扶成功率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "社区矫正对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑望舒", "0746-7723581")
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kfe09-corrections-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def corrections_flat() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="渠阳市社区矫正管理局",
                    budget=[(wan(260), wan(250), wan(10), wan(200), wan(60))],
                    goal="全面落实社区矫正监管措施，开展集中教育和就业技能帮扶，"
                         "确保社区矫正对象再犯罪率不高于0.2%。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("集中教育学习次数", 15, "次", "≥", 12),
        ("社区服务参与人次", 10, "人次", "≥", 2400),
        ("心理测评覆盖率", 10, "%", "≥", pct(0.95)),
        ("社区矫正对象再犯罪率", 15, "%", "≤", pct(0.002, "0.0%")),
        ("入矫宣告及时率", 10, "%", "≥", pct(0.98)),
        ("就业技能帮扶人数", 10, "人", "≥", 300),
        ("人均帮扶经费", 10, "元/人", "≤", 600),
        ("法律知识测试合格率", 10, "%", "≥", pct(0.9)),
        ("社区矫正对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "晏照川", "0731-8450267")
    return b


@variant("kfe10-corrections-flat-wrong", (3,),
         "department, flat list in another order (指标名称 · 指标性质 as direction · 计量单位 · "
         "权重 · 指标值): a near-duplicate, a template example row, weights of 95")  # fmt: skip
def corrections_flat_wrong() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="汶屏县司法局",
                    budget=[(wan(214), wan(210), wan(4), wan(170), wan(44))],
                    goal="加强社区矫正对象监管和教育帮扶，全年教育帮扶1500人次。")  # fmt: skip
    s.row("指标名称", "指标性质", "计量单位", "权重", "指标值")
    s.table([
        ("社区矫正对象教育帮扶人次", "正向", "人次", 15, "≥1500"),
        ("社区矫正对象走访核查人次", "正向", "人次", 15, "≥1200"),
        ("社区矫正对象再犯罪率", "反向", "%", 20, "≤0.2"),
        ("社区矫正对象教育帮扶服务人次", "正向", "人次", 10,
         mk("≥1200", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与第一行“社区矫正对象教育帮扶人次 ≥1500”是同一指标，值不同")),
        ("（示例）××活动参与人次", "正向", "人次", None,
         mk("≥**", "X101", "error", row=True, note="模板的示例行未删除")),
        ("心理测评覆盖率", "正向", "%", 15, "≥95"),
        ("社区矫正对象满意度", "正向", "%", 20, "≥90"),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15 + 15 + 20 + 10 + 15 + 20 = 95，不是 100")
    note(s, "说明：指标值为百分比的，计量单位栏填“%”。", 5)
    sign(s, "龙尔雅", "0737-2295480")
    return b


@variant("kfe11-corrections-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "header 预期实现值, OLD-NAT with 成本 under 产出, a goal count with its part in "
         "brackets (correct)")  # fmt: skip
def corrections_second_sheet() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=2025, name="社区矫正对象心理矫治服务购买", dept="梧汀区司法局（112）",
                 unit="梧汀区社区矫正管理局",
                 money=lines(("年度资金总额", 80, "其中：财政拨款", 72),
                             ("其他资金", 8, None, None)),
                 goals=["购买专业社工机构服务，为社区矫正对象提供心理测评和个案辅导共2000人次"
                        "（其中个案辅导600人次），高危对象心理危机干预率100%。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 16, 30, 20, 24))
    t.title("社区矫正对象心理矫治服务购买绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "心理矫治服务人次", "≥2000人次", "含测评和个案辅导"),
        (None, None, "个案辅导人次", "≥600人次", None),
        (None, "质量指标", "心理测评报告合格率", "≥95%", None),
        (None, "时效指标", "危机个案响应时限", "≤24小时", None),
        (None, "成本指标", "心理矫治服务单价", "≤350元/人次", "按政府购买服务合同"),
        ("效益指标", "社会效益指标", "高危对象心理危机干预率", "100%", None),
        (None, "可持续影响指标", "心理矫治档案管理", "规范", None),
        ("满意度指标", "服务对象满意度指标", "社区矫正对象满意度", "≥90%", None),
    ])  # fmt: skip
    sign(t, "邬念平", "0571-6603819")
    return b


@variant("kfe12-corrections-smart-two-years", (8,),
         "two-year project (2025–2026), NAT-2021, 中期 and 年度 value columns: a planned end "
         "date in 2027, one cumulative count copied from 中期 into 年度")  # fmt: skip
def corrections_smart_two_years() -> Book:
    b, s = start()
    end = mk(
        day(2027, 12, 31),
        "Y101",
        "error",
        alt=("Y102",),
        note="项目期2年、中期目标写2025年—2026年，计划完成日期却是2027年",
    )
    project_head(s, year=2025, years=2, end=end, name="智慧矫正中心建设",
                 dept="朔川县司法局（217）", unit="朔川县社区矫正管理局",
                 money=lines(("中期资金总额", 240, "年度资金总额", 150),
                             ("其中：财政拨款", 230, "其中：财政拨款", 145),
                             ("其他资金", 10, "其他资金", 5)),
                 goals=["建成县级智慧矫正中心和12个司法所远程督察点，电子监管覆盖"
                        "社区矫正对象1200人次。",
                        "2025年建成县级智慧矫正中心和6个司法所远程督察点，电子监管覆盖"
                        "600人次。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "司法所远程督察点建成数", "≥12个", "≥6个"),
        (None, None, "电子监管覆盖人次", "≥1200人次",
         mk("≥1200人次", "D202", "warning", alt=("D104",),
            note="两年累计的人次原样抄进年度列；年度目标写600人次")),
        (None, "质量指标", "远程督察系统验收合格率", "100%", "100%"),
        (None, "时效指标", "建设任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "督察点建设单价", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "社区矫正对象脱管率", "≤0.5%", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "司法所工作人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦若谷", "0735-6218853")
    return b
