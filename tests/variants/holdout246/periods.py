"""Multi-year projects with 中期 and 年度 columns, and stacked projects in one sheet, each with
its own head, money and indicators (qv13–qv18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout246.common import (
    PERIOD,
    TIERS,
    book,
    note,
    one_year_money,
    period_money,
    sign,
    tiered,
    wan,
)
from tests.variants.holdout246.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("qv13-talent-three-years", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns: "
         "counts smaller in the year, caps per 人 and per 个 and rates equal in both, money "
         "covering the caps in both periods (correct)")  # fmt: skip
def qv13() -> Book:
    b, s = book("项目支出绩效目标表")
    project_head(
        s, year=2026, years=3, name="高层次人才集聚工程", dept="黎阳市人才发展局（521）",
        unit="黎阳市高层次人才服务中心", attr="新增项目",
        money=period_money((wan(1500), wan(1500), wan(0)), (wan(500), wan(500), wan(0))),
        goals=["2026—2028年累计引进高层次人才300人，新建博士后工作站15个，引进人才三年留存率"
               "不低于80%。",
               "2026年引进高层次人才100人，新建博士后工作站5个，人才参与企业技术攻关项目30项。"],
    )  # fmt: skip
    tiered(s, PERIOD, [
        ("产出指标", "数量指标", "引进高层次人才", "≥300人", "≥100人"),
        (None, None, "新建博士后工作站", "≥15个", "≥5个"),
        (None, "质量指标", "引进人才中具有博士学位或高级职称占比", "≥40%", "≥40%"),
        (None, "时效指标", "安家补贴兑现时限", "≤30个工作日", "≤30个工作日"),
        (None, "成本指标", "高层次人才安家补贴标准", "≤4万元/人", "≤4万元/人"),
        (None, None, "博士后工作站建站补助", "≤20万元/个", "≤20万元/个"),
        ("效益指标", "社会效益指标", "引进人才三年留存率", "≥80%", "≥80%"),
        (None, "经济效益指标", "人才参与企业技术攻关项目", "≥90项", "≥30项"),
        ("满意度指标", "服务对象满意度指标", "引进人才满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞景曦", "师若衡", "0392-3318074")
    return b


@variant("qv14-incubator-two-years", (8, 10), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual count above the period count, a cumulative count equal "
         "in both")  # fmt: skip
def qv14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="科技型中小企业培育计划", dept="平江市科学技术局（109）",
        unit="平江市生产力促进中心", attr="新增项目",
        money=period_money((wan(1600), wan(1400), wan(200)), (wan(800), wan(700), wan(100))),
        goals=["2026—2027年新增入库科技型中小企业300家，对400家企业给予研发费用后补助，高新"
               "技术企业占比提高1个百分点。",
               "2026年对200家企业给予研发费用后补助，完成年度入库评价和孵化载体绩效考评。"],
    )  # fmt: skip
    tiered(s, PERIOD, [
        ("产出指标", "数量指标", "新增入库科技型中小企业", "≥300家",
         mk("≥350家", "D201", "error", note="the year exceeds the two-year period")),
        (None, None, "孵化载体新增在孵企业", ok("≥120家"),
         mk("≥120家", "D202", "warning", note="a cumulative count equal in both columns")),
        (None, None, "研发费用后补助企业", "≥400家", "≥200家"),
        (None, "质量指标", "入库企业评价信息准确率", "≥98%", "≥98%"),
        (None, "时效指标", "后补助资金兑付时限", "≤60日", "≤60日"),
        ("成本指标", "经济成本指标", "单家企业研发后补助上限", "≤3万元/家", "≤3万元/家"),
        ("效益指标", "经济效益指标", "入库企业研发投入增长率", "≥10%", "≥10%"),
        (None, "可持续影响指标", "高新技术企业占规上企业比重提高", "≥1个百分点", "≥0.5个百分点"),
        ("满意度指标", "服务对象满意度指标", "入库企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柴文澜", "卢星野", "0730-4126598")
    return b


@variant("qv15-commerce-two-projects", (1, 2, 10), "two one-year projects stacked in one "
         "sheet, NAT-2021, a 权重 column adding to 100 in each (200 across both), a 100% typed "
         "as Excel stores it, caps per 个, per 人 and per 家 within each budget "
         "(correct)")  # fmt: skip
def qv15() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 18, 10, 14))
    project_head(
        s, year=2026, name="电子商务进农村提升行动", dept="安宁县商务局（215）",
        unit="安宁县商务局", title="2026年度项目支出绩效目标表（项目一）",
        money=one_year_money(wan(420), wan(400), wan(20)),
        goals=["2026年建设乡镇电商服务站12个，培训农村电商带头人300人，农产品网络销售额增长"
               "15%以上。"],
    )  # fmt: skip
    tiered(s, (*TIERS, "权重"), [
        ("产出指标", "数量指标", "建设乡镇电商服务站", "≥12个", 15),
        (None, None, "培训农村电商带头人", "≥300人", 15),
        (None, "质量指标", "服务站年度考核合格率", "≥95%", 10),
        (None, "时效指标", "服务站建设完成时间", "2026年9月30日前", 10),
        ("成本指标", "经济成本指标", "乡镇服务站建设补助标准", "≤15万元/个", 10),
        (None, None, "带头人人均培训费", "≤3000元/人", 10),
        ("效益指标", "经济效益指标", "农产品网络销售额增长率", "≥15%", 15),
        (None, "可持续影响指标", "县乡村三级物流配送体系", "健全", 5),
        ("满意度指标", "服务对象满意度指标", "参训带头人满意度", "≥90%", 10),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="外贸稳增长专项资金", dept="安宁县商务局（215）",
        unit="安宁县对外贸易服务中心", title="",
        money=one_year_money(wan(900), wan(900), wan(0)),
        goals=["2026年支持120家企业参加境外展会，出口信用保险投保企业300家，全县外贸进出口额"
               "增长6%以上。"],
    )  # fmt: skip
    tiered(s, (*TIERS, "权重"), [
        ("产出指标", "数量指标", "支持企业参加境外展会", "≥120家", 15),
        (None, None, "出口信用保险投保企业", "≥300家", 15),
        (None, "质量指标", "展会补助资料审核合规率", pct(1), 10),
        (None, "时效指标", "补助资金拨付时限", "≤45个工作日", 10),
        ("成本指标", "经济成本指标", "境外展会展位补助标准", "≤5万元/家", 10),
        ("效益指标", "经济效益指标", "全县外贸进出口额增长率", "≥6%", 15),
        (None, "社会效益指标", "外贸新业态企业占比提高", "≥1百分点", 15),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "杜若溪", "邢晨阳", "0817-6254193")
    return b


@variant("qv16-talent-voucher-stacked", (1, 2, 12), "two one-year projects stacked in one "
         "sheet: the first with 比较符 · 指标值 · 计量单位 columns and a satisfaction typed 60%, "
         "the second with a 总额 that is not 财政拨款 + 其他资金")  # fmt: skip
def qv16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14))
    project_head(
        s, year=2025, name="青年人才租房补贴", dept="云溪区人力资源和社会保障局（402）",
        unit="云溪区人才服务中心", money=one_year_money(wan(360), wan(360), wan(0)),
        goals=["2025年为600名来区就业创业的青年人才按月发放租房补贴，青年人才留用率85%以上。"],
    )  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "发放青年人才租房补贴", "≥", 600, "人"),
        (None, "质量指标", "补贴对象资格审核准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补贴按月发放及时率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "青年人才租房补贴标准", "≤", 500, "元/人·月"),
        ("效益指标", "社会效益指标", "青年人才留用率", "≥", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥",
         mk(pct(0.6), "T114", "warning", note="a satisfaction target of 60%"), "%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="科技创新券后补助", dept="云溪区科学技术局（403）",
        unit="云溪区科技创新服务中心", title="",
        money=one_year_money(mk(wan(300), "B101", "error", row=True, note="250 + 30 = 280"),
                             wan(250), wan(30)),
        goals=["2025年向50家以上科技型中小企业兑付创新券，带动企业研发投入1000万元以上。"],
    )  # fmt: skip
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "兑付科技创新券企业", "≥50家"),
        (None, "质量指标", "创新券服务机构履约合格率", "≥95%"),
        (None, "时效指标", "创新券兑付时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "单家企业年度兑付上限", "≤5万元/家"),
        ("效益指标", "经济效益指标", "带动企业研发投入", "≥1000万元"),
        ("满意度指标", "服务对象满意度指标", "受券企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮一鸣", "房诗涵", "0731-8926547")
    return b


@variant("qv17-trade-points-periods", (1, 8, 10), "two-year project, OLD-NAT, 实施期 and 年度 "
         "columns with a 分值 column and tier-1 labels with points (产出指标(60分)), a 100% typed "
         "as Excel stores it in both columns, a change in 百分点 (correct)")  # fmt: skip
def qv17() -> Book:
    b, s = book("项目支出绩效目标", (16, 16, 30, 16, 16, 8))
    project_head(
        s, year=2025, years=2, name="外贸企业开拓国际市场扶持计划", dept="锦屏市商务局（133）",
        unit="锦屏市商务局", attr="延续项目",
        money=period_money((wan(2000), wan(1800), wan(200)), (wan(1000), wan(900), wan(100))),
        goals=["2025—2026年累计支持400家外贸企业开拓国际市场，组织境外重点展会16场，一般贸易"
               "出口占比提高2个百分点。",
               "2025年支持200家外贸企业参加境外展会，组织境外重点展会8场，外贸进出口额增长6%"
               "以上。"],
    )  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "分值"), [
        ("产出指标(60分)", "数量指标", "支持企业开拓国际市场", "≥400家", "≥200家", 15),
        (None, None, "组织境外重点展会", "≥16场", "≥8场", 10),
        (None, "质量指标", "展会补助审核合规率", pct(1), pct(1), 10),
        (None, "时效指标", "补助资金拨付时限", "≤30个工作日", "≤30个工作日", 10),
        (None, "成本指标", "单家企业年度补助上限", "≤4万元/家", "≤4万元/家", 15),
        ("效益指标(30分)", "经济效益指标", "外贸进出口额年均增长率", "≥6%", "≥6%", 15),
        (None, "社会效益指标", "一般贸易出口占比提高", "≥2百分点", "≥1百分点", 15),
        ("满意度指标(10分)", "服务对象满意度指标", "外贸企业满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：分值按三级指标填列，一级指标括号内为该类指标分值小计，合计100分。")
    sign(s, "欧阳澈", "简语桐", "0855-3471286")
    return b


@variant("qv18-guarantee-ops-periods", (1, 8, 11, 12), "three-year project, NAT-2021, "
         "指标性质 (≥/≤) · 中期 · 年度 · 计量单位 columns with percentages typed: an annual "
         "budget above the period budget, a 覆盖率 typed 108%, a 代偿率 with ≥")  # fmt: skip
def qv18() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 10, 12, 12, 12))
    project_head(
        s, year=2026, years=3, name="中小企业融资担保增信计划", dept="湘源市财政局（018）",
        unit="湘源市融资担保集团有限公司", attr="新增项目",
        money=period_money(
            (wan(1000), wan(1000), wan(0)),
            (mk(wan(1200), "B103", "error", row=True, note="the year above the period"),
             wan(1200), wan(0))),
        goals=["2026—2028年累计为900家中小企业提供融资担保，新增担保额15亿元，受助企业融资成本"
               "下降0.5个百分点。",
               "2026年为300家中小企业提供融资担保，新增担保额5亿元，担保代偿率控制在3%以内。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值")
    t106 = mk(pct(1.08), "T106", "error", alt=("D201",), note="a 覆盖率 typed 108%")
    t108 = mk("≥", "T108", "warning", row=True, alt=("D104",), note="a 代偿率 is 反向")
    tiered(s, (*header, "计量单位"), [
        ("产出指标", "数量指标", "新增融资担保服务中小企业", "≥", 900, 300, "家"),
        (None, None, "新增融资担保额", "≥", 15, 5, "亿元"),
        (None, "质量指标", "担保业务合规审查通过率", "≥", pct(0.98), pct(0.98), "%"),
        (None, None, "小微企业政策性担保覆盖率", "≥", pct(0.6), t106, "%"),
        (None, "时效指标", "担保申请平均办理时间", "≤", 5, 5, "个工作日"),
        ("成本指标", "经济成本指标", "单家企业担保费补贴上限", "≤", 2, 2, "万元/家"),
        ("效益指标", "经济效益指标", "受助企业融资成本下降", "≥", 0.5, 0.3, "百分点"),
        (None, "可持续影响指标", "中小企业融资担保代偿率", t108, 3, 3, "%"),
        ("满意度指标", "服务对象满意度指标", "受助企业满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "孟清扬", "岳嘉禾", "0731-8452067")
    return b
