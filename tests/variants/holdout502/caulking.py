"""Wooden boat caulking (捻缝) with tung oil putty on the ferries and fishing boats of the
river: points at two levels, decorated tier labels, template rows and conversion artefacts
(ar07–ar12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout502.common import (
    BOAT,
    ONE,
    YEAR,
    book,
    funds,
    indicators,
    note,
    signed,
    wan,
)
from tests.variants.holdout502.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def ferry_head(b: Book, name: str, total: float, fiscal: float) -> Any:
    """The first sheet of a ferry caulking project with its head."""
    s = b.sheet("绩效目标", (16, 10, 18, 30, 18, 10))
    project_head(s, year=YEAR, name=name, dept=BOAT, unit="槐渡县渡运管理站",
                 money=funds(wan(total), wan(fiscal), wan(total - fiscal)),
                 goals=["汛前完成木质渡船捻缝修补，船体不渗不漏，保障群众安全过渡。"])  # fmt: skip
    return s


@variant("ar07-caulk-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding "
         "to 100, rate changes written in 百分点, a 降幅 with ≥ (correct)")  # fmt: skip
def caulk_points() -> Book:
    b = Book()
    s = ferry_head(b, "县域木质渡船汛前捻缝修补项目", 24, 20)
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "木质渡船捻缝艘数", "≥40艘", 15),
        (None, None, None, "更换船底朽板面积", "≥260平方米", 10),
        (None, None, "质量指标", "捻缝验收合格率", "100%", 15),
        (None, None, "时效指标", "汛前完工时间", "5月31日前", 10),
        ("成本指标", 10, "经济成本指标", "单船捻缝费用", "≤0.45万元/艘", 10),
        ("效益指标", 30, "社会效益指标", "渡船渗漏报修率降幅", "≥3百分点", 15),
        (None, None, "可持续影响指标", "渡船年检一次通过率", "提高≥2百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "过渡群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "说明：一级指标分值与三级指标分值为同一100分的两级分解，不重复计分。")
    signed(s, "潘远舟", "0745-6230517")
    return b


@variant("ar08-caulk-points-wrong", (10,),
         "project, NAT-2021, tier-1 and indicator score columns: the 产出 indicators add to 55 "
         "under a declared 50, the 效益 ones to 25 under a declared 30")  # fmt: skip
def caulk_points_wrong() -> Book:
    b = Book()
    s = ferry_head(b, "渔港木质渔船捻缝防腐项目", 30, 26)
    indicators(s, POINTS, [
        ("产出指标", mk(50, "W103", "error", note="15 + 15 + 15 + 10 = 55"), "数量指标",
         "渔船捻缝防腐艘数", "≥60艘", 15),
        (None, None, None, "熬制桐油灰", "≥3吨", 15),
        (None, None, "质量指标", "防腐处理验收合格率", "≥98%", 15),
        (None, None, "时效指标", "伏季休渔期内完工", "9月15日前", 10),
        ("成本指标", 10, "经济成本指标", "单船捻缝防腐费用", "≤0.4万元/艘", 10),
        ("效益指标", mk(30, "W103", "error", note="10 + 15 = 25"), "社会效益指标",
         "渔船出港渗漏事故", "≤1起", 10),
        (None, None, "可持续影响指标", "船体木料平均延寿", "≥3年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "渔民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signed(s, "潘远舟", "0745-6230517")
    return b


@variant("ar09-caulk-labels", (5,),
         "project, OLD-NAT, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标), ★ core indicators and numbered tier-3 names (correct)")  # fmt: skip
def caulk_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="沿河渡口老旧渡船桐油灰捻缝补助", dept=BOAT,
                 unit="槐渡县渡运管理站", money=funds(wan(18), wan(15), wan(3)),
                 goals=["补助30艘老旧木质渡船完成桐油灰捻缝，船体渗漏隐患清零。"])  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标（50分）", "（一）数量指标", "★1.补助捻缝渡船", "≥30艘"),
        (None, None, "2.调制桐油灰", "≥1.2吨"),
        (None, "（二）质量指标", "★3.捻缝后试水不渗率", "≥98%"),
        (None, "（三）时效指标", "4.补助资金拨付时限", "≤20个工作日"),
        (None, "（四）成本指标", "5.每艘捻缝材料补助", "≤0.2万元/艘"),
        ("二、效益指标（40分）", "（一）社会效益指标", "★6.渡运安全事故", "≤0起"),
        (None, "（二）可持续影响指标", "7.传统捻缝匠人带徒", "≥8人"),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "8.渡船船主满意度", "≥92%"),
    ])  # fmt: skip
    signed(s, "韦春桃", "0745-6238841")
    return b


@variant("ar10-caulk-wrong-parent", (5, 11),
         "project, NAT-2021, abbreviated tier labels (产出, 数量, 效益…): 时效 under 效益, and a "
         "返修率 with ≥")  # fmt: skip
def caulk_wrong_parent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="城关码头木船修造坊捻缝工位改造", dept=BOAT,
                 unit="槐渡县船舶修造服务站", money=funds(wan(26), wan(20), wan(6)),
                 goals=["改造捻缝工位4个，全年修造木船不少于50艘。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出", "数量", "改造捻缝工位", "≥4个"),
        (None, None, "修造木船", "≥50艘"),
        (None, "质量", "渡船捻缝返修率",
         mk("≥2%", "T108", "warning", row=True, note="a 返修率 is 反向: ≤ expected")),
        ("成本", "经济成本", "单个工位改造费用", "≤5万元/个"),
        ("效益", "社会效益", "修造坊从业船工", "≥20人"),
        (None, mk("时效", "F105", "error", note="时效 belongs under 产出 (NAT-2021)"),
         "木船修造交付时限", "≤15个工作日"),
        (None, "可持续影响", "工位使用年限", "≥8年"),
        ("满意度", "服务对象满意度", "送修船主满意度", "≥90%"),
    ])  # fmt: skip
    signed(s, "梁水生", "0745-6231190")
    return b


@variant("ar11-caulk-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a 社会成本指标 left from "
         "the template, a completion time given as a typed 100%")  # fmt: skip
def caulk_template_rows() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="渔业村木质渔船检修捻缝项目", dept=BOAT,
                 unit="鹭洲渔业村村民委员会", money=funds(wan(30), wan(25), wan(5)),
                 goals=["检修捻缝木质渔船60艘，保障渔船安全出港。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "检修捻缝木质渔船", "≥60艘"),
        (None, None, mk(None, "F110", "error", note="a value but no indicator name"),
         "≥120平方米"),
        (None, "质量指标", "捻缝验收合格率", "≥95%"),
        (None, "时效指标", "检修完工时间",
         mk(pct(1), "T113", "warning", note="a completion time given as 100%")),
        ("成本指标", "经济成本指标", "单艘检修捻缝费用", "≤0.35万元/艘"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("效益指标", "社会效益指标", "渔船出港渗漏事故", "≤1起"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    signed(s, "梁水生", "0745-6231190")
    return b


@variant("ar12-caulk-artefacts", (9,),
         "project, OLD-NAT, one value column, money detail lines below the table: a total split "
         "by a space, an amount pasted twice, an end date left as a serial number")  # fmt: skip
def caulk_artefacts() -> Book:
    b, s = book()
    total = mk("36.487 5", "X105", "warning", alt=("X103",), note="read as 36.4875")
    end = mk("46022", "X104", "warning", note="serial of 2025-12-31 in a text cell")
    project_head(s, year=YEAR, name="客渡船桐油麻丝捻缝大修项目", dept=BOAT,
                 unit="槐渡县渡运管理站", end=end,
                 money=funds(total, wan(30), money(6.4875, '0.0000"万元"')),
                 goals=["大修客渡船12艘，全部通过船检复检。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "大修客渡船", "≥12艘"),
        (None, "质量指标", "船检复检通过率", "100%"),
        (None, "时效指标", "大修完成时间", "10月31日前"),
        (None, "成本指标", "单船大修费用", "≤3万元/艘"),
        ("效益指标", "社会效益指标", "客渡安全运营天数", "≥330天"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "明细项目", "金额", "说明", merge=[(4, 6)])
    s.row(None, "麻丝及桐油灰材料",
          mk("12万12万(含麻丝桐油灰)", "X106", "error", alt=("B108",), note="read as 12"),
          "按12艘×1万元测算", merge=[(4, 6)])  # fmt: skip
    s.row(None, "捻缝船工工时费", 16.4875, "约2200工日", merge=[(4, 6)])
    s.row(None, "船台租用", 8, "4座船台×2万元", merge=[(4, 6)])
    s.row(None, "合计", 36.4875, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    signed(s, "潘远舟", "0745-6230517", day(YEAR - 1, 12, 2))
    return b
