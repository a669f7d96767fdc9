"""Patent grants support: subsidies for granted inventions, pledge financing, transfer and
navigation projects (kfr01–kfr06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout840.common import (
    BUREAU,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout840.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant("kfr01-invention-subsidy", (1, 5, 12),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, "
         "typed percent cells, 万元 in the number format (correct)")  # fmt: skip
def kfr01() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="发明专利授权资助项目", dept=f"{BUREAU} 317001",
        unit="淞岭市知识产权保护中心", money=one_year(wan(120), wan(100), wan(20)),
        goals=["资助本市企业和高校发明专利授权180件（其中高价值发明专利40件），"
               "每万人口高价值发明专利拥有量增加0.8件。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("一、产出指标（50分）", "1.数量指标", "资助发明专利授权件数", "≥180件", 15),
        (None, None, "其中：高价值发明专利资助件数", "≥40件", 10),
        (None, "2.质量指标", "资助材料审核准确率", pct(0.98), 10),
        (None, "3.时效指标", "资助资金拨付完成时间", "2025年11月30日前", 15),
        ("二、成本指标（10分）", "1.经济成本指标", "单件发明专利资助标准", "≤0.5万元/件", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "万人高价值发明专利拥有量增加", "≥0.8件", 15),
        (None, "2.可持续影响指标", "企业知识产权管理规范贯标数", "≥12家", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "受资助单位满意度", pct(0.92), 10),
    ])  # fmt: skip
    sign(s, "郁晓帆", "0571-6613 2208", (2024, 11, 18))
    return b


@variant("kfr02-pledge-financing-three-years", (8, 1),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns, period counts "
         "above the year's, a cost cap equal to the money (correct)")  # fmt: skip
def kfr02() -> Book:
    b, s = start()
    project_head(
        s, year=2025, years=3, name="专利质押融资贴息补助", dept=f"{BUREAU} 317001",
        unit="淞岭市知识产权运营服务中心", attr="新增项目",
        money=multi_year((wan(900), wan(800), wan(100)), (wan(300), wan(260), wan(40))),
        goals=["三年支持企业专利质押融资600笔、融资额累计30亿元，建立质押风险补偿机制，"
               "为2027年推广知识产权证券化积累案例。",
               "2025年支持专利质押融资200笔、融资额10亿元，贴息企业不少于150家。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "专利质押融资笔数", "≥600笔", "≥200笔"),
        (None, None, "获得贴息企业数", "≥400家", "≥150家"),
        (None, "质量指标", "贴息资料审核合规率", pct(0.98), pct(0.98)),
        (None, "时效指标", "贴息资金兑付周期", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "单笔贴息补助上限", "≤1.5万元/笔", "≤1.5万元/笔"),
        ("效益指标", "经济效益指标", "专利质押融资额", "≥30亿元", "≥10亿元"),
        (None, "可持续影响指标", "质押融资风险补偿机制", "建立并运行", "建立"),
        ("满意度指标", "服务对象满意度指标", "融资企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：单笔贴息补助上限1.5万元/笔 × 200笔 = 300万元，与年度资金相等。")
    return b


@variant("kfr03-transfer-export", (4, 7),
         "budget-system export: money on 「项目支出预算05-1」, the indicator table on "
         "「项目支出绩效目标05-2」 with codes in the first columns, header 绩效目标值 on "
         "the third row, repeated after a page break, 说明 rows under it, OLD-NAT "
         "(correct)")  # fmt: skip
def kfr03() -> Book:
    b, s = start("项目支出预算05-1", (16, 18, 14, 14, 14, 14))
    s.title("部门项目支出预算表", 5)
    s.row("单位：淞岭市知识产权局", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("331002250001", "专利转化运用专项", wan(260), wan(220), wan(40))
    s.row("合计", None, wan(260), wan(220), wan(40))
    t = b.sheet("项目支出绩效目标05-2", (14, 16, 30, 12, 14, 26, 16))
    t.title("部门项目支出绩效目标表（2025年度）", 7)
    t.row("单位：淞岭市知识产权局", None, None, None, None, None, "金额单位：万元")
    goal = "2025年推动高校院所专利转让许可120项，带动企业新增产值2亿元。"
    head = (
        "项目编码",
        "项目名称",
        "年度绩效目标",
        "一级指标",
        "二级指标",
        "三级指标",
        "绩效目标值",
    )
    code, name = "331002250001", "专利转化运用专项"
    t.row(*head)
    t.table([
        (code, name, goal, "产出指标", "数量指标", "专利转让许可项数", "≥120项"),
        (code, name, None, None, None, "开放许可声明专利数", "≥300件"),
        (code, name, None, None, "质量指标", "转化合同登记备案合规率", pct(0.95)),
        (code, name, None, None, "时效指标", "年度奖补申报受理完成时间", "2025年6月30日前"),
        (code, name, None, None, "成本指标", "单项转化奖补标准", "≤2万元/项"),
    ], merged=(3, 4, 5))  # fmt: skip
    t.skip()
    t.row(*head)
    t.table([
        (code, name, goal, "效益指标", "经济效益指标", "带动企业新增产值", "≥2亿元"),
        (code, name, None, None, "可持续影响指标", "高校院所专利转化率提高", "≥2百分点"),
        (code, name, None, "满意度指标", "服务对象满意度指标", "承接企业满意度", "≥90%"),
    ], merged=(3, 4, 5))  # fmt: skip
    notes(t, "说明：1.本表由预算管理一体化系统导出；", "2.绩效目标值中“≥”表示不低于。", width=7)
    return b


@variant("kfr04-grant-award-mismatch", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's count against the "
         "indicator, a unit cost × count above the money, a quality rate under 时效")  # fmt: skip
def kfr04() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="新授权发明专利奖补", dept=f"{BUREAU} 317001",
        unit="淞岭市桂洲区知识产权服务站", money=one_year(wan(80), wan(70), wan(10)),
        goals=["对辖区企业新授权发明专利给予一次性奖补150件，提升专利申请质量。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, [
        ("产出指标", "数量指标", "奖补发明专利件数",
         mk("≥120件", "D104", "warning", row=True,
            note="the 年度绩效目标 says 150件; the indicator gives 120件")),
        (None, "质量指标", "奖补对象资格复核准确率", "=100%"),
        (None, "时效指标", "奖补资金兑付时间", "2025年12月20日前"),
        (None, None, mk("专利申请文件质量合格率", "F201", "warning", row=True,
                        note="a quality rate under 时效指标"), "≥95%"),
        (None, "成本指标", "单件发明专利奖补标准",
         mk("≤0.8万元/件", "B107", "warning", row=True,
            note="0.8万元 × 120件 = 96万元 (× 150 = 120万元) above the 80万元 年度资金")),
        ("效益指标", "社会效益指标", "辖区有效发明专利拥有量增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "受奖补企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfr05-navigation-copied", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: goal text copied, "
         "a year's count above the period's, last season's deadline in 年度")  # fmt: skip
def kfr05() -> Book:
    b, s = start()
    text = "围绕新能源装备和生物医药产业开展专利导航，形成导航报告并推动成果运用。"
    project_head(
        s, year=2025, years=3, name="产业专利导航服务项目", dept=f"{BUREAU} 317001",
        unit="淞岭市专利信息服务中心", attr="新增项目",
        money=multi_year((wan(600), wan(540), wan(60)), (wan(200), wan(180), wan(20))),
        goals=[text, mk(text, "D204", "warning",
                        note="年度目标 identical to the 中期目标 in a three-year project")],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "产业专利导航报告数", "≥10份",
         mk("≥12份", "D201", "error", note="the year's 12 reports exceed the period's 10")),
        (None, None, "导航成果推介会场次", "≥9场", "≥3场"),
        (None, "质量指标", "导航报告专家评审通过率", "≥90%", "≥90%"),
        (None, "时效指标", "导航成果发布时间", "2027年12月31日前",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103",),
            note="a 2024 deadline in a 2025–2027 project: left from last season")),
        ("成本指标", "经济成本指标", "单份导航报告编制费用", "≤15万元/份", "≤15万元/份"),
        ("效益指标", "经济效益指标", "导航成果支撑企业研发投入", "≥5亿元", "≥1.5亿元"),
        ("满意度指标", "服务对象满意度指标", "产业链企业满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    return b


@variant("kfr06-stacked-warning-and-station", (2, 12),
         "two projects stacked in one sheet, OLD-NAT: the second one's money does not add up, "
         "one indicator given twice with two values, a deadline after the budget year")  # fmt: skip
def kfr06() -> Book:
    b, s = start()
    s.title("2025年度项目支出绩效目标申报表（汇总）", 6)
    project_head(
        s, year=2025, title="", name="重点产业专利预警分析", dept=f"{BUREAU} 317001",
        unit="淞岭市专利信息服务中心", money=one_year(wan(60), wan(60), money(0, "0.00")),
        goals=["完成重点产业专利预警分析报告4份，为企业提供海外布局风险提示服务。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "专利预警分析报告数", "≥4份"),
        (None, "质量指标", "预警报告专家验收通过率", "≥95%"),
        (None, "时效指标", "报告交付时间", "2025年10月31日前"),
        (None, "成本指标", "单份预警报告编制费用", "≤15万元/份"),
        ("效益指标", "社会效益指标", "接受风险提示服务企业数", "≥80家"),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(80), "B101", "error", note="财政拨款 60 + 其他资金 10 = 70, not 80")
    project_head(
        s, year=2025, title="", name="商标品牌指导站建设", dept=f"{BUREAU} 317001",
        unit="淞岭市商标品牌促进会",
        money=[["年度资金总额", total], ["其中：财政拨款", wan(60), "其他资金", wan(10)]],
        goals=["在产业集聚区建设商标品牌指导站8个，服务企业不少于200家。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "新建商标品牌指导站数", "≥8个"),
        (None, None, "指导站服务企业数", "≥200家"),
        (None, "质量指标", "指导站建设验收合格率", "=100%"),
        (None, "时效指标", "指导站挂牌完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
            note="a 2026 deadline in a one-year 2025 project")),
        (None, "成本指标", "单站建设补助", "≤8万元/个"),
        ("效益指标", "社会效益指标", mk("指导站服务企业数", "D102", "error", row=True,
                                        alt=("D101", "D103"),
                                        note="the same indicator as under 数量, 150 against 200"),
         "≥150家"),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥85%"),
    ])  # fmt: skip
    return b
