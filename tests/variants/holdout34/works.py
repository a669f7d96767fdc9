"""Small water works (小型水利工程) and rural road maintenance (农村公路养护): multi-year works
with 中期 and 年度 columns, quantities (万立方米, 公里, 座), unit costs against the money, a table
with only 产出 and 效益. Each return says whether it is correct."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout34.registry import variant
from tests.variants.holdout34.water import OP_HEAD, indicators
from tests.variants.kit import WAN, Book, mk, money, ok, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ir05-small-works-multiyear-ok", (8, 12), "three-year project, NAT-2021, 中期 and 年度")
def ir05() -> Book:
    """Correct: annual quantities below the period ones, unit cost and rates equal in both
    columns, a dimensionless 灌溉水有效利用系数 without a unit."""
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, years=3, name="石埠县小型水库除险加固及灌区渠系配套工程",
        dept="石埠县水利局 127", unit="石埠县农村水利水电工作站", attr="新增项目",
        money=[("中期资金总额", money(2680, WAN), "年度资金总额", money(960, WAN)),
               ("其中：财政拨款", money(2500, WAN), "其中：财政拨款", money(900, WAN)),
               ("其他资金", money(180, WAN), "其他资金", money(60, WAN))],
        goals=["2025—2027年完成7座小型水库除险加固，配套改造灌区渠道96公里，"
               "新增及恢复灌溉面积2.4万亩。",
               "2025年完成3座小型水库除险加固，防渗改造渠道34公里，"
               "完成土方6.2万立方米。"])  # fmt: skip
    indicators(
        s,
        PERIOD_HEAD,
        [
            ("成本指标", "经济成本指标", "渠道防渗改造单位造价", "≤22万元/公里", "≤22万元/公里"),
            ("产出指标", "数量指标", "土方开挖回填", "≥18.5万立方米", "≥6.2万立方米"),
            (None, None, "渠道防渗改造长度", "≥96公里", "≥34公里"),
            (None, None, "小型水库除险加固", "≥7座", "≥3座"),
            (None, "质量指标", "工程质量验收合格率", pct(1), pct(1)),
            (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("效益指标", "经济效益指标", "新增及恢复灌溉面积", "≥2.4万亩", "≥0.8万亩"),
            (None, "生态效益指标", "灌区灌溉水有效利用系数", ok("≥0.58"), ok("≥0.56")),
            (None, "可持续影响指标", "工程管护责任落实率", pct(1), pct(1)),
            ("满意度指标", "服务对象满意度指标", "灌区受益农户满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant("ir06-small-works-merged-value", (8, 12), "two-year project, OLD-NAT, 中期 and 年度")
def ir06() -> Book:
    """Three slips: a length merged across both value columns, a count copied from 中期 into
    年度, an annual amount above the period amount."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, years=2, name="桐溪县山塘整治及渠道清淤工程", dept="桐溪县水利局 311",
        unit="桐溪县水利工程建设中心",
        money=[("中期资金总额", money(520, WAN), "年度资金总额",
                mk(money(560, WAN), "B103", "error", row=True)),
               ("其中：财政拨款", money(500, WAN), "其中：财政拨款", money(540, WAN)),
               ("其他资金", money(20, WAN), "其他资金", money(20, WAN))],
        goals=["两年内整治山塘12座，清淤渠道48公里，恢复山塘蓄水能力。",
               "2025年整治山塘5座，清淤渠道20公里。"])  # fmt: skip
    copied = mk("≥12座", "D202", "warning", alt=("D104",))
    merged = mk("≥48公里", "D202", "warning", alt=("D201", "D104", "S101"))
    indicators(
        s,
        PERIOD_HEAD,
        [
            ("产出指标", "数量指标", "山塘整治", "≥12座", copied),
            (None, None, "渠道清淤长度", merged, None),
            (None, None, "清淤土方", "≥9.6万立方米", "≥4万立方米"),
            (None, "质量指标", "整治工程验收合格率", "=100%", "=100%"),
            (None, "时效指标", "年度工程完工时间", "2026年11月底前", "2025年11月底前"),
            (None, "成本指标", "山塘整治平均造价", "≤35万元/座", "≤35万元/座"),
            ("效益指标", "经济效益指标", "恢复灌溉面积", "≥3600亩", "≥1500亩"),
            (None, "生态效益指标", "山塘蓄水能力", "有效提升", "有效提升"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
        ],
    )
    r = s.r - 7  # the 渠道清淤长度 row: its value typed once across 中期 and 年度
    s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    return b


@variant("ir07-road-two-tiers-ok", (5, 10), "project, OLD-NAT, only 产出 and 效益, 全覆盖")
def ir07() -> Book:
    """Correct: the county's form for routine maintenance has only 产出 and 效益 (stated in the
    note); values 全覆盖 and 应改尽改; maintenance cost × length within the money."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="溪口县农村公路日常养护", dept="溪口县交通运输局 209",
        unit="溪口县农村公路养护站", attr="常年项目",
        money=[("年度资金总额", money(468, WAN), "其中：财政拨款", money(420, WAN)),
               ("其他资金", money(48, WAN), None, None)],
        goals=["完成县乡村道1260公里日常养护，路域环境整治全覆盖，安全隐患路段应改尽改，"
               "优良中等路率不低于85%。"])  # fmt: skip
    b.file_mark("F106", "warning", required=False, note="the county form has only 产出 and 效益")
    indicators(
        s,
        OP_HEAD,
        [
            ("产出指标", "数量指标", "县乡村道日常养护里程", "≥", 1260, "公里"),
            (None, None, "路域环境整治", "定性", "全覆盖", None),
            (None, "质量指标", "优良中等路率", "≥", pct(0.85), "%"),
            (None, None, "安全隐患路段整治", "定性", "应改尽改", None),
            (None, "时效指标", "水毁路段抢通时限", "≤", 48, "小时"),
            (None, "成本指标", "日常养护单位成本", "≤", 0.35, "万元/公里"),
            ("效益指标", "社会效益指标", "农村公路列养率", "=", pct(1), "%"),
            (None, "可持续影响指标", "“四好农村路”长效管护机制", "定性", "有效运行", None),
        ],
    )
    s.row("注：按《溪口县县级项目支出绩效目标管理办法》，日常养护类常年项目只设产出、效益两类一级指标。",
          merge=[(1, 6)])  # fmt: skip
    return b


@variant("ir08-road-costs-wrong", (5, 12), "project, NAT-2021, 比较符 and unit columns")
def ir08() -> Book:
    """Three slips: 资金总额 ≠ 财政拨款 + 其他资金, a unit cost × length above the money, a tier-2
    label (质量指标) typed into the name column."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="云崖县农村公路养护工程",
        dept="云崖县交通运输局 417",
        unit="云崖县公路事业发展中心",
        money=[
            (
                "年度资金总额",
                mk(money(650, WAN), "B101", "error", row=True),
                "其中：财政拨款",
                money(520, WAN),
            ),
            ("其他资金", money(100, WAN), None, None),
        ],
        goals=["完成农村公路1400公里养护，路面技术状况优良率达到90%，农村公路通行条件明显改善。"],
    )
    indicators(
        s,
        OP_HEAD,
        [
            (
                "成本指标",
                "经济成本指标",
                "农村公路养护单位成本",
                "≤",
                mk(0.6, "B107", "warning", row=True),
                "万元/公里",
            ),
            ("产出指标", "数量指标", "农村公路养护里程", "≥", 1400, "公里"),
            (
                None,
                None,
                mk(
                    "质量指标",
                    "F112",
                    "error",
                    row=True,
                    alt=("F110", "F201", "F102", "F104", "T102", "S101"),
                ),
                "≥",
                pct(0.9),
                "%",
            ),
            (None, "时效指标", "年度养护任务完成时间", "≤", "2025年12月31日", None),
            ("效益指标", "社会效益指标", "农村公路通行条件", "定性", "明显改善", None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b
