"""Cultural centres running both classes: department forms, footnotes, exports, stacked
projects (returns ww13 to ww18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout403.common import (
    book,
    funds,
    header,
    indicators,
    note,
    signature,
    wan,
)
from tests.variants.holdout403.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

CENTRE = "栖梧县文化馆"
DEPT = "栖梧县文化广电和旅游局（317）"


def shares(*values: float) -> tuple[Any, ...]:
    """A row of 占比 typed as percents with two decimals."""
    return tuple(pct(v, "0.00%") for v in values)


@variant("ww13-centre-department", (12, 5),
         "department, NAT-2021, budget with a share row, key tasks adding to 金额合计 = "
         "项目支出, tier labels abbreviated and marked ★, a footnote explaining the total "
         "(correct)")  # fmt: skip
def ww13() -> Book:
    b, s = book()
    department_head(s, year=2026, dept=CENTRE,
                    budget=[tuple(wan(v) for v in (186.4, 170.4, 16, 120.4, 66)),
                            shares(1, 0.9142, 0.0858, 0.6459, 0.3541)],
                    tasks=[("篆刻公益课堂", "开设篆刻课堂4期", wan(12.6), "培训学员160人次"),
                           ("国画公益课堂", "开设国画课堂6期", wan(18.4), "培训学员240人次"),
                           ("非遗书画展陈", "举办书画篆刻展4场", wan(20), "观众2万人次"),
                           ("数字文化馆运维", "线上课堂及平台维护", wan(15), "全年在线"),
                           ("金额合计", None, wan(66), None)],
                    goal="办好篆刻、国画公益课堂，推动书画艺术普及。")  # fmt: skip
    note(s, "注：金额合计66万元为项目支出合计，不含基本支出120.4万元。")
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("★产出", "数量", "公益课堂开班期数", "≥10期"),
        (None, None, "书画篆刻展场次", "≥4场"),
        (None, "质量", "学员结业率", "≥85%"),
        (None, "时效", "课程完成时间", "12月20日前"),
        ("★成本", "经济成本", "公益课堂生均成本", "≤770元/人次"),
        ("★效益", "社会效益", "展览观众人次", "≥20000人次"),
        ("★满意度", "服务对象满意度", "学员及观众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "沈砚秋", "0736-5128803")
    return b


@variant("ww14-centre-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "an attendance rate given as a count")  # fmt: skip
def ww14() -> Book:
    b, s = book()
    total = mk(wan(152.8), "B101", "error", note="96.5 + 52.3 = 148.8 ≠ 152.8")
    department_head(s, year=2026, dept="澄砚区文化馆",
                    budget=[(total, wan(140.8), wan(12), wan(96.5), wan(52.3))],
                    tasks=[("篆刻公益课堂", "开设篆刻课堂3期", wan(10.5), "培训学员120人次"),
                           ("国画公益课堂", "开设国画课堂5期", wan(16.8), "培训学员200人次"),
                           ("书画展览", "举办展览3场", wan(14), "观众1.2万人次"),
                           ("业余骨干培训", "培训群文骨干", wan(11), "培训60人"),
                           ("金额合计", None,
                            mk(wan(54.3), "B102", "error", note="10.5+16.8+14+11 = 52.3"),
                            None)],
                    goal="开展篆刻、国画公益课堂和书画展览，培养群众文艺骨干。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "公益课堂开班期数", "≥8期"),
        (None, "质量指标", "公益课堂学员到课率",
         mk("320人次", "T105", "error", note="到课率是比率，却给了人次")),
        (None, "时效指标", "展览完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "骨干培训人均成本", "≤1800元/人"),
        ("效益指标", "社会效益指标", "展览观众人次", "≥12000人次"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ww15-centre-footnotes", (4, 5),
         "project, OLD-NAT, abbreviated tier labels, a 填表说明 row inside the table, footnotes, "
         "stamp, signature and a prior-year date line below (correct)")  # fmt: skip
def ww15() -> Book:
    b, s = book()
    project_head(s, year=2026, name="书画篆刻进老年大学公益课堂", dept=DEPT, unit=CENTRE,
                 money=funds(6.6, 6.6, 0),
                 goals=["在县老年大学开设国画、篆刻课堂各2期，培训老年学员120人次。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    note(s, "（填表说明：一、二级指标不得修改，三级指标可按项目增减。）", 4)
    indicators(s, [
        ("产出", "数量", "老年公益课堂开班期数", "≥4期"),
        (None, None, "培训老年学员人次", "≥120人次"),
        (None, "质量", "学员结业率", "≥85%"),
        (None, "时效", "课程完成时间", "11月30日前"),
        (None, "成本", "老年学员人均培训成本", "≤550元/人次"),
    ])  # fmt: skip
    note(s, "说明：成本按课酬、宣纸颜料及印石耗材测算，不含场地费。", 4)
    indicators(s, [
        ("效益", "社会效益", "老年学员作品展示件数", "≥60件"),
        (None, "可持续影响", "老年书画篆刻社团组建数", "≥1个"),
        ("满意度", "服务对象满意度", "老年学员满意度", "≥92%"),
    ])  # fmt: skip
    note(s, "注：1.人次按实际签到统计；2.作品展示含线上展示。", 4)
    s.row("（单位盖章）")
    signature(s, "骆闻笙", "0736-5128821", day(2025, 12, 10, CN_DATE), head="单位负责人：殷守拙")
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ww16-centre-flat-page-break", (3, 4),
         "department, flat list with weights, a page break with the header repeated, 小计 rows "
         "per class and a 合计 row of 100, an incident count of 0 (correct)")  # fmt: skip
def ww16() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="墨川市云栖区文化馆",
                    budget=[tuple(wan(v) for v in (96, 90, 6, 62, 34))],
                    goal="开设篆刻、国画公益课堂14期，推动书画艺术进社区。")  # fmt: skip
    header(s, *FLAT_HEAD)
    s.table([
        ("篆刻课堂开班期数", 10, "期", "≥", 6),
        ("篆刻学员结业率", 10, "%", "≥", 85),
        ("篆刻课堂安全责任事故", 5, "起", "=", 0),
        ("篆刻学员人均耗材成本", 10, "元/人", "≤", 150),
        ("篆刻学员满意度", 10, "%", "≥", 90),
        ("小计", 45, None, None, None),
    ])  # fmt: skip
    s.skip()
    header(s, *FLAT_HEAD)
    s.table([
        ("国画课堂开班期数", 15, "期", "≥", 8),
        ("国画结业作品合格率", 10, "%", "≥", 90),
        ("国画课堂按时开课率", 10, "%", "≥", 95),
        ("国画学员人均培训成本", 10, "元/人", "≤", 200),
        ("国画学员满意度", 10, "%", "≥", 90),
        ("小计", 55, None, None, None),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, "乔墨园", "0745-3361470")
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
               "计量单位")  # fmt: skip


@variant("ww17-centre-export-wrong", (7, 11),
         "budget-system export: money on 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 "
         "with codes first and operators in words: a 反向 complaint rate with 大于等于, "
         "等于 on a satisfaction rate")  # fmt: skip
def ww17() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 26, 14, 14, 14))
    code, name = "511024260000000103", "书画篆刻公益课堂融合项目"
    s.title("部门项目支出预算表", 5)
    s.row("单位：栖梧县文化馆", None, None, None, "金额单位：万元")
    header(s, "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, wan(24), wan(20), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 24, 12, 16, 26, 10, 10, 10))
    t.title("部门项目支出绩效目标表", 8)
    t.row("单位：栖梧县文化馆", None, None, None, None, None, None, "2026年度")
    header(t, *EXPORT_HEAD)
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "书画篆刻课堂开班期数", "大于等于", 8, "期"),
        ("产出指标", "质量指标", "学员结业率", "大于等于", 85, "%"),
        ("产出指标", "时效指标", "课程完成率", "等于", 100, "%"),
        ("成本指标", "经济成本指标", "生均培训成本", "小于等于", 750, "元/人次"),
        ("效益指标", "社会效益指标", "课堂观众投诉率",
         mk("大于等于", "T108", "warning", row=True, note="投诉率是反向指标，应为小于等于"),
         2, "%"),
        ("效益指标", "社会效益指标", "学员作品展出件数", "大于等于", 150, "件"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "等于",
         mk(95, "T107", "warning", row=True, note="满意度写“等于95%”，应为大于等于"), "%"),
    ]  # fmt: skip
    for r in rows:
        t.row(code, name, *r)
    return b


@variant("ww18-centre-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column, the same names in both: the second "
         "project's 年度资金总额 ≠ 财政拨款 + 其他资金 and a rate given as a count")  # fmt: skip
def ww18() -> Book:
    b, s = book()
    bad = mk(wan(9.8), "B101", "error", note="8.0 + 1.2 = 9.2 ≠ 9.8")
    for i, (name, money, framed) in enumerate([
            ("国画扇面公益课堂", funds(7.2, 7.2, 0), "≥90%"),
            ("篆刻闲章公益课堂", funds(bad, 8.0, 1.2),
             mk("60幅", "T105", "error", note="完成率是比率，却给了幅数"))]):  # fmt: skip
        project_head(s, year=2026, name=name, dept=DEPT, unit=CENTRE, money=money,
                     goals=[f"开设{name}4期，培训学员120人次，作品装裱展示。"],
                     title=None if i == 0 else "")  # fmt: skip
        header(s, "一级指标", "二级指标", "三级指标", "指标值")
        indicators(s, [
            ("产出指标", "数量指标", "开班期数", "≥4期"),
            (None, None, "培训学员人次", "≥120人次"),
            (None, "质量指标", "学员作品装裱完成率", framed),
            (None, "时效指标", "课程完成时间", "10月31日前"),
            (None, "成本指标", "学员人均培训成本", "≤600元/人次"),
            ("效益指标", "社会效益指标", "作品社区展示次数", "≥2次"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
        ])  # fmt: skip
        s.skip()
    return b
