"""Department returns and stacked projects of the bureaus behind both halves of the theme: flat
lists, several projects in one sheet, money blocks."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout484.common import (
    department,
    indicators,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout484.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
CULTURE = "蓼湾县文化和旅游局（412006）"


@variant("zz13-flat-women-federation", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells typed in Excel, weights add to 100 (correct)")  # fmt: skip
def flat_women_federation() -> Book:
    b, s = start()
    goal = "培训农村妇女蓝印花布技艺600人，扶持巾帼手工工坊10个，妇女维权投诉及时办结。"
    department(s, "蓼湾县妇女联合会", [(wan(320), wan(300), wan(20), wan(210), wan(110))], goal)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("农村妇女蓝印花布技能培训人数", 20, "人", "≥", 600),
        ("巾帼手工工坊扶持数", 15, "个", "≥", 10),
        ("培训结业合格率", 15, "%", "≥", pct(0.9)),
        ("妇女维权投诉办结率", 15, "%", "≥", pct(0.95)),
        ("信访投诉重复率", 10, "%", "≤", pct(0.05)),
        ("参训妇女人均增收", 15, "元", "≥", 2000),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "覃秀莲", "0739-6213407")
    return b


@variant("zz14-flat-education-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def flat_education_defects() -> Book:
    b, s = start()
    department(s, "檀溪县教育体育局", [(wan(1850), wan(1800), wan(50), wan(1500), wan(350))],
               "全县中小学开设扎染等非遗美育课程，提升学生美育素养。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("扎染兴趣课开课场次",
         mk("300人次", "T112", "error", note="值的单位人次与计量单位列“场”冲突"), "正向", "场", 15),
        ("参与扎染课学生", "≥6000", "正向", "人", 15),
        ("美育教师培训合格率", "≥90%", "正向", "%", 15),
        ("课堂材料损耗率",
         mk("≥3%", "T108", "warning", row=True, note="声明为反向指标，比较符却是≥"),
         "反向", "%", 10),
        ("学校扎染教具配备到位率", "=100%", "正向", "%", 10),
        ("学生美育测评优良率", "≥80%", "正向", "%", 15),
        ("服务对象满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 15+15+15+10+10+15+15=95，应为100")
    sign(s, "杨晓岚", "0745-7382615")
    return b


def stacked(s: Sheet, name: str, unit: str, rows: list[list[Any]], goal: str,
            table: list[tuple[Any, ...]], first: bool = True) -> None:  # fmt: skip
    """One project of a stacked sheet: its head, then its own indicator table."""
    if not first:
        s.skip()
    project(s, name, CULTURE, unit, rows, [goal], title=None if first else "")
    indicators(s, TIERS, table)


@variant("zz15-stacked-calico-tiedye", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each project (correct)")  # fmt: skip
def stacked_calico_tiedye() -> Book:
    b, s = start()
    stacked(s, "蓼湾县蓝印花布巾帼工坊培训项目", "蓼湾县非遗保护中心", one_year(30, 26, 4),
            "培训农村妇女200人掌握蓝印花布技艺。", [
        ("产出指标", "数量指标", "参训人数", "≥200人"),
        (None, "质量指标", "结业考核合格率", "≥85%"),
        (None, "时效指标", "培训完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均培训成本", "≤1200元/人"),
        ("效益指标", "社会效益指标", "参训妇女就业率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, "蓼湾县中小学扎染体验课项目", "蓼湾县非遗保护中心", one_year(16, 16, 0),
            "为450名中小学生开设扎染体验课。", [
        ("产出指标", "数量指标", "参训人数", "≥450人"),
        (None, "质量指标", "课程验收合格率", "≥95%"),
        (None, "时效指标", "体验课完成时间", "2025年12月15日前"),
        (None, "成本指标", "人均材料费", "≤300元/人"),
        ("效益指标", "社会效益指标", "学生非遗知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ], first=False)  # fmt: skip
    sign(s, "麻文静", "0739-6240583")
    return b


@variant("zz16-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 "
         "is not 财政拨款 + 其他资金, and its opening rate is given as a school count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = start()
    stacked(s, "檀溪县乡村妇女扎染手工培训项目", "檀溪县非遗保护中心", one_year(24, 20, 4),
            "培训乡村妇女180人掌握扎染技艺。", [
        ("产出指标", "数量指标", "参训妇女", "≥180人"),
        (None, "质量指标", "结业考核合格率", "≥85%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训成本", "≤1200元/人"),
        ("效益指标", "社会效益指标", "参训妇女就业率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(25), "B101", "error", note="财政拨款20 + 其他资金3 = 23，不是25")
    stacked(s, "檀溪县乡村小学扎染课程项目", "檀溪县非遗保护中心", one_year(total, 20, 3),
            "在8所乡村小学开设扎染课程。", [
        ("产出指标", "数量指标", "开课学校", "≥8所"),
        (None, None, "扎染课程开课率", mk("8所", "T105", "error", note="开课率要百分比")),
        (None, "质量指标", "课程验收合格率", "≥95%"),
        (None, "时效指标", "课程开设时间", "2025年9月30日前"),
        (None, "成本指标", "每校材料费", "≤1.5万元/校"),
        ("效益指标", "社会效益指标", "学生非遗知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ], first=False)  # fmt: skip
    sign(s, "吴海燕", "0745-7390274")
    return b


DEPT_PART1 = [
    ("产出指标", "数量指标", "培训农村妇女", "≥400人"),
    (None, None, "开设扎染课的小学", "≥15所"),
    (None, None, "扶持村级工坊", "≥5个"),
    (None, "质量指标", "培训结业合格率", "≥85%"),
    (None, "时效指标", "年度任务按期完成率", "≥95%"),
]  # fmt: skip
DEPT_PART2 = [
    ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人"),
    ("效益指标", "社会效益指标", "参训妇女就业率", "≥30%"),
    (None, "可持续影响指标", "工坊自主运营比例", "≥60%"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
]  # fmt: skip


@variant("zz17-department-money", (12, 4),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 = 项目支出, "
         "indicator header repeated after a page break (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start()
    shares = (pct(1), pct(0.9286, "0.00%"), pct(0.0714, "0.00%"), pct(0.6786, "0.00%"),
              pct(0.3214, "0.00%"))  # fmt: skip
    department(s, "蓼湾县妇女联合会", [
        (wan(560), wan(520), wan(40), wan(380), wan(180)), shares,
    ], "培训农村妇女400人，在15所小学开设扎染课，扶持村级蓝印花布工坊5个。", tasks=[
        ("蓝印花布技能培训", "培训农村妇女400人", wan(70), "结业合格率≥85%"),
        ("扎染进校园", "在15所小学开设扎染课", wan(60), "学生满意度≥90%"),
        ("巾帼工坊扶持", "扶持村级工坊5个", wan(50), "工坊验收合格率≥95%"),
        ("金额合计", None, wan(180), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, TIERS, DEPT_PART1)
    s.skip()
    indicators(s, TIERS, DEPT_PART2)
    sign(s, "覃秀莲", "0739-6213407")
    return b


@variant("zz18-department-money-wrong", (12, 11),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a cost standard written with =")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(480), "B101", "error", row=True, note="基本支出330 + 项目支出160 = 490 ≠ 480")
    sum_note = "任务金额 60 + 55 + 40 = 155，金额合计却是160"
    department(s, "檀溪县妇女联合会", [(total, wan(450), wan(30), wan(330), wan(160))],
               "培训农村妇女500人掌握扎染技艺，扶持巾帼手工坊6个，开办留守儿童扎染课堂。", tasks=[
        ("扎染技能培训", "培训农村妇女500人", wan(60), "结业合格率≥85%"),
        ("巾帼手工坊扶持", "扶持手工坊6个", wan(55), "手工坊验收合格率≥95%"),
        ("留守儿童扎染课堂", "开办课堂20个", wan(40), "儿童满意度≥90%"),
        ("金额合计", None, mk(wan(160), "B102", "error", note=sum_note), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "培训农村妇女", "≥500人"),
        (None, None, "扶持巾帼手工坊", "≥6个"),
        (None, "质量指标", "培训结业合格率", "≥85%"),
        (None, "时效指标", "培训按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训补助",
         mk("=800元/人", "T108", "warning", row=True, note="成本上限写成“=”，应为≤")),
        ("效益指标", "社会效益指标", "参训妇女就业率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈立芬", "0745-7366108")
    return b
