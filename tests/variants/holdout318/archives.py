"""史志资料征集 and 方志馆运行: collecting records and running a gazetteer museum (tp13–tp18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout318.common import (
    TIERS,
    YEAR,
    department,
    indicators,
    note,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout318.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money

CHECK = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "备注")


@variant(
    "tp13-oral-history-notes",
    (4, 7),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度） with a 备注 column; a 注 row between "
    "tiers, footnotes, 填表说明, signature and a fill date in the prior year (correct)",
)
def tp13() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="岑岙县史志资料征集及口述史采录",
        dept="岑岙县史志办公室 305019",
        unit="岑岙县史志办公室",
        money=one_year(35, 32, 3),
        goals=["征集地方史料1500件以上，采录口述史40人，为县志续修积累资料。"],
    )
    indicators(
        s,
        CHECK,
        [
            ("产出指标", "数量指标", "征集地方史料", "≥1500件", "含档案复制件"),
            (None, None, "采录老干部、老党员口述史", "≥40人", None),
            (None, "质量指标", "入库史料著录合格率", "≥98%", None),
            (None, "时效指标", "口述史音视频整理完成时间", "2026年11月30日前", None),
            (None, "成本指标", "口述史采录整理单人成本", "≤0.5万元/人", "含录音录像及整理"),
            (None, None, "史料征集经费", "≤15万元", None),
        ],
    )
    note(s, "注：效益、满意度指标按年度末实际情况评价。", 5)
    s.table(
        [
            ("效益指标", "社会效益指标", "史料为县志续修提供资料支撑", "有效", None),
            (None, "可持续影响指标", "征集史料保存年限", "≥50年", "永久保存部分不计"),
            ("满意度指标", "服务对象满意度指标", "史料捐赠者满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    note(s, "注：1. 史料件数含实物、档案复制件和照片；2. 单人成本含录音录像和文字整理。", 5)
    note(s, "填表说明：指标值应量化；不能量化的，用定性等级描述。", 5)
    signature(s, "魏知衡", "鲁思嘉", "0599-6628417", day(YEAR - 1, 12, 8))
    return b


def museum_block(s: Sheet, rows: list[tuple[Any, ...]], subtotal: int) -> None:
    s.table(rows, merged=(1, 2))
    s.row("小计", None, None, None, subtotal)


@variant(
    "tp14-museum-page-break",
    (4, 5),
    "department, NAT-2021 with abbreviated and marked labels (*产出, 数量, ★ core indicator), a "
    "weight column, 小计 and 合计 rows, the header repeated after a page break (correct)",
)
def tp14() -> Book:
    b, s = start()
    department(
        s,
        dept="嶂南市方志馆",
        budget=(520, 500, 20, 380, 140),
        tasks=[
            ("方志馆展陈维护", "常设展厅展陈更新维护", 60, "展陈设施完好"),
            ("方志馆公共服务", "专题展览、讲解和研学", 45, "举办专题展览4场以上"),
            ("馆藏志书数字化", "馆藏志书扫描加工", 35, "数字化30万页以上"),
            ("金额合计", None, 140, None),
        ],
        goal="保障方志馆常态化开放，举办专题展览，推进馆藏志书数字化。",
    )
    s.skip()
    s.row("单位：万元、%")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    s.row(*head)
    museum_block(
        s,
        [
            ("*成本", "经济成本", "展陈维护成本", "≤60万元", 5),
            (None, None, "馆藏志书数字化成本", "≤35万元", 5),
        ],
        10,
    )
    museum_block(
        s,
        [
            ("*产出", "数量", "★年接待观众人次", "≥6万人次", 15),
            (None, None, "举办专题展览", "≥4场", 10),
            (None, None, "馆藏志书数字化页数", "≥30万页", 10),
            (None, "质量", "展陈设施完好率", "≥95%", 10),
            (None, "时效", "数字化成果上线时间", "2026年12月15日前", 5),
        ],
        50,
    )
    s.skip()
    s.row(*head)
    museum_block(
        s,
        [
            ("*效益", "社会效益", "方志文化进校园学校覆盖率", "≥60%", 15),
            (None, "可持续影响", "馆藏资源长期保存机制", "健全", 15),
        ],
        30,
    )
    museum_block(s, [("*满意度", "服务对象满意度", "★观众满意度", "≥90%", 10)], 10)
    s.row("合计", None, None, None, 100)
    note(s, "说明：带“★”的为核心指标，不得删除；带“*”的为必填项。", 5)
    return b


@variant(
    "tp15-collection-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicators, a "
    "value whose indicator name is empty",
)
def tp15() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="嶂南市地方文献征集及方志馆藏书补充",
        dept="嶂南市方志馆 301021",
        unit="嶂南市方志馆",
        money=one_year(40, 40, 0),
        goals=["征集地方文献800册以上，年内完成编目入藏。"],
    )
    empty = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    name = mk(None, "F110", "error", note="≥300件 without an indicator name")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("成本指标", "经济成本指标", "文献征集购置费", "≤28万元"),
            (None, None, "文献整理加工费", "≤12万元"),
            (None, empty, None, None),
            ("产出指标", "数量指标", "征集地方文献", "≥800册"),
            (None, None, name, "≥300件"),
            (None, "质量指标", "征集文献编目准确率", "≥98%"),
            (None, "时效指标", "征集文献入藏时间", "2026年12月20日前"),
            ("效益指标", "社会效益指标", "馆藏资料对外服务能力", "明显提升"),
            (None, "可持续影响指标", "地方文献征集长效机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "文献捐赠者满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "tp16-digitising-export",
    (7, 1),
    "budget-system export: a 05-1 budget sheet and a 05-2 indicator sheet with the header on "
    "the third row, codes in the first columns, =100% kept as text (correct)",
)
def tp16() -> Book:
    b, s = start("项目支出预算05-1", (14, 18, 22, 30, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row(
        "单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金"
    )
    code, item = "301021", "33070026T000000142"
    name = "方志馆馆藏史志资料数字化"
    s.row(code, "嶂南市方志馆", item, name, "延续项目", wan(66), wan(60), wan(6))
    t = b.sheet("项目支出绩效目标05-2", (10, 20, 20, 30, 12, 16, 28, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位：嶂南市方志馆")
    goal = "完成馆藏史志资料40万页数字化加工，年内通过验收并提供在线查阅。"
    indicators(
        t,
        (
            "单位编码",
            "项目编码",
            "项目名称",
            "年度绩效目标",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
        ),
        [
            (code, item, name, goal, "成本指标", "经济成本指标", "资料数字化加工单价", "≤1.5元/页"),
            (None, None, None, None, None, None, "数字化存储设备购置费", "≤6万元"),
            (None, None, None, None, "产出指标", "数量指标", "数字化加工志书页数", "≥40万页"),
            (None, None, None, None, None, "质量指标", "数字化图像合格率", "=100%"),
            (None, None, None, None, None, "时效指标", "数字化成果验收时间", "2026年11月30日前"),
            (
                None,
                None,
                None,
                None,
                "效益指标",
                "社会效益指标",
                "馆藏史志资料利用便捷程度",
                "明显提升",
            ),
            (
                None,
                None,
                None,
                None,
                None,
                "可持续影响指标",
                "数字化资料异地备份机制",
                "建立并执行",
            ),
            (None, None, None, None, "满意度指标", "服务对象满意度指标", "查阅读者满意度", "≥92%"),
        ],
        merged=(1, 2, 3, 4, 5, 6),
    )
    return b


@variant(
    "tp17-census-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column: 其他资金 formatted in 元 inside the 万元 block, a "
    "deadline pasted as an Excel date serial in a text cell",
)
def tp17() -> Book:
    b, s = start()
    other = mk(money(120000, YUAN), "B105", "error", note="shows 120,000.00元 in a 万元 block")
    project_head(
        s,
        year=YEAR,
        name="澜屿县村镇志书资料普查征集",
        dept="澜屿县地方志办公室 412001",
        unit="澜屿县地方志办公室",
        money=one_year(32, 20, other),
        goals=["普查全县村镇志书资料，征集村镇史料3000件以上，年内完成普查资料汇编。"],
    )
    b.file_mark("B101", "error", required=False, note="20 + 120000 ≠ 32 if 元 is read as 万元")
    serial = mk("46356", "X104", "warning", note="the serial of 2026-11-30 typed as text")
    indicators(
        s,
        TIERS,
        [
            ("产出指标", "数量指标", "普查村镇数", "≥120个"),
            (None, None, "征集村镇史料", "≥3000件"),
            (None, "质量指标", "普查资料登记完整率", "≥95%"),
            (None, "时效指标", "普查资料汇编完成时间", serial),
            (None, "成本指标", "普查征集经费", "≤32万元"),
            ("效益指标", "社会效益指标", "村镇志编修资料保障程度", "显著提升"),
            (None, "可持续影响指标", "村镇史料动态更新机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "村镇干部满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "tp18-museum-direction-words",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as word operators, bare "
    "numbers with a unit column: two operators against the direction, a deadline in the next year",
)
def tp18() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="方志馆岑岙分馆年度运行",
        dept="岑岙县史志办公室 305019",
        unit="岑岙县方志馆",
        attr="常年项目",
        money=one_year(75, 70, 5),
        goals=["保障分馆全年开放，举办方志文化讲座，按期完成临时展览换展。"],
    )
    up = mk("小于等于", "T108", "warning", row=True, note="正向 count capped with 小于等于")
    down = mk("大于等于", "T108", "warning", row=True, note="反向 rate with 大于等于")
    late = mk(day(YEAR + 1, 3, 31), "Y102", "error", note="2027 deadline in a one-year project")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "年接待参观人次", "正向", "大于等于", 3.5, "万人次"),
            (None, None, "举办方志文化讲座", "正向", up, 12, "场"),
            (None, "质量指标", "展品完好率", "正向", "大于等于", 98, "%"),
            (None, None, "讲解服务投诉率", "反向", down, 1, "%"),
            (None, "时效指标", "临时展览换展完成时间", "反向", "小于等于", late, None),
            (None, "成本指标", "场馆运行维护费", "反向", "小于等于", 75, "万元"),
            ("效益指标", "社会效益指标", "馆藏资料对外开放率", "正向", "大于等于", 90, "%"),
            (None, "可持续影响指标", "馆藏资料安全事故", "反向", "小于等于", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "参观群众满意度", "正向", "大于等于", 90, "%"),
        ],
    )
    return b
