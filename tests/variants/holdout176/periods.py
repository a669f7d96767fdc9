"""Multi-year project tables of the 176th held-out set (中期 and 年度 columns): 危桥改造, 航道疏浚,
重点营运车辆动态监控."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout176.common import indicators, multi_year, notes, signature
from tests.variants.holdout176.registry import variant
from tests.variants.kit import Book, mk

HEAD_PA = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("od02-bridges-two-years", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "value columns and a 指标值设定依据 column;"
         " 140万元/座 × 6座 within the year's 900万元")  # fmt: skip
def od02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 14))
    project_head(
        s,
        year=2026,
        years=2,
        name="农村公路危桥改造",
        dept="青溪县交通运输局（207）",
        unit="青溪县公路事业发展中心",
        attr="新增项目",
        money=multi_year((1800, 1600, 200), (900, 800, 100)),
        goals=(
            "两年内完成12座农村公路危桥改造，消除桥梁安全隐患，改造桥梁全部通过交工验收。",
            "完成6座危桥改造并通过交工验收，改造路段通行安全隐患基本消除。",
        ),
    )
    indicators(s, (*HEAD_PA, "指标值设定依据"), [
        ("产出指标", "数量指标", "危桥改造数量", "≥12座", "≥6座", "计划标准"),
        (None, None, "改造桥梁总长度", "≥420米", "≥200米", "计划标准"),
        (None, "质量指标", "交工验收合格率", "=100%", "=100%", "行业标准"),
        (None, "时效指标", "危桥改造完工时间", "2027年12月31日前", "2026年12月31日前", "计划标准"),
        ("成本指标", "经济成本指标", "单座危桥改造补助标准", "≤140万元/座", "≤140万元/座",
         "历史标准"),
        ("效益指标", "社会效益指标", "改造路段通行安全隐患消除率", "≥95%", "≥95%", "计划标准"),
        (None, "可持续影响指标", "改造桥梁设计使用年限", "≥50年", "≥50年", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", "历史标准"),
    ])  # fmt: skip
    return b


@variant("od05-channel-dredging-three-years", (8,), "three-year project, NAT-2021, unit column "
         "before the 中期 and 年度 columns, bare numbers with inline operators; 45万元/公里 within "
         "the money in both columns")  # fmt: skip
def od05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 12, 18, 18))
    project_head(
        s,
        year=2026,
        years=3,
        name="内河干线航道疏浚维护",
        dept="潆水市交通运输局（401）",
        unit="潆水市港航事务中心",
        attr="新增项目",
        money=multi_year((2100, 1900, 200), (760, 700, 60)),
        goals=(
            "三年内疏浚干线航道42公里、土方95万立方米，航道全年通航保证率不低于98%。",
            "完成16公里航道疏浚，疏浚土方36万立方米，航道全年通航保证率不低于98%。",
        ),
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "疏浚航道里程", "公里", "≥42", "≥16"),
        (None, None, "疏浚土方量", "万立方米", "≥95", "≥36"),
        (None, "质量指标", "航道维护尺度达标率", "%", "≥95%", "≥95%"),
        (None, "时效指标", "疏浚工程完工时间", None, "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "航道疏浚综合单价", "万元/公里", "≤45", "≤45"),
        ("效益指标", "经济效益指标", "通航船舶最大吨位", "吨", "≥1000", "≥1000"),
        (None, "生态效益指标", "疏浚土综合利用率", "%", "≥70", "≥70"),
        (None, "可持续影响指标", "航道全年通航保证率", "%", "≥98", "≥98"),
        ("满意度指标", "服务对象满意度指标", "航运企业满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    return b


@variant("od10-monitoring-two-column-sets", (8,), "two-year project, OLD-NAT, two complete "
         "column sets (二级/三级/指标值 for 中期, then for 年度), a per-辆 standard in 元, "
         "=0起 accidents, signature lines")  # fmt: skip
def od10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 26, 14, 14, 26, 14))
    project_head(s, year=2026, years=2, name="重点营运车辆动态监控及安全监管执法",
                 dept="枫坪县交通运输局（118）", unit="枫坪县道路运输服务中心", attr="新增项目",
                 money=multi_year((260, 240, 20), (140, 130, 10)),
                 goals=("两年内将1600辆重点营运车辆接入动态监控，开展道路运输企业安全执法检查480"
                        "家次，遏制较大以上道路运输安全事故。",
                        "接入重点营运车辆900辆，开展企业安全执法检查240家次，动态监控数据上线率"
                        "不低于95%。"))  # fmt: skip
    s.row("一级指标", "中期二级指标", "中期三级指标", "中期指标值", "年度二级指标", "年度三级指标",
          "年度指标值")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "接入动态监控的重点营运车辆", "≥1600辆", "数量指标",
         "接入动态监控的重点营运车辆", "≥900辆"),
        (None, "数量指标", "道路运输企业安全执法检查", "≥480家次", "数量指标",
         "道路运输企业安全执法检查", "≥240家次"),
        (None, "质量指标", "动态监控数据上线率", "≥95%", "质量指标", "动态监控数据上线率",
         "≥95%"),
        (None, "时效指标", "违法违规行为处置时限", "≤3个工作日", "时效指标",
         "违法违规行为处置时限", "≤3个工作日"),
        (None, "成本指标", "单车动态监控服务费", "≤800元/辆", "成本指标", "单车动态监控服务费",
         "≤800元/辆"),
        ("效益指标", "社会效益指标", "较大以上道路运输安全事故", "=0起", "社会效益指标",
         "较大以上道路运输安全事故", "=0起"),
        (None, "社会效益指标", "重点营运车辆疲劳驾驶报警率", "≤2%", "社会效益指标",
         "重点营运车辆疲劳驾驶报警率", "≤2%"),
        (None, "可持续影响指标", "动态监控长效监管机制", "建立并执行", "可持续影响指标",
         "动态监控长效监管机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "道路运输企业满意度", "≥88%", "服务对象满意度指标",
         "道路运输企业满意度", "≥88%"),
    ], merged=(1,))  # fmt: skip
    signature(s, "罗建新", "唐雨桐", "0745-63218805", "2025年11月25日")
    return b


@variant("od14-bridges-year-disagrees", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: the title says 2026年度, dates and deadlines 2027–2028; an annual bridge count "
         "above the 中期 count")  # fmt: skip
def od14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        years=2,
        name="县乡道危桥改造",
        dept="麓安县交通运输局（126）",
        unit="麓安县公路事业发展中心",
        attr="新增项目",
        title="2026年度项目支出绩效目标申报表",
        money=multi_year((2000, 1800, 200), (1000, 900, 100)),
        goals=(
            "分两年完成辖区县乡道危桥改造，消除桥梁安全隐患。",
            "完成首批危桥改造并通过交工验收。",
        ),
    )
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102", "Y103"),
        note="title 2026年度, plan dates 2027-01-01 to 2028-12-31",
    )
    indicators(s, HEAD_PA, [
        ("产出指标", "数量指标", "危桥改造数量", "≥6座",
         mk("≥8座", "D201", "error", note="8座 a year above 6座 over the period")),
        (None, "质量指标", "交工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "危桥改造完工时间", "2028年12月31日前", "2027年12月31日前"),
        ("成本指标", "经济成本指标", "单座危桥改造补助标准", "≤120万元/座", "≤120万元/座"),
        ("效益指标", "社会效益指标", "改造路段通行安全隐患消除率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "改造桥梁设计使用年限", "≥50年", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("od17-dredging-money-duplicate", (8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: the 中期 total misses 财政拨款 + 其他资金, 疏浚航道里程 twice with another "
         "annual value")  # fmt: skip
def od17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    total = mk(2000, "B101", "error", note="1700 + 200 = 1900")
    project_head(
        s,
        year=2026,
        years=2,
        name="支线航道疏浚工程",
        dept="鹤川市交通运输局（302）",
        unit="鹤川市港航发展中心",
        attr="新增项目",
        money=multi_year((total, 1700, 200), (950, 850, 100)),
        goals=(
            "两年内疏浚支线航道38公里、土方80万立方米，航道全年通航保证率不低于98%。",
            "完成疏浚航道18公里、土方40万立方米。",
        ),
    )
    indicators(s, HEAD_PA, [
        ("产出指标", "数量指标", "疏浚航道里程", "≥38公里", "≥18公里"),
        (None, None, "疏浚土方量", "≥80万立方米", "≥40万立方米"),
        (None, None, "疏浚航道里程", "≥38公里",
         mk("≥20公里", "D102", "error", row=True, alt=("D101", "D103", "D104"))),
        (None, "质量指标", "航道维护尺度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "疏浚工程完工时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "航道疏浚综合单价", "≤45万元/公里", "≤45万元/公里"),
        ("效益指标", "经济效益指标", "通航船舶最大吨位", "≥1000吨", "≥1000吨"),
        (None, "可持续影响指标", "航道全年通航保证率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：疏浚里程按航道中心线计算。", width=5)
    return b
