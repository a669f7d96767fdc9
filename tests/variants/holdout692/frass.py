"""A frass (虫粪) fertiliser line fed by the larvae: hz07-hz12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout692.common import (
    COUNTY,
    indicators,
    note,
    one_year,
    sign,
    stamp,
    start,
    wan,
)
from tests.variants.holdout692.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("hz07-frass-flat-list", (3, 1, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator "
         "· 指标值), typed percent cells, a rise in 百分点, weights adding to 100, "
         "tasks adding up (correct)")  # fmt: skip
def hz07() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=f"{COUNTY}农业技术推广中心",
                    budget=[(wan(420), wan(380), wan(40), wan(260), wan(160))],
                    tasks=[("虫粪有机肥示范推广", "在6个乡镇示范施用黑水虻虫粪有机肥",
                            wan(95), "示范面积不少于2000亩"),
                           ("黑水虻养殖技术培训", "面向养殖户和合作社开展技术培训",
                            wan(65), "培训不少于300人次"),
                           ("金额合计", None, wan(160), None)],
                    goal="示范推广虫粪有机肥2000亩（其中水稻1200亩、果蔬800亩），培训养殖户"
                         "300人次，示范区化肥施用量减少10%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("虫粪有机肥示范面积", 20, "亩", "≥", 2000),
        ("养殖技术培训人次", 15, "人次", "≥", 300),
        ("示范区化肥施用量减少率", 15, "%", "≥", pct(0.1)),
        ("示范田土壤有机质含量提高", 10, "百分点", "≥", 0.2),
        ("虫粪有机肥抽检合格率", 15, "%", "≥", pct(0.95)),
        ("技术服务响应时间", 10, "小时", "≤", 48),
        ("培训对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "欧阳砚", "0739-6287734")
    stamp(s, f"{COUNTY}农业技术推广中心")
    return b


@variant("hz08-frass-wrong-tier2", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: a count under 质量, a "
         "quality rate under 时效, a yearly output below the goal's")  # fmt: skip
def hz08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="黑水虻虫粪有机肥生产线建设",
                 dept=f"{COUNTY}农业农村局（207）", unit="石埭乡农业服务中心",
                 money=one_year(75, 60, 15),
                 goals=["建成虫粪有机肥生产线1条，年产虫粪有机肥2000吨，产品有机质含量达到"
                        "有机肥料标准。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "有机肥生产线建成数", "≥1条"),
        (None, None, "虫粪有机肥年产量",
         mk("≥1500吨", "D104", "warning", row=True, note="年度目标写年产2000吨")),
        (None, "质量指标", "有机质含量达标率", "≥95%"),
        (None, None, mk("腐熟发酵批次", "F201", "warning", row=True,
                        note="批次是数量，填在质量指标下"), "≥24批"),
        (None, "时效指标", "生产线投产时间", "2025年9月30日前"),
        (None, None, mk("成品有机肥抽检合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效指标下"), "≥95%"),
        (None, "成本指标", "吨有机肥生产成本", "≤300元/吨"),
        ("效益指标", "经济效益指标", "有机肥销售收入", "≥80万元"),
        (None, "生态效益指标", "替代化肥施用量", "≥300吨"),
        ("满意度指标", "服务对象满意度指标", "购肥农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "聂秋原", "0739-6471106")
    return b


@variant("hz09-frass-points", (5, 10, 1),
         "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标), indicator points too, a rise in "
         "百分点, 0次 on an incident count (correct)")  # fmt: skip
def hz09() -> Book:
    b, s = start()
    project_head(s, year=2025, name="虫粪有机肥加工运行补助",
                 dept=f"{COUNTY}农业农村局（207）", unit=f"{COUNTY}绿壤生物肥料厂",
                 money=one_year(85, 70, 15),
                 goals=["收集黑水虻虫粪3000吨，加工虫粪有机肥2400吨，示范区土壤有机质提高"
                        "0.3个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.虫粪收集量", "≥3000吨", 10),
        (None, None, "2.虫粪有机肥产量", "≥2400吨", 10),
        (None, "（二）质量指标", "3.有机质含量达标率", pct(0.95), 10),
        (None, "（三）时效指标", "4.成品出厂检测及时率", "≥95%", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.吨有机肥加工成本", "≤260元/吨", 10),
        (None, "（二）生态环境成本指标", "6.发酵臭气超标次数", "=0次", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "7.有机肥销售收入", "≥96万元", 10),
        (None, "（二）生态效益指标", "8.示范区土壤有机质含量提高", "≥0.3百分点", 10),
        (None, "（三）可持续影响指标", "9.签约种植大户", "≥25户", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.种植户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "蓝知白", "0739-6390245")
    return b


@variant("hz10-frass-points-wrong", (10, 5),
         "project, NAT-2021, a tier-1 score column beside indicator scores: 产出 "
         "declares 50 over 45; the goal's start-up date against the indicator's")  # fmt: skip
def hz10() -> Book:
    b, s = start(widths=(16, 8, 18, 30, 18, 8))
    project_head(
        s,
        year=2025,
        name="颗粒虫粪有机肥造粒线改造",
        dept=f"{COUNTY}农业农村局（207）",
        unit=f"{COUNTY}绿壤生物肥料厂",
        money=one_year(68, 68, 0),
        goals=["改造造粒线1条，2025年10月31日前投产，全年生产颗粒虫粪有机肥1800吨。"],
    )
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值 15+15+10+5 = 45"),
         "数量指标", "造粒线改造数", "=1条", 15),
        (None, None, None, "颗粒有机肥产量", "≥1800吨", 15),
        (None, None, "质量指标", "颗粒成型率", "≥92%", 10),
        (None, None, "时效指标", "造粒线投产时间",
         mk("2025年12月31日前", "D104", "warning", row=True,
            note="年度目标写10月31日前投产"), 5),
        ("成本指标", 10, "经济成本指标", "吨颗粒肥加工成本", "≤350元/吨", 10),
        ("效益指标", 30, "经济效益指标", "颗粒肥销售收入", "≥70万元", 15),
        (None, None, "生态效益指标", "秸秆及虫粪综合利用量", "≥2500吨", 15),
        ("满意度指标", 10, "服务对象满意度指标", "经销商满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，不是100：同一问题")
    sign(s, "蓝知白", "0739-6390245")
    return b


@variant("hz11-frass-second-sheet", (7, 4),
         "project: head on the first sheet, indicator table on a second sheet "
         "under 预期实现值, a 注 explaining a total, the goal's part of it, a fill "
         "date in the prior year (correct)")  # fmt: skip
def hz11() -> Book:
    b, s = start("基本信息")
    project_head(
        s,
        year=2025,
        name="虫粪有机肥仓储包装线建设",
        dept=f"{COUNTY}供销合作社联合社（233）",
        unit=f"{COUNTY}农资有限公司",
        money=one_year(110, 110, 0),
        goals=["建成仓储包装线1条，年内包装颗粒虫粪有机肥1600吨，供应全县果蔬基地。"],
    )
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "仓储包装线建成数", "=1条"),
        (None, None, "虫粪有机肥包装量", "≥2600吨"),
        (None, "质量指标", "包装计量合格率", "≥98%"),
        (None, "时效指标", "包装线投运时间", "2025年7月31日前"),
        (None, "成本指标", "吨有机肥包装成本", "≤120元/吨"),
        ("效益指标", "经济效益指标", "有机肥销售收入", "≥150万元"),
        (None, "可持续影响指标", "签约果蔬基地", "≥15个"),
        ("满意度指标", "服务对象满意度指标", "果蔬基地满意度", "≥90%"),
    ])  # fmt: skip
    note(t, "注：虫粪有机肥包装量2600吨含颗粒肥1600吨、粉状肥1000吨。", 4)
    sign(t, "邝语桐", "0739-6625590", day(2024, 11, 26))
    return b


@variant("hz12-frass-export-leftover", (7, 12),
         "budget-system export (sheets 05-1 and 05-2, header on the third row, "
         "codes in the first columns): detail lines off their 合计, last year's "
         "indicator, a template example row")  # fmt: skip
def hz12() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 22, 14))
    s.title("2025年度部门项目支出预算表", 4)
    s.row(f"单位：{COUNTY}绿壤生物肥料厂", None, None, "单位：万元")
    s.row("项目代码", "项目名称", "支出明细", "金额")
    name = "虫粪有机肥原料收运与检测"
    s.table([
        ("52-0731-0046", name, "原料收运", wan(36)),
        (None, None, "发酵辅料购置", wan(18)),
        (None, None, "人员劳务", wan(14)),
        (None, None, "产品检测", wan(4)),
        ("合计", "", None, mk(wan(76), "B102", "error", note="36+18+14+4 = 72，不是76")),
    ], merged=(1, 2))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 28, 16))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row(f"单位：{COUNTY}绿壤生物肥料厂")
    indicators(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("52-0731-0046", name, "产出指标", "数量指标", "虫粪原料收运量", "≥3200吨"),
        (None, None, None, None,
         mk("2024年虫粪有机肥销售量", "Y103", "warning", row=True, alt=("Y101", "D104"),
            note="上一年度的指标留在2025年的表里"), "≥1800吨"),
        (None, None, None, None, "（示例）年度完成数量",
         mk("≥**个", "X101", "error", row=True, note="模板示例行未删")),
        (None, None, None, "质量指标", "产品检测合格率", "≥98%"),
        (None, None, None, "时效指标", "原料收运及时率", "≥95%"),
        (None, None, "效益指标", "生态效益指标", "虫粪资源化利用率", "≥90%"),
        (None, None, "满意度指标", "服务对象满意度指标", "收运对接单位满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
