"""Returns kae01–kae06: the township kindergarten meal subsidy (乡镇幼儿园膳食补助)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout697.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout697.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OPERATOR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标值设定依据")


@variant(
    "kae01-meal-subsidy-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 only in the "
    "number format, subsidy standard × children × days equal to the money (correct)",
)
def kae01() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="椿溪县乡镇公办幼儿园膳食补助",
        dept="椿溪县教育局 318001",
        unit="椿溪县学前教育管理中心",
        money=one_year(wan(96), wan(90), wan(6)),
        goals=(
            "为全县14所乡镇公办幼儿园1200名在园幼儿提供膳食补助，每人每天4元，"
            "全年按200个在园日计，改善农村幼儿营养状况。",
        ),
    )
    indicators(
        s,
        OPERATOR_HEAD,
        [
            ("产出指标", "数量指标", "受补助在园幼儿人数", "≥", 1200, "人"),
            (None, None, "覆盖乡镇公办幼儿园数", "=", 14, "所"),
            (None, "质量指标", "带量食谱执行率", "≥", pct(0.95), "%"),
            (None, None, "补助资金专账核算率", "=", pct(1), "%"),
            (None, "时效指标", "补助资金按月拨付到园时限", "≤", 10, "个工作日"),
            (None, "成本指标", "幼儿膳食补助标准", "≤", 4, "元/人·天"),
            ("效益指标", "社会效益指标", "在园幼儿营养不良检出率", "≤", pct(0.03), "%"),
            (None, None, "幼儿园食品安全事故发生起数", "=", 0, "起"),
            (None, "可持续影响指标", "幼儿园膳食管理制度执行情况", "定性", "有效", None),
            ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "贺岚", "0739-6214307", day(YEAR - 1, 11, 18))
    return b


@variant(
    "kae02-meal-goal-mismatch",
    (7, 12),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度）: the goal's 16 kindergartens "
    "given as 12, a standard × count above the money, last year's deadline",
)
def kae02() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="苇岗镇村级幼儿园（教学点）午餐补助",
        dept="苇岗镇人民政府",
        unit="苇岗镇中心幼儿园",
        money=one_year(wan(72), wan(72), wan(0)),
        goals=(
            "为全镇16所村级幼儿园（教学点）900名幼儿提供午餐补助，全年按200个在园日"
            "计，补助资金按学期足额拨付到园。",
        ),
    )
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "指标解释")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "受补助幼儿人数", "≥900人", "按学期在园名册核定"),
            (
                None,
                None,
                "覆盖村级幼儿园（教学点）数",
                mk("≥12所", "D104", "warning", note="年度目标写16所村级幼儿园（教学点）"),
            ),
            (None, "质量指标", "午餐带量食谱公示率", pct(1), "每周在园内公示"),
            (
                None,
                "时效指标",
                "补助资金全部拨付到园时间",
                mk(
                    day(2025, 12, 31, CN_DATE),
                    "Y102",
                    "error",
                    alt=("Y103",),
                    note="一年期2026年项目，期限却是2025年12月31日：上年表格的日期未改",
                ),
            ),
            (
                None,
                "成本指标",
                "午餐补助标准",
                mk(
                    "≤5元/人·天",
                    "B107",
                    "warning",
                    row=True,
                    alt=("D104",),
                    note="5元×900人×200天=90万元，超过年度资金72万元（72万元只够4元）",
                ),
            ),
            ("效益指标", "社会效益指标", "幼儿在园午餐就餐率", "≥95%", None),
            (None, "可持续影响指标", "村级幼儿园午餐供应机制", "长效运行", None),
            ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", "问卷调查"),
        ],
    )
    sign(s, "龙晓川", "0739-6380215", day(YEAR, 1, 6))
    return b


@variant(
    "kae03-meal-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: the period's count beside a "
    "smaller year's count, equal rates, a later year the work prepares for (correct)",
)
def kae03() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=3,
        attr="新增项目",
        name="椿溪县乡镇幼儿园膳食改善三年行动",
        dept="椿溪县教育局 318001",
        unit="椿溪县学前教育管理中心",
        money=multi_year((wan(288), wan(270), wan(18)), (wan(96), wan(90), wan(6))),
        goals=(
            "逐步将全县18所乡镇幼儿园纳入膳食补助，三年累计补助不少于3600人次，为"
            "2029年纳入县级常规保障积累经验。",
            "首批14所乡镇幼儿园1200名在园幼儿纳入补助，每人每天4元，按200个在园日计。",
        ),
    )
    indicators(
        s,
        PERIOD_HEAD,
        [
            ("产出指标", "数量指标", "补助幼儿人次", "≥3600人次", "≥1200人次", "计划标准"),
            (None, None, "纳入补助的乡镇幼儿园数", "≥18所", "≥14所", "计划标准"),
            (None, "质量指标", "带量食谱执行率", pct(0.95), pct(0.95), "行业标准"),
            (None, "时效指标", "补助资金拨付到园时限", "≤10个工作日", "≤10个工作日", None),
            (
                "成本指标",
                "经济成本指标",
                "幼儿膳食补助标准",
                "≤4元/人·天",
                "≤4元/人·天",
                "县定标准",
            ),
            ("效益指标", "社会效益指标", "在园幼儿营养不良检出率", "≤3%", "≤4%", "历史标准"),
            (None, "可持续影响指标", "乡镇幼儿园膳食补助保障机制", "建立并执行", "建立", None),
            ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", "≥90%", None),
        ],
    )
    notes(s, "注：中期指标值为2026—2028年累计数，年度指标值为2026年数。")
    return b


@variant(
    "kae04-meal-period-wrong",
    (8, 11),
    "two-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
    "a period count copied into the year, a 反向 rate with ≥",
)
def kae04() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="荻洲区乡镇中心幼儿园营养膳食改善",
        dept="荻洲区教育局",
        unit="荻洲区幼教指导中心",
        money=multi_year((wan(208), wan(200), wan(8)), (wan(104), wan(100), wan(4))),
        goals=(
            "覆盖全区10所乡镇中心幼儿园，两年累计补助不少于2600人次，培训厨房配餐员不少于80人次。",
            "为10所乡镇中心幼儿园1300名幼儿提供膳食补助，培训厨房配餐员40人次。",
        ),
    )
    indicators(
        s,
        PERIOD_HEAD,
        [
            ("产出指标", "数量指标", "补助幼儿人次", "≥2600人次", "≥1300人次", None),
            (
                None,
                None,
                "覆盖乡镇中心幼儿园数",
                "≥10所",
                mk(
                    "≥12所",
                    "D201",
                    "error",
                    alt=("D104",),
                    note="年度12所超过中期10所，年度目标也写10所",
                ),
                None,
            ),
            (
                None,
                None,
                "厨房配餐员培训人次",
                "≥80人次",
                mk(
                    "≥80人次",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="中期累计数照抄到年度；年度目标写40人次",
                ),
                None,
            ),
            (None, "质量指标", "带量食谱执行率", "≥95%", "≥95%", None),
            (
                None,
                None,
                "食品留样缺漏率",
                "≥2%",
                mk("≥2%", "T108", "warning", row=True, note="缺漏率是反向指标，应为≤"),
                None,
            ),
            (None, "时效指标", "补助资金拨付到园时限", "≤10个工作日", "≤10个工作日", None),
            ("成本指标", "经济成本指标", "幼儿膳食补助标准", "≤4元/人·天", "≤4元/人·天", None),
            ("效益指标", "社会效益指标", "幼儿生长发育达标率", "≥92%", "≥90%", None),
            ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", "≥90%", None),
        ],
    )
    return b


@variant(
    "kae05-meal-stacked-two",
    (2,),
    "two one-year projects stacked in one sheet, OLD-NAT, one value column: 家长满意度 "
    "in both with different values (correct)",
)
def kae05() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=YEAR,
        name="檀口镇幼儿园膳食补助",
        dept="檀口镇人民政府",
        unit="檀口镇中心幼儿园",
        money=one_year(wan(36), wan(36), wan(0)),
        goals=("为全镇450名在园幼儿提供膳食补助，每人每天4元，按200个在园日计。",),
    )
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "受补助在园幼儿人数", "≥450人"),
            (None, "质量指标", "带量食谱执行率", "≥95%"),
            (None, "时效指标", "补助资金拨付到园时限", "≤10个工作日"),
            (None, "成本指标", "幼儿膳食补助标准", "≤4元/人·天"),
            ("效益指标", "社会效益指标", "在园幼儿营养不良检出率", "≤3%"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="檀口镇学校食堂食品安全抽检",
        dept="檀口镇人民政府",
        unit="檀口镇食品安全委员会办公室",
        money=one_year(wan(12), wan(12), wan(0)),
        goals=("对全镇9所学校（幼儿园）食堂抽检食品300批次，每批次检测费不超过400元。",),
    )
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "食品抽检批次", "≥300批次"),
            (None, "质量指标", "抽检结果录入准确率", "≥98%"),
            (None, "时效指标", "不合格样品处置时限", "≤3个工作日"),
            (None, "成本指标", "单批次检测费用", "≤400元/批次"),
            ("效益指标", "社会效益指标", "问题食堂整改率", "100%"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥85%"),
        ],
    )
    sign(s, "潘如一", "0739-6552018", day(YEAR, 1, 9))
    return b


@variant(
    "kae06-meal-department-flat",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): one indicator "
    "twice with different values, tasks not adding to 金额合计",
)
def kae06() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="椿溪县学前教育管理中心",
        budget=[(wan(412), wan(400), wan(12), wan(118), wan(294))],
        goal="保障14所乡镇公办幼儿园1200名在园幼儿膳食补助，更新12所幼儿园厨房设备，"
        "培训保育员和厨师300人次。",
        tasks=[
            ("乡镇幼儿园膳食补助", "1200名幼儿每人每天4元", wan(96), "营养改善"),
            ("幼儿园厨房设备更新", "更新12所幼儿园厨房设备", wan(150), "设备达标"),
            ("保育员膳食培训", "培训保育员和厨师300人次", wan(24), "持证上岗"),
            (
                "金额合计",
                None,
                mk(wan(294), "B102", "error", note="96+150+24=270万元，与金额合计294万元不符"),
                None,
            ),
        ],
    )
    head = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.row("年度绩效指标")
    indicators(
        s,
        head,
        [
            ("受补助在园幼儿人数", 15, "人", "≥", ok(1200, "error", note="重复指标的另一行")),
            ("厨房设备更新幼儿园数", 10, "所", "≥", 12),
            ("保育员和厨师培训人次", 10, "人次", "≥", 300),
            ("带量食谱执行率", 10, "%", "≥", pct(0.95)),
            ("幼儿膳食补助标准", 10, "元/人·天", "≤", 4),
            ("补助资金拨付到园时限", 10, "个工作日", "≤", 10),
            (
                "受补助幼儿人数",
                10,
                "人",
                "≥",
                mk(
                    1100,
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "D101", "D104"),
                    note="与“受补助在园幼儿人数 ≥1200人”是同一指标，值却不同",
                ),
            ),
            ("在园幼儿营养不良检出率", 10, "%", "≤", pct(0.03)),
            ("家长满意度", 15, "%", "≥", pct(0.9)),
        ],
        merged=(),
    )
    return b
