"""The county hospital as a whole: department returns, flat lists and budget-system exports."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout822.common import (
    HOSPITAL,
    YEAR,
    book,
    indicators,
    notes,
    sign,
    w,
)
from tests.variants.holdout822.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kez13-hospital-department",
    (5, 12),
    "department, NAT-2021 with abbreviated tier labels (产出, 数量), budget and key tasks adding "
    "up, a goal count with its parts in brackets (correct)",
)
def kez13() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept=HOSPITAL,
        budget=[(w(9800), w(3600), w(6200), w(8600), w(1200))],
        tasks=[
            ("CT设备购置", "购置64排CT 1台并改造机房", w(860), "9月底前投入使用"),
            ("医护人员培训", "县乡医护人员CT操作及阅片培训", w(60), "培训300人次"),
            ("远程医疗建设", "建设远程医疗中心，联通乡镇卫生院", w(280), "联通6家乡镇卫生院"),
            ("金额合计", None, w(1200), None),
        ],
        goal="全年门急诊服务不少于32万人次；完成CT设备更新1台，培训医护人员300人次（其中县级"
        "180人次、乡镇120人次），联通乡镇卫生院6家。",
    )
    indicators(
        s,
        [
            ("产出", "数量", "门急诊服务人次", "≥32万人次"),
            (None, None, "CT设备更新数量", "=1台"),
            (None, None, "医护人员培训人次", "≥300人次"),
            (None, None, "联通乡镇卫生院数", "≥6家"),
            (None, "质量", "医疗设备完好率", "≥95%"),
            (None, "时效", "CT设备投入使用时间", "9月30日前"),
            ("成本", "经济成本", "CT设备购置及机房改造费用", "≤860万元"),
            ("效益", "社会效益", "县域内就诊率", "≥90%"),
            ("满意度", "服务对象满意度", "门诊患者满意度", "≥90%"),
        ],
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 20))
    return b


@variant(
    "kez14-department-tasks",
    (12,),
    "department, NAT-2021: key tasks not adding up to 金额合计, the goal's training count "
    "against the indicator's, terminals costing more than their task's money",
)
def kez14() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept=HOSPITAL,
        budget=[(w(9700), w(3500), w(6200), w(8500), w(1200))],
        tasks=[
            ("CT设备购置", "购置64排CT 1台并改造机房", w(860), "9月底前投入使用"),
            ("医护人员培训", "县乡医护人员CT操作培训", w(60), ok("培训120人次", "warning")),
            ("远程医疗建设", "为乡镇卫生院配置远程会诊终端", w(180), "联通乡镇卫生院"),
            (
                "金额合计",
                None,
                mk(w(1200), "B102", "error", note="860＋60＋180＝1100，不是1200"),
                None,
            ),
        ],
        goal=ok(
            "完成CT设备更新1台，培训医护人员120人次，为乡镇卫生院配置远程会诊终端。",
            "warning",
            note="the other side of the D104 below",
        ),
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "CT设备更新数量", "=1台"),
            (
                None,
                None,
                "医护人员培训人次",
                mk("≥150人次", "D104", "warning", row=True, note="年度总体目标写培训120人次"),
            ),
            (None, None, "远程会诊终端配置数量", ok("≥20套", "warning", note="B107 may land here")),
            (None, "质量指标", "医疗设备完好率", "≥95%"),
            (None, "时效指标", "CT设备投入使用时间", "9月30日前"),
            (
                "成本指标",
                "经济成本指标",
                "远程会诊终端单价",
                mk(
                    "≤12万元/套",
                    "B107",
                    "warning",
                    row=True,
                    note="12万元 × 20套 ＝ 240万元，超过远程医疗建设任务的180万元",
                ),
            ),
            ("效益指标", "社会效益指标", "县域内就诊率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "门诊患者满意度", "≥90%"),
        ],
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 20))
    return b


def flat_department(s: Sheet, budget: tuple[float, ...], goal: str) -> None:
    """The department head of a flat-list return."""
    department_head(s, year=YEAR, dept=HOSPITAL, budget=[tuple(w(x) for x in budget)], goal=goal)


@variant(
    "kez15-flat-list",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, a 下降率 with ≥, weights adding to 100 (correct)",
)
def kez15() -> Book:
    b, s = book()
    flat_department(
        s,
        (9800, 3600, 6200, 8600, 1200),
        "全年门急诊服务32万人次，完成CT设备更新，联通乡镇卫生院6家。",
    )
    indicators(
        s,
        [
            ("门急诊服务人次", 15, "万人次", "≥", 32),
            ("CT检查人次", 10, "人次", "≥", 12000),
            ("医护人员培训人次", 10, "人次", "≥", 300),
            ("联通乡镇卫生院数", 10, "家", "≥", 6),
            ("医疗设备完好率", 10, "%", "≥", pct(0.95)),
            ("医院感染发生率", 10, "%", "≤", pct(0.05)),
            ("远程会诊响应时间", 10, "分钟", "≤", 30),
            ("平均住院日较上年下降率", 10, "%", "≥", pct(0.03)),
            ("门诊患者满意度", 15, "%", "≥", pct(0.9)),
        ],
        header=FLAT,
        merged=(),
    )
    s.row("合计", 100, None, None, None)
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 20))
    return b


@variant(
    "kez16-flat-duplicates",
    (3,),
    "department, flat list: the same indicator twice, weights adding to 95",
)
def kez16() -> Book:
    b, s = book()
    flat_department(
        s,
        (9800, 3600, 6200, 8600, 1200),
        "全年门急诊服务32万人次，完成CT设备更新，联通乡镇卫生院6家。",
    )
    b.file_mark("W101", "error", note="权重合计95，应为100")
    indicators(
        s,
        [
            ("门急诊服务人次", 15, "万人次", "≥", 32),
            ("CT检查人次", 10, "人次", "≥", 12000),
            ("联通乡镇卫生院数", 10, "家", "≥", 6),
            ("医疗设备完好率", 10, "%", "≥", pct(0.95)),
            ("CT检查阳性率较上年提高", 10, "百分点", "≥", 3),
            ("远程会诊响应时间", 10, "分钟", "≤", 30),
            (
                mk(
                    "联通乡镇卫生院数",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103",),
                    note="与上文同一指标重复填报",
                ),
                5,
                "家",
                "≥",
                6,
            ),
            ("医院感染发生率", 10, "%", "≤", pct(0.05)),
            ("门诊患者满意度", 15, "%", "≥", pct(0.9)),
        ],
        header=FLAT,
        merged=(),
    )
    sign(s, "闵绍堂", "0739-6628417", (YEAR - 1, 11, 20))
    return b


def export_budget(b: Book, lines: list[tuple[str, str, float, float, float]]) -> None:
    """The first sheet of a budget-system export: one line per project, a 合计 line."""
    s = b.sheet("部门项目支出预算05-1", (18, 28, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row(f"单位：{HOSPITAL}", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    for code, name, total, fiscal, other in lines:
        s.row(code, name, w(total), w(fiscal), w(other))
    sums = [sum(x[i] for x in lines) for i in (2, 3, 4)]
    s.row("合计", None, *(w(x) for x in sums))


def export_head(b: Book) -> Sheet:
    """The indicator sheet of the export, its header on the third row."""
    s = b.sheet("部门项目支出绩效目标05-2", (18, 24, 14, 16, 28, 16))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s.row(f"单位：{HOSPITAL}", None, None, None, None, f"填报日期：{YEAR - 1}年11月20日")
    return s


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kez17-budget-export",
    (7, 9),
    "budget-system export: a budget sheet, then the indicator sheet with project codes in the "
    "first columns and the header on the third row, two projects, =100% kept as text (correct)",
)
def kez17() -> Book:
    b = Book()
    export_budget(
        b,
        [
            ("417003-26-0012", "县乡远程医疗协同项目", 180, 150, 30),
            ("417003-26-0015", "CT设备运行保障项目", 95, 80, 15),
        ],
    )
    s = export_head(b)
    tele, ct = ("417003-26-0012", "县乡远程医疗协同项目"), ("417003-26-0015", "CT设备运行保障项目")
    indicators(
        s,
        [
            (*tele, "产出指标", "数量指标", "联通乡镇卫生院数", "≥6家"),
            (None, None, None, None, "远程会诊例数", "≥800例"),
            (None, None, None, "质量指标", "终端安装验收合格率", "=100%"),
            (None, None, None, "时效指标", "终端安装完成时间", "6月30日前"),
            (None, None, "成本指标", "经济成本指标", "乡镇远程终端单价", "≤15万元/套"),
            (None, None, "效益指标", "社会效益指标", "县域内就诊率", "≥90%"),
            (None, None, None, "可持续影响指标", "远程医疗协同机制", "建立并执行"),
            (None, None, "满意度指标", "服务对象满意度指标", "乡镇卫生院医务人员满意度", "≥90%"),
            (*ct, "产出指标", "数量指标", "CT年检查人次", "≥12000人次"),
            (None, None, None, "质量指标", "影像报告复核符合率", "≥95%"),
            (None, None, None, "时效指标", "急诊CT报告出具时间", "≤30分钟"),
            (None, None, "成本指标", "经济成本指标", "年度设备维保费用", "≤80万元"),
            (None, None, "效益指标", "可持续影响指标", "CT设备完好率", "≥95%"),
            (None, None, "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
        ],
        header=EXPORT,
        merged=(1, 2, 3, 4),
    )
    notes(s, "注：本表由预算管理一体化系统导出。")
    return b


@variant(
    "kez18-export-leftovers",
    (7,),
    "budget-system export, codes in the first columns: last year's deadline, a satisfaction "
    "rate under 社会效益",
)
def kez18() -> Book:
    b = Book()
    export_budget(b, [("417003-26-0019", "医学影像云平台建设项目", 150, 150, 0)])
    s = export_head(b)
    indicators(
        s,
        [
            (
                "417003-26-0019",
                "医学影像云平台建设项目",
                "产出指标",
                "数量指标",
                "接入影像云平台乡镇卫生院数",
                "≥6家",
            ),
            (None, None, None, "质量指标", "影像上传完整率", "≥98%"),
            (
                None,
                None,
                None,
                "时效指标",
                "影像云平台上线时间",
                mk(
                    "2025年12月31日前",
                    "Y102",
                    "error",
                    note="2026年预算，期限却是2025年（上年的表）",
                ),
            ),
            (None, None, "成本指标", "经济成本指标", "影像云平台建设费用", "≤150万元"),
            (None, None, "效益指标", "社会效益指标", "乡镇患者重复检查减少率", "≥30%"),
            (
                None,
                None,
                None,
                None,
                mk(
                    "乡镇卫生院医生使用满意度",
                    "F201",
                    "warning",
                    row=True,
                    note="满意度指标填在社会效益指标下",
                ),
                "≥90%",
            ),
            (None, None, None, "可持续影响指标", "影像数据保存年限", "≥15年"),
            (None, None, "满意度指标", "服务对象满意度指标", "临床医生满意度", "≥90%"),
        ],
        header=EXPORT,
        merged=(1, 2, 3, 4),
    )
    return b
