"""Points at two levels (a tier-1 score in the label, a score per indicator), weights that
leave 10 to 预算执行率, 百分点, and department tables with their money blocks: neighbourhood
commerce, cold chains, home-furnishing fairs and two 商务局 (ri13–ri18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout259.common import (
    DIR,
    ONE,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout259.registry import variant
from tests.variants.kit import Book, mk, pct

SCORED = (*DIR, "分值")


@variant("ri13-neighbourhood-points", (10, 11), "one-year project, NAT-2021, tier-1 labels with "
         "points and a score per indicator (both levels add to 100), a rise in 个百分点, a "
         "deadline marked 反向 (correct)")  # fmt: skip
def ri13() -> Book:
    b, s = book("Sheet1", (18, 16, 30, 16, 12, 10))
    project_head(
        s, year=2026, name="社区一刻钟便民生活圈建设项目", dept="澄湖县商务局（129）",
        unit="澄湖县商务局", money=one_year_money(wan(200), wan(160), wan(40)),
        goals=["2026年新建改造社区便民生活圈8个，引进品牌连锁便利店20家，提升社区便民消费"
               "设施覆盖水平。"],
    )  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标（40分）", "数量指标", "新建改造社区便民生活圈", "≥8个", "正向", 10),
        (None, None, "引进品牌连锁便利店", "≥20家", "正向", 10),
        (None, "质量指标", "便民网点业态达标率", "≥90%", "正向", 10),
        (None, "时效指标", "建设任务完成时间", "2026年11月30日前", "反向", 10),
        ("成本指标（20分）", "经济成本指标", "单个生活圈建设补助", "≤20万元/个", "反向", 10),
        (None, "社会成本指标", "改造施工扰民投诉", "≤5件", "反向", 10),
        ("效益指标（30分）", "经济效益指标", "社区商业网点销售额增长率", "≥10%", "正向", 10),
        (None, "社会效益指标", "社区便民消费设施覆盖率提升幅度", "≥5个百分点", "正向", 10),
        (None, "可持续影响指标", "便民网点持续经营率", "≥90%", "正向", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "社区居民满意度", "≥90%", "正向", 10),
    ])  # fmt: skip
    sign(s, "易晓彤", "贺建军", "0731-84519027")
    return b


@variant("ri14-assistance-hall-points", (10, 11), "one-year project, NAT-2021, numbered tier-1 "
         "labels with points and a score per indicator: the 效益 scores short of its 30 points, "
         "≤ on a 增长率 declared 正向")  # fmt: skip
def ri14() -> Book:
    b, s = book("Sheet1", (20, 16, 30, 16, 12, 10))
    project_head(
        s, year=2026, name="农产品消费帮扶专馆运营项目", dept="鸿渡县商务局（216）",
        unit="鸿渡县消费帮扶中心", money=one_year_money(wan(90), wan(90), wan(0)),
        goals=["2026年运营消费帮扶专馆，引入帮扶产品企业50家以上，举办展销活动12场，实现帮扶"
               "产品销售额1500万元以上。"],
    )  # fmt: skip
    benefit = mk("三、效益指标（30分）", "W103", "error", alt=("W101",), note="10 + 10 + 5 = 25")
    indicators(s, SCORED, [
        ("一、产出指标（50分）", "数量指标", "入驻帮扶产品企业", "≥50家", "正向", 10),
        (None, None, "上架帮扶产品品类", "≥300个", "正向", 10),
        (None, None, "举办展销活动场次", "≥12场", "正向", 10),
        (None, "质量指标", "上架产品抽检合格率", "≥98%", "正向", 10),
        (None, "时效指标", "专馆开馆运营时间", "2026年4月30日前", "反向", 10),
        ("二、成本指标（10分）", "经济成本指标", "专馆年度运营成本", "≤85万元", "反向", 10),
        (benefit, "经济效益指标", "帮扶产品销售额", "≥1500万元", "正向", 10),
        (None, None, "帮扶产品销售额增长率",
         mk("≤8%", "T108", "warning", row=True, note="a 增长率 declared 正向: ≥8% meant"),
         "正向", 10),
        (None, "社会效益指标", "带动脱贫户增收户数", "≥400户", "正向", 5),
        ("四、满意度指标（10分）", "服务对象满意度指标", "采购单位满意度", "≥90%", "正向", 10),
    ])  # fmt: skip
    sign(s, "甘露", "柯志远", "0719-63027751")
    return b


@variant("ri15-cold-chain-weights-90", (8, 10), "two-year project, NAT-2021, 中期 and 年度 "
         "columns and 权重 adding to 90 with a footnote leaving 10 to 预算执行率, a fall in "
         "百分点 on a 损耗率 (correct)")  # fmt: skip
def ri15() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 10))
    project_head(
        s, year=2026, years=2, attr="新增项目", name="农产品冷链物流设施补短板项目",
        dept="苇塘县商务局（337）", unit="苇塘县商务局",
        money=period_money((wan(700), wan(600), wan(100)), (wan(350), wan(300), wan(50))),
        goals=["2026年—2027年新建改造冷库库容2万吨，新增冷藏运输车辆30辆，农产品产后损耗率"
               "下降3个百分点以上。",
               "2026年新建改造冷库库容1万吨，新增冷藏运输车辆15辆。"],
    )  # fmt: skip
    indicators(s, (*TWO, "权重"), [
        ("产出指标", "数量指标", "新建改造冷库库容", "≥2万吨", "≥1万吨", 10),
        (None, None, "新增冷藏运输车辆", "≥30辆", "≥15辆", 10),
        (None, "质量指标", "冷库建设验收合格率", "=100%", "=100%", 10),
        (None, "时效指标", "冷库建设节点完成时间", "2027年10月31日前", "2026年12月31日前", 10),
        ("成本指标", "经济成本指标", "单位库容建设补助", "≤250元/吨", "≤250元/吨", 10),
        ("效益指标", "经济效益指标", "农产品产后损耗率下降幅度", "≥3个百分点", "≥2个百分点", 10),
        (None, "社会效益指标", "带动农户增收户数", "≥1200户", "≥600户", 10),
        (None, "可持续影响指标", "冷链设施持续运营年限", "≥10年", "≥10年", 10),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：预算执行率（权重10）由财政部门另行评价，本表权重合计90。")
    sign(s, "鲍春燕", "魏长青", "0517-86624093")
    return b


@variant("ri16-home-fair-weights-95", (10,), "one-year project, NAT-2021, a 权重 column "
         "adding to 95 with no word of 预算执行率, an indicator below the number the goal "
         "promises")  # fmt: skip
def ri16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="家居焕新消费季展销活动项目", dept="嵩溪市商务局（118）",
        unit="嵩溪市商务局", money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年举办家居焕新展销活动4场，吸引80家以上家居企业参展，带动家居消费1.5亿元"
               "以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "举办家居焕新展销活动",
         mk("≥3场", "D104", "warning", row=True, note="the goal promises 4场"), 10),
        (None, None, "参展家居企业数量", "≥80家", 10),
        (None, "质量指标", "参展产品质量抽检合格率", "≥98%", 10),
        (None, "时效指标", "活动资金清算完成时间", "2026年12月15日前", 10),
        ("成本指标", "经济成本指标", "单场活动组织费用", "≤30万元", 10),
        ("效益指标", "经济效益指标", "带动家居消费额", "≥1.5亿元", 15),
        (None, "社会效益指标", "以旧换新回收旧家具", "≥2000件", 10),
        (None, "可持续影响指标", "家居消费季常态化工作机制", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "参与消费者满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 95, not 100 (nor 90)")
    sign(s, "祁文静", "戴国华", "0371-65208847")
    return b


@variant("ri17-commerce-bureau-department", (1, 10, 11), "department table: 占比 typed as "
         "percentages, tasks adding to 项目支出, numbered tier-1 labels with points and a score "
         "per indicator, a rise in 个百分点, a bare 100% (correct)")  # fmt: skip
def ri17() -> Book:
    b, s = book("Sheet1", (18, 16, 30, 16, 12, 10))
    share = [pct(v, "0.00%") for v in (1, 0.9328, 0.0672, 0.5522, 0.4478)]
    department_head(
        s, year=2026, dept="澜溪县商务局",
        budget=[(wan(2680), wan(2500), wan(180), wan(1480), wan(1200)), share],
        tasks=[("消费促进", "发放消费券，举办促消费系列活动", wan(600), "提振县域消费"),
               ("县域商业体系建设", "改造乡镇商贸中心和村级便民商店", wan(350), "完善商业网络"),
               ("老字号保护传承", "支持老字号企业传承技艺、创新发展", wan(150), "老字号稳定经营"),
               ("电子商务进农村", "运营县级电商公共服务中心", wan(100), "农村网络零售额稳步增长"),
               ("金额合计", None, wan(1200), None)],
        goal="2026年发放消费券10万张、举办促消费活动24场，支持15家老字号企业传承发展，推动"
             "全县社会消费品零售总额增长6%以上。",
    )  # fmt: skip
    indicators(s, SCORED, [
        ("1.产出指标（40分）", "数量指标", "发放消费券", "≥10万张", "正向", 8),
        (None, None, "举办促消费活动场次", "≥24场", "正向", 8),
        (None, None, "支持老字号企业数量", "≥15家", "正向", 8),
        (None, "质量指标", "消费券资金兑付准确率", pct(1), "正向", 8),
        (None, "时效指标", "年度重点任务完成时间", "2026年12月31日前", "反向", 8),
        ("2.成本指标（10分）", "经济成本指标", "单场促消费活动平均组织成本", "≤8万元/场",
         "反向", 10),
        ("3.效益指标（40分）", "经济效益指标", "社会消费品零售总额增速", "≥6%", "正向", 10),
        (None, None, "社会消费品零售总额增速高于全市平均水平", "≥0.5个百分点", "正向", 10),
        (None, None, "网络零售额增长率", "≥12%", "正向", 10),
        (None, "社会效益指标", "消费投诉案件按期办结率", "≥98%", "正向", 10),
        ("4.满意度指标（10分）", "服务对象满意度指标", "企业和群众满意度", "≥90%", "正向", 10),
    ])  # fmt: skip
    sign(s, "罗嘉怡", "邱明德", "0738-82315064")
    return b


@variant("ri18-commerce-bureau-sums", (12,), "department table, NAT-2021, direction column: "
         "资金总额 not 基本支出 + 项目支出, tasks short of their 金额合计, a satisfaction target "
         "of 65%")  # fmt: skip
def ri18() -> Book:
    b, s = book("Sheet1", (18, 16, 30, 16, 12, 12))
    total = mk(wan(1850), "B101", "error", row=True, note="1200 + 600 = 1800, not 1850")
    department_head(
        s, year=2026, dept="苇塘县商务局",
        budget=[(total, wan(1700), wan(150), wan(1200), wan(600))],
        tasks=[("消费促进", "发放消费券，举办促消费活动", wan(260), "活跃城乡消费市场"),
               ("县域商业体系建设", "改造提升乡镇商贸中心", wan(200), "补齐农村商业设施短板"),
               ("电子商务进农村", "建设村级电商服务站点", wan(120), "畅通农产品上行渠道"),
               ("金额合计", None, mk(wan(600), "B102", "error", row=True,
                                     note="260 + 200 + 120 = 580, not 600"), None)],
        goal="2026年发放消费券5万张，举办促消费活动12场，改造提升乡镇商贸中心4个。",
    )  # fmt: skip
    indicators(s, DIR, [
        ("产出指标", "数量指标", "发放消费券", "≥5万张", "正向"),
        (None, None, "举办促消费活动", "≥12场", "正向"),
        (None, None, "改造提升乡镇商贸中心", "≥4个", "正向"),
        (None, "质量指标", "商贸中心改造验收合格率", "=100%", "正向"),
        (None, "时效指标", "消费券资金兑付时限", "≤7个工作日", "反向"),
        ("成本指标", "经济成本指标", "单场促消费活动组织成本", "≤10万元/场", "反向"),
        ("效益指标", "经济效益指标", "社会消费品零售总额增速", "≥5%", "正向"),
        (None, "社会效益指标", "农村电商服务站点行政村覆盖率", "≥85%", "正向"),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度",
         mk("≥65%", "T114", "warning", note="far below the usual 85–95%"), "正向"),
    ])  # fmt: skip
    sign(s, "郑晓梅", "包永刚", "0553-58820316")
    return b
