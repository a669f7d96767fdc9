"""The ethnic-culture festival (民族文化节) and its side events: kbv13–kbv18."""

from __future__ import annotations

from tests.variants.holdout740.common import (
    YEAR,
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout740.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kbv13-festival-footnotes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, 说明 rows between tiers, 注 and "
         "填表说明 under the table, signature and date lines (correct)")  # fmt: skip
def festival_footnotes() -> Book:
    goal = ("2025年10月举办第七届民族文化节，组织民族文艺展演、民族服饰展示和非遗展销等活动8场，"
            "参演队伍30支（其中乡镇队伍18支、村寨队伍12支），参演群众1200人。")  # fmt: skip
    b, s = project("第七届磐岫县民族文化节经费", one_year(80, 70, 10), [goal])
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "举办展演和展示活动场次", "≥8场"),
        (None, None, "乡镇参演队伍", "≥18支"),
        (None, None, "参演队伍总数", "≥30支"),
        (None, None, "参演群众人数", "≥1200人"),
        (None, "质量指标", "节目内容审查通过率", "=100%"),
        (None, "时效指标", "文化节举办时间", "2025年10月31日前"),
        (None, "成本指标", "单场活动平均成本", "≤10万元/场"),
    ])  # fmt: skip
    notes(s, ["说明：以下效益、满意度指标按县民族文化发展规划设定。"], width=4)
    s.table([
        ("效益指标", "社会效益指标", "线上线下观众人次", "≥5万人次"),
        (None, "可持续影响指标", "民族文化节品牌影响力", "逐年提升"),
        ("满意度指标", "服务对象满意度指标", "参演群众和观众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.参演队伍总数30支含乡镇队伍18支、村寨队伍12支。",
              "2.单场活动平均成本按8场活动、项目资金80万元测算。",
              "填表说明：指标值为定量的须写明比较符和计量单位。"])  # fmt: skip
    sign(s, "杨光福", "0871-6620417", day(YEAR - 1, 12, 2, CN_DATE))
    return b


@variant("kbv14-festival-last-season", (7,),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）: last season's festival date, "
         "the goal's team count against the indicator")  # fmt: skip
def festival_last_season() -> Book:
    goal = "举办民族团结进步主题文化节，组织参演队伍30支、展演活动6场，于2025年11月底前完成。"
    b, s = project("民族团结进步主题文化节活动经费", one_year(60, 60, 0), [goal])
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "展演活动场次", "≥6场"),
        (None, None, "参演队伍数量",
         mk("≥25支", "D104", "warning", row=True, note="年度绩效目标写参演队伍30支")),
        (None, "质量指标", "节目安全审查通过率", "=100%"),
        (None, "时效指标", "文化节举办日期",
         mk(day(2024, 11, 15, CN_DATE), "Y102", "error", alt=("Y101",),
            note="上一届的日期：2024年不在2025年度内")),
        ("成本指标", "经济成本指标", "单场展演平均成本", "≤10万元/场"),
        ("效益指标", "社会效益指标", "现场及线上观众人次", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbv15-festival-stacked-sports", (2,),
         "two projects stacked, OLD-NAT: the second's 资金总额 not the sum of its sources, a "
         "near-duplicate satisfaction rate under one tier-2")  # fmt: skip
def festival_stacked_sports() -> Book:
    b, s = project("第七届民族文化节民族服饰展演项目", one_year(40, 40, 0),
                   ["组织民族服饰展演4场，展示各民族传统服饰200套。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "服饰展演场次", "≥4场"),
        (None, None, "展示民族传统服饰", "≥200套"),
        (None, "质量指标", "展演节目审查通过率", "=100%"),
        (None, "时效指标", "展演完成时间", "2025年10月31日前"),
        (None, "成本指标", "单场展演平均成本", "≤10万元/场"),
        ("效益指标", "社会效益指标", "观众人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(50, "B101", "error", row=True, note="财政拨款 35 + 其他资金 10 = 45 ≠ 50")
    project("第五届民族传统体育运动会项目", one_year(total, 35, 10),
            ["设置抢花炮、打陀螺、射弩等8个竞赛项目，参赛运动员400人。"], book=b, s=s)  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "竞赛项目数量", "≥8个"),
        (None, None, "参赛运动员人数", "≥400人"),
        (None, "质量指标", "裁判员持证上岗率", "=100%"),
        (None, "时效指标", "运动会举办时间", "2025年9月30日前"),
        (None, "成本指标", "运动员人均补助标准", "≤800元/人"),
        ("效益指标", "社会效益指标", "群众参与人次", "≥1万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
        (None, None, "现场观众满意度",
         mk("≥90%", "D103", "warning", row=True, alt=("D101",),
            note="与上一行“观众满意度”是同一指标")),
    ])  # fmt: skip
    return b


@variant("kbv16-festival-flat-weights", (1, 3),
         "department, flat list with typed percents: weights add to 95, a typed 105%")  # fmt: skip
def festival_flat_weights() -> Book:
    goal = ("目标1：办好第七届民族文化节；目标2：扶持非物质文化遗产代表性传承人40名；"
            "目标3：在18个乡镇开展民族团结进步宣传月活动。")  # fmt: skip
    b, s = department((420, 400, 20, 150, 270), [
        ("民族文化节", "举办第七届民族文化节", 120, "展演≥8场"),
        ("非遗传承扶持", "补助非遗代表性传承人", 90, "扶持传承人≥40名"),
        ("民族团结宣传", "开展民族团结进步宣传月活动", 60, "覆盖18个乡镇"),
        ("金额合计", None, 270, None),
    ], goal)  # fmt: skip
    s.row("指标名称", "权重（100分）", "计量单位", "指标性质", "指标值")
    for row in (
        ("文化节展演场次", 15, "场", "≥", 8),
        ("扶持非遗代表性传承人", 20, "人", "≥", 40),
        ("节目按时演出率", 15, "%", "≥",
         mk(pct(1.05), "T106", "error", note="按时演出率不能超过100%")),
        ("宣传月活动覆盖乡镇", 15, "个", "≥", 18),
        ("非遗传承人补助标准", 10, "元/人", "≤", 5000),
        ("各族群众满意度", 20, "%", "≥", pct(0.9)),
    ):  # fmt: skip
        s.row(*row)
    b.file_mark("W101", "error", note="权重 15+20+15+15+10+20 = 95，表头写100分")
    return b


@variant("kbv17-festival-direction-column", (11,),
         "project, NAT-2021, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare "
         "numbers with a unit column, 0起 and a 下降率 with ≥ (correct)")  # fmt: skip
def festival_direction_column() -> Book:
    goal = "文化节期间组织志愿者150人，实现安全事故零发生，游客投诉率控制在2%以内。"
    b, s = project("民族文化节安全保障与志愿服务项目", one_year(25, 25, 0), [goal])
    s.ws.column_dimensions["G"].width = 10
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "组织志愿服务人员", "正向", "≥", 150, "人"),
        (None, "质量指标", "志愿者岗前培训合格率", "正向", "≥", pct(0.95), "%"),
        (None, "时效指标", "突发事件现场响应时间", "反向", "≤", 15, "分钟"),
        ("成本指标", "经济成本指标", "志愿者人均补贴标准", "反向", "≤", 1000, "元/人"),
        ("效益指标", "社会效益指标", "安全事故发生起数", "反向", "≤", 0, "起"),
        (None, None, "游客投诉率", "反向", "≤", 2, "%"),
        (None, None, "游客投诉率较上届下降率", "正向", "≥", 20, "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kbv18-festival-three-years", (8, 9),
         "three-year project, NAT-2021, one festival a year: period counts beside smaller "
         "annual counts, equal rates, `=` values kept as text, 万元 in the number format "
         "(correct)")  # fmt: skip
def festival_three_years() -> Book:
    period = ("2025—2027年每年举办一届民族文化节，共3届，累计组织参演队伍90支、展演活动24场，"
              "培育县域民族文化节会品牌。")  # fmt: skip
    annual = "2025年举办第七届民族文化节，组织参演队伍30支、展演活动8场。"
    b, s = project("民族文化节三年培育项目", multi_year((240, 210, 30), (80, 70, 10)),
                   [period, annual], years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "举办民族文化节届数", "=3届", "=1届"),
        (None, None, "参演队伍数量", "≥90支", "≥30支"),
        (None, None, "展演活动场次", "≥24场", "≥8场"),
        (None, "质量指标", "节目内容审查通过率", "=100%", "=100%"),
        (None, "时效指标", "当届文化节举办时间", "每年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单场展演平均成本", "≤10万元/场", "≤10万元/场"),
        ("效益指标", "社会效益指标", "线上线下观众人次", "≥15万人次", "≥5万人次"),
        (None, "可持续影响指标", "民族文化节会品牌影响力", "持续提升", "提升"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b
