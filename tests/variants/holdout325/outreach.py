"""Nature education and study tours (科普研学) at zoos and rescue centres: tw13–tw18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout325.common import (
    FOREST_DEPT,
    FOREST_ZOO,
    OLD_HEAD,
    RESCUE,
    STATION,
    YEAR,
    ZOO,
    ZOO_DEPT,
    first,
    indicators,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout325.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("tw13-study-footnotes", (4,),
         "project, OLD-NAT, one value column; an instruction row inside the table, a footnote "
         "explaining a total, 填表说明, signature and a date in the year before "
         "(correct)")  # fmt: skip
def tw13() -> Book:
    b, s = first()
    goal = "开发青少年自然科普研学课程，全年组织研学活动不少于96场。"
    project_head(s, year=YEAR, name="青少年自然科普研学项目", dept=ZOO_DEPT, unit=ZOO,
                 money=one_year(58, 45, 13), goals=[goal])  # fmt: skip
    s.row(*OLD_HEAD, "备注")
    s.row("（请逐项填写三级指标，指标值须可量化、可考核）", merge=[(1, 5)])
    s.table([
        ("产出指标", "数量指标", "研学课程开发数量", "≥12门", None),
        (None, None, "研学活动场次", "≥96场", None),
        (None, None, "参与学生人次", "≥4800人次", "见注1"),
        (None, "质量指标", "研学课程专家评审通过率", "≥90%", None),
        (None, "时效指标", "首批课程上线时间", "2025年4月30日前", None),
        (None, "成本指标", "每场研学活动成本", "≤0.5万元/场", None),
        ("效益指标", "社会效益指标", "学生野生动物保护知识知晓率", "≥85%", None),
        (None, "可持续影响指标", "持证研学导师人数", "≥20人", None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注1：参与学生人次4800 = 96场 × 每场50人。",
          "注2：满意度按活动结束后问卷调查统计。",
          "填表说明：指标值应与年度绩效目标一致，定性指标须分档描述。")  # fmt: skip
    signature(s, "柯望舒", "0591-6732418", day(YEAR - 1, 12, 6))
    return b


@variant("tw14-study-export", (7, 4),
         "budget-system export: money on sheet 部门项目支出预算05-1, the indicator table on a "
         "second sheet with the header on the third row and codes in the first columns "
         "(correct)")  # fmt: skip
def tw14() -> Book:
    b, s = first("部门项目支出预算05-1", (14, 18, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("428003", "428003-25-0017", "野生动物科普研学基地运营项目", wan(72.4), wan(66.4),
          wan(6))  # fmt: skip
    s.row("合计", None, None, wan(72.4), wan(66.4), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 14, 18, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位名称：{RESCUE}")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    code = ("428003", "428003-25-0017")
    for row in [
        ("产出指标", "数量指标", "研学基地开放天数", "≥280天"),
        ("产出指标", "数量指标", "接待研学团队数量", "≥150批次"),
        ("产出指标", "质量指标", "科普讲解员持证上岗率", "=100%"),
        ("产出指标", "时效指标", "研学预约审核时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "研学基地年度运营成本", "≤72.4万元"),
        ("效益指标", "社会效益指标", "参训学生保护知识测试合格率", "≥85%"),
        ("效益指标", "可持续影响指标", "研学课程年度更新比例", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "研学师生满意度", pct(0.92)),
    ]:  # fmt: skip
        t.row(*code, *row)
    return b


@variant("tw15-study-headers", (7, 5),
         "project, OLD-NAT, two-row header (考核指标 · 绩效标准 / 目标值（年度） · 评价标准), "
         "labels with numbers, points, * and ★; tier points 90 with 预算执行率 scored apart "
         "(correct)")  # fmt: skip
def tw15() -> Book:
    b, s = first(widths=(20, 16, 30, 18, 30))
    goal = "组织中小学生走进动物园开展研学实践，全年接待研学学生不少于6000人次。"
    project_head(s, year=YEAR, name="“走进动物园”中小学生研学实践项目", dept=FOREST_DEPT,
                 unit=FOREST_ZOO, money=one_year(36.8, 30, 6.8), goals=[goal])  # fmt: skip
    top = s.row("指标层级", None, "考核指标", "绩效标准", "评价标准", merge=[(1, 2)])
    s.row("一级指标", "二级指标", None, "目标值（年度）", None)
    for c in (3, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("一、产出指标（50分）", "1.数量指标", "接待中小学生研学人次", "≥6000人次",
         "每少100人次扣1分"),
        (None, None, "编印研学手册", "≥3套", "每少1套扣2分"),
        (None, "2.质量指标", "研学活动安全责任事故数", "0起", "发生事故不得分"),
        (None, "3.时效指标", "研学手册印发时间", "2025年3月31日前", "每延迟10天扣1分"),
        (None, "4.成本指标", "人均研学成本", "≤55元/人次", "超出不得分"),
        ("二、效益指标（30分）", "*社会效益", "学生动物保护知识测评合格率", "≥85%",
         "按测评结果计分"),
        (None, "*可持续影响", "建立长期研学合作的学校", "≥24所", "每少1所扣1分"),
        ("三、满意度指标（10分）", "★服务对象满意度", "学生及带队教师满意度", "≥90%",
         "按问卷结果计分"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：预算执行率（10分）由财政部门另行评价，本表一级指标合计90分。", width=5)
    signature(s, "邵屿川", "0593-2874106")
    return b


@variant("tw16-study-headers-wrong", (7, 6, 13),
         "project, NAT-2021, header 预期实现值: a tier-2 left from the template, a value "
         "without a name, a name without a value")  # fmt: skip
def tw16() -> Book:
    b, s = first()
    goal = "在全市中小学和社区开展野生动物保护科普巡展不少于30场。"
    project_head(s, year=YEAR, name="野生动物保护科普巡展项目", dept=ZOO_DEPT, unit=RESCUE,
                 money=one_year(42, 42, 0), goals=[goal])  # fmt: skip
    empty_t2 = mk("生态效益指标", "F109", "warning", row=True, note="template row left empty")
    no_name = mk(None, "F110", "error", note="a value with no indicator name")
    no_value = mk(None, "T101", "error", row=True, note="an indicator without a value")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "科普巡展场次", "≥30场"),
        (None, None, "制作科普展板数量", "≥60块"),
        (None, "质量指标", no_name, "≥95%"),
        (None, "时效指标", "巡展完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单场巡展成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "观众野生动物保护知识知晓率", "≥80%"),
        (None, empty_t2, None, None),
        (None, "可持续影响指标", "巡展展板重复使用次数", no_value),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "蒲知遥", "0591-6270953")
    return b


@variant("tw17-study-page-break-wrong", (4, 9),
         "project, OLD-NAT, header row repeated after a page break with a 续表 line: the plan "
         "end date a date serial typed as text, one indicator repeated with another "
         "value")  # fmt: skip
def tw17() -> Book:
    b, s = first()
    goal = "招募并培训野生动物救护科普志愿者，在社区和学校开展救护知识宣讲。"
    serial = mk("46022", "X104", "warning", note="a date serial (2025-12-31) stored as text")
    project_head(s, year=YEAR, name="野生动物救护科普志愿者培训项目", dept=FOREST_DEPT,
                 unit=STATION, money=one_year(18.6, 18.6, 0), goals=[goal],
                 end=serial)  # fmt: skip
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", "志愿者培训人次", "≥300人次"),
        (None, None, "社区及学校宣讲场次", "≥40场"),
        (None, "质量指标", "志愿者培训考核合格率", "≥90%"),
        (None, "时效指标", "培训计划完成时间", "2025年6月30日前"),
        (None, "成本指标", "人均培训成本", "≤300元/人次"),
    ])  # fmt: skip
    s.skip()
    notes(s, "（续表）", width=4)
    dup = mk("≥260人次", "D102", "error", row=True, alt=("D101", "D103"),
             note="志愿者培训人次 is ≥300人次 above the page break")  # fmt: skip
    indicators(s, OLD_HEAD, [
        ("效益指标", "社会效益指标", "宣讲覆盖群众人次", "≥8000人次"),
        (None, None, "志愿者培训人次", dup),
        (None, "可持续影响指标", "志愿者队伍在册人数", "≥120人"),
        ("满意度指标", "服务对象满意度指标", "宣讲对象满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "闻溪楠", "0593-2851377")
    return b


@variant("tw18-study-direction", (11, 1),
         "project, OLD-NAT, 指标性质 as direction, 指标方向 as operator in words, unit column, "
         "percent cells: a 反向 rate with 大于等于, a cost cap with 等于, a unit cost rounded "
         "to 0")  # fmt: skip
def tw18() -> Book:
    b, s = first(widths=(14, 16, 28, 10, 12, 12, 12))
    goal = "利用闭园后时段开展动物园夜宿研学营，全年举办营期不少于40期。"
    project_head(s, year=YEAR, name="动物园夜宿研学营地项目", dept=ZOO_DEPT, unit=ZOO,
                 money=one_year(64.5, 50, 14.5), goals=[goal], attr="新增项目")  # fmt: skip
    up = mk("大于等于", "T108", "warning", row=True, note="伤害发生率 is 反向: 小于等于 meant")
    eq = mk("等于", "T108", "warning", row=True, note="a cost cap needs 小于等于, not 等于")
    zero = mk(0, "T115", "error", note="a unit price rounded to 0 万元")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "举办夜宿研学营期", "正向", "大于等于", 40, "期"),
        (None, None, "参营学生人次", "正向", "大于等于", 1200, "人次"),
        (None, "质量指标", "营地意外伤害发生率", "反向", up, pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "营期报名审核时限", "反向", "小于等于", 2, "个工作日"),
        (None, "成本指标", "人均活动成本", "反向", eq, 480, "元/人次"),
        (None, None, "营地睡袋帐篷购置单价", "反向", "小于等于", zero, "万元/套"),
        ("效益指标", "社会效益指标", "学生动物保护知识测评合格率", "正向", "大于等于",
         pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "正向", "大于等于",
         pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "柯望舒", "0591-6732418")
    return b
