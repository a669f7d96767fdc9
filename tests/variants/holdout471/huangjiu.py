"""Returns zm01–zm06: 黄酒 brewing craft protection projects (percent cells, points, 中期/年度)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout471.common import funds, indicators, sign, start
from tests.variants.holdout471.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

OP_HEADER = [("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")]


@variant(
    "zm01-percent-cells",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit column, "
    "percent cells typed in Excel, 万元 in the number format (correct)",
)
def zm01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="泷水县传统黄酒酿造技艺传承保护项目",
                 dept="泷水县文化和旅游局（312001）", unit="泷水县非物质文化遗产保护中心",
                 money=funds([60, 50, 10]),
                 goals=["开展传统黄酒酿造技艺带徒传承和手工开耙示范，完成非遗档案数字化，"
                        "提升公众对传统酿造技艺的认知。"])  # fmt: skip
    indicators(s, OP_HEADER, [
        ("产出指标", "数量指标", "传统黄酒酿造技艺传承人带徒人数", "≥", 24, "人"),
        (None, None, "手工开耙技艺示范场次", "≥", 12, "场"),
        (None, "质量指标", "传统工艺黄酒理化指标抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "发酵缸酒醅酸败率", "≤", pct(0.03), "%"),
        (None, None, "非遗档案数字化完整率", "=", pct(1), "%"),
        (None, "时效指标", "冬酿技艺影像资料归档及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "带徒补助标准", "≤", 0.6, "万元/人"),
        ("效益指标", "社会效益指标", "传统酿造技艺公众体验人次", "≥", 3000, "人次"),
        (None, "可持续影响指标", "黄酒酿造技艺传承体系", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "学徒及体验群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "钟立衡", "0596-6613048", day(2025, 1, 10))
    return b


@variant(
    "zm02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns: a typed "
    "percent over 100 on a 合格率 and ≥ on a 反向 酸败率",
)
def zm02() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹭汀县传统黄酒作坊质量提升项目",
        dept="鹭汀县农业农村局（208003）",
        unit="鹭汀县黄酒产业发展服务中心",
        money=funds([45, 40, 5]),
        goals=["对传统黄酒作坊开展酿造工艺和卫生条件技术指导，提升成品酒质量。"],
    )
    over = mk(pct(1.02), "T106", "error", note="a typed 102% on a 合格率, capped at 100%")
    wrong = mk("≥", "T108", "warning", row=True, note="酸败率 is 反向 and takes ≤")
    indicators(s, OP_HEADER, [
        ("产出指标", "数量指标", "传统黄酒作坊技术指导户数", "≥", 40, "户"),
        (None, None, "酿造用水水源地巡查次数", "≥", 24, "次"),
        (None, "质量指标", "成品黄酒抽检合格率", "≥", over, "%"),
        (None, None, "发酵缸酒醅酸败率", wrong, pct(0.05), "%"),
        (None, "时效指标", "技术指导问题整改及时率", "≥", pct(0.9), "%"),
        (None, "成本指标", "每户技术指导费用", "≤", 0.5, "万元/户"),
        ("效益指标", "经济效益指标", "作坊黄酒销售收入增长率", "≥", pct(0.05), "%"),
        (None, "社会效益指标", "作坊卫生条件达标户数", "≥", 36, "户"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郑沐禾", "0596-7732105", day(2025, 1, 14))
    return b


@variant(
    "zm03-points-in-labels",
    (5, 10),
    "project, NAT-2021, tier-1 points in the labels "
    "(产出指标（40分）) and an indicator 分值 column, both adding to 100, a share raised in "
    "百分点, =100% typed as text (correct)",
)
def zm03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="泷水县黄酒酿造老作坊保护性修缮项目",
        dept="泷水县文化和旅游局（312001）",
        unit="泷水县文物保护管理所",
        money=funds([100, 90, 10]),
        goals=["完成5处黄酒酿造老作坊保护性修缮，征集传统酿造工具，作坊对公众开放。"],
    )
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值", "分值")], [
        ("产出指标（40分）", "数量指标", "黄酒酿造老作坊保护性修缮处数", "≥5处", 10),
        (None, None, "传统酿造工具征集件数", "≥120件", 10),
        (None, "质量指标", "修缮工程验收合格率", "=100%", 10),
        (None, "时效指标", "修缮工程完工时间", "2025年10月31日前", 10),
        ("成本指标（20分）", "经济成本指标", "每处作坊修缮平均成本", "≤16万元/处", 10),
        (None, "生态环境成本指标", "修缮施工扬尘投诉次数", "≤2次", 10),
        ("效益指标（30分）", "社会效益指标", "老作坊开放参观人次", "≥8000人次", 15),
        (None, "可持续影响指标", "展示点获评优质等级占比提高", "≥5百分点", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参观群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("注：一级指标分值合计100分，其下三级指标分值合计亦为100分，两者不重复计算。",
          merge=[(1, 5)])  # fmt: skip
    sign(s, "钟立衡", "0596-6613048", day(2025, 1, 10))
    return b


@variant(
    "zm04-tier-points-mismatch",
    (10,),
    "project, NAT-2021, a tier-1 分值 column merged "
    "down beside the indicator 分值 column: two tiers whose indicators do not add up",
)
def zm04() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="湄川市黄酒传统酿造技艺培训项目",
        dept="湄川市人力资源和社会保障局（415002）",
        unit="湄川市职业技能培训指导中心",
        money=funds([50, 45, 5]),
        goals=["举办黄酒传统酿造技艺培训班，培养一批掌握传统工艺的酿造从业人员。"],
    )
    w50 = mk(50, "W103", "error", note="产出 declared 50, its indicators 10+10+15+10 = 45")
    w20 = mk(20, "W103", "error", note="效益 declared 20, its indicators 15+10 = 25")
    indicators(s, [("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")], [
        ("产出指标", w50, "数量指标", "黄酒传统技艺培训班期数", "≥6期", 10),
        (None, None, None, "培训学员人数", "≥300人", 10),
        (None, None, "质量指标", "学员技能考核合格率", "≥90%", 15),
        (None, None, "时效指标", "培训计划按期完成率", "≥95%", 10),
        ("成本指标", 20, "经济成本指标", "人均培训成本", "≤0.1万元/人", 10),
        (None, None, None, "每期培训场地租赁费", "≤1.5万元/期", 10),
        ("效益指标", w20, "社会效益指标", "学员从事黄酒酿造相关工作人数", "≥120人", 15),
        (None, None, "可持续影响指标", "传统技艺培训长效机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "学员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "陶景川", "0597-3358820", day(2025, 1, 16))
    return b


def _two_row_header(s: Sheet, top: int) -> None:
    """Merge 一级/二级/三级指标 down over the two header rows and 指标值 across its two."""
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)


@variant(
    "zm05-three-year-base",
    (7, 8),
    "three-year project, OLD-NAT, a two-row header "
    "(指标值 over 中期指标值 and 目标值（年度）), annual counts below the period ones, rates "
    "and unit costs equal (correct)",
)
def zm05() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="泷水县黄酒酿造技艺传承基地建设项目",
        dept="泷水县文化和旅游局（312001）",
        unit="泷水县非物质文化遗产保护中心",
        money=funds([300, 270, 30], [100, 90, 10]),
        attr="新增项目",
        goals=[
            "三年建成3个黄酒酿造技艺传承基地，认定传承人30名以上，形成稳定的研学体系。",
            "本年度建成1个传承基地，认定传承人10名，开展研学接待。",
        ],
    )
    top = s.r + 1
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值", None),
                   (None, None, None, "中期指标值", "目标值（年度）")], [
        ("产出指标", "数量指标", "黄酒酿造技艺传承基地建设个数", "≥3个", "≥1个"),
        (None, None, "传统酿造技艺传承人认定人数", "≥30人", "≥10人"),
        (None, "质量指标", "基地建设工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "单个传承基地建设成本", "≤90万元/个", "≤90万元/个"),
        ("效益指标", "社会效益指标", "基地接待研学人次", "≥30000人次", "≥8000人次"),
        (None, "可持续影响指标", "传承基地持续运营机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "研学参与者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    _two_row_header(s, top)
    sign(s, "林若溪", "0596-6613052", day(2025, 1, 10))
    return b


@variant(
    "zm06-period-copied",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: two "
    "cumulative counts copied into the annual column, one annual count above its period",
)
def zm06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=2,
        name="湄川市古法黄酒酿造工序数字化记录项目",
        dept="湄川市文化广电旅游局（415006）",
        unit="湄川市非遗数字资源中心",
        money=funds([80, 70, 10], [45, 40, 5]),
        goals=[
            "两年完成古法黄酒酿造全部工序影像记录和老艺人口述史整理，建成数字资源库。",
            "本年度完成冬酿工序影像采集和首批口述史访谈，资源库上线试运行。",
        ],
    )
    note = "cumulative count of a two-year project copied from the 中期 column"
    indicators(s, [("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")], [
        ("产出指标", "数量指标", "古法酿造工序影像采集条数", "≥400条",
         mk("≥400条", "D202", "warning", note=note)),
        (None, None, "酿酒老艺人口述史访谈人数", "≥40人",
         mk("≥40人", "D202", "warning", note=note)),
        (None, None, "酿造技艺数字资源库条目数", "≥1000条",
         mk("≥1200条", "D201", "error", note="annual 1200 above the two-year 1000")),
        (None, "质量指标", "影像资料验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度采集任务按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "每条工序影像采集成本", "≤0.05万元/条", "≤0.05万元/条"),
        ("效益指标", "社会效益指标", "数字资源线上访问人次", "≥50000人次", "≥20000人次"),
        (None, "可持续影响指标", "数字资源共享机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "传承人及访问用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦青岑", "0597-3358846", day(2025, 1, 20))
    return b
