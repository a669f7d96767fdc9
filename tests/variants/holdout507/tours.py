"""Tours of the 骑楼 streets and 碉楼 villages: notes, exports, headers, department money
(aw13–aw18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout507.common import (
    BUREAU,
    CENTRE,
    OLD_NAT,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout507.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

ROUTE = "骑楼碉楼侨乡研学导览线路"


@variant(
    "aw13-tour-notes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside the table, a header repeated "
    "after a page break, a footnote explaining the money, signature dated the year before "
    "(correct)",
)
def tour_notes() -> Book:
    b, s = book("Sheet1")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=2025,
        name=f"{ROUTE}运营",
        dept=BUREAU,
        unit="榕滘县侨乡旅游服务中心",
        money=one_year(70, 60, 10),
        goals=["开通串联和安里骑楼街与望岭村碉楼群的研学导览线路，全年接待研学团队。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "接待研学团队批次", "≥120批"),
        (None, None, "培训持证讲解员人数", "≥25人"),
        (None, None, "（可根据项目实际增加行）", None),
        (None, "质量指标", "讲解服务规范达标率", "≥95%"),
        (None, "时效指标", "线路开通时间", "2025年3月31日前"),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("产出指标", "成本指标", "每批研学团队接待成本", "≤0.5万元/批"),
        ("效益指标", "社会效益指标", "研学学生侨乡文化知识测验合格率", "≥85%"),
        (None, "可持续影响指标", "导览线路常态化运营机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "研学师生满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注：1.其他资金10万元为旅居海外乡亲捐资，已计入年度资金总额70万元。",
        "2.本表指标值除注明外均为年度目标值。",
        "填表说明：三级指标由项目单位根据实际填写，一级、二级指标不得修改。",
    )
    sign(s, "梁嘉蔚", "0751-6638152", day(2024, 12, 12))
    return b


@variant(
    "aw14-tour-notes-wrong",
    (4, 11),
    "project, OLD-NAT, operators in words in a 指标性质 column, a unit column, note rows: a "
    "response time with 大于等于, a coverage rate of 110",
)
def tour_notes_wrong() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2025,
        name="碉楼村落夜游导览服务",
        dept=BUREAU,
        unit="榕滘县侨乡旅游服务中心",
        money=one_year(58, 50, 8),
        goals=["在望岭村碉楼群开展夜游导览，提升游客停留时间和夜间消费。"],
    )
    indicators(s, OLD_NAT, [
        ("产出指标", "数量指标", "夜游导览场次", "大于等于", 150, "场"),
        (None, "质量指标", "夜游线路讲解覆盖率",
         "大于等于", mk(110, "T106", "error", note="a 覆盖率 of 110 % is impossible"), "%"),
        (None, "时效指标", "游客投诉处理时限",
         mk("大于等于", "T108", "warning", row=True, note="a time limit takes 小于等于"),
         48, "小时"),
        (None, "成本指标", "每场导览成本", "小于等于", 0.3, "万元/场"),
        ("说明：以下效益指标按夜游开放季（5—10月）统计。", None, None, None, None, None),
        ("效益指标", "经济效益指标", "夜游游客人均消费增长率", "大于等于", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "夜游游客满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "注：指标性质栏填写“大于等于”“小于等于”或“等于”。")
    sign(s, "梁嘉蔚", "0751-6638152", day(2024, 12, 16))
    return b


def _export_budget(s: Sheet) -> None:
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位代码", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("308012", "2025308012004", "侨乡骑楼碉楼导览标识系统", wan(45), wan(45), wan(0))
    s.row("308012", "2025308012005", "侨乡文化遗产数字导览", wan(32), wan(30), wan(2))
    s.row("合计", None, None, wan(77), wan(75), wan(2))


@variant(
    "aw15-tour-export-second-sheet",
    (7, 9),
    "budget-system export: codes in the first columns, the indicator table on a second sheet "
    "with its header on the third row (考核指标 · 绩效目标值 · 评价标准), =100% kept as text "
    "(correct)",
)
def tour_export() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 16, 30, 14, 14, 14))
    _export_budget(s)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 16, 14, 16, 28, 16, 20))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：榕滘县侨乡旅游服务中心")
    header = ("单位代码", "项目代码", "一级指标", "二级指标", "考核指标", "绩效目标值", "评价标准")
    code, code2 = "2025308012004", "2025308012005"
    indicators(t, header, [
        ("308012", code, "产出指标", "数量指标", "安装导览标识牌数量", "≥90块", "按数量计分"),
        ("308012", code, None, "质量指标", "标识牌安装验收合格率", "=100%", "达到得满分"),
        ("308012", code, None, "成本指标", "单块标识牌制作安装费用", "≤0.5万元/块",
         "超出不得分"),
        ("308012", code, "效益指标", "社会效益指标", "游客寻路问询减少率", "≥20%", "按比例计分"),
        ("308012", code, "满意度指标", "服务对象满意度指标", "游客满意度", "≥90%",
         "问卷调查"),
        ("308012", code2, "产出指标", "数量指标", "骑楼碉楼数字化建模数量", "≥15处",
         "按数量计分"),
        ("308012", code2, None, "时效指标", "数字导览上线时间", "2025年10月31日前",
         "按期得满分"),
        ("308012", code2, "效益指标", "社会效益指标", "数字导览年访问人次", "≥50000人次",
         "按比例计分"),
        ("308012", code2, "满意度指标", "服务对象满意度指标", "使用者满意度", "≥90%",
         "问卷调查"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "aw16-tour-headers-wrong",
    (7, 6, 13),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: a template tier-2 left empty, a value "
    "without a name, a rate given as a count",
)
def tour_headers_wrong() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2025,
        name="骑楼街侨乡故事讲解员培训",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(24, 24, 0),
        goals=["培训40名骑楼街和碉楼村讲解员，编写侨乡故事讲解词。"],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "培训讲解员人数", "≥40人"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥12篇"),
        (None, "质量指标", "讲解员持证上岗率",
         mk("≥36人", "T105", "error", note="a 上岗率 given as a count")),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        (None, "成本指标", "人均培训费用", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "讲解服务游客覆盖人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "参训讲解员满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _culture_head(s: Sheet, budget: list[object], tasks: list[list[object]]) -> None:
    department_head(
        s,
        year=2025,
        dept="榕滘县侨乡旅游服务中心",
        budget=[budget],
        tasks=tasks,
        goal="做好骑楼街区和碉楼村落的导览接待、讲解员培训和宣传推介，提升侨乡文旅品质。",
    )


@variant(
    "aw17-tour-department-money",
    (12, 1),
    "department, NAT-2021: budget and key tasks consistent, a unit cost × count equal to its "
    "task money, a footnote on the 金额合计, typed percents (correct)",
)
def tour_department() -> Book:
    b, s = book("部门整体")
    _culture_head(s, [1200, 1100, 100, 700, 500], [
        ["导览线路运营", "骑楼碉楼导览线路日常运营", 220, "接待游客≥30万人次"],
        ["讲解员培训", "培训持证讲解员", 30, "培训讲解员100人"],
        ["宣传推介", "海内外侨乡文旅推介", 150, "举办推介活动≥6场"],
        ["游客中心维护", "两处游客服务中心维护", 100, "设施完好率≥95%"],
        ["金额合计", None, 500, None],
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "导览接待游客人次", "≥30万人次"),
        (None, None, "培训讲解员人数", "≥100人"),
        (None, "质量指标", "游客中心设施完好率", pct(0.95)),
        (None, "时效指标", "游客投诉办结时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "讲解员人均培训费用", "≤0.3万元/人"),
        ("效益指标", "社会效益指标", "海外侨胞寻根接待批次", "≥40批"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：金额合计500万元为项目支出，与资金总额1200万元之差为基本支出700万元。")
    return b


@variant(
    "aw18-tour-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to the 金额合计",
)
def tour_department_wrong() -> Book:
    b, s = book("部门整体")
    total = mk(980, "B101", "error", row=True, note="460 + 500 = 960 ≠ 980 (900 + 80 holds)")
    _culture_head(s, [total, 900, 80, 460, 500], [
        ["导览线路运营", "骑楼碉楼导览线路日常运营", 200, "接待游客≥25万人次"],
        ["宣传推介", "海内外侨乡文旅推介", 160, "举办推介活动≥5场"],
        ["游客中心维护", "两处游客服务中心维护", 120, "设施完好率≥95%"],
        ["金额合计", None, mk(500, "B102", "error", note="200 + 160 + 120 = 480"), None],
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "导览接待游客人次", "≥25万人次"),
        (None, "质量指标", "游客中心设施完好率", "≥95%"),
        (None, "时效指标", "游客投诉办结时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单场推介活动费用", "≤30万元/场"),
        ("效益指标", "社会效益指标", "海外侨胞寻根接待批次", "≥30批"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b
