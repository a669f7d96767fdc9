"""Points at two levels (tier-1 labels with 分值 and a score per indicator), weights typed as
percentages or as numbers, rates changed in 百分点, 中期 and 年度 columns (re07–re12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout255.common import (
    ONE,
    PTS,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout255.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("re07-incubator-two-level-points", (5, 10), "one-year project, NAT-2021, tier-1 "
         "labels with points (50/10/30/10) and a score per indicator adding to each, a 合计 "
         "row of 100, 提高≥5百分点 (correct)")  # fmt: skip
def re07() -> Book:
    b, s = book("Sheet1", (16, 16, 32, 18, 10))
    project_head(
        s, year=2026, name="科技企业孵化器运营补助", dept="柏溪县科学技术局（115）",
        unit="柏溪县科技企业孵化中心",
        money=one_year_money(wan(260), wan(260), wan(0)),
        goals=["2026年孵化器在孵科技型企业不少于80家，举办创新创业活动24场以上，在孵企业研发"
               "投入增长10%以上，高企认定通过比例较上年提高5个百分点。"],
    )  # fmt: skip
    indicators(s, PTS, [
        ("产出指标（50分）", "数量指标", "在孵科技型企业数量", "≥80家", 10),
        (None, None, "创新创业活动场次", "≥24场", 10),
        (None, "质量指标", "新入孵企业中科技型企业占比", "≥80%", 10),
        (None, None, "在孵企业知识产权申请覆盖率", "≥60%", 10),
        (None, "时效指标", "运营补助拨付时间", "2026年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "单家在孵企业年均补助", "≤2.5万元/家", 10),
        ("效益指标（30分）", "经济效益指标", "在孵企业研发投入增长率", "≥10%", 10),
        (None, "社会效益指标", "在孵企业高企认定通过比例较上年提高", "≥5百分点", 10),
        (None, "可持续影响指标", "孵化服务与退出管理机制", "健全", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "在孵企业满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "注：一级指标分值为其下各三级指标分值之和，总分100分。", 5)
    sign(s, "杜映川", "苏念白", "0592-66318027")
    return b


@variant("re08-cloud-points-short", (5, 10), "one-year project, NAT-2021, tier-1 labels with "
         "points: 产出 declared 50 but its scores add to 45, a 及时率 under 数量指标, a "
         "百分点 name with a % value")  # fmt: skip
def re08() -> Book:
    b, s = book("Sheet1", (16, 16, 32, 18, 10))
    project_head(
        s, year=2026, name="政务云资源扩容及迁移上云项目", dept="鹤岭市数字政府建设中心（620）",
        unit="鹤岭市数字政府建设中心",
        money=one_year_money(wan(540), wan(500), wan(40)),
        goals=["2026年扩容政务云计算资源2000核，完成25个业务系统迁移上云，云平台可用率不低于"
               "99.9%，政务数据共享率较上年提高5个百分点。"],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the scores add to 95 (a consequence)")
    indicators(s, PTS, [
        (mk("产出指标（50分）", "W103", "error", alt=("W101",), note="10+10+5+10+10 = 45"),
         "数量指标", "政务云计算资源扩容", "≥2000核", 10),
        (None, None, "迁移上云业务系统数", "≥25个", 10),
        (None, None, mk("安全漏洞修复及时率", "F201", "warning", note="a 时效 indicator"),
         "≥95%", 5),
        (None, "质量指标", "云平台可用率", "≥99.9%", 10),
        (None, "时效指标", "业务系统迁移上云完成时间", "2026年9月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "单个系统迁移上云费用", "≤8万元/个", 10),
        ("效益指标（30分）", "社会效益指标",
         mk("政务数据共享率提高百分点", "T119", "warning", row=True, alt=("D104",),
            note="5百分点 or 5%?"),
         "≥5%", 10),
        (None, None, "业务系统年均宕机时长", "≤8小时", 10),
        (None, "可持续影响指标", "政务云资源统筹调度机制", "健全", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "上云部门满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "严泊舟", "卢清禾", "0745-82236619")
    return b


@variant("re09-data-sharing-percent-weights", (1, 5, 10), "one-year project, NAT-2021, "
         "numbered tier-2 labels, weights typed as Excel percentages adding to 100 %, 提高≥10个"
         "百分点, 150 interfaces × ≤1.2万元 within 300万元 (correct)")  # fmt: skip
def re09() -> Book:
    b, s = book("Sheet1", (14, 18, 32, 18, 10))
    project_head(
        s, year=2026, name="公共数据共享交换能力建设", dept="青陂县数据资源局（009）",
        unit="青陂县数据资源局",
        money=one_year_money(wan(300), wan(300), wan(0)),
        goals=["2026年归集政务数据5000万条，新增数据共享接口150个，数据目录挂接率较上年提高10个"
               "百分点，减少群众重复提交证明材料20万份以上。"],
    )  # fmt: skip
    w = pct(0.1)
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "（一）数量指标", "归集政务数据量", "≥5000万条", w),
        (None, None, "新增数据共享接口", "≥150个", w),
        (None, "（二）质量指标", "共享数据质量合格率", "≥98%", w),
        (None, None, "数据目录挂接率较上年提高", "≥10个百分点", w),
        (None, "（三）时效指标", "数据共享申请平均办结时长", "≤3个工作日", w),
        ("成本指标", "（一）经济成本指标", "单个数据接口开发成本", "≤1.2万元/个", w),
        ("效益指标", "（一）社会效益指标", "减少群众重复提交证明材料", "≥20万份", pct(0.15)),
        (None, None, "共享数据调用次数", "≥300万次", w),
        (None, "（二）可持续影响指标", "数据共享安全管理制度", "健全", pct(0.05)),
        ("满意度指标", "（一）服务对象满意度指标", "数据使用部门满意度", "≥90%", w),
    ])  # fmt: skip
    s.row("合计", None, None, None, pct(1), merge=[(1, 4)])
    sign(s, "韦望舒", "邵启文", "0797-68420153")
    return b


@variant("re10-voucher-weights-dates", (10,), "one-year project, NAT-2021, a 权重(%) column "
         "adding to 95, a 兑付率 given in 家, a completion date in the next year")  # fmt: skip
def re10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 10))
    project_head(
        s, year=2025, name="科技创新券补助", dept="桐垣市科学技术局（233）",
        unit="桐垣市科技创新服务中心",
        end=mk(day(2026, 12, 31), "Y102", "error", alt=("Y101",), note="项目期1年, 2025"),
        money=one_year_money(wan(900), wan(900), wan(0)),
        goals=["2025年支持260家以上科技型中小企业使用科技创新券购买科技服务，带动企业科技服务"
               "支出2000万元以上，企业满意度不低于90%。"],
    )  # fmt: skip
    b.file_mark("W101", "error", note="10 × 8 + 15 = 95, not 100")
    indicators(s, (*ONE, "权重（%）"), [
        ("产出指标", "数量指标", "使用创新券企业数", "≥260家", 10),
        (None, None, "入驻科技服务机构数", "≥30家", 10),
        (None, "质量指标", "创新券兑付率",
         mk("≥200家", "T105", "error", note="a rate given as a count"), 10),
        (None, None, "兑付审核差错率", "≤1%", 10),
        (None, "时效指标", "兑付资金到账时限", "≤15个工作日", 10),
        ("成本指标", "经济成本指标", "单家企业年度兑付上限", "≤3万元/家", 10),
        ("效益指标", "经济效益指标", "带动企业科技服务支出", "≥2000万元", 10),
        (None, "社会效益指标", "首次购买科技服务企业占比", "≥40%", 10),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", 15),
    ])  # fmt: skip
    sign(s, "祁少游", "冉秋水", "0536-87250941")
    return b


@variant("re11-one-network-pp-growth", (8, 10), "three-year project, 中期/年度 columns: a "
         "增长率 ≥200 % / ≥120 %, 提高≥30/≥10个百分点, cumulative counts smaller in the year, "
         "a unit cost equal in both (correct)")  # fmt: skip
def re11() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 18, 18))
    project_head(
        s, year=2026, years=3, name="“免证办”与“一件事一次办”深化项目",
        dept="澧原市行政审批局（102）", unit="澧原市政务服务中心",
        money=period_money((wan(1500), wan(1300), wan(200)), (wan(520), wan(460), wan(60))),
        goals=["到2028年新增“免证办”事项300项，上线“一件事一次办”主题服务36个，电子证照调用量"
               "增长两倍以上。",
               "2026年新增“免证办”事项100项，上线主题服务12个，电子证照共享应用率提高10个"
               "百分点。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新增“免证办”政务服务事项", "≥300项", "≥100项"),
        (None, None, "“一件事一次办”主题服务上线数", "≥36个", "≥12个"),
        (None, "质量指标", "政务服务事项全程网办率", "≥85%", "≥75%"),
        (None, None, "电子证照共享应用率较基期提高", "≥30个百分点", "≥10个百分点"),
        (None, "时效指标", "承诺件平均办理时限", "≤3个工作日", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单个主题服务开发成本", "≤25万元/个", "≤25万元/个"),
        ("效益指标", "经济效益指标", "电子证照调用量增长率", "≥200%", "≥120%"),
        (None, "社会效益指标", "办事提交材料减少比例", "≥50%", "≥30%"),
        (None, "可持续影响指标", "电子证照共享应用机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "办事企业群众满意度", "≥92%", "≥90%"),
    ])  # fmt: skip
    sign(s, "沈穆之", "甘若晴", "0736-72458810")
    return b


@variant("re12-data-directory-period", (8,), "two-year project, 中期/年度 columns: an annual "
         "count above the period one, a cumulative count equal in both")  # fmt: skip
def re12() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 18, 18))
    project_head(
        s, year=2026, years=2, name="政务数据资源目录治理项目", attr="新增项目",
        dept="岚桥市大数据局（071）", unit="岚桥市公共数据运营中心",
        money=period_money((wan(600), wan(560), wan(40)), (wan(320), wan(300), wan(20))),
        goals=["到2027年全市40个部门接入共享交换平台，归集政务数据目录1200条，新建共享接口160个。",
               "2026年新建共享接口90个，共享数据质量合格率不低于95%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "接入共享交换平台的部门数", "≥40个",
         mk("≥45个", "D201", "error", row=True, note="45 of 40 in the first year")),
        (None, None, "归集政务数据目录", "≥1200条",
         mk("≥1200条", "D202", "warning", row=True, note="a cumulative count over two years")),
        (None, None, "新建数据共享接口", "≥160个", "≥90个"),
        (None, "质量指标", "共享数据质量合格率", "≥98%", "≥95%"),
        (None, "时效指标", "数据共享申请响应时间", "≤2个工作日", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单个共享接口开发成本", "≤1.5万元/个", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "数据共享支撑“免证办”事项", "≥200项", "≥120项"),
        (None, "可持续影响指标", "公共数据共享管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "数据需求部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "喻闻笛", "黎照川", "0734-83160275")
    return b
