"""Returns yb07–yb12: oil spill drills, monitoring, clean-up teams and response duty."""

from __future__ import annotations

from tests.variants.holdout434.common import (
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    signature,
)
from tests.variants.holdout434.registry import variant
from tests.variants.kit import Book, day, mk, pct

WIDTH7 = (14, 16, 28, 10, 10, 12, 10)


@variant("yb07-points-two-levels", (10, 1),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a rate raised in 百分点, a typed 100% (correct)")  # fmt: skip
def yb07() -> Book:
    b, s = project("澜汐市海上溢油应急演练及队伍培训", one_year(150, 150, 0),
                   ["组织2次海上溢油综合演练，培训应急队伍300人，提升围控清除能力。"])  # fmt: skip
    indicators(s, ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("成本指标", 10, "经济成本指标", "综合演练单次成本", "≤45万元/次", 5),
        (None, None, None, "培训人均成本", "≤1500元/人", 5),
        ("产出指标", 50, "数量指标", "海上溢油综合演练", "≥2次", 10),
        (None, None, None, "应急队伍培训人数", "≥300人", 10),
        (None, None, "质量指标", "演练方案完成率", pct(1), 10),
        (None, None, None, "参训人员考核合格率", "≥95%", 10),
        (None, None, "时效指标", "演练评估报告提交时限", "演练结束后≤15个工作日", 10),
        ("效益指标", 30, "社会效益指标", "海面溢油24小时围控率提升", "≥5百分点", 15),
        (None, None, "可持续影响指标", "溢油应急预案修订", "≥1项", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参演单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "注：一级指标分值与三级指标分值为同一口径的两级分解，合计均为100分。")
    signature(s, "戚沐阳", "8826 4152")
    return b


@variant("yb08-points-mismatch", (10, 11),
         "project, NAT-2021, points in the tier-1 labels against an indicator score column: "
         "产出 declares 50 but scores 45; a response time with ≥")  # fmt: skip
def yb08() -> Book:
    b, s = project("鲸湾港区船舶溢油监视监测系统运维", one_year(88, 88, 0),
                   ["保障3座溢油监视雷达站和卫星遥感监测稳定运行。"])  # fmt: skip
    out = mk(
        "一、产出指标（50分）",
        "W103",
        "error",
        note="10 + 10 + 10 + 5 + 10 = 45 under a declared 50",
    )
    late = mk("≥2小时", "T108", "warning", row=True, note="a response time is 反向: ≤ expected")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (out, "数量指标", "监视雷达站运维数量", "≥3座", 10),
        (None, None, "卫星遥感溢油监测", "≥24期", 10),
        (None, "质量指标", "监测数据有效率", "≥95%", 10),
        (None, "时效指标", "溢油报警后现场核查到场时间", late, 5),
        (None, None, "系统故障修复时间", "≤24小时", 10),
        ("二、成本指标（10分）", "经济成本指标", "单座雷达站年运维成本", "≤20万元/座", 10),
        ("三、效益指标（30分）", "社会效益指标", "可疑溢油事件发现时间", "≤1小时", 15),
        (None, "可持续影响指标", "监测数据共享部门", "≥5个", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "海事执法部门满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="the same missing 5 points make the indicator scores total 95",
    )
    return b


@variant("yb09-multi-year-columns", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: counts below their period "
         "value, rates and unit costs legitimately equal (correct)")  # fmt: skip
def yb09() -> Book:
    money_rows = multi_year((900, 780, 120), (320, 280, 40))
    b, s = project("澜汐市港口固定式围油栏布控体系建设", money_rows,
                   ["三年布设固定式围油栏6000米，建成3个应急设备集中库。",
                    "2026年布设固定式围油栏2000米，建成1个应急设备集中库。"],
                   years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "固定式围油栏布设单位成本", "≤900元/米", "≤900元/米"),
        ("产出指标", "数量指标", "固定式围油栏布设长度", "≥6000米", "≥2000米"),
        (None, None, "应急设备集中库建成数", "≥3个", "≥1个"),
        (None, "质量指标", "布设工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "布设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "生态效益指标", "重点港池溢油围控覆盖率", "≥90%", "≥60%"),
        (None, "可持续影响指标", "设备库运行管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "码头经营单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yb10-multi-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: 年度目标 copied from the "
         "中期目标, two cumulative counts copied into the annual column")  # fmt: skip
def yb10() -> Book:
    goal = "组建岸线溢油清污志愿队伍，开展岸线清污演练，提升岸线油污清除能力。"
    b, s = project("澜汐市岸线溢油清污队伍建设", multi_year((450, 450, 0), (150, 150, 0)),
                   [goal, mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")],
                   years=3, attr="新增项目")  # fmt: skip
    copied = "a cumulative count copied from the 中期 column"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "队员人均培训成本", "≤2000元/人", "≤2000元/人"),
        ("产出指标", "数量指标", "清污志愿者培训人数",
         "≥600人", mk("≥600人", "D202", "warning", note=copied)),
        (None, None, "岸线清污演练场次", "≥9场", mk("≥9场", "D202", "warning", note=copied)),
        (None, "质量指标", "清污队员考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "接报后清污队伍集结时间", "≤4小时", "≤4小时"),
        ("效益指标", "生态效益指标", "受污岸线72小时清理率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "沿岸社区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yb11-operator-words", (11, 7),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）, operators in words in a 指标性质 "
         "column, unit column; a 下降率 with 大于等于 and 0 起 on incidents (correct)")  # fmt: skip
def yb11() -> Book:
    b, s = project("澜汐市海上溢油应急值守与快速响应", one_year(210, 180, 30),
                   ["3艘应急船舶全年值守，接警后2小时内到达现场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "指标性质", "目标值（年度）", "计量单位"), [
        ("产出指标", "数量指标", "应急值守船舶", "大于等于", 3, "艘"),
        (None, None, "应急值守天数", "等于", 365, "天"),
        (None, "质量指标", "应急值班电话接通率", "大于等于", 99, "%"),
        (None, "时效指标", "溢油应急响应到场时间", "小于等于", 2, "小时"),
        (None, "成本指标", "值守船舶日均运行成本", "小于等于", 0.18, "万元/艘·天"),
        ("效益指标", "社会效益指标", "海上溢油事故起数下降率", "大于等于", 10, "%"),
        (None, "生态效益指标", "因处置不当引发的次生污染事件", "等于", 0, "起"),
        (None, "可持续影响指标", "应急值守制度执行", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "港航单位满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    signature(s, "闵照川", "8826 4160", day(YEAR - 1, 12, 2))
    return b


@variant("yb12-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare "
         "numbers with a unit column: a 反向 rate with ≥, a 正向 count with ≤")  # fmt: skip
def yb12() -> Book:
    b, s = project("澜汐市溢油漂移预测预警平台运维", one_year(96, 90, 6),
                   ["平台全年运行，溢油漂移预测及时准确。"], widths=WIDTH7)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "卫星影像获取", "正向",
         mk("≤", "T108", "warning", row=True, note="a 正向 count with ≤"), 36, "期"),
        (None, None, "漂移预测产品发布", "正向", "≥", 50, "期"),
        (None, "质量指标", "溢油漂移预测偏差率", "反向",
         mk("≥", "T108", "warning", row=True, note="a 反向 deviation rate with ≥"), 15, "%"),
        (None, "时效指标", "接报后首次预测发布时间", "反向", "≤", 2, "小时"),
        (None, "成本指标", "平台年度运维成本", "反向", "≤", 96, "万元"),
        ("效益指标", "社会效益指标", "预警信息覆盖涉海单位比例", "正向", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "应急指挥部门满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b
