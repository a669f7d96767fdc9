"""Bilingual signage: replacement, a signage system over three years, multilingual signs."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout794.common import YEAR, indicators, sign, start, wan
from tests.variants.holdout794.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

DEPT = "澜屿县文化和旅游局（417）"


@variant(
    "kdx07-signage-bilingual",
    (7,),
    "project, NAT-2021, headers 指标内容 and 绩效标准, a text =100%, a cost that equals its "
    "money (correct)",
)
def signage_bilingual() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="雁塘古镇景区中英双语导览标识更换项目",
        dept=DEPT,
        unit="雁塘古镇景区管理处",
        attr="一次性项目",
        money=[
            ("资金总额", wan(120), "其中：财政拨款", wan(100)),
            ("其他资金", wan(20), None, None),
        ],
        goals=["更换雁塘古镇景区中英双语导览标识牌240块（含全景导览图18块），9月底前完成。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            ("产出指标", "数量指标", "更换中英双语标识牌数量", "≥240块"),
            (None, None, "更换全景导览图数量", "≥18块"),
            (None, "质量指标", "英文译写规范率", "=100%"),
            (None, None, "标识牌安装验收合格率", "≥98%"),
            (None, "时效指标", "标识更换完成时间", "2025年9月30日前"),
            ("成本指标", "经济成本指标", "单块标识牌平均成本", "≤0.5万元/块"),
            ("效益指标", "社会效益指标", "游客问路咨询量下降率", "≥20%"),
            (None, "可持续影响指标", "标识日常巡查维护机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "境外游客对标识满意度", "≥90%"),
        ],
    )
    sign(s, "顾临汐", "0743-6652271")
    return b


@variant(
    "kdx08-signage-system",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, the period's counts beside smaller "
    "annual ones, a later year the work prepares for (correct)",
)
def signage_system() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="澜屿县全域旅游双语标识系统建设项目",
        dept=DEPT,
        unit="澜屿县旅游发展服务中心",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(270), "年度资金总额", wan(99)),
            ("其中：财政拨款", wan(240), "其中：财政拨款", wan(90)),
            ("其他资金", wan(30), "其他资金", wan(9)),
        ],
        goals=[
            "设置双语旅游标识600块，覆盖全县15个A级景区和主要交通节点，为2028年创建省级全域旅游"
            "示范区打下基础。",
            "设置双语旅游标识220块，覆盖6个A级景区（含4个4A级景区）。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "设置双语旅游标识数量", "≥600块", "≥220块"),
            (None, None, "覆盖A级景区数量", "≥15个", "≥6个"),
            (None, "质量指标", "标识译写规范率", "=100%", "=100%"),
            (None, "时效指标", "年度任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "单块标识平均造价", "≤0.45万元/块", "≤0.45万元/块"),
            ("效益指标", "社会效益指标", "游客自助导览使用率", "≥60%", "≥50%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "顾临汐", "0743-6652271")
    return b


@variant(
    "kdx09-signage-goal-mismatch",
    (12,),
    "project, NAT-2021, one value column and a 备注: a count and an error rate the goal gives "
    "otherwise, a unit cost × count above the money",
)
def signage_goal_mismatch() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="雁塘古镇、枫垭峡谷景区多语种标识设置项目",
        dept=DEPT,
        unit="澜屿县旅游发展服务中心",
        attr="一次性项目",
        money=[
            ("资金总额", wan(120), "其中：财政拨款", wan(100)),
            ("其他资金", wan(20), None, None),
        ],
        goals=[
            "在雁塘古镇、枫垭峡谷两处景区新设中英日韩四语标识牌180块，译写差错率控制在1%以内，"
            "8月31日前全部完成安装。"
        ],
    )
    cost = mk("≤0.9万元/块", "B107", "warning", note="180 (or 150) × 0.9 > 120")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "备注"),
        [
            (
                "产出指标",
                "数量指标",
                "新设多语种标识牌数量",
                mk("≥150块", "D104", "warning", note="goal: 180块"),
                None,
            ),
            (None, None, "覆盖景区数量", "≥2个", "雁塘古镇、枫垭峡谷"),
            (
                None,
                "质量指标",
                "标识译写差错率",
                mk("≤3%", "D104", "warning", note="goal: 1%以内"),
                None,
            ),
            (None, "时效指标", "标识安装完成时间", "2025年8月31日前", None),
            ("成本指标", "经济成本指标", "单块标识牌制作安装成本", cost, "含设计、译写、安装"),
            ("效益指标", "社会效益指标", "境外游客自助游览便利度", "提升", None),
            ("满意度指标", "服务对象满意度指标", "境外游客满意度", "≥90%", None),
        ],
    )
    sign(s, "何簌簌", "0743-6652309")
    return b


@variant(
    "kdx10-signage-duplicates",
    (11,),
    "project, OLD-NAT, operator in words in a 指标方向 column, unit column: one indicator twice "
    "with the same value, one under two tier-2s with different values",
)
def signage_duplicates() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="鹤汀湖景区双语标识维护更新项目",
        dept=DEPT,
        unit="鹤汀湖景区管理委员会",
        money=[("资金总额", wan(40), "其中：财政拨款", wan(40)), ("其他资金", wan(0), None, None)],
        goals=["维护鹤汀湖景区双语标识牌260块，更换破损标识牌80块，10月底前完成。"],
    )
    dup = mk("双语标识牌更换数量", "D101", "warning", row=True, note="same as two rows up")
    again = mk("英文译写规范率", "D102", "error", row=True, alt=("D103", "D101", "F201"))
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "双语标识牌更换数量", "大于等于", 80, "块"),
            (None, None, "双语标识牌维护数量", "大于等于", 260, "块"),
            (None, None, dup, "大于等于", 80, "块"),
            (None, "质量指标", "英文译写规范率", "大于等于", 95, "%"),
            (None, "时效指标", "维护更新完成时间", "小于等于", day(YEAR, 10, 31), None),
            (None, "成本指标", "单块标识更换成本", "小于等于", 0.4, "万元/块"),
            ("效益指标", "社会效益指标", again, "大于等于", 98, "%"),
            (None, None, "标识损坏投诉率", "小于等于", 2, "%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "大于等于", 90, "%"),
        ],
    )
    sign(s, "梅知远", "0743-6625190")
    return b


@variant(
    "kdx11-signage-export",
    (1, 7, 9),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in the first "
    "columns and the header on the third row, typed percents, a 0起 count (correct)",
)
def signage_export() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位名称：澜屿县文化和旅游局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("52088125T000031", "景区标识标牌规范化整治", wan(58), wan(50), wan(8))
    s.row("合计", None, wan(58), wan(50), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 12, 16, 28, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：澜屿县文化和旅游局")
    code, name = "52088125T000031", "景区标识标牌规范化整治"
    rows: list[tuple[object, ...]] = [
        ("产出指标", "数量指标", "整治不规范标识牌数量", "≥", 150, "块"),
        ("产出指标", "质量指标", "整治后标识规范化合格率", "≥", pct(0.95), "%"),
        ("产出指标", "质量指标", "英文译写规范率", "=", C("=100%"), None),
        ("产出指标", "时效指标", "整治完成时间", "≤", day(YEAR, 11, 30), None),
        ("成本指标", "经济成本指标", "单块标识整治成本", "≤", 0.35, "万元/块"),
        ("效益指标", "社会效益指标", "标识设置引发安全事故", "≤", 0, "起"),
        ("效益指标", "社会效益指标", "游客标识错误投诉下降率", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ]
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"
    )
    for r in rows:
        t.row(code, name, *r)
    return b


@variant(
    "kdx12-signage-years",
    (4,),
    "one-year project, OLD-NAT, signature lines: a plan end in the next year, a 年度目标 left "
    "from last season, a deadline in last year",
)
def signage_years() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="枫垭峡谷景区破损双语标识更换项目",
        dept=DEPT,
        unit="枫垭峡谷景区管理处",
        attr="一次性项目",
        start=day(YEAR, 3, 1),
        end=mk(day(YEAR + 1, 6, 30), "Y102", "error", alt=("Y101",), note="1年 project"),
        money=[("资金总额", wan(38), "其中：财政拨款", wan(38)), ("其他资金", wan(0), None, None)],
        goals=[
            mk(
                "2024年完成枫垭峡谷景区破损双语标识牌更换95块，译写规范、安装牢固。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="last season's goal",
            )
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "更换破损双语标识牌数量", "≥95块"),
            (None, "质量指标", "译写规范率", "≥98%"),
            (
                None,
                "时效指标",
                "标识更换完成时间",
                mk("2024年10月31日前", "Y102", "error", alt=("Y101", "Y103")),
            ),
            (None, "成本指标", "单块标识更换成本", "≤0.4万元/块"),
            ("效益指标", "社会效益指标", "标识损坏投诉下降率", "≥30%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
    )
    sign(s, "何簌簌", "0743-6652309", day(YEAR - 1, 12, 18))
    return b
