"""Village e-commerce service stations (村级电商服务站): kfh01–kfh06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout830.common import TIERS, new, notes, sign, table, wan
from tests.variants.holdout830.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct


@variant(
    "kfh01-station-build",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed "
    "percent cells, goal count with its parts in brackets (correct)",
)
def station_build() -> Book:
    b, s = new()
    project_head(
        s,
        year=2025,
        name="榆岭县村级电商服务站建设提升项目",
        dept="榆岭县商务局 307",
        unit="榆岭县电子商务服务中心",
        money=[
            ("资金总额", wan(180), "其中：财政拨款", wan(150)),
            ("其他资金", wan(30), None, None),
        ],
        goals=[
            "新建和提升村级电商服务站42个（其中新建30个、提升改造12个），培训站点代办员"
            "84人，带动农产品网络销售额2600万元以上。"
        ],
    )
    rows = [
        ("产出指标", "数量指标", "村级电商服务站建设数量", "≥", 42, "个"),
        (None, None, "服务站代办员培训人数", "≥", 84, "人"),
        (None, "质量指标", "服务站验收合格率", "=", pct(1), "%"),
        (None, None, "站点闲置率", "≤", pct(0.05), "%"),
        (None, "时效指标", "站点建成投用时间", "≤", day(2025, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "单站建设补助标准", "≤", 3.5, "万元/个"),
        ("效益指标", "经济效益指标", "服务站带动农产品网络销售额", "≥", 2600, "万元"),
        (None, "社会效益指标", "快递进村服务覆盖率", "≥", pct(0.98), "%"),
        (None, "可持续影响指标", "服务站持续运营年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "村民对服务站满意度", "≥", pct(0.9), "%"),
    ]
    table(s, (*TIERS, "比较符", "指标值", "计量单位"), rows)
    sign(s, "韦晓岚", "0773-6215408", day(2024, 11, 18))
    return b


@variant(
    "kfh02-station-department",
    (12,),
    "department, NAT-2021, key tasks and one value "
    "column: goal count against the indicator, tasks against 金额合计, a rate under 数量",
)
def station_department() -> Book:
    b, s = new("部门整体")
    goal = mk(
        "新建村级电商服务站35个，完成农村寄递网点整合，培训电商人才300人次。",
        "D104",
        "warning",
        required=False,
        note="the other end of the 35 / 40 conflict",
    )
    department_head(
        s,
        year=2025,
        dept="栗川县商务和粮食局",
        budget=[(wan(860), wan(800), wan(60), wan(310), wan(550))],
        tasks=[
            ("村级电商服务站新建", "新建村级服务站并配置设备", wan(320), "服务站投用"),
            ("农村物流配送", "整合寄递网点、开通配送线路", wan(150), "快递进村"),
            ("电商人才培训", "站长和代办员培训", wan(90), "培训300人次"),
            (
                "金额合计",
                None,
                mk(wan(550), "B102", "error", alt=("B101",), note="320 + 150 + 90 = 560, not 550"),
            ),
        ],
        goal=goal,
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "新建村级电商服务站数量",
            mk("≥40个", "D104", "warning", row=True, note="the goal says 35 stations"),
        ),
        (None, None, "电商人才培训人次", "≥300人次"),
        (
            None,
            None,
            "代办员培训考核合格率",
            mk("≥90%", "F201", "warning", row=True, note="a quality rate under 数量指标"),
        ),
        (None, "质量指标", "寄递网点整合达标率", "≥95%"),
        (None, "时效指标", "服务站建设完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤8万元/个"),
        ("效益指标", "社会效益指标", "行政村电商服务覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ]
    table(s, (*TIERS, "指标值"), rows)
    return b


@variant(
    "kfh03-station-stacked",
    (2, 4),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction name in both, a note row and signature lines (correct)",
)
def station_stacked() -> Book:
    b, s = new()
    project_head(
        s,
        year=2025,
        name="村级电商服务站运营补贴",
        dept="禾渡县商务局 211",
        unit="禾渡县电子商务进农村工作专班",
        money=[("资金总额", wan(96), "其中：财政拨款", wan(80)), ("其他资金", wan(16), None, None)],
        goals=["对年度考核合格的48个村级服务站给予运营补贴，保障站点全年正常服务。"],
    )
    table(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "获得运营补贴的服务站数量", "≥48个"),
            (None, "质量指标", "服务站年度考核合格率", "≥95%"),
            (None, "时效指标", "补贴资金拨付时间", "2025年12月15日前"),
            (None, "成本指标", "单站年度运营补贴", "≤2万元/个"),
            ("效益指标", "社会效益指标", "服务站年均代收代发包裹量", "≥1.5万件/个"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )
    s.row("注：单站运营补贴2万元 × 48个 = 96万元，与资金总额一致。", merge=[(1, 6)])
    s.skip()
    project_head(
        s,
        year=2025,
        name="县级电商公共服务中心运维",
        dept="禾渡县商务局 211",
        unit="禾渡县电子商务公共服务中心",
        title="",
        money=[("资金总额", wan(45), "其中：财政拨款", wan(40)), ("其他资金", wan(5), None, None)],
        goals=["保障县级电商公共服务中心全年开放，提供培训、摄影、品牌设计等公共服务。"],
    )
    table(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "中心全年开放天数", "≥300天"),
            (None, None, "提供产品拍摄和包装设计服务", "≥120次"),
            (None, "质量指标", "公共服务事项办结率", "≥98%"),
            (None, "时效指标", "服务需求响应时间", "≤2个工作日"),
            (None, "成本指标", "中心年度运维费用", "≤45万元"),
            ("效益指标", "经济效益指标", "入驻企业网络销售额", "≥3000万元"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
        ],
    )
    notes(s, "说明：两个项目分别申报，同名指标按各自项目考核。")
    sign(s, "覃立航", "0774-5832916", day(2024, 11, 26))
    return b


@variant(
    "kfh04-station-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "a year left in the 年度目标 from last season, a year's count above the period's",
)
def station_three_year() -> Book:
    b, s = new()
    annual = mk(
        "2024年建成乡镇电商物流分拨中心2个、村级服务站50个，培训站长50人。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2024: last season's 年度目标 left in place",
    )
    project_head(
        s,
        year=2025,
        years=3,
        name="杏埠县县乡村三级电商物流体系建设",
        attr="新增项目",
        dept="杏埠县商务局 402",
        unit="杏埠县邮政快递业发展服务中心",
        money=[
            ("中期资金总额", wan(900), "年度资金总额", wan(300)),
            ("其中：财政拨款", wan(750), "其中：财政拨款", wan(250)),
            ("其他资金", wan(150), "其他资金", wan(50)),
        ],
        goals=[
            "三年建成乡镇电商物流分拨中心6个、村级服务站150个，培训站长150人，"
            "形成县乡村三级物流网络。",
            annual,
        ],
    )
    table(
        s,
        (*TIERS, "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "村级服务站建设数量", "≥150个", "≥50个"),
            (
                None,
                None,
                "乡镇电商物流分拨中心建设数量",
                "≥6个",
                mk("≥8个", "D201", "error", note="8 centres in one year, 6 over the period"),
            ),
            (None, None, "服务站站长培训人数", "≥150人", "≥50人"),
            (None, "质量指标", "分拨中心验收合格率", "100%", "100%"),
            (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "村级服务站单站建设成本", "≤3万元/个", "≤3万元/个"),
            ("效益指标", "社会效益指标", "快递包裹进村时限缩短", "≥1天", "≥1天"),
            (None, "可持续影响指标", "分拨中心持续运营年限", "≥5年", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "kfh05-station-flat",
    (3, 1, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, a 下降率 with ≥ (correct)",
)
def station_flat() -> Book:
    b, s = new("整体绩效目标")
    department_head(
        s,
        year=2025,
        dept="鹤汀县电子商务发展中心",
        budget=[(wan(620), wan(600), wan(20), wan(260), wan(360))],
        goal="运营村级电商服务站120个，快递进村平均时长缩短，带动农产品网络零售额增长。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("村级电商服务站运营数量", 20, "个", "≥", 120),
            ("站点快递代收代发件量", 15, "万件", "≥", 36),
            ("快递进村平均时长下降率", 10, "%", "≥", pct(0.1)),
            ("站点服务投诉率", 10, "%", "≤", pct(0.02)),
            ("农产品网络零售额增长率", 15, "%", "≥", pct(0.12)),
            ("服务站站长培训人数", 10, "人", "≥", 150),
            ("单站运营补助标准", 10, "万元/个", "≤", 1.5),
            ("村民满意度", 10, "%", "≥", pct(0.9)),
            ("合计", 100, None, None, None),
        ]
    )
    sign(s, "蒙诗雨", "0775-7308164", day(2024, 12, 2))
    return b


@variant(
    "kfh06-station-export",
    (7, 9),
    "budget-system export: money on sheet 05-1, indicators "
    "on sheet 05-2 with codes in the first columns, header on the third row: a near-duplicate, "
    "a template example row, a date serial",
)
def station_export() -> Book:
    b, s = new("部门项目支出预算05-1", (20, 26, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("52262525T000031", "农村寄递物流体系建设", money(210), money(200), money(10))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 22, 12, 14, 30, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：苇塘县交通运输局")
    dup = mk(
        "≥110个",
        "D103",
        "warning",
        row=True,
        alt=("D102", "D101"),
        note="the same coverage count as the row above with 量 added, another value",
    )
    first = mk("≥120个", "D103", "warning", row=True, required=False, alt=("D102", "D101"))
    code, name = "52262525T000031", "农村寄递物流体系建设"
    table(
        t,
        ("项目编码", "项目名称", *TIERS, "指标值"),
        [
            (code, name, "产出指标", "数量指标", "村级寄递物流综合服务站建设数", "≥70个"),
            (None, None, None, None, "建制村快递进村覆盖数", first),
            (None, None, None, None, "农村客货邮融合线路开通数", "≥6条"),
            (None, None, None, None, "建制村快递进村覆盖数量", dup),
            (
                None,
                None,
                None,
                None,
                "（示例）培训人次",
                mk("≥**人次", "X101", "error", row=True, note="the template's example row left in"),
            ),
            (None, None, None, "质量指标", "综合服务站验收合格率", "≥95%"),
            (
                None,
                None,
                None,
                "时效指标",
                "综合服务站建成时间",
                mk("45961", "X104", "warning", note="a date serial (2025-10-31) stored as text"),
            ),
            (None, None, "成本指标", "经济成本指标", "单站建设补助", "≤2.8万元/个"),
            (None, None, "效益指标", "社会效益指标", "快递进村平均时长", "≤48小时"),
            (None, None, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b
