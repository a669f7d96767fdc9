"""Law publicity returns (kfe13–kfe18): 法律明白人, lectures, publicity bases, budget-system
exports with project codes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout827.common import OPERATOR, indicators, lines, note, sign, start, wan
from tests.variants.holdout827.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("kfe13-publicity-points", (10, 5),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）) and an "
         "indicator score column, both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def publicity_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="“法律明白人”培养和法治宣传进村居", dept="沅蒲区司法局（209）",
                 unit="沅蒲区普法办公室",
                 money=lines(("年度资金总额", 40, "其中：财政拨款", 40),
                             ("其他资金", 0, None, None)),
                 goals=["培养“法律明白人”600名，开展法治宣传进村居活动120场，推动村居群众"
                        "法治知晓率较上年提高3个百分点以上。"])  # fmt: skip
    indicators(s, SCORED, [
        ("一、产出指标（50分）", "1.数量指标", "“法律明白人”培训人数", "≥600人", 10),
        (None, None, "法治宣传进村居活动场次", "≥120场", 10),
        (None, "2.质量指标", "“法律明白人”培训考核合格率", "≥95%", 15),
        (None, "3.时效指标", "培训任务完成时间", "2025年11月30日前", 15),
        ("二、成本指标（10分）", "1.经济成本指标", "人均培训成本", "≤300元/人", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "村居群众法治知晓率提升幅度", "≥3百分点", 10),
        (None, None, "矛盾纠纷村内化解率", "≥85%", 10),
        (None, "2.可持续影响指标", "“法律明白人”常态化履职机制", "建立并执行", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "村居群众满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "聂语冰", "0744-2216117")
    return b


@variant("kfe14-publicity-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column beside an indicator score column: two tier "
         "scores not matching their indicators, the goal's 40 lectures against 30, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def publicity_points_wrong() -> Book:
    b, s = start("绩效目标", (16, 8, 18, 30, 16, 8))
    project_head(s, year=2025, name="法治讲座进机关进企业", dept="渠阳市司法局（101）",
                 unit="渠阳市普法讲师团",
                 money=lines(("年度资金总额", 32, "其中：财政拨款", 30),
                             ("其他资金", 2, None, None)),
                 goals=["全年开展法治讲座40场，覆盖机关干部和企业职工8000人次，"
                        "参训人员满意度90%以上。"])  # fmt: skip
    produce = mk(50, "W103", "error", note="产出指标下各指标分值 10 + 10 + 15 + 10 = 45")
    effect = mk(30, "W103", "error", note="效益指标下各指标分值 10 + 10 + 15 = 35")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", produce, "数量指标", "法治讲座场次",
         mk("≥30场", "D104", "warning", row=True, alt=("C10",),
            note="年度目标写开展法治讲座40场"), 10),
        (None, None, None, "听讲人次", "≥8000人次", 10),
        (None, None, "质量指标", "讲座课件审核通过率", "≥95%", 15),
        (None, None, "时效指标", "年度讲座计划完成时间", "2025年12月20日前", 10),
        ("成本指标", 10, "经济成本指标", "单场讲座成本", "≤8000元/场", 10),
        ("效益指标", effect, "社会效益指标", "机关干部法律知识测试合格率", "≥90%", 10),
        (None, None, None, mk("讲座听众满意度", "F201", "warning", row=True, alt=("D103",),
                              note="满意度指标填在社会效益指标下"), "≥90%", 15),
        (None, None, "可持续影响指标", "法治讲座常态化机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "鄢庭芳", "0731-8450291")
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


def export_money(b: Book, rows: Sequence[Sequence[Any]], total: Sequence[Any]) -> Sheet:
    """The 05-1 sheet of a budget-system export: header on the third row, codes first."""
    s = b.sheet("部门项目支出预算05-1", (22, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位名称：宣屿县司法局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    for r in rows:
        s.row(r[0], r[1], *(wan(v) for v in r[2:]))
    s.row("合计", None, *(v if not isinstance(v, int | float) else wan(v) for v in total))
    return s


def export_sheet(b: Book) -> Sheet:
    """The 05-2 sheet: the indicator table under a title and a unit line."""
    s = b.sheet("部门项目支出绩效目标05-2", (22, 24, 14, 16, 28, 18))
    s.title("2025年部门项目支出绩效目标表", 6)
    s.row("单位名称：宣屿县司法局", None, None, None, None, "导出日期：2024-12-16")
    return s


@variant("kfe15-publicity-export", (7, 4),
         "budget-system export: money on sheet 05-1 and indicators on sheet 05-2, header on "
         "the third row, project codes in the first columns, a note under the table "
         "(correct)")  # fmt: skip
def publicity_export() -> Book:
    b = Book()
    export_money(b, [("36072525T000000311", "普法阵地建设", 35, 30, 5),
                     ("36072525T000000312", "“谁执法谁普法”宣传月", 18, 18, 0)],
                 (53, 48, 5))  # fmt: skip
    s = export_sheet(b)
    indicators(s, EXPORT, [
        ("36072525T000000311", "普法阵地建设", "产出指标", "数量指标",
         "法治文化公园建成数", "≥2个"),
        (None, None, None, None, "村居法治宣传栏更新数", "≥60块"),
        (None, None, None, "质量指标", "阵地建设验收合格率", "100%"),
        (None, None, None, "时效指标", "阵地建成时间", "2025年10月31日前"),
        (None, None, "成本指标", "经济成本指标", "法治宣传栏单价", "≤2000元/块"),
        (None, None, "效益指标", "社会效益指标", "阵地年接待群众人次", "≥20000人次"),
        (None, None, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
        ("36072525T000000312", "“谁执法谁普法”宣传月", "产出指标", "数量指标",
         "执法部门集中宣传活动场次", "≥30场"),
        (None, None, None, "时效指标", "宣传月活动完成时间", "2025年6月30日前"),
        (None, None, "成本指标", "经济成本指标", "单场活动成本", "≤5000元/场"),
        (None, None, "效益指标", "社会效益指标", "群众法律咨询解答率", "≥95%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    note(s, "注：本表由预算管理一体化系统导出，金额单位见05-1表。")
    return b


@variant("kfe16-publicity-export-wrong", (7, 12),
         "budget-system export as kfe15: the 05-1 total not the sum of its lines, one indicator "
         "repeated under two tier-2s, a deadline left from 2024")  # fmt: skip
def publicity_export_wrong() -> Book:
    b = Book()
    total = mk(wan(78), "B102", "error", alt=("B101",), note="35 + 18 + 22 = 75 ≠ 78")
    export_money(b, [("36072525T000000311", "普法阵地建设", 35, 30, 5),
                     ("36072525T000000312", "“谁执法谁普法”宣传月", 18, 18, 0),
                     ("36072525T000000315", "新媒体普法", 22, 22, 0)],
                 (total, wan(70), wan(5)))  # fmt: skip
    s = export_sheet(b)
    indicators(s, EXPORT, [
        ("36072525T000000311", "普法阵地建设", "产出指标", "数量指标",
         "法治文化公园建成数", "≥2个"),
        (None, None, None, "时效指标", "阵地建成时间", "2025年10月31日前"),
        (None, None, "成本指标", "经济成本指标", "法治文化公园建设单价", "≤15万元/个"),
        (None, None, "效益指标", "社会效益指标", "阵地年接待群众人次", "≥20000人次"),
        (None, None, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
        ("36072525T000000312", "“谁执法谁普法”宣传月", "产出指标", "数量指标",
         "执法部门集中宣传活动场次", "≥30场"),
        (None, None, None, "时效指标", "宪法宣传周活动完成时间",
         mk("2024年12月10日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="2025年度的表，期限却是上年的宪法宣传周（2024年12月）")),
        (None, None, "成本指标", "经济成本指标", "单场活动成本", "≤5000元/场"),
        (None, None, "效益指标", "社会效益指标", "群众法律咨询解答率", "≥95%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
        ("36072525T000000315", "新媒体普法", "产出指标", "数量指标", "普法短视频发布数", "≥60条"),
        (None, None, None, "质量指标", "短视频内容审核通过率", "100%"),
        (None, None, "成本指标", "经济成本指标", "单条短视频制作成本", "≤3000元/条"),
        (None, None, "效益指标", "社会效益指标",
         mk("普法短视频发布数", "D101", "warning", row=True, alt=("D102", "D103", "F201"),
            note="与数量指标下的同名指标重复，且是数量指标"), "≥60条"),
        (None, None, None, None, "短视频累计播放量", "≥50万次"),
        (None, None, "满意度指标", "服务对象满意度指标", "网民满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    note(s, "注：本表由预算管理一体化系统导出，金额单位见05-1表。")
    return b


WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kfe17-publicity-notes", (4, 11, 7),
         "project, OLD-NAT, operators in words in their own column, a unit column, a 注 row "
         "inside the table, the header repeated after a page break, 说明, 填表说明 and a "
         "signature dated the year before; a 下降率 with 大于等于 (correct)")  # fmt: skip
def publicity_notes() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, name="青少年法治教育基地运行", dept="宣屿县司法局（233）",
                 unit="宣屿县青少年法治教育基地",
                 money=lines(("年度资金总额", 28, "其中：财政拨款", 25),
                             ("其他资金", 3, None, None)),
                 goals=["全年接待中小学生参观学习12000人次，开展模拟法庭活动40场，"
                        "辖区青少年涉法案件数比上年下降5%以上。"])  # fmt: skip
    indicators(s, WORDS, [
        ("产出指标", "数量指标", "接待中小学生参观学习人次", "大于等于", 12000, "人次"),
        (None, None, "模拟法庭活动场次", "大于等于", 40, "场"),
        (None, "质量指标", "讲解员持证上岗率", "大于等于", 95, "%"),
        (None, "时效指标", "预约参观安排时限", "小于等于", 5, "个工作日"),
        (None, "成本指标", "基地日常运行经费", "小于等于", 28, "万元"),
    ])  # fmt: skip
    note(s, "注：定性指标的“指标性质”栏填“定性”，指标值栏填等级。")
    s.skip()
    indicators(s, WORDS, [
        ("效益指标", "社会效益指标", "辖区青少年涉法案件下降率", "大于等于", 5, "%"),
        (None, None, "参观学生投诉率", "小于等于", 1, "%"),
        (None, "可持续影响指标", "基地开放管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参观师生满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(s, "说明：基地日常运行经费含讲解员劳务费18万元、场馆维护费10万元。")
    note(s, "填表说明：1.指标性质填大于等于、小于等于、等于或定性；2.金额单位为万元。")
    sign(s, "闵秋实", "0739-4472350", day(2024, 11, 5, CN_DATE))
    return b


@variant("kfe18-publicity-operator-wrong", (11, 1),
         "project, OLD-NAT, operator and unit columns, typed percent cells: a 反向 rate with ≥, "
         "a coverage rate given as a count, a unit price × copies far above the money")  # fmt: skip
def publicity_operator_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="民法典宣传月和普法宣传品发放", dept="柘川县司法局（118）",
                 unit="柘川县普法办公室",
                 money=lines(("年度资金总额", 60, "其中：财政拨款", 60),
                             ("其他资金", 0, None, None)),
                 goals=["开展民法典宣传月活动，发放普法宣传品80000份，覆盖全县16个"
                        "乡镇。"])  # fmt: skip
    indicators(s, OPERATOR, [
        ("产出指标", "数量指标", "普法宣传品发放数", "≥", 80000, "份"),
        (None, None, "民法典宣讲场次", "≥", 48, "场"),
        (None, "质量指标", "乡镇普法宣传覆盖率", "≥",
         mk(50, "T105", "error", row=True, note="覆盖率给的是场次数（单位“场”），不是百分比"),
         "场"),
        (None, "时效指标", "宣传月活动完成时间", "≤", day(2025, 5, 31), None),
        (None, "成本指标", "普法宣传品单价", "≤",
         mk(25, "B107", "warning", row=True,
            note="25元/份 × 80000份 = 200万元，远超年度资金 60万元"), "元/份"),
        ("效益指标", "社会效益指标", "群众民法典知晓率", "≥", pct(0.85), "%"),
        (None, None, "普法活动群众投诉率",
         mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，比较符应为 ≤"),
         pct(0.01), "%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "冼明澈", "0736-5521977")
    return b
