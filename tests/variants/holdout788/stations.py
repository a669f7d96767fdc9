"""Rural e-commerce service stations: kdr01–kdr06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout788.common import book, indicators, notes, one_year, sign
from tests.variants.holdout788.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kdr01-station-build",
    (1, 7),
    "project, NAT-2021, header 绩效目标值 with operator and unit columns, typed percent "
    "cells, 万元 only in the number format (correct)",
)
def kdr01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="栗湾县村级电商服务站提质项目",
        dept="栗湾县商务局 214003",
        unit="栗湾县电子商务公共服务中心",
        money=one_year(86, 80, 6, WAN),
        goals=["新建村级电商服务站24个（其中脱贫村10个），年内全部通过验收并开通代购代销。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "新建村级电商服务站", "≥", 24, "个"),
        (None, None, "脱贫村新建服务站", "≥", 10, "个"),
        (None, "质量指标", "服务站验收合格率", "=", pct(1), "%"),
        (None, None, "服务站代购代销业务开通率", "≥", pct(0.95), "%"),
        (None, "时效指标", "建设任务按期完成率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "单站建设补助标准", "≤", 3, "万元/个"),
        ("效益指标", "经济效益指标", "服务站年代销农产品金额", "≥", 600, "万元"),
        (None, "社会效益指标", "带动脱贫户就近就业", "≥", 30, "人"),
        (None, "可持续影响指标", "服务站持续运营年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "村民对服务站服务满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, header, rows)
    sign(s, "韦秋岚", "0771-6318204", day(2025, 1, 10))
    return b


@variant(
    "kdr02-station-goal-mismatch",
    (11, 12),
    "project, OLD-NAT, one value column: the goal's station count against the indicator, a "
    "deadline in the year before, a subsidy standard × stations above the money",
)
def kdr02() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="榆坪县村级电商服务站运营补贴",
        dept="榆坪县商务局 311207",
        unit="榆坪县电商发展服务中心",
        money=one_year(40, 36, 4),
        goals=["全年扶持30个村级电商服务站运营，按站拨付运营补贴，年底前完成站点考核。"],
    )
    rows = [
        ("产出指标", "数量指标", "扶持运营的村级电商服务站",
         mk("≥25个", "D104", "warning", note="年度目标写扶持30个服务站，指标只有25个")),
        (None, None, "培训村级站长", "≥30人"),
        (None, "质量指标", "站点年度考核合格率", "≥90%"),
        (None, "时效指标", "站点考核完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年度的项目，考核期限却在2024年：上年申报表的残留")),
        (None, "成本指标", "单站运营补贴标准",
         mk("≤1.8万元/个", "B107", "warning", row=True,
            note="1.8万元 × 25个 = 45万元（× 30个 = 54万元），超过年度资金40万元")),
        ("效益指标", "经济效益指标", "服务站带动农产品网销额", "≥500万元"),
        (None, "社会效益指标", "带动农户增收户数", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "站长对补贴发放的满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, H4, rows)
    return b


@variant(
    "kdr03-station-department",
    (4, 12),
    "department, NAT-2021: budget and key tasks adding up, a 说明 row under the table, "
    "a signature line dated the year before (correct)",
)
def kdr03() -> Book:
    b, s = book("部门整体")
    tasks = [
        ("农村电商服务站运营补助", "30个村级服务站运营补贴", money(120), "服务站正常运营"),
        ("直播带货培训", "培训学员600人次", money(50), "学员能独立开播"),
        ("快递进村补助", "建制村快递进村末端补贴", money(40), "快递进村全覆盖"),
        ("金额合计", None, money(210), None),
    ]
    department_head(
        s,
        year=2025,
        dept="蒿坪县商务和粮食局",
        budget=[[money(520), money(480), money(40), money(310), money(210)]],
        tasks=tasks,
        goal="全年补助村级电商服务站30个；培训直播带货学员600人次"
        "（其中脱贫户200人次）；建制村快递进村全覆盖。",
    )
    rows = [
        ("产出指标", "数量指标", "运营补助的村级电商服务站", "≥30个"),
        (None, None, "直播带货培训学员", "≥600人次"),
        (None, None, "其中脱贫户学员", "≥200人次"),
        (None, "质量指标", "建制村快递进村覆盖率", "100%"),
        (None, None, "快递进村投诉率", "≤2%"),
        (None, "时效指标", "补助资金拨付时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "直播培训人均成本", "≤800元/人次"),
        ("效益指标", "经济效益指标", "服务站农产品网销额增长率", "≥8%"),
        (None, "社会效益指标", "带动农村创业就业", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]
    indicators(s, H4, rows)
    notes(s, "说明：培训学员含线上课程学员，按实名签到统计；600人次中含脱贫户200人次。")
    sign(s, "覃文卓", "0776-5520913", day(2024, 11, 26), "陆慧珍")
    return b


@variant(
    "kdr04-station-department-money",
    (12,),
    "department, NAT-2021: 资金总额 against its sources, key tasks against 金额合计, the "
    "same station count twice with two values",
)
def kdr04() -> Book:
    b, s = book("部门整体")
    total = mk(
        money(560),
        "B101",
        "error",
        note="财政拨款500 + 其他资金40 = 540，不是560（基本支出330 + 项目支出230 = 560）",
    )
    tasks = [
        ("电商服务站运营", "28个服务站运营补贴", money(130), "服务站正常运营"),
        ("电商人才培训", "直播与网店运营培训", money(60), "培训400人次"),
        ("农产品上行补助", "包装和品牌补助", money(45), "打造区域品牌2个"),
        ("金额合计", None, mk(money(230), "B102", "error",
                            note="130 + 60 + 45 = 235，与金额合计230不符")),
    ]  # fmt: skip
    department_head(
        s,
        year=2025,
        dept="槐岭县商务和信息化局",
        budget=[[total, money(500), money(40), money(330), money(230)]],
        tasks=tasks,
        goal="全年保障28个村级电商服务站运营，培训电商人才400人次，打造区域农产品品牌2个。",
    )
    rows = [
        ("产出指标", "数量指标", "村级电商服务站运营数量", "≥28个"),
        (None, None, "电商人才培训", "≥400人次"),
        (
            None,
            None,
            "村级电商服务站运营个数",
            mk(
                "≥26个",
                "D103",
                "error",
                alt=("D102", "D101"),
                row=True,
                note="与上两行的“运营数量”是同一指标，值却是26个和28个",
            ),
        ),
        (None, "质量指标", "培训学员结业率", "≥85%"),
        (None, "时效指标", "补贴资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单站年运营补贴", "≤4.5万元/个"),
        ("效益指标", "经济效益指标", "区域农产品品牌打造", "≥2个"),
        (None, "社会效益指标", "带动农户网上销售", "≥500户"),
        ("满意度指标", "服务对象满意度指标", "站点经营者满意度", "≥90%"),
    ]
    indicators(s, H4, rows)
    return b


@variant(
    "kdr05-station-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "indicator with different values in each project (correct)",
)
def kdr05() -> Book:
    b, s = book("项目表")
    project_head(
        s,
        year=2025,
        name="蒿坪镇电商服务站改造",
        dept="苇塘县商务局 402116",
        unit="苇塘县蒿坪镇人民政府",
        money=one_year(45, 40, 5),
        goals=["改造15个村级电商服务站，统一门头、货架和网络设备。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "改造村级电商服务站", "≥15个"),
        (None, "质量指标", "改造验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "单站改造补助", "≤3万元/个"),
        ("效益指标", "经济效益指标", "改造站点月均网销订单", "≥300单"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="沙溪口乡农产品上行站点运营",
        dept="苇塘县商务局 402116",
        unit="苇塘县沙溪口乡人民政府",
        money=one_year(28, 28, 0),
        title="",
        goals=["支持8个站点收购、分拣、包装和网销本乡茶叶与笋干。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "支持农产品上行站点", "≥8个"),
        (None, None, "网销农产品品类", "≥5类"),
        (None, "质量指标", "网销产品抽检合格率", "≥98%"),
        (None, "时效指标", "订单48小时发货率", "≥95%"),
        (None, "成本指标", "单站运营补助", "≤3.5万元/个"),
        ("效益指标", "经济效益指标", "茶叶和笋干网销额", "≥260万元"),
        (None, "社会效益指标", "带动茶农和笋农户数", "≥180户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "kdr06-station-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): weights "
    "short of 100, an indicator named after the year before",
)
def kdr06() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="岑口县供销合作社联合社",
        budget=[[money(300), money(280), money(20), money(180), money(120)]],
        goal="全年新增村级电商服务站20个，服务站总数达到96个，农产品网销额增长10%以上。",
    )
    header = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
    rows = [
        (mk("2024年新增村级电商服务站", "Y103", "warning", row=True, alt=("Y101",),
            note="2025年度的表，指标名仍写2024年：上年的残留"), 20, "个", "≥", 20),
        ("年末村级电商服务站总数", 15, "个", "≥", 96),
        ("服务站农产品网销额增长率", 20, "%", "≥", 10),
        ("服务站站长培训", 10, "人次", "≥", 120),
        ("站长培训人均成本", 10, "元/人次", "≤", 600),
        ("服务站经营者满意度", 20, "%", "≥", 90),
    ]  # fmt: skip
    indicators(s, header, rows, merged=())
    s.row("合计", 95)
    b.file_mark("W101", "error", note="权重 20+15+20+10+10+20 = 95，不是100")
    return b
