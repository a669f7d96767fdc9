"""Returns gg13–gg18: stacked projects, flat lists, template rows and page breaks."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout647.common import HEAD4, indicators, new, notes, one_year, sign, w
from tests.variants.holdout647.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
WEIGHTS = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


def _base(s: Sheet, title: str, name: str, total: float, parts: tuple[float, float],
          goal: object, crop: str, area: object, sat: str) -> None:  # fmt: skip
    """One stacked base project with its table (``title`` "" for the second one)."""
    project_head(s, year=2025, name=name, dept="岐坪县农业农村局（508）",
                 unit="岐坪县中药材技术推广站", title=title,
                 money=one_year(w(total), w(parts[0]), w(parts[1])), goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", f"{crop}基地建设面积", area),
        (None, "质量指标", "种苗合格率", "≥95%"),
        (None, "时效指标", "移栽完成时间", "2025年5月31日前"),
        (None, "成本指标", "基地建设补助标准", "≤300元/亩"),
        ("效益指标", "经济效益指标", "亩均增收", "≥600元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", sat),
    ])  # fmt: skip


@variant("gg13-two-bases-stacked", (2,),
         "two base projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in each project (correct)")  # fmt: skip
def gg13() -> Book:
    b, s = new()
    _base(s, "2025年度项目支出绩效目标申报表", "岐坪县党参道地药材基地建设项目", 45, (40, 5),
          "新建党参基地1000亩。", "党参", "≥1000亩", "≥90%")  # fmt: skip
    s.skip()
    _base(s, "", "岐坪县黄芪道地药材基地建设项目", 36, (30, 6),
          "新建黄芪基地800亩。", "黄芪", "≥800亩", "≥85%")  # fmt: skip
    return b


@variant("gg14-stacked-processing-defects", (2, 12),
         "a base and a processing project stacked, OLD-NAT: the second's money does not add up, "
         "its goal's tonnage differs from the indicator, a count under 质量")  # fmt: skip
def gg14() -> Book:
    b, s = new()
    _base(s, "2025年度项目支出绩效目标申报表", "岐坪县黄芪道地药材基地建设项目", 36, (30, 6),
          "新建黄芪基地800亩。", "黄芪", "≥800亩", "≥90%")  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="岐坪县黄芪产地初加工项目",
                 dept="岐坪县农业农村局（508）", unit="岐坪县中药材技术推广站",
                 money=one_year(mk(w(90), "B101", "error", note="70 + 15 = 85, not 90"),
                                w(70), w(15)),
                 goals=[ok("购置烘干和切片设备，年初加工黄芪2000吨。", "warning",
                           note="the goal side of the D104")])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "黄芪初加工量",
         mk("≥1800吨", "D104", "warning", row=True, note="the goal states 2000吨")),
        (None, "质量指标", mk("烘干切片设备购置数量", "F201", "warning", row=True,
                              note="a count under 质量指标"), "≥4台"),
        (None, None, "初加工产品合格率", "≥95%"),
        (None, "时效指标", "设备投用时间", "2025年9月30日前"),
        (None, "成本指标", "吨均加工成本", "≤300元/吨"),
        ("效益指标", "经济效益指标", "加工增值", "≥100万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _flat(s: Sheet, goal: object, rows: list[tuple[object, ...]]) -> None:
    """A department head and a flat indicator list."""
    department_head(s, year=2025, dept="岐坪县中药材技术推广站",
                    budget=[(w(240), w(220), w(20), w(90), w(150))], goal=goal)  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT)
    for line in rows:
        s.row(*line)


@variant("gg15-flat-processing", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed "
         "percent cells, weights adding to 100, a goal total with its parts in brackets "
         "(correct)")  # fmt: skip
def gg15() -> Book:
    b, s = new()
    _flat(s, "完成党参、黄芪产地初加工3000吨（其中党参1800吨、黄芪1200吨），推广清洁能源烘干。", [
        ("党参、黄芪初加工总量", 20, "吨", "≥", 3000),
        ("清洁能源烘干设备推广数量", 15, "台", "≥", 12),
        ("初加工产品合格率", 15, "%", "≥", pct(0.95)),
        ("产品含水率超标率", 10, "%", "≤", pct(0.03)),
        ("吨均初加工补助标准", 10, "元/吨", "≤", 400),
        ("加工户户均增收", 20, "元", "≥", 2500),
        ("加工户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("gg16-flat-defects", (3,),
         "department, flat list: weights adding to 95, the goal's count of processing points "
         "above the indicator's")  # fmt: skip
def gg16() -> Book:
    b, s = new()
    _flat(s, ok("新建村级中药材初加工点5个，年初加工党参、黄芪2000吨。", "warning",
                note="the goal side of the D104"), [
        ("村级初加工点新建数量", 20, "个", "≥",
         mk(4, "D104", "warning", row=True, note="the goal states 5 points")),
        ("党参、黄芪初加工量", 20, "吨", "≥", 2000),
        ("初加工产品合格率", 15, "%", "≥", pct(0.95)),
        ("初加工点建设补助标准", 10, "万元/个", "≤", 20),
        ("加工户户均增收", 20, "元", "≥", 2000),
        ("加工户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 20 + 15 + 10 + 20 + 10 = 95, not 100")
    return b


@variant("gg17-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, a "
         "value without a name, the template's example row left in")  # fmt: skip
def gg17() -> Book:
    b, s = new()
    project_head(s, year=2025, name="岐坪县党参初加工技术培训项目",
                 dept="岐坪县农业农村局（508）", unit="岐坪县中药材技术推广站",
                 money=one_year(w(30), w(30), w(0)),
                 goals=["开展党参产地初加工技术培训12期，培训加工户600人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "初加工技术培训期数", "≥12期"),
        (None, None, "培训加工户人次", "≥600人次"),
        (None, None, "示例：XX培训人次",
         mk("≥**人次", "X101", "error", row=True, note="the template's example row left in")),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", mk(None, "F110", "error", note="a value with no indicator name"),
         "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每期培训成本", "≤2.5万元"),
        ("效益指标", "社会效益指标", "参训户掌握规范加工技术比例", "≥85%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="a template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gg18-center-page-break", (4, 7),
         "department, NAT-2021, weight column: header repeated after a page break, 小计 and 合计 "
         "rows, a 说明 row, 填表说明 and signature lines (correct)")  # fmt: skip
def gg18() -> Book:
    b, s = new("部门整体")
    department_head(s, year=2025, dept="鹤原县中药材质量检测中心",
                    budget=[(w(310), w(290), w(20), w(170), w(140))],
                    tasks=[("药材质量抽检", "党参、黄芪基地和加工户抽检", w(80), "抽检300批次"),
                           ("初加工规范指导", "驻点指导和培训", w(60), "指导加工户200户"),
                           ("金额合计", None, w(140), None)],
                    goal="抽检党参、黄芪药材300批次，指导初加工户200户规范加工。")  # fmt: skip
    indicators(s, WEIGHTS, [
        ("产出指标", "数量指标", "药材质量抽检批次", "≥300批次", 15),
        (None, None, "指导初加工户数", "≥200户", 15),
        (None, "质量指标", "检测报告差错率", "≤1%", 10),
        (None, "时效指标", "检测结果出具时限", "≤7个工作日", 10),
        ("小计", None, None, None, 50),
    ])  # fmt: skip
    s.skip()
    indicators(s, WEIGHTS, [
        ("成本指标", "经济成本指标", "单批次检测成本", "≤2500元", 10),
        ("效益指标", "社会效益指标", "加工户规范加工比例", "≥85%", 15),
        (None, "可持续影响指标", "质量追溯档案建档率", pct(1), 15),
        ("满意度指标", "服务对象满意度指标", "送检主体满意度", "≥90%", 10),
        ("小计", None, None, None, 50),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "说明：权重合计100分，预算执行率另行评价，不列入本表。",
          "填表说明：小计、合计行不计入指标。")  # fmt: skip
    sign(s, "孟庆禾", "0938-6219031", (2024, 11, 28))
    return b
