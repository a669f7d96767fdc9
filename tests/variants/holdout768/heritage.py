"""Intangible-heritage (非遗) workshop subsidies: kcx13–kcx18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout768.common import (
    BUREAU,
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout768.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "澜泽市非物质文化遗产保护中心"


@variant(
    "kcx13-heritage-workshops",
    (1, 5, 12),
    "project, OLD-NAT, tier labels with marks and "
    "points (*产出指标（50分）, ★数量), percent cells, a goal total with its parts in brackets, "
    "unit subsidy × count within the money (correct)",
)
def heritage_workshops() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="非遗工坊扶持补助",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(wan(320), wan(300), wan(20)),
        goals=["扶持非遗工坊20个（其中新建8个、提升12个），带动800名城乡居民就业增收。"],
    )
    indicators(s, [
        ("*产出指标（50分）", "★数量", "扶持非遗工坊数量", "≥20个"),
        (None, None, "其中：新建非遗工坊数量", "≥8个"),
        (None, "质量", "工坊产品抽检合格率", pct(0.98)),
        (None, "时效", "补助资金拨付完成时间", "2026年10月31日前"),
        (None, "成本", "单个工坊补助标准", "≤15万元/个"),
        ("*效益指标（40分）", "社会效益", "带动就业人数", "≥800人"),
        (None, "可持续影响", "工坊持续经营率", pct(0.9)),
        ("*满意度指标（10分）", "服务对象满意度", "工坊从业人员满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：单个工坊补助标准15万元×20个=300万元，在年度资金320万元以内。")
    sign(s, "骆青禾", "0579-86337152")
    return b


@variant(
    "kcx14-heritage-money-wrong",
    (12,),
    "project, OLD-NAT: money sources not adding to the "
    "total, unit subsidy × count above the money, last year's year in the goal",
)
def heritage_money_wrong() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="非遗工坊提质扶持",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(
            mk(wan(300), "B101", "error", note="250 + 80 = 330，不是300"), wan(250), wan(80)
        ),
        goals=[
            mk(
                "2025年扶持非遗工坊18个提质升级，开发非遗文创产品100款。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="年度目标沿用上一年的年份",
            )
        ],
    )
    indicators(s, [
        ("产出指标", "数量指标", "提质升级非遗工坊数量", "≥18个"),
        (None, None, "非遗文创产品开发数量", "≥100款"),
        (None, "质量指标", "文创产品抽检合格率", "≥95%"),
        (None, "时效指标", "提质升级完成时间", "2026年11月30日前"),
        (None, "成本指标", mk("单个工坊扶持标准", "B107", "warning", row=True,
                              note="20万元 × 18个 = 360万元，超过年度资金300万元"), "≤20万元/个"),
        ("效益指标", "经济效益指标", "工坊产品销售额增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "非遗传承人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcx15-heritage-stacked-wrong",
    (2,),
    "two projects stacked, OLD-NAT: the first ends "
    "after its one-year period, the second's money does not add up and repeats an indicator",
)
def heritage_stacked_wrong() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=YEAR,
        name="非遗传承人研修培训",
        dept=BUREAU,
        unit=CENTRE,
        end=mk(
            day(YEAR + 1, 6, 30),
            "Y102",
            "error",
            alt=("Y101",),
            note="一年期项目的计划完成日期落在2027年",
        ),
        money=one_year(wan(90), wan(90), wan(0)),
        goals=["举办非遗传承人研修班6期，培训传承人300人次。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "研修班举办期数", "≥6期"),
        (None, None, "传承人培训人次", "≥300人次"),
        (None, "成本指标", "人均培训费用", "≤3000元/人次"),
        ("效益指标", "社会效益指标", "研修成果转化项目数", "≥20个"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="非遗展演进景区",
        dept=BUREAU,
        unit="澜泽市演艺集团",
        title="",
        money=one_year(
            mk(wan(150), "B101", "error", note="100 + 30 = 130，不是150"), wan(100), wan(30)
        ),
        goals=["在全市A级景区举办非遗展演120场。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "非遗展演场次", "≥120场"),
        (None, None, mk("景区非遗展演活动场次", "D103", "warning", row=True,
                        alt=("D101", "D102"), note="与上一行是同一指标，值不同"), "≥100场"),
        (None, "成本指标", "单场展演补助", "≤1万元/场"),
        ("效益指标", "社会效益指标", "观看展演游客人次", "≥30万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥88%"),
    ])  # fmt: skip
    return b


DIR = ("一级指标", "二级指标", "三级指标", "指标方向", "实施期指标值", "年度指标值")


@variant(
    "kcx16-heritage-multiyear",
    (8, 11),
    "three-year project, NAT-2021, a direction column "
    "and 实施期 and 年度 columns: period counts beside smaller year counts, 0起 on incidents, "
    "反向 indicators with ≤ (correct)",
)
def heritage_multiyear() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=YEAR,
        years=3,
        name="非遗工坊传承基地建设",
        dept=BUREAU,
        unit=CENTRE,
        attr="新增项目",
        money=multi_year((wan(750), wan(600), wan(150)), (wan(250), wan(200), wan(50))),
        goals=[
            "三年建成非遗传承基地9个，培训传承人900人次，形成可复制的工坊帮扶模式。",
            "年内建成传承基地3个，培训传承人300人次，完成基地运营制度建设。",
        ],
    )
    indicators(s, [
        ("产出指标", "数量指标", "传承基地建成数量", "正向", "≥9个", "≥3个"),
        (None, None, "传承人培训人次", "正向", "≥900人次", "≥300人次"),
        (None, "质量指标", "基地建设验收合格率", "正向", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "单个基地建设补助", "反向", "≤80万元/个", "≤80万元/个"),
        ("效益指标", "社会效益指标", "基地安全生产事故发生数", "反向", "=0起", "=0起"),
        (None, None, "传统技艺学徒流失率", "反向", "≤10%", "≤10%"),
        (None, "可持续影响指标", "基地运营制度建立情况", "正向", "健全", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "正向", "≥90%", "≥90%"),
    ], header=DIR)  # fmt: skip
    return b


@variant(
    "kcx17-heritage-direction-wrong",
    (11, 5),
    "project, OLD-NAT, 指标性质 as direction and "
    "an operator column: a 反向 rate with ≥, a satisfaction rate under 社会效益, the goal's "
    "trainee count against the indicator",
)
def heritage_direction_wrong() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="非遗技艺进乡村培训",
        dept=BUREAU,
        unit="柘塘区文化馆",
        money=one_year(wan(60), wan(60), wan(0)),
        goals=["在柘塘区8个行政村开展竹编、木雕技艺培训，培训村民300人次。"],
    )
    indicators(
        s,
        [
            (
                "产出",
                "数量",
                "培训村民人次",
                "正向",
                "≥",
                mk(250, "D104", "warning", row=True, note="年度目标写300人次，指标写250"),
                "人次",
            ),
            (None, None, "覆盖行政村数量", "正向", "≥", 8, "个"),
            (None, "质量", "学员结业考核合格率", "正向", "≥", 85, "%"),
            (
                None,
                None,
                "培训作品抽检不合格率",
                "反向",
                mk("≥", "T108", "warning", row=True, note="反向指标配了≥"),
                5,
                "%",
            ),
            (None, "成本", "人均培训费用", "反向", "≤", 2000, "元/人次"),
            (
                "效益",
                "社会效益",
                mk(
                    "参训村民满意度",
                    "F201",
                    "warning",
                    row=True,
                    note="满意度填在社会效益下，应在满意度指标下",
                ),
                "正向",
                "≥",
                90,
                "%",
            ),
            (None, None, "带动村民增收人数", "正向", "≥", 100, "人"),
            ("满意度", "服务对象满意度", "村委会满意度", "正向", "≥", 90, "%"),
        ],
        header=("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位"),
    )
    return b


@variant(
    "kcx18-heritage-export-notes",
    (4, 9),
    "budget-system export, header on the third row, "
    "a 说明 row inside the table, the header repeated after a page break, a subtotal row, "
    "填表说明 and signature lines dated the year before (correct)",
)
def heritage_export_notes() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 30, 14, 14, 14, 14))
    s.title("部门项目支出预算表", 6)
    s.row("单位：412003 澜泽市非物质文化遗产保护中心", None, None, "金额单位：万元", merge=[(1, 3)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "备注")
    s.row("41200326Q0007", "非遗工坊运营补贴", 180, 160, 20, None)
    s.row("41200326Q0009", "非遗数字化采集", 70, 70, 0, None)
    s.row("小计", None, 250, 230, 20, "两个项目合计")
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 14, 14, 30, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位：412003 澜泽市非物质文化遗产保护中心", merge=[(1, 6)])
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.row(*head)
    t.table([
        ("41200326Q0007", "非遗工坊运营补贴", "产出指标", "数量指标", "补贴非遗工坊数量", "≥12个"),
        (None, None, None, "成本指标", "单个工坊运营补贴", "≤15万元/个"),
        (None, None, "效益指标", "社会效益指标", "工坊年接待研学人次", "≥2万人次"),
        (None, None, "满意度指标", "服务对象满意度指标", "工坊经营者满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    t.row("说明：以下为续表。", merge=[(1, 6)])
    t.row(*head)
    t.table([
        ("41200326Q0009", "非遗数字化采集", "产出指标", "数量指标", "非遗项目数字化采集数量",
         "≥35项"),
        (None, None, None, "质量指标", "采集资料入库合格率", "=100%"),
        (None, None, None, "时效指标", "采集任务完成时间", "2026年12月15日前"),
        (None, None, "效益指标", "可持续影响指标", "数字资源库开放访问", "持续开放"),
        (None, None, "满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(
        t,
        "填表说明：1.指标值须含比较符和计量单位；2.资金以05-1表为准。",
        "注：非遗数字化采集项目资金全部为财政拨款，不设单项成本指标。",
    )
    sign(t, "骆青禾", "0579-86337152", day(YEAR - 1, 12, 8))
    return b
