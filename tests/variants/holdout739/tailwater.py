"""Pond tail-water treatment returns (kbu01–kbu06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout739.common import DEPT, first, indicators, multi_year, one_year, sign, w
from tests.variants.holdout739.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kbu01-tailwater-percent", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells (correct)")  # fmt: skip
def tailwater_percent() -> Book:
    b, s = first()
    project_head(s, year=2026, name="苇塘镇沙埠镇养殖池塘尾水生态化改造项目", dept=DEPT,
                 unit="澄湾县水产技术推广站", money=one_year(300, 260, 40),
                 goals=["对苇塘镇、沙埠镇养殖池塘实施尾水生态化处理改造1200亩（其中苇塘镇700亩、"
                        "沙埠镇500亩），配套建设生态沟渠9.6公里，养殖尾水达标排放。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "尾水处理池塘改造面积", "≥", 1200, "亩"),
        (None, None, "生态沟渠建设长度", "≥", 9.6, "公里"),
        (None, "质量指标", "尾水处理设施验收合格率", "=", pct(1), "%"),
        (None, None, "尾水排放超标率", "≤", pct(0.05), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2026, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "每亩尾水处理改造成本", "≤", 0.25, "万元/亩"),
        ("效益指标", "生态效益指标", "养殖尾水化学需氧量下降率", "≥", pct(0.15), "%"),
        (None, None, "尾水外溢污染事件", "≤", 0, "起"),
        (None, "可持续影响指标", "设施运行维护机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参与养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "范秋禾", "0571-6283 4410")
    return b


@variant("kbu02-tailwater-goal-mismatch", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: goal area, tier and unit cost "
         "wrong")  # fmt: skip
def tailwater_goal_mismatch() -> Book:
    b, s = first()
    project_head(s, year=2026, name="澄湾县池塘尾水“三池两坝”治理项目", dept=DEPT,
                 unit="澄湾县水产技术推广站", money=one_year(300, 250, 50),
                 goals=["完成池塘尾水生态处理改造1500亩，建设“三池两坝”处理设施12处，"
                        "实现养殖尾水循环利用或达标排放。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("产出指标", "数量指标", "池塘尾水处理改造面积",
         mk("≥1200亩", "D104", "warning", row=True,
            note="the 年度目标 states 1500亩, the indicator 1200亩")),
        (None, None, "“三池两坝”处理设施建设数量", "≥12处"),
        (None, "质量指标", "设施竣工验收合格率", "=100%"),
        (None, "时效指标", "工程建设完成时间", "2026年11月30日前"),
        (None, None, mk("尾水排放达标率", "F201", "warning", row=True,
                        note="a 达标率 is a quality rate, filed under 时效指标"), "≥95%"),
        (None, "成本指标", "每处“三池两坝”建设成本",
         mk("≤30万元/处", "B107", "warning", row=True,
            note="30万元 × 12处 = 360万元, above the 年度资金总额 300万元")),
        ("效益指标", "生态效益指标", "养殖尾水总磷削减率", "≥20%"),
        (None, "社会效益指标", "带动养殖户规范化养殖户数", "≥85户"),
        (None, "可持续影响指标", "处理设施使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬明川", "0571-6283 4417")
    return b


@variant("kbu03-tailwater-three-years", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 columns, period counts above the year's "
         "(correct)")  # fmt: skip
def tailwater_three_years() -> Book:
    b, s = first()
    project_head(s, year=2026, years=3, name="澄湾县规模养殖池塘尾水治理三年行动", dept=DEPT,
                 unit="澄湾县水产技术推广站", attr="新增项目",
                 money=multi_year((w(1350), w(1200), w(150)), (w(450), w(400), w(50))),
                 goals=["2026—2028年分三期完成全县规模养殖池塘尾水治理改造4500亩，建成尾水在线"
                        "监测点位18个，池塘养殖尾水全部达标排放。",
                        "2026年完成沙埠镇、苇塘镇池塘尾水治理改造1500亩，建成在线监测点位6个，"
                        "为2029年全县推广尾水治理积累运行数据。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "尾水治理改造面积", "≥4500亩", "≥1500亩", None),
        (None, None, "尾水在线监测点位", "≥18个", "≥6个", None),
        (None, "质量指标", "治理设施验收合格率", "100%", "100%", None),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "每亩尾水治理改造成本", "≤0.3万元/亩", "≤0.3万元/亩", None),
        ("效益指标", "生态效益指标", "尾水达标排放率", "≥95%", "≥95%", None),
        (None, "经济效益指标", "改造池塘亩均增收", "≥300元/亩", "≥300元/亩", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "范秋禾", "0571-6283 4410", notes=["注：实施期指标值为2026—2028年累计数。"])
    return b


@variant("kbu04-tailwater-period-copy", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: goal text, a count and a year's "
         "count above the period's")  # fmt: skip
def tailwater_period_copy() -> Book:
    b, s = first()
    goal = ("建成覆盖全县主要养殖片区的尾水净化湿地和水质监测网络，培训养殖户掌握尾水治理技术，"
            "实现养殖尾水达标排放。")  # fmt: skip
    project_head(s, year=2026, years=3, name="澄湾县养殖尾水净化湿地建设项目", dept=DEPT,
                 unit="澄湾县渔业环境监测站", attr="新增项目",
                 money=multi_year((w(960), w(800), w(160)), (w(320), w(270), w(50))),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="three years: 年度目标 copied from 中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "尾水净化湿地建设面积", "≥360亩",
         mk("≥360亩", "D202", "warning", note="the three years' area copied into the year")),
        (None, None, "尾水水质监测点位", "≥20个",
         mk("≥24个", "D201", "error", note="the year's 24 points exceed the period's 20")),
        (None, None, "养殖户技术培训人次", "≥900人次", "≥300人次", None),
        (None, "质量指标", "湿地工程验收合格率", "100%", "100%", None),
        (None, "时效指标", "监测数据上报时限", "≤24小时", "≤24小时", None),
        ("成本指标", "经济成本指标", "单个监测点位建设成本", "≤8万元/个", "≤8万元/个", None),
        ("效益指标", "生态效益指标", "湿地出水达标率", "≥95%", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "骆景行", "0571-6283 4452")
    return b


@variant("kbu05-tailwater-export", (7, 12),
         "budget-system export: 05-1 money sheet, 05-2 indicator sheet with codes in the first "
         "columns, header 绩效目标值 on the third row (correct)")  # fmt: skip
def tailwater_export() -> Book:
    b, s = first("部门项目支出预算05-1", (16, 30, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("317006260001", "澄湾县养殖池塘尾水治理项目", w(260), w(220), w(40))
    s.row("317006260002", "养殖尾水监测运维项目", w(45), w(45), w(0))
    s.row("合计", None, w(305), w(265), w(40))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 26, 8, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：澄湾县水产技术推广站")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "比较符", "绩效目标值",
          "计量单位")  # fmt: skip
    t.table([
        ("317006260001", "澄湾县养殖池塘尾水治理项目", "产出指标", "数量指标", "尾水治理池塘面积",
         "≥", 800, "亩"),
        (None, None, None, None, "生态沟渠清淤长度", "≥", 6.5, "公里"),
        (None, None, None, "质量指标", "治理设施验收合格率", "≥", pct(0.98), "%"),
        (None, None, None, "时效指标", "项目完工时间", "≤", day(2026, 11, 30), None),
        (None, None, "成本指标", "经济成本指标", "每亩治理成本", "≤", 0.325, "万元/亩"),
        (None, None, "效益指标", "生态效益指标", "尾水氨氮浓度下降率", "≥", pct(0.2), "%"),
        (None, None, None, "社会效益指标", "尾水污染投诉", "≤", 0, "起"),
        (None, None, "满意度指标", "服务对象满意度指标", "养殖主体满意度", "≥", pct(0.9), "%"),
        ("317006260002", "养殖尾水监测运维项目", "产出指标", "数量指标", "监测点位运维数量", "≥",
         15, "个"),
        (None, None, None, "质量指标", "监测数据有效率", "≥", pct(0.95), "%"),
        (None, None, None, "时效指标", "监测数据上报时限", "≤", 24, "小时"),
        (None, None, "成本指标", "经济成本指标", "单个点位年运维费用", "≤", 3, "万元/个"),
        (None, None, "效益指标", "生态效益指标", "重点水域水质达标率", "≥", pct(0.9), "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kbu06-tailwater-last-season", (7,),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）: last year's name and deadline, "
         "a near-duplicate")  # fmt: skip
def tailwater_last_season() -> Book:
    b, s = first()
    project_head(s, year=2026, name="沙埠镇尾水处理设施运行维护项目", dept=DEPT,
                 unit="沙埠镇农业综合服务中心", money=one_year(80, 70, 10),
                 goals=["2026年对沙埠镇已建成的尾水处理设施开展运行维护，培训养殖户300人次，"
                        "尾水循环利用率达到60%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "备注"), [
        ("产出指标", "数量指标",
         mk("2025年度养殖户尾水治理培训人次", "Y103", "warning", row=True, alt=("Y101",),
            note="last season's year left in the name of a 2026 indicator"), "≥300人次"),
        (None, None, "尾水处理设施运行维护次数", "≥12次"),
        (None, None, mk("尾水设施运行维护次数", "D103", "warning", row=True,
                        alt=("D101", "D102"), note="the row above with a word less, ≥4次 / ≥12次"),
         "≥4次"),
        (None, "质量指标", "设施运行达标率", "≥95%"),
        (None, "时效指标", "设施检修完成时间",
         mk("2025年11月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="a deadline before the 2026 budget year begins")),
        ("效益指标", "生态效益指标", "尾水循环利用率", "≥60%"),
        (None, "社会效益指标", "带动周边养殖户参与尾水治理", "≥50户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚慕青", "0571-6290 1835")
    return b
