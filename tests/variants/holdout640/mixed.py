"""Both halves of the theme: department returns, flat lists and stacked projects (fz13–fz18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout640.common import (
    COUNTY,
    HEAD4,
    indicators,
    note,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout640.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("fz13-department-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100, a 0起 incident count, a 合计 row "
         "(correct)")  # fmt: skip
def fz13() -> Book:
    b, s = start()
    department_head(
        s, year=2026, dept="蓼湾县特色种养业发展中心",
        budget=[(wan(420), wan(380), wan(40), wan(150), wan(270))],
        tasks=[("水蛭蜈蚣中药材养殖扶持", "扶持水蛭、蜈蚣规范化养殖场12家", wan(150),
                "养殖场验收合格率100%"),
               ("紫薯订单种植服务", "服务紫薯订单基地5000亩，培训种养户500人次", wan(120),
                "订单履约率≥95%"),
               ("金额合计", None, wan(270), None)],
        goal="扶持中药材规范化养殖场12家（水蛭7家、蜈蚣5家），服务紫薯订单基地5000亩，"
             "培训种养户500人次。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("扶持中药材规范化养殖场", 10, "家", "≥", 12),
        ("紫薯订单基地服务面积", 10, "亩", "≥", 5000),
        ("种养户培训人次", 10, "人次", "≥", 500),
        ("养殖场验收合格率", 10, "%", "=", pct(1)),
        ("订单履约率", 10, "%", "≥", pct(0.95)),
        ("技术服务响应时间", 5, "小时", "≤", 24),
        ("中药材质量安全事故", 5, "起", "=", 0),
        ("种养户户均增收", 10, "万元", "≥", 0.8),
        ("中药材养殖病害死亡率", 10, "%", "≤", pct(0.1)),
        ("养殖尾水达标排放率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "晏初阳", "0739-5512260", (2025, 11, 20))
    return b


@variant("fz14-department-tasks", (12,),
         "department, NAT-2021, one value column: the key tasks do not add up to 金额合计, the "
         "training count below the goal's")  # fmt: skip
def fz14() -> Book:
    b, s = start()
    department_head(
        s, year=2026, dept="苕岗市农业技术推广站",
        budget=[(wan(310), wan(280), wan(30), wan(110), wan(200))],
        tasks=[("水蛭养殖技术推广", "举办水蛭养殖培训班，培训养殖户300人次", wan(70),
                "培训养殖户300人次"),
               ("蜈蚣种源保护", "建设蜈蚣种源保护场3个", wan(55), "种源保存率≥95%"),
               ("紫薯订单种植技术服务", "建设示范点15个，培训种植户300人次", wan(80),
                "示范点15个"),
               ("金额合计", None,
                mk(wan(200), "B102", "error", note="70 + 55 + 80 = 205 ≠ 金额合计200"), None)],
        goal=ok("全年推广水蛭、蜈蚣养殖技术，培训种养户600人次，建设紫薯订单技术示范点15个，"
                "保护蜈蚣种源场3个。", "warning", note="D104 may also be reported here"),
    )  # fmt: skip
    indicators(s, (*HEAD4[:3], "年度指标值"), [
        ("产出指标", "数量指标", "种养户培训人次",
         mk("≥450人次", "D104", "warning", row=True,
            note="年度总体目标和任务写培训种养户600人次（300 + 300），指标只有450人次")),
        (None, None, "紫薯订单技术示范点", "≥15个"),
        (None, None, "蜈蚣种源保护场", "≥3个"),
        (None, "质量指标", "技术推广到位率", "≥95%"),
        (None, "时效指标", "示范点建设完成时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "示范点建设补助标准", "≤4万元/个"),
        ("效益指标", "社会效益指标", "先进适用技术入户率", "≥90%"),
        (None, "可持续影响指标", "蜈蚣种源保存率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "戚穗宁", "0745-3308847", (2025, 11, 26))
    return b


@variant("fz15-stacked-training", (2,),
         "two projects stacked in one sheet (水蛭 and 紫薯 training), OLD-NAT, one value column, "
         "the same indicator names with different values in each (correct)")  # fmt: skip
def fz15() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="蓼湾县水蛭养殖技术培训项目", dept=COUNTY,
        unit="蓼湾县水产技术推广站", money=one_year(30, 25, 5),
        goals=["举办水蛭养殖技术培训班4期，培训养殖户120人次，建设教学示范池10亩。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "技术培训人次", "≥120人次"),
        (None, None, "教学示范池建设面积", "≥10亩"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2026年9月30日前"),
        (None, "成本指标", "人均培训成本", "≤800元/人次"),
        ("效益指标", "社会效益指标", "养殖户技术掌握率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="蓼湾县紫薯订单种植培训项目", dept=COUNTY, title="",
        unit="蓼湾县经济作物技术指导站", money=one_year(40, 35, 5),
        goals=["培训紫薯订单种植户200人次，推广订单种植1000亩。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "技术培训人次", "≥200人次"),
        (None, None, "推广订单种植面积", "≥1000亩"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2026年10月31日前"),
        (None, "成本指标", "人均培训成本", "≤600元/人次"),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥800元"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃照川", "0739-5529914", (2025, 12, 3))
    return b


@variant("fz16-stacked-defects", (2, 12),
         "two projects stacked (蜈蚣 and 紫薯), OLD-NAT, one value column: a cost under 数量 in "
         "the first; the second's money does not add up and its deadline differs from its "
         "goal")  # fmt: skip
def fz16() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="柘岭镇蜈蚣养殖场标准化改造项目", dept=COUNTY,
        unit="蓼湾县柘岭镇农业服务中心", money=one_year(50, 40, 10),
        goals=["改造蜈蚣养殖场6个，新增标准化养殖箱2000个。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "养殖场改造数量", "≥6个"),
        (None, None, "新增标准化养殖箱", "≥2000个"),
        (None, None,
         mk("养殖箱单位造价", "F201", "warning", row=True,
            note="单位造价是成本指标，却填在数量指标下"), "≤150元/个"),
        (None, "质量指标", "改造验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "2026年8月31日前"),
        (None, "成本指标", "养殖场改造补助标准", "≤3万元/个"),
        ("效益指标", "经济效益指标", "蜈蚣年产量增长率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "养殖场业主满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(90), "B101", "error", note="财政拨款70 + 其他资金25 = 95 ≠ 90")
    project_head(
        s, year=2026, name="柘岭镇紫薯订单冷链物流项目", dept=COUNTY, title="",
        unit="蓼湾县柘岭镇农业服务中心", money=one_year(total, 70, 25),
        goals=[ok("建设紫薯预冷库2座，2026年10月31日前完成订单紫薯入库3000吨。", "warning",
                  note="D104 may also be reported here")],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "紫薯预冷库建设数量", "=2座"),
        (None, None, "订单紫薯入库量", "≥3000吨"),
        (None, "质量指标", "入库紫薯腐损率", "≤3%"),
        (None, "时效指标", "订单紫薯入库完成时间",
         mk("2026年11月30日前", "D104", "warning", row=True,
            note="年度目标写10月31日前完成入库，指标放宽到11月30日前")),
        (None, "成本指标", "预冷库建设单价", "≤35万元/座"),
        ("效益指标", "经济效益指标", "紫薯错峰销售溢价", "≥0.3元/公斤"),
        ("满意度指标", "服务对象满意度指标", "订单种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "姚禾清", "0739-5547731", (2025, 12, 6))
    return b


@variant("fz17-template-rows", (6, 11, 13),
         "project, OLD-NAT, direction column (指标性质 正向/反向), operator and unit columns: "
         "a 反向 rate with ≥, a value without a name, a tier-2 left from the template")  # fmt: skip
def fz17() -> Book:
    b, s = start(widths=(14, 16, 26, 10, 10, 12, 10))
    project_head(
        s, year=2026, name="蓼湾县水蛭蜈蚣中药材初加工项目", dept=COUNTY,
        unit="蓼湾县中药材产业协会", money=one_year(70, 60, 10),
        goals=["建设水蛭、蜈蚣初加工车间1座，年加工干品中药材8吨，带动合作养殖户30户。"],
    )  # fmt: skip
    head = (*HEAD4[:3], "指标性质", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "初加工车间建设数量", "正向", "=", 1, "座"),
        (None, None, "年加工干品中药材", "正向", "≥", 8, "吨"),
        (None, "质量指标", "干品检验合格率", "正向", "≥", 98, "%"),
        (None, None, "原料水蛭霉变率", "反向",
         mk("≥", "T108", "warning", row=True, note="霉变率是反向指标，比较符应为≤"), 2, "%"),
        (None, "时效指标", "鲜品入场至加工完成时限", "反向", "≤", 72, "小时"),
        (None, "成本指标", "初加工车间建设成本", "反向", "≤", 55, "万元"),
        ("效益指标", "经济效益指标", "初加工产品增值率", "正向", "≥", 20, "%"),
        (None, None,
         mk(None, "F110", "error", note="填了“≥30户”却没有指标名称（应是带动合作养殖户数）"),
         "正向", "≥", 30, "户"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值")),
        ("满意度指标", "服务对象满意度指标", "合作养殖户满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "韩素秋", "0739-5533186", (2025, 12, 16))
    return b


@variant("fz18-department-two-columns", (4, 8, 11),
         "department, NAT-2021, 指标性质 as direction, 实施周期 and 年度 columns, the header "
         "repeated after a page break, a 下降率 with ≥, 0起 in both columns (correct)")  # fmt: skip
def fz18() -> Book:
    b, s = start()
    department_head(
        s, year=2026, dept="鹭垸区中药材与特色作物服务中心",
        budget=[(wan(180), wan(160), wan(20), wan(60), wan(120))],
        tasks=[("中药材养殖扶持", "扶持水蛭、蜈蚣养殖场10家", wan(50), "验收合格率100%"),
               ("紫薯订单种植推广", "发展紫薯订单种植4000亩", wan(70), "订单履约率≥95%"),
               ("金额合计", None, wan(120), None)],
        goal="2026—2028年扶持水蛭、蜈蚣养殖场30家（2026年10家），发展紫薯订单种植1.2万亩"
             "（2026年4000亩），2026年培训种养户300人次。",
    )  # fmt: skip
    head = (*HEAD4[:3], "指标性质", "实施周期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "扶持中药材养殖场", "正向", "≥30家", "≥10家"),
        (None, None, "紫薯订单种植面积", "正向", "≥12000亩", "≥4000亩"),
        (None, None, "种养户培训人次", "正向", "≥900人次", "≥300人次"),
        (None, "质量指标", "养殖场验收合格率", "正向", "100%", "100%"),
        (None, None, "中药材质量安全事故", "反向", "0起", "0起"),
        (None, "时效指标", "年度任务完成情况", "定性", "按时完成", "按时完成"),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "养殖场扶持标准", "反向", "≤5万元/家", "≤5万元/家"),
        ("效益指标", "经济效益指标", "订单收购价高于市场价", "正向", "≥0.2元/公斤",
         "≥0.2元/公斤"),
        (None, "生态效益指标", "养殖尾水达标排放率", "正向", "≥95%", pct(0.95)),
        (None, "可持续影响指标", "养殖病害发生下降率", "正向", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "正向", "≥90%", pct(0.9)),
    ])  # fmt: skip
    note(s, "说明：部门三年行动计划实施周期为2026—2028年，实施周期指标值为三年累计数。")
    sign(s, "邵映禾", "0736-7718852", (2025, 11, 24))
    return b
