"""Both halves of the theme, stacked or side by side: gi13 to gi18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout649.common import (
    SEVEN,
    YEAR,
    first,
    notes,
    one_year,
    sign,
    table,
    two_cols,
)
from tests.variants.holdout649.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HERB = "栖梧县中药材产业发展中心（318）"
FRUIT = "栖梧县农业农村局（311）"


@variant("gi13-herb-plum-stacked", (2, 5),
         "two projects stacked in one sheet (连翘 and 青梅), OLD-NAT, abbreviated tier labels "
         "(产出, 数量, 满意度) and a ★ core indicator; the same satisfaction name with different "
         "values in the two projects (correct)")  # fmt: skip
def gi13() -> Book:
    b, s = first()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="林下连翘青翘采收初加工项目", dept=HERB,
                 unit="栖梧县杉岭镇中药材专业合作社", money=one_year(60, 50, 10),
                 goals=["采收林下连翘青翘180吨，建设烘干点2处。"],
                 title="2025年度项目支出绩效目标申报表（特色产业）")  # fmt: skip
    table(s, head, [
        ("产出", "数量", "★林下连翘青翘采收量", "≥180吨"),
        (None, None, "烘干点建设数量", "2处"),
        (None, "质量", "连翘干品含量检测合格率", "≥95%"),
        (None, "时效", "烘干点建成时间", "2025年7月31日前"),
        (None, "成本", "烘干点建设单价", "≤20万元/处"),
        ("效益", "社会效益", "带动采收务工人数", "≥200人"),
        ("满意度", "服务对象满意度", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="青梅鲜果分级包装项目", dept=FRUIT,
                 unit="栖梧县云栈镇青梅专业合作社", money=one_year(48, 40, 8),
                 goals=["分级包装青梅鲜果1200吨，购置鲜果分选机3台。"], title="")  # fmt: skip
    table(s, head, [
        ("产出", "数量", "★青梅鲜果分级包装量", "≥1200吨"),
        (None, None, "鲜果分选机购置数量", "3台"),
        (None, "质量", "鲜果分级准确率", "≥95%"),
        (None, "时效", "分选机安装调试完成时间", "2025年4月20日前"),
        (None, "成本", "鲜果分选机单价", "≤12万元/台"),
        ("效益", "经济效益", "分级鲜果优质优价溢价", "≥0.5元/公斤"),
        ("满意度", "服务对象满意度", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "卜岚汀", "0736-5818842", day(2024, 12, 1))
    return b


@variant("gi14-forsythia-starred", (1, 5),
         "project, OLD-NAT, labels with a leading * , operator and unit columns, typed percent "
         "cells: a count under 质量, a training count below the goal's")  # fmt: skip
def gi14() -> Book:
    b, s = first()
    goal = "在苍屿乡林下新植连翘900亩，发放连翘种苗12万株，培训林农300人次。"
    project_head(s, year=YEAR, name="苍屿乡林下连翘扩种项目", dept=HERB,
                 unit="栖梧县苍屿乡林业工作站", money=one_year(75, 60, 15),
                 goals=[goal])  # fmt: skip
    seedlings = mk("连翘种苗发放数量", "F201", "warning", row=True,
                   note="发放数量是数量指标，填在质量指标下")  # fmt: skip
    trained = mk(200, "D104", "warning", row=True, note="年度目标写培训300人次，指标只有200人次")
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("*产出指标", "*数量指标", "林下连翘新植面积", "≥", 900, "亩"),
        (None, None, "林农技术培训人次", "≥", trained, "人次"),
        (None, "*质量指标", seedlings, "≥", 12, "万株"),
        (None, None, "连翘栽植成活率", "≥", pct(0.85), None),
        (None, "*时效指标", "栽植完成时间", "≤", "2025年4月15日", None),
        (None, "*成本指标", "连翘种苗补助标准", "≤", 0.5, "元/株"),
        ("*效益指标", "*经济效益指标", "林下连翘亩均增收", "≥", 350, "元/亩"),
        (None, "*生态效益指标", "林下植被覆盖度", "≥", pct(0.7), None),
        ("*满意度指标", "*服务对象满意度指标", "林农满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "程渡雪", "0736-5862208", day(2024, 11, 27))
    return b


@variant("gi15-plum-page-break", (4,),
         "department, NAT-2021, weight column: subtotal rows per tier-1, a 注 row inside the "
         "table explaining the total, the header repeated after a page break, a 合计 row "
         "(correct)")  # fmt: skip
def gi15() -> Book:
    b, s = first()
    tasks = [
        ("青梅收购网点建设", "新建村级收购网点", 120, "建成收购网点15个"),
        ("梅酒电商推广", "直播带货、线上推广", 80, "推广活动20场"),
        ("金额合计", None, 200, None),
    ]
    department_head(s, year=YEAR, dept="栖梧县供销合作社联合社",
                    budget=[(340, 300, 40, 140, 200)], tasks=tasks,
                    goal="建成青梅收购网点15个，开展梅酒电商推广20场，"
                         "社员户均增收1500元以上。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(s, head, [
        ("产出指标", "数量指标", "青梅收购网点建设数量", "≥15个", 10),
        (None, None, "梅酒电商推广场次", "≥20场", 10),
        (None, "质量指标", "收购网点验收合格率", "≥95%", 10),
        (None, None, "收购鲜果抽检合格率", "≥98%", 10),
        (None, "时效指标", "收购网点建成时间", "2025年5月15日前", 10),
        ("产出指标小计", None, None, None, 50),
        ("成本指标", "经济成本指标", "收购网点建设单价", "≤8万元/个", 10),
        ("成本指标小计", None, None, None, 10),
    ])  # fmt: skip
    table(s, head, [
        ("效益指标", "经济效益指标", "社员户均增收", "≥1500元", 10),
        (None, "社会效益指标", "梅酒网络销售额增长率", "≥20%", 10),
        (None, "可持续影响指标", "收购网点长效运营机制", "健全", 10),
        ("效益指标小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "梅农满意度", "≥90%", 10),
        ("满意度指标小计", None, None, None, 10),
        ("注：权重合计100分，预算执行率另行评价，不在本表计分。", None, None, None, None),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "说明：收购网点建设单价含设备购置。")
    sign(s, "简茗溪", "0736-5849051", day(2024, 11, 21, CN_DATE))
    return b


@variant("gi16-bupleurum-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template with no indicator, "
         "a value whose name cell is empty")  # fmt: skip
def gi16() -> Book:
    b, s = first()
    goal = "在杉岭镇林下种植柴胡500亩，发放种子2500公斤，带动种植户60户。"
    project_head(s, year=YEAR, name="杉岭镇林下柴胡试种项目", dept=HERB,
                 unit="栖梧县杉岭镇林业工作站", money=one_year(55, 45, 10),
                 goals=[goal])  # fmt: skip
    noname = mk(None, "F110", "error", note="质量指标下的“≥80%”没有指标名称")
    empty = mk("生态效益指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "林下柴胡种植面积", "≥500亩"),
        (None, None, "柴胡种子发放量", "≥2500公斤"),
        (None, "质量指标", noname, "≥80%"),
        (None, "时效指标", "秋播完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "柴胡种子采购单价", "≤90元/公斤"),
        ("效益指标", "经济效益指标", "林下柴胡亩均收益", "≥1000元/亩"),
        (None, empty, None, None),
        (None, "社会效益指标", "带动种植户数", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "程渡雪", "0736-5862208", day(2024, 11, 27))
    return b


@variant("gi17-plum-direction-words", (11,),
         "project, NAT-2021, 指标性质 as direction (正向/反向) and 比较符 in words, bare "
         "numbers with a unit column: a 反向 rot rate with 大于等于, a title year one behind "
         "the project")  # fmt: skip
def gi17() -> Book:
    b, s = first(widths=SEVEN)
    goal = "2025年采收青梅400吨，灌装梅酒120吨，梅园农药使用量比上年下降10%。"
    project_head(s, year=YEAR, name="梅岙青梅采收与梅酒灌装项目", dept=FRUIT,
                 unit="栖梧县梅岙青梅专业合作社", money=one_year(70, 60, 10), goals=[goal],
                 title="2024年度项目支出绩效目标申报表")  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102", "Y103"),
                note="标题写2024年度，计划日期和年度目标都是2025年")  # fmt: skip
    rot = mk("大于等于", "T108", "warning", row=True, note="腐损率是反向指标，比较符却是大于等于")
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "梅酒灌装单位成本", "反向", "小于等于", 2000, "元/吨"),
        ("产出指标", "数量指标", "青梅鲜果采收量", "正向", "大于等于", 400, "吨"),
        (None, None, "梅酒灌装量", "正向", "大于等于", 120, "吨"),
        (None, "质量指标", "青梅鲜果腐损率", "反向", rot, 8, "%"),
        (None, None, "梅酒灌装损耗率", "反向", "小于等于", 2, "%"),
        (None, "时效指标", "鲜果收购结算时限", "反向", "小于等于", 7, "天"),
        ("效益指标", "生态效益指标", "梅园农药使用量下降率", "正向", "大于等于", 10, "%"),
        (None, "经济效益指标", "合作社社员户均增收", "正向", "大于等于", 1800, "元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "温砚秋", "0736-5837714", day(2025, 1, 10))
    return b


@variant("gi18-herb-two-sets", (1, 8, 10),
         "two-year project 2025—2026, NAT-2021, two complete column sets (二级/三级/指标值 for "
         "中期, then for 年度), typed percent cells, rises in 百分点 (correct)")  # fmt: skip
def gi18() -> Book:
    b, s = first(widths=(12, 14, 24, 14, 14, 24, 14))
    mid = "2025—2026年在苍屿乡林下复合种植连翘、柴胡1600亩，培训种植户400人次。"
    year = "2025年林下复合种植900亩，培训种植户240人次。"
    project_head(s, year=YEAR, name="苍屿乡林下连翘柴胡复合种植项目", dept=HERB,
                 unit="栖梧县苍屿乡农业综合服务中心", money=two_cols((180, 150, 30), (100, 85, 15)),
                 goals=[mid, year], years=2)  # fmt: skip
    top = s.row("一级指标", "中期指标", None, None, "年度指标", None, None, merge=[(2, 4), (5, 7)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    table(s, (None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "林下复合种植面积", "≥1600亩", "数量指标",
         "林下复合种植面积", "≥900亩"),
        (None, None, "种植户培训人次", "≥400人次", None, "种植户培训人次", "≥240人次"),
        (None, "质量指标", "苗木栽植成活率", pct(0.85), "质量指标", "苗木栽植成活率", pct(0.85)),
        (None, "时效指标", "种植任务完成时间", "2026年10月31日前", "时效指标", "种植任务完成时间",
         "2025年10月31日前"),
        ("成本指标", "经济成本指标", "复合种植补助标准", "≤600元/亩", "经济成本指标",
         "复合种植补助标准", "≤600元/亩"),
        ("效益指标", "经济效益指标", "林下经济收入占比提高", "≥3百分点", "经济效益指标",
         "林下经济收入占比提高", "≥1.5百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", pct(0.9), "服务对象满意度指标",
         "种植户满意度", pct(0.9)),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "卜岚汀", "0736-5818842", day(2024, 11, 30))
    return b
