"""Department returns, flat lists and budget-system exports of the village tourism offices,
vy13–vy18."""

from __future__ import annotations

from tests.variants.holdout379.common import TIERS, department, start, wan
from tests.variants.holdout379.registry import variant
from tests.variants.kit import Book, Sheet, mk

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
TASKS = (
    ("农家乐提质", "厨房、庭院和消防改造补助", 200, "改造农家乐100户"),
    ("民宿集群培育", "鹤垄、溪谷片区精品民宿培育", 230, "培育精品民宿30家"),
    ("乡村旅游推介", "线上平台、节庆和推介会", 120, "举办推介活动8场"),
)


@variant("vy13-bureau-money", (12,),
         "department, NAT-2021: budget adding both ways, key tasks adding to 金额合计 = 项目支出, "
         "0 incidents and a =100% 处置率 (correct)")  # fmt: skip
def bureau_money() -> Book:
    b, s = start("部门整体")
    department(s, dept="鹭坪县文化广电旅游体育局", budget=(860, 800, 60, 310, 550),
               goal="推动农家乐提质和民宿集群发展，乡村旅游接待人次增长10%以上。",
               tasks=(*TASKS, ("金额合计", None, 550, None)))  # fmt: skip
    s.row("年度绩效指标", None, None, None)
    s.row(*TIERS)
    s.table([
        ("产出指标", "数量指标", "提质改造农家乐户数", "≥100户"),
        (None, None, "培育精品民宿数量", "≥30家"),
        (None, "质量指标", "改造项目验收合格率", "100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年12月15日前"),
        ("成本指标", "经济成本指标", "单场推介活动费用", "≤15万元/场"),
        ("效益指标", "经济效益指标", "乡村旅游接待人次增长率", "≥10%"),
        (None, "社会效益指标", "乡村旅游重大安全事故发生起数", "≤0起"),
        (None, None, "游客投诉处置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "vy14-bureau-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def bureau_money_wrong() -> Book:
    b, s = start("部门整体")
    total = mk(
        wan(920),
        "B101",
        "error",
        row=True,
        note="财政拨款 860 + 其他资金 60 = 920，但基本支出 330 + 项目支出 560 = 890",
    )
    department(s, dept="鹭坪县农业农村局", budget=(total, 860, 60, 330, 560),
               goal="完善农家乐和民宿所在村的污水、垃圾和道路配套。",
               tasks=(("农家乐集中村污水治理", "污水管网和终端", 260, "覆盖12个村"),
                      ("民宿村垃圾分类", "分类亭和转运车辆", 180, "覆盖15个村"),
                      ("旅游道路修缮", "村内游步道修缮", 110, "修缮游步道18公里"),
                      ("金额合计", None, mk(wan(560), "B102", "error",
                                            note="任务合计 260+180+110=550"), None)))  # fmt: skip
    s.row("年度绩效指标", None, None, None)
    s.row(*TIERS)
    s.table([
        ("产出指标", "数量指标", "污水治理覆盖村数", "≥12个"),
        (None, None, "修缮游步道长度", "≥18公里"),
        (None, "质量指标", "污水终端出水达标率", "≥95%"),
        (None, "时效指标", "年度工程完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "游步道修缮单价", "≤6万元/公里"),
        ("效益指标", "生态效益指标", "民宿村生活垃圾回收利用率", "≥40%"),
        (None, "社会效益指标", "村民人居环境改善知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("vy15-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), bare numbers with % in the unit column, a 投诉率 with ≤, weights adding "
         "to 100 (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = start()
    department(s, dept="鹭坪县乡村旅游发展中心", budget=(320, 300, 20, 95, 225),
               goal="服务全县农家乐和民宿经营户，提升乡村旅游接待质量。",
               tasks=(("经营户培训", "农家乐、民宿经营培训", 45, "培训600人次"),
                      ("星级等级评定", "农家乐星级和民宿等级评定", 80, "评定170家"),
                      ("宣传推介", "线上推广和推介活动", 100, "推介活动10场"),
                      ("金额合计", None, 225, None)))  # fmt: skip
    s.row("年度绩效指标", None, None, None)
    s.row(*FLAT)
    s.table([
        ("经营户培训人次", 20, "人次", "≥", 600),
        ("完成评定农家乐和民宿数量", 20, "家", "≥", 170),
        ("等级评定复核准确率", 15, "%", "≥", 98),
        ("乡村旅游投诉率", 15, "%", "≤", 1.5),
        ("单场推介活动费用", 10, "万元/场", "≤", 10),
        ("乡村旅游收入增长率", 10, "%", "≥", 8),
        ("经营户满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("vy16-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · "
         "指标方向 · 权重): a unit conflicting with the unit column, ≥ on a 反向 rate, "
         "weights adding to 95")  # fmt: skip
def flat_wrong() -> Book:
    b, s = start()
    department(s, dept="鹭坪县茶垄镇人民政府", budget=(150, 130, 20, 60, 90),
               goal="扶持全镇农家乐和民宿规范经营，打造茶园民宿特色村。",
               tasks=(("农家乐扶持", "农家乐经营补助", 40, "扶持20户"),
                      ("茶园民宿特色村", "公共配套和风貌整治", 50, "建成特色村1个"),
                      ("金额合计", None, 90, None)))  # fmt: skip
    s.row("年度绩效指标", None, None, None)
    s.row("指标名称", "指标值", "计量单位", "指标方向", "权重")
    s.table([
        ("扶持农家乐户数", "≥20", "户", "正向", 25),
        ("农家乐扶持资金", mk("≤40万元", "T112", "error", note="值中单位万元与计量单位列“户”冲突"),
         "户", "反向", 15),
        ("特色村公共配套完成率", "≥95", "%", "正向", 20),
        ("民宿油烟噪声投诉率", mk("≥2", "T108", "warning", row=True, note="反向指标写成下限"),
         "%", "反向", 15),
        ("经营户满意度", "≥90", "%", "正向", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="权重合计 25+15+20+15+20=95，应为 100")
    return b


def _export_budget(s: Sheet, code: str, name: str, lines: tuple[tuple[str, float], ...]) -> None:
    """The 05-1 sheet of a budget-system export: header on the third row, codes first."""
    s.title("部门项目支出预算表（05-1）", 6)
    s.row("单位：鹭坪县乡村旅游发展中心", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "支出经济分类", "合计", "财政拨款", "其他资金")
    for label, amount in lines:
        s.row(code, name, label, wan(amount), wan(amount), wan(0))
    total = sum(a for _, a in lines)
    s.row("合计", None, None, wan(total), wan(total), wan(0))


def _export_goals(b: Book, code: str, name: str, rows: list[tuple[object, ...]]) -> None:
    """The 05-2 sheet: header on the third row, codes first, tiers merged down."""
    s = b.sheet("部门项目支出绩效目标05-2", (18, 24, 12, 16, 28, 18))
    s.title("部门项目支出绩效目标表（05-2）", 6)
    s.row("单位：鹭坪县乡村旅游发展中心", None, None, None, "预算年度：2025")
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    s.table([(code, name, *r) if i == 0 else (None, None, *r) for i, r in enumerate(rows)],
            merged=(1, 2, 3, 4))  # fmt: skip


@variant("vy17-export-guides", (7, 4),
         "budget-system export, OLD-NAT: 05-1 budget sheet and the indicator table on the 05-2 "
         "sheet, header on the third row under 绩效目标值, codes in the first columns "
         "(correct)")  # fmt: skip
def export_guides() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 24, 16, 14, 14, 14))
    code, name = "361128250010017", "鹭坪县民宿集聚区导览标识及智慧服务项目"
    _export_budget(s, code, name, (("委托业务费", 36), ("专用设备购置", 44)))
    _export_goals(b, code, name, [
        ("产出指标", "数量指标", "新设民宿导览标识数量", "≥120块"),
        (None, None, "智慧服务终端安装数量", "≥8台"),
        (None, "质量指标", "标识及终端验收合格率", "100%"),
        (None, "时效指标", "安装完成时间", "2025年9月30日前"),
        (None, "成本指标", "单块导览标识制作费用", "≤0.3万元/块"),
        (None, None, "智慧服务终端单价", "≤5.5万元/台"),
        ("效益指标", "社会效益指标", "游客自助导览使用人次", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vy18-export-wrong", (7, 1),
         "budget-system export, OLD-NAT, indicator table on the 05-2 sheet: a 达标率 given as a "
         "count, a satisfaction target of 60%")  # fmt: skip
def export_wrong() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 24, 16, 14, 14, 14))
    code, name = "361128250010023", "鹭坪县民宿消防设施补短板项目"
    _export_budget(s, code, name, (("其他对个人和家庭的补助", 45), ("委托业务费", 9)))
    _export_goals(b, code, name, [
        ("产出指标", "数量指标", "补齐消防设施民宿数量", "≥45家"),
        (None, "质量指标", "民宿消防设施配备达标率", mk("45家", "T105", "error",
                                                        note="达标率写成家数")),
        (None, "时效指标", "补助发放时间", "2025年10月31日前"),
        (None, "成本指标", "单家民宿消防补助", "≤1万元/家"),
        ("效益指标", "社会效益指标", "民宿火灾隐患整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "民宿经营者满意度", mk("≥60%", "T114", "warning",
                                                            note="满意度目标过低")),
    ])  # fmt: skip
    return b
