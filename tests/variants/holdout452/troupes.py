"""Troupe departments and a joint circus-magic tour: returns yt13–yt18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout452.common import YEAR, indicators, note, signatures, start, wan
from tests.variants.holdout452.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "苇塘县杂技魔术艺术中心"


@variant("yt13-troupe-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights add to 100 (correct)")  # fmt: skip
def yt13() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=DEPT,
                    budget=[(wan(820), wan(700), wan(120), wan(560), wan(260))],
                    tasks=[("乡村马戏巡演", "赴各乡镇巡演马戏", wan(150), "丰富农村文化生活"),
                           ("魔术进社区", "社区和村委会魔术演出", wan(110), "普及科学常识"),
                           ("金额合计", None, wan(260), None)],
                    goal="完成马戏魔术乡村演出任务，提升群众文化获得感。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("乡村马戏巡演场次", 20, "场", "≥", 120),
        ("社区魔术演出场次", 15, "场", "≥", 80),
        ("演出安全责任事故", 10, "起", "≤", 0),
        ("观众投诉下降率", 10, "%", "≥", pct(0.1)),
        ("节目审查通过率", 10, "%", "=", pct(1)),
        ("单场演出平均成本", 10, "万元/场", "≤", 1.3),
        ("惠及农村观众人次", 15, "人次", "≥", 100000),
        ("观众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("yt14-troupe-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): a unit conflict, a direction conflict, weights adding "
         "to 95")  # fmt: skip
def yt14() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="苇塘县马戏艺术团",
                    budget=[(wan(430), wan(380), wan(50), wan(310), wan(120))],
                    goal="开展马戏下乡和非遗马戏技艺传承。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("马戏下乡演出场次",
         mk("≥12万元", "T112", "error", alt=("T119",), note="值的单位万元与计量单位“场”冲突"),
         "正向", "场", 20),
        ("非遗马戏技艺传承学员", "≥20", "正向", "人", 15),
        ("观众投诉率", mk("≥2%", "T108", "warning", row=True, note="投诉率反向，却写≥"),
         "反向", "%", 10),
        ("单场演出成本", "≤0.8", "反向", "万元/场", 15),
        ("惠及农村观众人次", "≥60000", "正向", "人次", 20),
        ("观众满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant("yt15-troupe-department-money", (4, 12),
         "department, NAT-2021, weight column: budget and key tasks consistent, the header row "
         "repeated after a page break, a total row for the weights (correct)")  # fmt: skip
def yt15() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=DEPT,
                    budget=[(wan(1260), wan(1100), wan(160), wan(900), wan(360))],
                    tasks=[("马戏下乡", "乡镇巡演和集市展演", wan(200), "覆盖全县乡镇"),
                           ("魔术科普", "进校园进村屯科普演出", wan(100), "普及科学常识"),
                           ("演员培训", "青年演员技艺培训", wan(60), "提升演出水平"),
                           ("金额合计", None, wan(360), None)],
                    goal="完成全年乡村演出和人才培养任务。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "乡村演出总场次", "≥300场", 20),
        (None, None, "培训青年演员", "≥40人", 10),
        (None, "质量指标", "演出安全检查合格率", "=100%", 10),
        (None, "时效指标", "年度演出计划按期完成率", "≥95%", 10),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单场演出平均成本", "≤1万元/场", 10),
        ("效益指标", "社会效益指标", "惠及农村观众人次", "≥150000人次", 20),
        (None, "可持续影响指标", "乡镇固定演出点", "≥15个", 10),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    signatures(s, "黎青禾", "0775-3920417", (YEAR - 1, 11, 26))
    return b


@variant("yt16-troupe-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to "
         "金额合计")  # fmt: skip
def yt16() -> Book:
    b, s = start()
    total = mk(wan(640), "B101", "error", note="基本支出420 + 项目支出200 = 620 ≠ 640")
    tasks_total = mk(wan(200), "B102", "error", note="任务金额120 + 60 = 180 ≠ 200")
    department_head(s, year=YEAR, dept="苇塘县魔术艺术团",
                    budget=[(total, wan(560), wan(80), wan(420), wan(200))],
                    tasks=[("魔术下乡", "乡镇魔术巡演", wan(120), "覆盖全县乡镇"),
                           ("魔术科普", "校园科普演出", wan(60), "普及科学常识"),
                           ("金额合计", None, tasks_total, None)],
                    goal="完成魔术下乡和科普演出任务。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "乡镇魔术演出场次", "≥150场"),
        (None, "质量指标", "节目审查通过率", "=100%"),
        (None, "时效指标", "巡演完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "单场演出平均成本", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "惠及群众人次", "≥60000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yt17-troupe-export", (7,),
         "budget-system export: codes in the first columns, a budget sheet 05-1 and the "
         "indicator sheet 05-2 with its header on the third row, tiers in every row "
         "(correct)")  # fmt: skip
def yt17() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 18, 14, 24, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code = ("417003", DEPT, "45102626Y000031", "马戏魔术联袂下乡演出")
    s.row(*code, wan(84), wan(70), wan(14))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 14, 24, 12, 16, 22, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位：万元")
    t.row("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
          "指标值")  # fmt: skip
    for line in (
        ("产出指标", "数量指标", "联袂下乡演出场次", "≥70场"),
        ("产出指标", "质量指标", "节目审查通过率", "=100%"),
        ("产出指标", "时效指标", "演出完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "单场演出成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "惠及农村观众人次", "≥35000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ):
        t.row(*code, *line)
    return b


@variant("yt18-joint-two-year", (8, 1),
         "two-year joint circus-magic tour, NAT-2021, operator column, 中期 and 年度 value "
         "columns with percent cells: an annual count above its period count, a typed 102 % "
         "on a capped rate")  # fmt: skip
def yt18() -> Book:
    b, s = start(widths=(14, 18, 26, 10, 14, 14, 10))
    project_head(s, year=YEAR, years=2, name="马戏魔术联合巡演两年行动", dept=DEPT,
                 unit="苇塘县杂技魔术艺术中心", attr="新增项目",
                 money=[("中期资金总额", wan(160), "年度资金总额", wan(80)),
                        ("其中：财政拨款", wan(140), "其中：财政拨款", wan(70)),
                        ("其他资金", wan(20), "其他资金", wan(10))],
                 goals=["两年内联合巡演覆盖全县行政村，培育乡村演出市场。",
                        "首年完成一半行政村巡演，建立演出点。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    above = mk(130, "D201", "error", note="年度场次130大于两年合计120")
    capped = mk(pct(1.02), "T106", "error", note="合格率上限100%，却填102%")
    indicators(s, head, [
        ("产出指标", "数量指标", "联合巡演场次", "≥", 120, above, "场"),
        (None, None, "覆盖行政村数", "≥", 96, 48, "个"),
        (None, "质量指标", "演出安全检查合格率", "=", pct(1), capped, "%"),
        (None, "时效指标", "年度巡演计划按期完成率", "≥", pct(0.95), pct(0.95), "%"),
        ("成本指标", "经济成本指标", "单场演出成本", "≤", 0.6, 0.6, "万元/场"),
        ("效益指标", "社会效益指标", "农村观众观演人次", "≥", 72000, 36000, "人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "说明：中期指标值为两年累计数，年度指标值为第一年数。", width=7)
    return b
