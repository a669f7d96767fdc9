"""Dragon-lantern (龙灯) returns: operator and unit columns with typed percentages, stacked village
projects, and a multi-year lantern workshop with 中期 and 年度 columns (af01–af06)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout490.common import (
    YEAR,
    book,
    head,
    indicators,
    multi_year,
    one_year,
    sign,
)
from tests.variants.holdout490.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
MY_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("af01-lantern-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percentages typed in Excel, 万元 in the "
         "number format, 0起 on an incident count (correct)")  # fmt: skip
def af01() -> Book:
    b, s = book()
    head(s, "柳湾镇龙灯会传承扶持项目", "岐阳县柳湾镇综合文化站", one_year(38.6, 30, 8.6),
         ["扶持12支村级龙灯队扎灯、排练和元宵节巡游，传承龙灯扎制技艺。"])  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "扶持村级龙灯队", "≥", 12, "支"),
        (None, None, "新扎制龙灯", "≥", 12, "条"),
        (None, "质量指标", "龙灯扎制验收合格率", "≥", pct(0.95), "%"),
        (None, None, "舞龙表演安全事故", "≤", 0, "起"),
        (None, "时效指标", "元宵节巡游按期举办率", "=", pct(1), "%"),
        (None, "成本指标", "单条龙灯扎制补助标准", "≤", 0.8, "万元/条"),
        ("效益指标", "社会效益指标", "龙灯会现场观众", "≥", 1.5, "万人次"),
        (None, "可持续影响指标", "龙灯扎制技艺传承人", "≥", 6, "人"),
        ("满意度指标", "服务对象满意度指标", "参演村民满意度", "≥", pct(0.92), "%"),
    ]
    indicators(s, OP_HEAD, rows)
    sign(s, "韦春岚", "0917-6620418", day(YEAR - 1, 12, 8))
    return b


@variant("af02-lantern-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100, a rate given as "
         "a count, a 年度资金总额 that is not 财政拨款 + 其他资金")  # fmt: skip
def af02() -> Book:
    b, s = book()
    total = mk(45, "B101", "error", note="36 + 6 = 42, not 45")
    head(s, "石碾村龙灯彩绘修缮项目", "岐阳县石碾村村民委员会", one_year(total, 36, 6),
         ["修缮并彩绘村里的老龙灯，组织春节龙灯巡游。"])  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "修缮老龙灯", "≥", 8, "条"),
        (None, None, "村级龙灯队参演率", "≥",
         mk(14, "T105", "error", row=True, note="a 率 given as 14支"), "支"),
        (None, "质量指标", "龙灯彩绘验收合格率", "≥",
         mk(pct(1.05), "T106", "error", row=True, note="a pass rate shown as ≥105%"), "%"),
        (None, "时效指标", "修缮完成时间", "≤", day(YEAR, 2, 10), ""),
        (None, "成本指标", "单条龙灯修缮费用", "≤", 3.5, "万元/条"),
        ("效益指标", "社会效益指标", "春节龙灯巡游观众", "≥", 8000, "人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, OP_HEAD, rows)
    sign(s, "杭德顺", "0917-6623571", day(YEAR - 1, 11, 26))
    return b


def village(s: Sheet, first: bool, name: str, unit: str, cash: tuple[Any, Any, Any],
            rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
    """One project of a stacked sheet: its head, then its indicator table."""
    if not first:
        s.skip()
    head(s, name, unit, one_year(*cash), [f"{name}：扎灯、排练并参加元宵节龙灯会。"],
         title=None if first else "")  # fmt: skip
    indicators(s, ONE_HEAD, rows)


def lantern_rows(teams: int, shows: int, watch: str, unit_cost: str) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "组建舞龙队", f"≥{teams}支"),
        (None, None, "舞龙表演场次", f"≥{shows}场"),
        (None, "质量指标", "龙灯安全检查合格率", "≥95%"),
        (None, "时效指标", "元宵节前完成排练", "按时完成"),
        (None, "成本指标", "每场表演补助", unit_cost),
        ("效益指标", "社会效益指标", "观看群众", watch),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]


@variant("af03-lantern-stacked-three", (2,),
         "three village lantern projects stacked in one sheet, OLD-NAT, one value column, the "
         "same indicator names with different values in each project (correct)")  # fmt: skip
def af03() -> Book:
    b, s = book("龙灯会")
    village(s, True, "上坪村龙灯会", "岐阳县上坪村村民委员会", (12.4, 10, 2.4),
            lantern_rows(2, 6, "≥3000人次", "≤0.8万元/场"))  # fmt: skip
    village(s, False, "下坪村龙灯会", "岐阳县下坪村村民委员会", (9.6, 8, 1.6),
            lantern_rows(1, 4, "≥2000人次", "≤1.2万元/场"))  # fmt: skip
    village(s, False, "槐树岔村龙灯会", "岐阳县槐树岔村村民委员会", (15, 12, 3),
            lantern_rows(3, 8, "≥4500人次", "≤0.9万元/场"))  # fmt: skip
    sign(s, "庞月英", "0917-6631209", day(YEAR - 1, 12, 15))
    return b


@variant("af04-lantern-stacked-wrong", (2, 11),
         "two lantern projects stacked, OLD-NAT, one value column: the second project's money "
         "does not add up and a 反向 fire rate carries ≥")  # fmt: skip
def af04() -> Book:
    b, s = book("龙灯会")
    village(s, True, "马家塬村龙灯会", "岐阳县马家塬村村民委员会", (11.2, 9, 2.2),
            lantern_rows(2, 5, "≥2500人次", "≤1万元/场"))  # fmt: skip
    rows = lantern_rows(2, 6, "≥3500人次", "≤1万元/场")
    fire = mk("≥1%", "T108", "warning", row=True, note="a 发生率 is 反向: ≤ meant")
    rows[2] = (None, "质量指标", "烛火龙灯引发火情发生率", fire)
    total = mk(16.5, "B101", "error", note="12 + 3.5 = 15.5, not 16.5")
    village(s, False, "牛头沟村龙灯会", "岐阳县牛头沟村村民委员会", (total, 12, 3.5), rows)
    sign(s, "庞月英", "0917-6631209", day(YEAR - 1, 12, 15))
    return b


@variant("af05-lantern-workshop-three-years", (8,),
         "three-year lantern workshop project, OLD-NAT, 中期 and 年度 columns, annual counts "
         "below the period counts, rates equal (correct)")  # fmt: skip
def af05() -> Book:
    b, s = book()
    goals = ["2026—2028年建成龙灯扎制传习所，累计培训传承学员90人，扎制教学龙灯30条。",
             "2026年完成传习所布展，培训传承学员30人，扎制教学龙灯10条。"]  # fmt: skip
    head(s, "龙灯扎制技艺传习所建设", "岐阳县非物质文化遗产保护中心",
         multi_year((150, 120, 30), (60, 50, 10)), goals, years=3, attr="新增项目")  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "培训传承学员", "≥90人", "≥30人"),
        (None, None, "扎制教学龙灯", "≥30条", "≥10条"),
        (None, "质量指标", "学员结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "传习所布展完成时间", "2028年6月30日前", "2026年10月31日前"),
        (None, "成本指标", "学员培训补助标准", "≤0.2万元/人", "≤0.2万元/人"),
        ("效益指标", "社会效益指标", "传习所接待参观", "≥6万人次", "≥1.5万人次"),
        (None, "可持续影响指标", "传承人带徒制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ]
    indicators(s, MY_HEAD, rows)
    sign(s, "鲁长庚", "0917-6645530", day(YEAR - 1, 11, 30))
    return b


@variant("af06-lantern-two-years-copied", (8,),
         "two-year dragon-lantern troupe project, OLD-NAT, 中期 and 年度 columns: the 年度目标 "
         "copies the 中期目标 and two cumulative counts are copied into 年度")  # fmt: skip
def af06() -> Book:
    b, s = book()
    goal = "组建县级舞龙示范队，两年内巡回演出40场，培训村级舞龙骨干120人。"
    copied = mk(goal, "D204", "warning", note="a two-year project: 年度目标 = 中期目标")
    head(s, "县级舞龙示范队巡演", "岐阳县文化馆", multi_year((64, 56, 8), (32, 28, 4)),
         [goal, copied], years=2)  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "巡回演出", "≥40场",
         mk("≥40场", "D202", "warning", note="a cumulative count copied from 中期")),
        (None, None, "培训村级舞龙骨干", "≥120人",
         mk("≥120人", "D202", "warning", note="a cumulative count copied from 中期")),
        (None, "质量指标", "演出安全保障到位率", "=100%", "=100%"),
        (None, "时效指标", "春节巡演开始时间", "每年1月31日前", "2026年1月31日前"),
        (None, "成本指标", "每场演出成本", "≤0.7万元/场", "≤0.7万元/场"),
        ("效益指标", "社会效益指标", "巡演观众", "≥8万人次", "≥4万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, MY_HEAD, rows)
    sign(s, "鲁长庚", "0917-6645530", day(YEAR - 1, 11, 30))
    return b
