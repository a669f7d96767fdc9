"""Points, notes, tier labels and department returns across both halves of the theme:
ex13–ex18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout612.common import HEAD4, YEAR, book, funds, grid, notes, sign, wan
from tests.variants.holdout612.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "澜石县林业和草原局（417003）"


@variant("ex13-olive-demo-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, "
         "100 both ways, a coverage rate raised in 百分点 (correct)")  # fmt: skip
def ex13() -> Book:
    b, s = book()
    goal = ("2026年建设油橄榄标准化示范园3个（每个300亩，共900亩），良种覆盖率提高5个百分点，"
            "辐射带动周边种植户300户。")  # fmt: skip
    project_head(
        s,
        year=YEAR,
        name="油橄榄标准化示范园建设项目",
        dept=DEPT,
        unit="澜石县油橄榄产业发展中心",
        money=funds(150, 130, 20),
        goals=[goal],
    )
    grid(s, (*HEAD4, "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "建设标准化示范园", "≥3个", 10),
        (None, None, "示范园面积", "≥900亩", 10),
        (None, "（二）质量指标", "示范园建设验收合格率", "≥95%", 10),
        (None, None, "良种覆盖率", "提高≥5百分点", 10),
        (None, "（三）时效指标", "示范园建设完成时间", "2026年10月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "示范园建设补助标准", "≤1500元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "示范园亩均产值增长率", "≥10%", 10),
        (None, "（二）社会效益指标", "辐射带动周边种植户", "≥300户", 10),
        (None, "（三）可持续影响指标", "形成标准化栽培技术规程", "≥1套", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "示范园经营主体满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "甘听澜", "0871-6537042", day(YEAR - 1, 11, 8))
    return b


@variant(
    "ex14-press-training-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator scores: 产出 declared 50 but "
    "45 below it, a session count below the goal's, a satisfaction rate under 社会效益",
)
def ex14() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 16, 8))
    b.file_mark("W101", "error", required=False, note="指标分值合计95，随产出分值不符而来")
    goal = ok("2026年举办油橄榄冷榨加工技术培训6期，培训加工从业人员300人次，参训人员考核合格率"
              "达到90%以上。", "warning")  # fmt: skip
    project_head(
        s,
        year=YEAR,
        name="油橄榄冷榨加工技术培训项目",
        dept="澜石县农业农村局",
        unit="澜石县鹤栖油料加工示范中心",
        money=funds(40, 35, 5),
        goals=[goal],
    )
    w = mk(50, "W103", "error", note="产出指标下各指标分值 10+10+10+5+10 = 45")
    grid(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", w, "数量指标", "培训期数",
         mk("≥4期", "D104", "warning", row=True, note="年度目标写举办培训6期"), 10),
        (None, None, None, "培训人次", "≥300人次", 10),
        (None, None, "质量指标", "参训人员考核合格率", "≥90%", 10),
        (None, None, None, "培训课程实操占比", "≥40%", 5),
        (None, None, "时效指标", "培训完成时间", "2026年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训补助标准", "≤1000元/人次", 10),
        ("效益指标", 30, "经济效益指标", "参训作坊出油率提高", "≥1百分点", 10),
        (None, None, "社会效益指标",
         mk("参训学员满意度", "F201", "warning", row=True,
            note="满意度填在社会效益指标下，应属服务对象满意度指标"), "≥90%", 10),
        (None, None, "可持续影响指标", "编印冷榨加工操作手册", "≥1册", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "晏秋池", "0871-6537236", day(YEAR - 1, 11, 26))
    return b


@variant(
    "ex15-collection-notes",
    (4,),
    "project, OLD-NAT, one value column: a 说明 row inside the table, the header repeated "
    "after a page break, 注 rows explaining a total, 填表说明, signature and date (correct)",
)
def ex15() -> Book:
    b, s = book(widths=(16, 18, 30, 20))
    goal = "2026年在柘岗乡建设油料收购服务点4个，收购油料1800吨，带动交售农户600户。"
    project_head(
        s,
        year=YEAR,
        name="柘岗乡油料收购服务点建设项目",
        dept="澜石县农业农村局",
        unit="澜石县柘岗乡农业综合服务中心",
        money=funds(90, 70, 20),
        goals=[goal],
    )
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "建设油料收购服务点", "≥4个"),
        (None, None, "油料收购量", "≥1800吨"),
        (None, "质量指标", "收购油料分级达标率", "≥95%"),
        (None, "时效指标", "服务点投入使用时间", "2026年7月31日前"),
        (None, "成本指标", "服务点建设补助标准", "≤15万元/个"),
    ])  # fmt: skip
    notes(s, "说明：以下效益指标按本年度新增部分填报。", width=4)
    grid(s, HEAD4, [
        ("效益指标", "经济效益指标", "交售农户户均增收", "≥1000元"),
        (None, "社会效益指标", "服务交售农户", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1. 油料收购量1800吨含油橄榄鲜果1200吨、文冠果种子600吨。",
          "2. 服务点建设补助60万元（4个 × 15万元），其余用于分级设备。",
          "填表说明：指标值须写明比较符和计量单位；时效指标填写完成日期。", width=4)  # fmt: skip
    sign(s, "卓闻溪", "0871-6538114", day(YEAR - 1, 11, 18))
    return b


@variant("ex16-seed-orchard-template", (5, 6, 13),
         "project, OLD-NAT, tier labels with * and ★ and abbreviated tier-2s: a value left "
         "without a name, a 时效 row left from the template")  # fmt: skip
def ex16() -> Book:
    b, s = book()
    goal = "2026年对桐坪乡文冠果采种园300亩提质改造，补植良种母树6000株，母树成活率90%以上。"
    project_head(s, year=YEAR, name="桐坪乡文冠果采种园提质项目", dept=DEPT,
                 unit="澜石县桐坪乡林业站", money=funds(50, 40, 10), goals=[goal])  # fmt: skip
    grid(s, HEAD4, [
        ("*产出指标", "★数量指标", "采种园提质改造面积", "≥300亩"),
        (None, None, "补植良种母树", "≥6000株"),
        (None, "质量", "补植母树成活率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有指标值“≥95%”，三级指标名称空着"), "≥95%"),
        (None, mk("时效", "F109", "warning", row=True, note="模板留下的二级指标，未填指标"),
         None, None),
        (None, "成本", "提质改造补助标准", "≤1500元/亩"),
        ("*效益指标", "经济效益", "良种种子产量增长率", "≥20%"),
        (None, "社会效益", "带动农户务工", "≥400人次"),
        ("满意度指标", "服务对象满意度", "采种农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃暮云", "0871-6538307", day(YEAR - 1, 11, 13))
    return b


@variant("ex17-extension-station-tasks", (12,),
         "department, NAT-2021: the key tasks do not add to 金额合计, the goal's number of "
         "demonstration gardens differs from the indicator")  # fmt: skip
def ex17() -> Book:
    b, s = book()
    goal = ok("目标1：新建油橄榄示范园3个；目标2：推广文冠果良种2000亩；目标3：为冷榨作坊提供"
              "技术服务50家次。", "warning")  # fmt: skip
    department_head(s, year=YEAR, dept="澜石县经济林技术推广站", goal=goal,
                    budget=[[wan(420), wan(380), wan(40), wan(120), wan(300)]],
                    tasks=[["油橄榄示范园建设", "新建示范园", wan(150), "示范园3个"],
                           ["文冠果良种推广", "良种推广2000亩", wan(90), "推广≥2000亩"],
                           ["冷榨加工技术服务", "上门技术服务", wan(50), "≥50家次"],
                           ["金额合计", None,
                            mk(wan(300), "B102", "error", alt=("B101",),
                               note="150 + 90 + 50 = 290 ≠ 300"), None]])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "新建油橄榄示范园",
         mk("≥2个", "D104", "warning", row=True, note="年度总体目标写新建示范园3个")),
        (None, None, "推广文冠果良种面积", "≥2000亩"),
        (None, None, "冷榨作坊技术服务", "≥50家次"),
        (None, "质量指标", "示范园建设验收合格率", "≥95%"),
        (None, "时效指标", "示范园建设完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "良种推广补助标准", "≤450元/亩"),
        ("效益指标", "社会效益指标", "带动种植户", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "闵泊舟", "0871-6539021", day(YEAR - 1, 11, 27))
    return b


@variant(
    "ex18-nursery-station-abbrev",
    (1, 5, 7),
    "department, NAT-2021, abbreviated tier labels, two-row header (绩效目标值), word "
    "operators in their own column, typed percents, goal area with its parts (correct)",
)
def ex18() -> Book:
    b, s = book()
    goal = ("新建文冠果采种园500亩（柘岗乡200亩、桐坪乡300亩），检验油橄榄良种苗木30万株，"
            "抽检种苗不少于60批次。")  # fmt: skip
    department_head(s, year=YEAR, dept="澜石县林木种苗站", goal=goal,
                    budget=[[wan(310), wan(280), wan(30), wan(110), wan(200)]],
                    tasks=[["文冠果采种园建设", "两乡新建采种园", wan(120), "≥500亩"],
                           ["良种苗木检验", "油橄榄苗木检验", wan(50), "≥30万株"],
                           ["种苗质量抽检", "市场与造林地抽检", wan(30), "≥60批次"],
                           ["金额合计", None, wan(200), None]])  # fmt: skip
    s.row("绩效指标", None, None, "年度目标", None, None, merge=[(1, 3), (4, 6)])
    grid(s, ("一级指标", "二级指标", "三级指标", "比较符", "绩效目标值", "计量单位"), [
        ("产出", "数量", "新建文冠果采种园面积", "大于等于", 500, "亩"),
        (None, None, "油橄榄良种苗木检验数量", "大于等于", 30, "万株"),
        (None, None, "种苗质量抽检批次", "大于等于", 60, "批次"),
        (None, "质量", "抽检结果报送准确率", "等于", pct(1), "%"),
        (None, "时效", "抽检结果出具时限", "小于等于", 15, "工作日"),
        ("成本", "经济成本", "采种园建设补助标准", "小于等于", 2400, "元/亩"),
        ("效益", "社会效益", "带动苗木经营户", "大于等于", 80, "户"),
        (None, "可持续影响", "种苗质量追溯档案覆盖率", "大于等于", pct(0.9), "%"),
        ("满意度", "服务对象满意度", "苗木经营户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "谷临渊", "0871-6539145", day(YEAR - 1, 11, 28))
    return b
