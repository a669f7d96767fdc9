"""Family trees collected and digitised: uz01–uz06."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout354.common import (
    HEAD,
    YEAR,
    annual,
    indicators,
    note,
    project,
    start,
    w,
)
from tests.variants.holdout354.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


@variant("uz01-percent-cells", (1,), "project, OLD-NAT, operator column (指标性质) and unit "
         "column, typed percent cells, 万元 only in the number format (correct)")  # fmt: skip
def uz01() -> Book:
    b, s = start()
    project(s, "民间散存家谱征集与数字化扫描", annual(w(38.6), w(35), w(3.6)),
            ["征集散存民间家谱不少于140部，完成扫描约42000页，建立家谱目录数据库。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "征集入藏家谱数量", "≥", 140, "部"),
        (None, None, "家谱数字化扫描页数", "≥", 42000, "页"),
        (None, "质量指标", "扫描图像合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "年度扫描任务按时完成率", "=", pct(1), "%"),
        (None, "成本指标", "单页扫描成本", "≤", 0.6, "元/页"),
        ("效益指标", "社会效益指标", "数字化家谱开放查阅数量", "≥", 120, "部"),
        (None, "可持续影响指标", "家谱原件出库调阅次数下降率", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "捐谱宗亲满意度", "≥", pct(0.9), "%"),
    ], ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    return b


def _survey(s: Sheet, title: str | None = None) -> None:
    """The first stacked project, correct in uz02 and uz03."""
    project(s, "乡镇家谱普查征集", annual(w(12), w(10), w(2)),
            ["走访全县86个行政村，登记并征集民间家谱不少于60部。"], title=title)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "普查走访行政村", "≥86个"),
        (None, None, "新征集家谱", "≥60部"),
        (None, "质量指标", "征集家谱登记著录合格率", "≥95%"),
        (None, "时效指标", "普查完成时间", "2025年10月31日前"),
        (None, "成本指标", "家谱征集奖励标准", "≤800元/部"),
        ("效益指标", "社会效益指标", "新增可供查阅家谱", "≥60部"),
        ("满意度指标", "服务对象满意度指标", "捐谱家族满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()


@variant("uz02-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same satisfaction indicator with different values (correct)")  # fmt: skip
def uz02() -> Book:
    b, s = start()
    _survey(s)
    project(s, "馆藏家谱数字化加工", annual(w(20), w(20), w(0)),
            ["完成馆藏家谱扫描30000页，开放线上检索。"], title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "家谱扫描页数", "≥30000页"),
        (None, "质量指标", "图像质检合格率", "≥98%"),
        (None, "时效指标", "加工完成时间", "2025年11月30日前"),
        (None, "成本指标", "单页加工成本", "≤5元/页"),
        ("效益指标", "社会效益指标", "线上家谱检索量", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "捐谱家族满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("uz03-stacked-money", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and one rate is a count")  # fmt: skip
def uz03() -> Book:
    b, s = start()
    _survey(s, title=f"{YEAR}年度家谱工作项目绩效目标表")
    total = mk(w(26), "B101", "error", row=True, note="20 + 4 = 24 ≠ 26")
    project(s, "家谱目录数据库建设", annual(total, w(20), w(4)),
            ["著录馆藏家谱目录，建成可检索的家谱目录数据库。"], title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "著录家谱目录条目", "≥3000条"),
        (None, "质量指标", "家谱目录著录完成率",
         mk("≥300条", "T105", "error", note="a 完成率 given as a count")),
        (None, "时效指标", "数据库上线时间", "2025年12月20日前"),
        (None, "成本指标", "单条著录成本", "≤60元/条"),
        ("效益指标", "社会效益指标", "目录数据库检索量", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "查谱群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("uz04-flat-department", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100, "
         "a 合计 row (correct)")  # fmt: skip
def uz04() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤坪县档案馆",
                    budget=[(w(860), w(812), w(48), w(598), w(262))],
                    tasks=[("家谱征集与数字化", "征集民间家谱，扫描馆藏家谱", w(118), "入藏150部"),
                           ("馆藏档案修复", "修复破损谱牒和民国档案", w(84), "修复3200页"),
                           ("阅览与展陈服务", "家谱阅览室开放、专题展览", w(60), "接待4200人次"),
                           ("金额合计", None, w(262), None)],
                    goal="围绕家谱征集、数字化、修复和利用，提升馆藏保护与服务水平。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, [
        ("征集入藏家谱", 15, "部", "≥", 150),
        ("家谱及档案数字化页数", 15, "页", "≥", 60000),
        ("修复破损档案", 15, "页", "≥", 3200),
        ("举办家谱专题展览", 10, "场", "≥", 2),
        ("阅览室接待查阅", 10, "人次", "≥", 4200),
        ("馆藏档案安全事故", 10, "起", "=", 0),
        ("馆藏档案破损率", 10, "%", "≤", pct(0.02)),
        ("查档服务对象满意度", 15, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ], FLAT, merged=())  # fmt: skip
    return b


@variant("uz05-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 计量单位 · 指标性质 · 权重): weights add to 95, "
         "an error rate with ≥")  # fmt: skip
def uz05() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤坪县史志档案服务中心",
                    budget=[(w(430), w(410), w(20), w(300), w(130))],
                    tasks=[("家谱数字化", "扫描、著录乡镇家谱", w(70), "完成25000页"),
                           ("志愿转录", "组织志愿者转录家谱", w(60), "转录120万字"),
                           ("金额合计", None, w(130), None)],
                    goal="推进家谱数字化与志愿转录，扩大家谱资源开放利用。")  # fmt: skip
    indicators(s, [
        ("乡镇家谱扫描页数", 25000, "页", "≥", 20),
        ("志愿者转录字数", 120, "万字", "≥", 20),
        ("家谱数字化著录差错率", pct(0.01), "%",
         mk("≥", "T108", "warning", row=True, note="差错率 is 反向: ≤ meant"), 15),
        ("转录成果上线家谱", 80, "部", "≥", 15),
        ("查谱群众满意度", pct(0.9), "%", "≥", 25),
    ], ("指标名称", "指标值", "计量单位", "指标性质", "权重"), merged=())  # fmt: skip
    b.file_mark("W101", "error", note="20 + 20 + 15 + 15 + 25 = 95 ≠ 100")
    note(s, "注：权重合计应为100。", 5)
    return b


@variant("uz06-export-codes", (9, 12), "budget-system export: 05-1 budget lines with a split "
         "number, 05-2 indicators with project codes in the first columns, "
         "a cost rounded to 0")  # fmt: skip
def uz06() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (18, 20, 22, 16))
    s.title(f"{YEAR}年部门项目支出预算表", 4)
    s.row("单位：鹤坪县档案馆", None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "金额")
    code, name = "451031-25-0012", "家谱数字化平台扩容"
    s.row(code, name, "存储设备购置", 18.4)
    split = mk("12.5 6", "X105", "warning", alt=("X103",), note="12.56 split, stored as text")
    s.row(code, name, "数据加工外包", split)
    s.row(code, name, "元数据著录", 9.04)
    s.row("合计", None, None, 40)
    t = b.sheet("部门项目支出绩效目标05-2", (18, 20, 14, 16, 26, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：鹤坪县档案馆")
    indicators(t, [
        (code, name, "产出指标", "数量指标", "存储扩容容量", "≥200TB"),
        (None, None, None, None, "数据加工页数", "≥50000页"),
        (None, None, None, "质量指标", "著录数据合格率", "≥98%"),
        (None, None, None, "时效指标", "平台扩容上线时间", "2025年9月30日前"),
        (None, None, None, "成本指标", "单页加工成本",
         mk("≤0万元/页", "T115", "error", note="2.5元/页 rounded to 0 in 万元")),
        (None, None, "效益指标", "社会效益指标", "线上家谱查阅量", "≥8000人次"),
        (None, None, "满意度指标", "服务对象满意度指标", "查谱用户满意度", "≥90%"),
    ], ("项目编码", "项目名称", *HEAD), merged=(1, 2, 3, 4))  # fmt: skip
    return b
