"""树莓种植与冷链分拣: returns fr07–fr12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout632.common import (
    HEAD2,
    budget,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout632.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "栎岗县农业农村局（207003）"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("fr07-raspberry-planting", (1, 11), "project, OLD-NAT with 成本 under 产出, operators "
         "in words, unit column, typed percents, a 下降率 with ≥ and a zero "
         "count (correct)")  # fmt: skip
def fr07() -> Book:
    b, s = start()
    project_head(s, year=2025, name="莓坪镇树莓标准化种植示范项目", dept=DEPT,
                 unit="莓坪镇农业综合服务中心", money=one_year(64, 54, 10),
                 goals=["新建树莓标准化种植示范园800亩，推广水肥一体化设施300亩，"
                        "培训种植户400人次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "树莓示范园新建面积", "大于等于", 800, "亩"),
        (None, None, "水肥一体化设施推广面积", "大于等于", 300, "亩"),
        (None, None, "种植户技术培训", "大于等于", 400, "人次"),
        (None, "质量指标", "种苗定植成活率", "大于等于", pct(0.9), "%"),
        (None, None, "农药残留抽检不合格批次", "等于", 0, "批次"),
        (None, "时效指标", "种苗定植完成时间", "小于等于", day(2025, 4, 30), None),
        (None, "成本指标", "示范园建设补助标准", "小于等于", 600, "元/亩"),
        ("效益指标", "经济效益指标", "示范园亩均产值", "大于等于", 1.2, "万元"),
        (None, "生态效益指标", "化肥使用量下降率", "大于等于", 10, "%"),
        (None, "可持续影响指标", "优质果率比上年提高", "大于等于", 3, "百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", pct(0.92), "%"),
    ], header=OPS)  # fmt: skip
    sign(s, "田月樨", "0573-8820416", day(2024, 12, 3))
    return b


@variant("fr08-raspberry-coldchain", (4, 7), "project, NAT-2021, headers 考核指标 and "
         "目标值（年度）, 注 row: a count against the goal, a count under 质量, a template "
         "placeholder")  # fmt: skip
def fr08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="栎岗县树莓产地冷链分拣中心建设项目", dept=DEPT,
                 unit="栎岗县林果产业发展中心", money=one_year(150, 120, 30),
                 goals=["新建产地预冷库3座（总容积1200立方米），建成自动分拣线2条，"
                        "年分拣树莓鲜果1500吨。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建产地预冷库数量",
         mk("2座", "D104", "warning", row=True, note="年度目标写新建预冷库3座")),
        (None, None, "自动分拣线建设数量", "2条"),
        (None, None, "鲜果分拣量", "≥1500吨"),
        (None, "质量指标", mk("冷链运输车辆配备数量", "F201", "warning", row=True,
                             note="数量填在质量指标下"), "≥4辆"),
        (None, None, "预冷库验收合格率", "100%"),
        (None, "时效指标", "冷链设施投入使用时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "预冷库单座建设成本", "≤30万元"),
        ("效益指标", "经济效益指标", "鲜果采后损耗率", "≤8%"),
        (None, "社会效益指标", "带动就业人数",
         mk("≥**人", "X101", "error", note="模板占位符未替换")),
        ("满意度指标", "服务对象满意度指标", "入驻果农满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "考核指标", "目标值（年度）"))  # fmt: skip
    note(s, "注：预冷库容积按每座400立方米设计。", 4)
    return b


@variant("fr09-raspberry-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), typed percents, weights add to 100 "
         "(correct)")  # fmt: skip
def fr09() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="栎岗县林果产业发展中心",
                    budget=budget(420, 380, 40, 260, 160),
                    tasks=[("树莓种苗繁育", "繁育脱毒种苗30万株", w(60), "供苗及时"),
                           ("冷链分拣技术推广", "建设推广点12个", w(55), "损耗下降"),
                           ("果品质量抽检", "抽检鲜果200批次", w(45), "质量可追溯"),
                           ("金额合计", None, w(160), None)],
                    goal="繁育树莓种苗30万株，建设冷链分拣推广点12个，"
                         "抽检鲜果200批次。")  # fmt: skip
    indicators(s, [
        ("树莓种苗繁育量", 20, "万株", "≥", 30),
        ("冷链分拣技术推广点", 15, "个", "≥", 12),
        ("果品质量抽检批次", 15, "批次", "≥", 200),
        ("鲜果抽检合格率", 15, "%", "≥", pct(0.97)),
        ("冷链断链事故", 10, "起", "=", 0),
        ("种苗繁育单位成本", 10, "元/株", "≤", 2),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ], header=("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=())  # fmt: skip
    sign(s, "柳新禾", "0573-8806221", day(2024, 11, 20))
    return b


@variant("fr10-raspberry-two-year", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "年度目标 copied from 中期目标, a year's area above the period's")  # fmt: skip
def fr10() -> Book:
    b, s = start()
    goal = "两年扩建树莓高标准种植基地2500亩，配套滴灌设施，带动果农增收。"
    project_head(s, year=2025, years=2, name="莓坪镇树莓高标准种植基地扩建项目", dept=DEPT,
                 unit="莓坪镇农业综合服务中心", attr="新增项目",
                 money=multi_year((200, 160, 40), (110, 90, 20)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄")])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "种植基地扩建面积", "≥2500亩",
         mk("≥3000亩", "D201", "error", alt=("D104",), note="年度面积超过两年合计")),
        (None, None, "滴灌设施覆盖面积", "≥2500亩", "≥1200亩"),
        (None, "质量指标", "种苗成活率", "≥90%", "≥90%"),
        (None, "时效指标", "基地建设完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "基地建设总成本", "≤200万元", "≤110万元"),
        ("效益指标", "经济效益指标", "基地果农亩均增收", "≥3000元", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ], header=HEAD2)  # fmt: skip
    return b


@variant("fr11-raspberry-export", (7, 2), "budget-system export: money on 部门项目支出预算05-1, "
         "indicators on 部门项目支出绩效目标05-2 under a third-row header with project codes "
         "in the first columns (correct)")  # fmt: skip
def fr11() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：栎岗县林果产业发展中心", None, None, "金额单位：万元", merge=[(1, 3)])
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row("330100250001", "树莓冷链分拣员培训", "延续项目", w(24), w(24), w(0))
    s.row("330100250002", "树莓鲜果质量追溯平台运维", "延续项目", w(36), w(30), w(6))
    s.row("合计", None, None, w(60), w(54), w(6), merge=[(1, 3)])
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 18, 30, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：栎岗县林果产业发展中心", merge=[(1, 6)])
    a, c = ("330100250001", "树莓冷链分拣员培训"), ("330100250002", "树莓鲜果质量追溯平台运维")
    indicators(t, [
        (*a, "产出指标", "数量指标", "分拣员培训人数", "≥300人"),
        (None, None, None, None, "培训课时", "≥40学时"),
        (None, None, None, "质量指标", "结业考核合格率", "≥90%"),
        (None, None, None, "时效指标", "培训完成时间", "2025年9月30日前"),
        (None, None, "成本指标", "经济成本指标", "人均培训费用", "≤800元"),
        (None, None, "效益指标", "社会效益指标", "参训人员上岗率", "≥80%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
        (*c, "产出指标", "数量指标", "追溯平台接入果农户数", "≥1500户"),
        (None, None, None, None, "追溯码赋码量", "≥50万个"),
        (None, None, None, "质量指标", "平台正常运行率", "≥99%"),
        (None, None, None, "时效指标", "故障响应时间", "≤4小时"),
        (None, None, "成本指标", "经济成本指标", "平台年运维费用", "≤36万元"),
        (None, None, "效益指标", "可持续影响指标", "追溯数据保存年限", "≥5年"),
        (None, None, "满意度指标", "服务对象满意度指标", "接入果农满意度", "≥90%"),
    ], header=("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
       merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("fr12-raspberry-points", (10, 5), "project, NAT-2021, tier-1 points and indicator "
         "points: 产出 points not adding up, a near-duplicate under two tier-2s, a satisfaction "
         "rate under 社会效益")  # fmt: skip
def fr12() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 16, 8))
    b.file_mark("W101", "error", required=False, note="the same shortfall seen as a total")
    project_head(s, year=2025, name="莓坪镇树莓冷链分拣人员培训及设备购置项目", dept=DEPT,
                 unit="莓坪镇农业综合服务中心", money=one_year(45, 45, 0),
                 goals=["购置树莓自动分拣设备6台，培训分拣人员200人次，"
                        "6月底前投入使用。"])  # fmt: skip
    indicators(s, [
        ("产出指标", mk(50, "W103", "error", note="10 + 10 + 10 + 10 = 40"), "数量指标",
         "分拣设备购置数量", "6台", 10),
        (None, None, None, "分拣人员培训人次", "≥200人次", 10),
        (None, None, "质量指标", "设备验收合格率", "100%", 10),
        (None, None, "时效指标", "设备安装完成时间", day(2025, 6, 30, CN_DATE), 10),
        ("成本指标", 10, "经济成本指标", "单台分拣设备采购价", "≤5万元", 10),
        ("效益指标", 30, "经济效益指标", "鲜果分级销售溢价率", "≥10%", 10),
        (None, None, "社会效益指标",
         mk("分拣员培训人次", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与数量指标“分拣人员培训人次”是同一指标"), "≥200人次", 10),
        (None, None, None, mk("参训人员满意度", "F201", "warning", row=True,
                              note="满意度填在社会效益下"), "≥90%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "供货果农满意度", "≥90%", 10),
    ], header=("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
       merged=(1, 2, 3))  # fmt: skip
    return b
