"""The palace's own tables: department money, a budget-system export, page breaks, labels."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout427.common import (
    DEPT,
    PALACE,
    TIERED,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout427.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

DEPT_ROWS: list[tuple[Any, ...]] = [
    ("产出指标", "数量指标", "沙画、动画开班总数", "≥56个"),
    (None, None, "全年培训学员人次", "≥9000人次"),
    (None, "质量指标", "课程教案审核通过率", "=100%"),
    (None, "时效指标", "年度展演完成时间", "2025年12月20日前"),
    ("成本指标", "经济成本指标", "生均课时成本", "≤65元/课时"),
    ("效益指标", "社会效益指标", "学员作品市级以上获奖数", "≥20项"),
    ("满意度指标", "服务对象满意度指标", "家长满意度", "≥92%"),
]  # fmt: skip


def _tasks(parts: tuple[Any, Any, Any], total: Any) -> list[tuple[Any, ...]]:
    return [
        ("沙画教学", "沙画普及班、提高班、社团", parts[0], "服务学员不少于600人"),
        ("动画教学", "动画启蒙、定格动画、配音课程", parts[1], "原创短片不少于20部"),
        ("展演交流", "年度展演季与校际交流", parts[2], "展演不少于12场"),
        ("金额合计", None, total, None),
    ]  # fmt: skip


@variant("xu13-dept-money", (12,),
         "department, NAT-2021: budget, key tasks adding to 金额合计 (= 项目支出), a footnote "
         "explaining the total (correct)")  # fmt: skip
def xu13() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=PALACE,
                    budget=[(w(900), w(840), w(60), w(560), w(340))],
                    tasks=_tasks((w(150), w(110), w(80)), w(340)),
                    goal="完成沙画、动画两类课程教学与展演，全年培训9000人次。")  # fmt: skip
    indicators(s, TIERED, DEPT_ROWS)
    notes(s, ["注：金额合计为项目支出340万元，基本支出560万元另列，二者合计为资金总额。"])
    sign(s, "钟意澄", "8326-4170")
    return b


@variant("xu14-dept-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计")  # fmt: skip
def xu14() -> Book:
    b, s = start()
    total = mk(w(860), "B101", "error", note="520 + 330 = 850，不是860")
    task_total = mk(w(330), "B102", "error", note="120 + 95 + 80 = 295，不是330")
    department_head(s, year=YEAR, dept="鹭汀市望澜区少年宫",
                    budget=[(total, w(800), w(60), w(520), w(330))],
                    tasks=_tasks((w(120), w(95), w(80)), task_total),
                    goal="完成沙画、动画课程教学与展演，全年培训9000人次。")  # fmt: skip
    indicators(s, TIERED, DEPT_ROWS)
    sign(s, "邬晴川", "8326-4172")
    return b


def _export_money(b: Book) -> None:
    s = b.sheet("部门项目支出预算05-1", (14, 26, 14, 14, 14, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row("2025317001001", "沙画艺术普及", w(42), w(36), w(6), "1年")
    s.row("2025317001002", "少儿动画创作", w(58), w(50), w(8), "1年")
    s.row("合计", None, w(100), w(86), w(14), None)


@variant("xu15-export-second-sheet", (7, 10),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a header on "
         "the third row, project codes first, a rate up in 百分点 (correct)")  # fmt: skip
def xu15() -> Book:
    b = Book()
    _export_money(b)
    s = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 16, 26, 18))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s.row("部门：鹭汀市青少年宫（317001）")
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    a, n = ("2025317001001", "沙画艺术普及"), ("2025317001002", "少儿动画创作")
    s.table([
        (*a, "产出指标", "数量指标", "沙画班开班数", "≥20个"),
        (*a, "产出指标", "质量指标", "结业作品达标率", pct(0.9)),
        (*a, "成本指标", "经济成本指标", "生均培训成本", "≤1000元/人"),
        (*a, "效益指标", "社会效益指标", "学员美育测评优良率", "比上年提高≥3百分点"),
        (*a, "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
        (*n, "产出指标", "数量指标", "原创动画短片数", "≥20部"),
        (*n, "产出指标", "时效指标", "短片完成时间", "2025年11月30日前"),
        (*n, "成本指标", "经济成本指标", "每部短片制作成本", "≤2.5万元/部"),
        (*n, "效益指标", "社会效益指标", "短片网络展播数", "≥12部"),
        (*n, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xu16-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column: one tier's "
         "indicator scores fall short of its score; a 完成率 given in 课时")  # fmt: skip
def xu16() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沙画动画联合夏令营", dept=DEPT, unit=PALACE,
                 money=one_year(w(20), w(16), w(4)),
                 goals=["暑期举办沙画动画联合夏令营4期，服务学员240人。"])  # fmt: skip
    tier = mk(30, "W103", "error", alt=("W101",), note="效益指标30分，其下指标 10 + 10 = 20")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "夏令营期数", "≥4期", 10),
        (None, None, None, "服务学员人数", "≥240人", 10),
        (None, None, "质量指标", "课程按期完成率",
         mk("36课时", "T105", "error", note="完成率给了课时数"), 10),
        (None, None, "时效指标", "夏令营结束时间", "2025年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "生均营费", "≤800元/人", 10),
        ("效益指标", tier, "社会效益指标", "学员结营作品数", "≥240件", 10),
        (None, None, "可持续影响指标", "夏令营课程包", "≥1套", 10),
        ("满意度指标", 20, "服务对象满意度指标", "家长满意度", "≥90%", 10),
        (None, None, None, "学员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计90的后果，可容忍")
    sign(s, "钟意澄", "8326-4170")
    return b


def _page(s: Sheet, rows: list[tuple[Any, ...]], subtotal: int) -> None:
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    s.table(rows, merged=(1, 2))
    s.row("小计", None, None, None, subtotal)


@variant("xu17-dept-page-break", (4,),
         "department, NAT-2021, weight column: header repeated after a page break, subtotal "
         "rows, a total row, signature and stamp lines (correct)")  # fmt: skip
def xu17() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹭汀市青少年宫美术部",
                    budget=[(w(260), w(240), w(20), w(180), w(80))],
                    goal="开展沙画、动画教学，全年培训学员3200人次，举办展演8场。")  # fmt: skip
    _page(s, [
        ("产出指标", "数量指标", "培训学员人次", "≥3200人次", 20),
        (None, None, "展演场次", "≥8场", 15),
        (None, "质量指标", "学员结业合格率", "≥95%", 15),
        ("成本指标", "经济成本指标", "生均课时成本", "≤55元/课时", 10),
    ], 60)  # fmt: skip
    _page(s, [
        ("效益指标", "社会效益指标", "社区公益展演观众人次", "≥2000人次", 15),
        (None, "可持续影响指标", "沙画动画教师培训人次", "≥30人次", 10),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", 15),
    ], 40)  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "邬晴川", "8326-4172")
    s.row("单位负责人：", "沈牧遥", None, "（单位盖章）")
    return b


@variant("xu18-numbered-wrong-parent", (5,),
         "one-year project, NAT-2021, numbered labels (一、产出指标, 1.数量指标): a tier-2 under "
         "the wrong tier-1, a deadline in the year after the project")  # fmt: skip
def xu18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沙画动画作品巡展", dept=DEPT, unit=PALACE,
                 money=one_year(w(14), w(14), w(0)),
                 goals=["在6个社区巡展学员沙画、动画作品，观众不少于5000人次。"])  # fmt: skip
    wrong = mk("3.可持续影响指标", "F105", "error", note="可持续影响指标属于效益指标")
    late = mk("2026年3月31日前", "Y102", "error", row=True, alt=("Y103",),
              note="一年期项目（2025年），期限落在2026年")  # fmt: skip
    indicators(s, TIERED, [
        ("一、产出指标", "1.数量指标", "巡展社区数", "≥6个"),
        (None, "2.时效指标", "巡展完成时间", late),
        (None, wrong, "巡展作品长期陈列点", "≥2个"),
        ("二、成本指标", "1.经济成本指标", "每场巡展成本", "≤2万元/场"),
        ("三、效益指标", "1.社会效益指标", "观众人次", "≥5000人次"),
        ("四、满意度指标", "1.服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟意澄", "8326-4170")
    return b
