"""Literacy night classes (识字夜班): aq01–aq06."""

from __future__ import annotations

from tests.variants.holdout501.common import (
    YEAR,
    department_book,
    indicators,
    multi_year,
    notes,
    one_year,
    project_book,
    signature,
    stacked_head,
    wan,
)
from tests.variants.holdout501.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("aq01-literacy-percent", (1, 12),
         "project, OLD-NAT, operator column and unit column, percentages typed in Excel, 万元 "
         "only in the number format, a 流失率 with ≤ (correct)")  # fmt: skip
def aq01() -> Book:
    b, s = project_book(
        name="栖梧镇农民夜校扫盲识字班", dept="澄潭县教育局（211003）",
        unit="栖梧镇成人文化技术学校", money_rows=one_year(18.6, 16.0, 2.6),
        goals=["开办识字夜班12个，帮助360名成年村民认读常用字1500个以上，能读懂村务通知、"
               "药品说明和农资标签。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "开办识字夜班数", "≥", 12, "个"),
        (None, None, "参训成年学员人数", "≥", 360, "人"),
        (None, None, "每班授课课时", "≥", 96, "课时"),
        (None, "质量指标", "结业识字测试合格率", "≥", pct(0.85), "%"),
        (None, None, "学员中途流失率", "≤", pct(0.1), "%"),
        (None, "时效指标", "全部班次结课时间", "≤", day(YEAR, 12, 20, CN_DATE), None),
        (None, "成本指标", "学员人均教材及文具费", "≤", 80, "元/人"),
        (None, None, "兼职教师课时补贴标准", "≤", 100, "元/课时"),
        ("效益指标", "社会效益指标", "结业学员能独立阅读村务公开栏的比例", "≥", pct(0.75), "%"),
        (None, "可持续影响指标", "村级识字读物借阅点", "≥", 12, "个"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("aq02-literacy-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): a "
         "辍学率 with ≥, weights adding to 95")  # fmt: skip
def aq02() -> Book:
    b, s = department_book(
        dept="蓼湾乡社区教育中心",
        budget=[(wan(64.0), wan(58.0), wan(6.0), wan(39.5), wan(24.5))],
        goal="办好村级识字夜班8个，240名村民结业，识字结业考核合格率85%以上。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    note = "辍学率是反向指标，应为≤"
    for line in [
        ("成人识字夜班开班数", 15, "个", "≥", 8),
        ("参训村民人数", 15, "人", "≥", 240),
        ("识字结业考核合格率", 15, "%", "≥", 85),
        ("夜校学员辍学率", 10, "%", mk("≥", "T108", "warning", row=True, note=note), 12),
        ("夜校课程按期完成率", 10, "%", "≥", 95),
        ("教学点安全事故", 10, "起", "=", 0),
        ("学员平均新增识字量", 10, "字", "≥", 800),
        ("村民对夜校满意度", 10, "%", "≥", 90),
    ]:  # fmt: skip
        s.row(*line)
    b.file_mark("W101", "error", note="权重 15×3 + 10×5 = 95，应为 100")
    return b


@variant("aq03-literacy-tier-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), "
         "a ★ core indicator, indicator points adding to the same 100 (correct)")  # fmt: skip
def aq03() -> Book:
    b, s = project_book(
        name="葛岭乡农村妇女夜校识字与阅读提升项目", dept="葛岭乡妇女联合会",
        unit="葛岭乡成人学校", money_rows=one_year(9.6, 8.0, 1.6),
        goals=["组织150名农村妇女参加识字夜校，结业学员能读懂常用通知和药品说明。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "★扫盲识字班参训妇女人数", "≥150人", 10),
        (None, None, "集中授课次数", "≥72次", 10),
        (None, "（二）质量指标", "结业学员常用字测试达标率", pct(0.8), 10),
        (None, "（三）时效指标", "年度课程完成时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "人均培训成本", "≤600元/人", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "学员能读懂常用通知的比例", "≥70%", 15),
        (None, "（二）可持续影响指标", "结业学员参加村读书角活动人数", "≥60人", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参训妇女满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("aq04-literacy-stacked-wrong", (2, 12),
         "two literacy projects stacked in one sheet, OLD-NAT, one value column: the second "
         "project's 年度资金总额 ≠ 财政拨款 + 其他资金 and one 通过率 given as a "
         "count")  # fmt: skip
def aq04() -> Book:
    b, s = project_book(
        name="葛岭乡村级夜校识字班", dept="澄潭县教育局（211003）", unit="葛岭乡成人学校",
        money_rows=one_year(12.0, 10.5, 1.5),
        goals=["在6个行政村开办识字夜班，300名村民参训。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "开办识字夜班村数", "≥6个"),
        (None, None, "参训村民人数", "≥300人"),
        (None, "质量指标", "识字测试通过率", "≥80%"),
        (None, "成本指标", "人均培训成本", "≤350元/人"),
        ("效益指标", "社会效益指标", "学员能读懂村务通知的比例", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(7.8), "B101", "error", note="6.0 + 1.2 = 7.2 ≠ 7.8")
    stacked_head(s, name="夜校“读报识字”流动课堂", dept="澄潭县教育局（211003）",
                 unit="澄潭县成人教育教研室", money_rows=one_year(total, 6.0, 1.2),
                 goals=["流动课堂到10个村送课60场，150名村民参加读报识字。"])  # fmt: skip
    rate = mk("45人", "T105", "error", note="通过率须为百分比")
    indicators(s, head, [
        ("产出指标", "数量指标", "流动课堂送课村数", "≥10个"),
        (None, None, "送课场次", "≥60场"),
        (None, None, "参训村民人数", "≥150人"),
        (None, "质量指标", "读报识字测试通过率", rate),
        (None, "成本指标", "每场送课成本", "≤800元/场"),
        ("效益指标", "社会效益指标", "学员每周自主读报的比例", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("aq05-literacy-notes", (4,),
         "project, OLD-NAT, one value column and a 备注 column: a 说明 row inside the table, the "
         "header repeated after a page break, 填表说明, signature and a December fill date "
         "(correct)")  # fmt: skip
def aq05() -> Book:
    b, s = project_book(
        name="“银龄识字课堂”老年人识字夜校", dept="澄潭县老龄工作委员会办公室",
        unit="澄潭县老年大学", money_rows=one_year(6.4, 5.4, 1.0),
        goals=["在县城和中心村开设5个老年识字教学点，帮助200名老人认读常用字和"
               "药品说明。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "老年识字夜校教学点", "≥5个", None),
        (None, None, "参训老人人数", "≥200人", "以签到表为准"),
        (None, "质量指标", "结业识字测试合格率", "≥80%", "县教育局统一命题"),
        (None, "时效指标", "春秋两季课程完成时间", "12月15日前", None),
        (None, "成本指标", "人均教材及放大镜费用", "≤120元/人", "含大字版教材"),
    ])  # fmt: skip
    notes(s, "说明：识字量按《成人常用字识字测试卷》测定，测试卷由县教育局提供。", width=5)
    s.skip()
    s.row("（续表）", merge=[(1, 5)])
    indicators(s, head, [
        ("效益指标", "社会效益指标", "学员能自行阅读药品说明书的比例", "≥60%", None),
        (None, "可持续影响指标", "结业老人参加社区读报小组人数", "≥80人", None),
        ("满意度指标", "服务对象满意度指标", "参训老人满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    notes(s, "填表说明：1. 指标值须量化，不能量化的用等级描述；",
          "2. 带“*”的栏目为必填项；3. 金额单位为万元。", width=5)  # fmt: skip
    signature(s, "邝秀琳", "0796-3318207", day(YEAR - 1, 12, 16, CN_DATE))
    s.row("单位负责人：", "裘德昌", None, "（单位盖章）")
    return b


@variant("aq06-literacy-multi-year-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: 中期目标 copied into "
         "年度目标, "
         "a cumulative count copied, an annual count above its period count")  # fmt: skip
def aq06() -> Book:
    goal = "三年在全县建成夜校识字教学点12个，累计培训成年村民900人，结业合格率85%以上。"
    b, s = project_book(
        name="澄潭县“夜读乡村”成人扫盲三年行动", dept="澄潭县教育局（211003）",
        unit="澄潭县成人教育教研室", years=3,
        money_rows=multi_year((90.0, 81.0, 9.0), (30.0, 27.0, 3.0)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")])  # fmt: skip
    copied = "累计人数的年度值照抄中期值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "夜校识字教学点数", "≥12个",
         mk("≥15个", "D201", "error", note="年度 15 个超过三年 12 个")),
        (None, None, "累计培训成年村民人数", "≥900人",
         mk("≥900人", "D202", "warning", note=copied)),
        (None, "质量指标", "结业识字测试合格率", "≥85%", "≥85%"),
        (None, "时效指标", "年度课程完成时间", "每年12月20日前", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "人均教材费", "≤150元/人", "≤150元/人"),
        ("效益指标", "社会效益指标", "结业学员能读懂村务通知的比例", "≥70%", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "参训村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
