"""Returns hu13–hu18: the spent-substrate (菌渣) recycling site at 梅汀镇."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout687.common import TIERS2, TIERS4, funds, grid, notes, sign, start
from tests.variants.holdout687.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "栖桐县农业农村局（217001）"
UNIT = "梅汀镇菌渣综合利用站"
YEAR = 2026


@variant(
    "hu13-substrate-fertiliser",
    (4, 10),
    "project, NAT-2021, a goal total with its parts in brackets, a part listed as its own "
    "indicator, a note row inside the table, 说明 and 填表说明 below, 百分点 (correct)",
)
def fertiliser() -> Book:
    b, s = start()
    goal = (
        "年处理菌渣1.5万吨（其中杏鲍菇菌渣0.9万吨、金针菇菌渣0.6万吨），生产有机肥6000吨，"
        "菌渣露天堆放率较上年下降10个百分点。"
    )
    project_head(
        s,
        year=YEAR,
        name="菌渣有机肥生产运行项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(100, 80, 20),
        goals=[goal],
    )
    grid(
        s,
        TIERS4,
        [
            ("产出指标", "数量指标", "菌渣处理量", "≥1.5万吨"),
            (None, None, "其中：金针菇菌渣处理量", "≥0.6万吨"),
            (None, None, "有机肥产量", "≥6000吨"),
            (None, "质量指标", "有机肥养分达标率", "≥95%"),
            (None, "时效指标", "菌渣清运响应时间", "≤48小时"),
            ("成本指标", "经济成本指标", "吨菌渣处理成本", "≤60元/吨"),
            (None, "生态环境成本指标", "站区异味投诉", "=0起"),
            ("效益指标", "生态效益指标", "菌渣露天堆放率下降", "≥10百分点"),
            (None, "可持续影响指标", "有机肥还田面积", "≥4000亩"),
            ("满意度指标", "服务对象满意度指标", "菇企满意度", "≥90%"),
        ],
    )
    notes(
        s,
        "说明：菌渣处理量按过磅单累计，1.5万吨 × 60元/吨 = 90万元，其余10万元为检测费。",
        "填表说明：指标值须含比较符与计量单位；定性指标按“好、较好、一般、差”填写。",
    )
    sign(s, "梁秀英", "0771-6251083", day(YEAR - 1, 11, 22))
    return b


@variant(
    "hu14-collection-points",
    (5, 10),
    "project, NAT-2021, a tier-1 score column and an indicator score column, both adding to "
    "100 (correct)",
)
def collection_points() -> Book:
    b, s = start("绩效目标", (14, 10, 18, 26, 14, 10))
    project_head(
        s,
        year=YEAR,
        name="菌渣收运体系建设项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(80, 60, 20),
        goals=["配置收运车辆6辆，覆盖全县30家菇企，年收运菌渣2万吨。"],
    )
    s.row("一级指标", "分值（一级）", "二级指标", "三级指标", "指标值", "分值（三级）")
    s.table(
        [
            ("产出指标", 40, "数量指标", "菌渣收运覆盖菇企", "≥30家", 10),
            (None, None, None, "配置收运车辆", "≥6辆", 5),
            (None, None, None, "年收运菌渣量", "≥2万吨", 5),
            (None, None, "质量指标", "收运过程遗撒率", "≤1%", 10),
            (None, None, "时效指标", "收运周期", "≤3天", 10),
            ("成本指标", 20, "经济成本指标", "吨菌渣收运成本", "≤25元/吨", 10),
            (None, None, "社会成本指标", "收运扰民投诉", "≤2次", 10),
            ("效益指标", 30, "生态效益指标", "菌渣资源化利用率", "≥90%", 10),
            (None, None, None, "清理露天堆放点", "≥12个", 10),
            (None, None, "经济效益指标", "菇企菌渣处理费用节约", "≥40万元", 10),
            ("满意度指标", 10, "服务对象满意度指标", "菇企满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    sign(s, "梁秀英", "0771-6251083", day(YEAR - 1, 11, 22))
    return b


@variant(
    "hu15-substrate-media-2yr",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: the 年度目标 copied from the 中期目标, "
    "a year's output above the period's",
)
def media_two_year() -> Book:
    b, s = start()
    goal = "建成菌渣发酵槽6条，累计生产栽培基质2.5万吨，基质用于蔬菜育苗，带动示范基地10个。"
    project_head(
        s,
        year=YEAR,
        years=2,
        name="菌渣基质化利用示范项目",
        dept=DEPT,
        unit=UNIT,
        attr="新增项目",
        money=funds(200, 160, 40, period=(400, 320, 80)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
    )
    grid(
        s,
        TIERS2,
        [
            ("产出指标", "数量指标", "建成菌渣发酵槽", "≥6条", "≥4条"),
            (
                None,
                None,
                "栽培基质产量",
                "≥2.5万吨",
                mk("≥3万吨", "D201", "error", note="年度产量大于两年累计"),
            ),
            (None, None, "带动示范基地", "≥10个", "≥5个"),
            (None, "质量指标", "栽培基质合格率", "≥95%", "≥95%"),
            (None, "时效指标", "发酵槽建成时间", "2027年6月底前", "2026年12月底前"),
            (None, "成本指标", "吨基质生产成本", "≤60元/吨", "≤60元/吨"),
            ("效益指标", "生态效益指标", "菌渣资源化利用量", "≥3万吨", "≥1.5万吨"),
            ("满意度指标", "服务对象满意度指标", "示范基地满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "黎承德", "0771-6251127", day(YEAR - 1, 11, 23))
    return b


@variant(
    "hu16-fertiliser-line",
    (12,),
    "project, OLD-NAT, money block and detail lines: 年度资金总额 ≠ 财政拨款 + 其他资金, an "
    "output other than the goal's; details add up",
)
def fertiliser_line() -> Book:
    b, s = start()
    total = mk(150, "B101", "error", note="120 + 20 = 140 ≠ 150")
    project_head(
        s,
        year=YEAR,
        name="菌渣有机肥生产线建设项目",
        dept=DEPT,
        unit=UNIT,
        attr="一次性项目",
        money=funds(total, 120, 20, period=(150, 120, 30)),
        goals=[ok("新建有机肥生产线1条，年产菌渣有机肥8000吨，就近供应周边果蔬基地。")],
    )
    grid(
        s,
        TIERS4,
        [
            ("产出指标", "数量指标", "新建有机肥生产线", "≥1条"),
            (
                None,
                None,
                "有机肥年产量",
                mk("≥6000吨", "D104", "warning", row=True, note="年度目标写年产8000吨"),
            ),
            (None, "质量指标", "有机肥产品抽检合格率", "≥95%"),
            (None, "时效指标", "生产线投产时间", "2026年9月30日前"),
            (None, "成本指标", "生产线设备购置费用", "≤90万元"),
            ("效益指标", "经济效益指标", "有机肥销售收入", "≥160万元"),
            (None, "生态效益指标", "菌渣资源化利用量", "≥1.2万吨"),
            ("满意度指标", "服务对象满意度指标", "果蔬基地满意度", "≥90%"),
        ],
    )
    s.skip()
    s.row("预算明细", "支出内容", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    s.row(None, "设备购置", None, 90, "翻抛机、造粒机等", None, merge=[(2, 3), (5, 6)])
    s.row(None, "厂房改造", None, 40, "800平方米 × 500元", None, merge=[(2, 3), (5, 6)])
    s.row(None, "安装调试", None, 20, "含试生产", None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, 150, None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    sign(s, "黎承德", "0771-6251127", day(YEAR - 1, 11, 23))
    return b


@variant(
    "hu17-returning-to-field",
    (5,),
    "project, OLD-NAT, tier labels marked ★ and *: last season's year in the goal, a count "
    "under 质量, the same indicator under two tier-2s with different values",
)
def returning_to_field() -> Book:
    b, s = start()
    goal = mk(
        "2025年补助菇区周边农户施用菌渣还田3000亩，带动土壤有机质提升。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="上一季的年份，预算年度是2026年",
    )
    project_head(
        s,
        year=YEAR,
        name="菌渣还田利用补助项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(50, 50, 0),
        goals=[goal],
    )
    grid(
        s,
        TIERS4,
        [
            ("★产出指标", "*数量指标", "菌渣还田面积", "≥3000亩"),
            (None, None, "补助农户", "≥200户"),
            (
                None,
                "*质量指标",
                mk(
                    "菌渣收运车辆",
                    "F201",
                    "warning",
                    row=True,
                    note="a count of vehicles under 质量",
                ),
                "≥6辆",
            ),
            (None, None, "还田菌渣腐熟合格率", "≥95%"),
            (None, "*时效指标", "补助资金兑付时间", "2026年12月20日前"),
            (None, "*成本指标", "每亩补助标准", "≤150元/亩"),
            (
                "★效益指标",
                "*生态效益指标",
                mk(
                    "菌渣还田面积",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="数量指标写3000亩",
                ),
                "≥2500亩",
            ),
            (None, "*社会效益指标", "减少菌渣露天堆放", "≥0.5万吨"),
            ("★满意度指标", "*服务对象满意度指标", "农户满意度", "≥90%"),
        ],
    )
    sign(s, "黎承德", "0771-6251127", day(YEAR - 1, 11, 28))
    return b


@variant(
    "hu18-deodorising-footnotes",
    (1, 4),
    "project, OLD-NAT, operator column (指标性质), unit and weight columns, a typed percent, "
    "header repeated after a page break, a 合计 row, 注 and 填表说明 lines (correct)",
)
def deodorising() -> Book:
    b, s = start("Sheet1", (14, 14, 26, 10, 12, 12, 8))
    project_head(
        s,
        year=YEAR,
        name="菌渣站除臭设施运维项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(30, 30, 0),
        goals=["保障4台除臭设备全年稳定运行，厂界臭气浓度稳定达标，周边居民满意度85%以上。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重")
    grid(
        s,
        header,
        [
            ("产出指标", "数量指标", "除臭设备运维台数", "≥", 4, "台", 15),
            (None, None, "年度巡检次数", "≥", 24, "次", 10),
            (None, "质量指标", "厂界臭气浓度达标率", "≥", pct(0.98), "%", 15),
        ],
    )
    grid(
        s,
        header,
        [
            ("产出指标", "时效指标", "设备故障修复时间", "≤", 24, "小时", 10),
            (None, "成本指标", "单台设备年运维费", "≤", 6, "万元/台", 10),
            ("效益指标", "生态效益指标", "周边异味投诉", "=", 0, "起", 20),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.85), "%", 20),
        ],
    )
    s.row("合计", None, None, None, None, None, 100)
    notes(s, "注：第二页续表头为分页打印所致。", "填表说明：权重合计为100。", width=7)
    sign(s, "梁秀英", "0771-6251083", day(YEAR - 1, 11, 22))
    return b
