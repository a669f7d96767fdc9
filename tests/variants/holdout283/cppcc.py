"""CPPCC members' proposals and democratic supervision (政协委员提案, 民主监督): sg13 to sg18."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout283.common import (
    YEAR,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout283.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money, pct

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sg13-proposal-marked-labels", (5, 11, 1),
         "project, OLD-NAT, tier labels marked with * and ★, operators in words in their own "
         "column, unit column, typed percents, a 下降率 with 大于等于 (correct)")  # fmt: skip
def sg13() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀区政协提案工作服务保障", dept="政协鹭汀区委员会办公室",
                 unit="政协鹭汀区委员会提案委员会", money=one_year(22, 22), goals=[
                     "全年立案提案不少于150件，提案办复率100%，重点提案督办12件。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("*产出指标", "*数量指标", "★立案提案件数", "大于等于", 150, "件"),
        (None, None, "重点提案督办件数", "大于等于", 12, "件"),
        (None, "*质量指标", "★提案办复率", "等于", pct(1), "%"),
        (None, None, "提案审查退回率", "小于等于", pct(0.1), "%"),
        (None, "时效指标", "提案交办时限", "小于等于", 10, "个工作日"),
        (None, "成本指标", "单件重点提案督办经费", "小于等于", 1, "万元/件"),
        ("*效益指标", "社会效益指标", "提案建议落实率", "大于等于", pct(0.75), "%"),
        (None, None, "同类重复提案下降率", "大于等于", pct(0.15), "%"),
        (None, "可持续影响指标", "提案办理协商机制", "定性", "健全", None),
        ("*满意度指标", "服务对象满意度指标", "★提案者满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, "注：标★的为核心指标，不得删除；标*的为必填项。")
    sign(s, "陶知白", "0571-86235519", day(2024, 11, 11), head="芮南枝")
    return b


@variant("sg14-proposal-stacked", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given as a count")  # fmt: skip
def sg14() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄湾县政协委员履职服务", dept="政协澄湾县委员会办公室",
                 unit="政协澄湾县委员会委员工作室", money=one_year(26, 26), goals=[
                     "轮训委员不少于300人次，组织委员活动24场，"
                     "委员履职档案全部建立。"])  # fmt: skip
    table(s, TIERS4, [
        ("产出指标", "数量指标", "委员履职培训人次", "≥300人次"),
        (None, None, "委员活动组织场次", "≥24场"),
        (None, "质量指标", "委员履职档案建档率", "=100%"),
        (None, "时效指标", "履职情况季度通报时限", "季末后10个工作日内"),
        (None, "成本指标", "人均培训成本", "≤500元/人次"),
        ("效益指标", "社会效益指标", "委员社情民意信息采用率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "委员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="澄湾县政协文史资料征编",
                 dept="政协澄湾县委员会办公室", unit="政协澄湾县委员会文史委员会", money=[
                     ["年度资金总额", mk(wan(18), "B101", "error", row=True,
                                         note="财政拨款 15 + 其他资金 2 = 17, not 18"),
                      "其中：财政拨款", wan(15)],
                     ["其他资金", wan(2)],
                 ], goals=["征集文史资料120篇，编印出版文史资料专辑2辑。"])  # fmt: skip
    table(s, TIERS4, [
        ("产出指标", "数量指标", "征集文史资料篇数", "≥120篇"),
        (None, None, "出版文史资料专辑", "≥2辑"),
        (None, "质量指标", "史料征集计划完成率",
         mk("120篇", "T105", "error", note="a 完成率 given as a count")),
        (None, None, "史料审校差错率", "≤1%"),
        (None, "时效指标", "专辑出版时间", "2025年12月31日前"),
        (None, "成本指标", "单辑编印成本", "≤6万元/辑"),
        ("效益指标", "社会效益指标", "地方文史知识普及", "显著"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑暮云", "0576-85527702", day(2024, 11, 4))
    return b


def block(s: Sheet, rows: Sequence[Sequence[Any]], subtotal: int) -> None:
    """One tier-1 block with its 小计 row (the 小计 is not an indicator)."""
    s.table(rows, merged=(1, 2))
    s.row("小计", None, None, None, subtotal)


@variant("sg15-supervision-department", (12, 4),
         "department, NAT-2021, key tasks adding to 金额合计, weight column with 小计 rows after "
         "each tier-1 and a 合计 row, a footnote explaining the total (correct)")  # fmt: skip
def sg15() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="政协柘岭市委员会办公室", budget=[
        (wan(1268.5), wan(1228.5), wan(40), wan(905.3), wan(363.2)),
    ], tasks=[
        ("民主监督专项行动", "围绕生态环境保护开展专项民主监督", wan(86.4), "形成监督报告3篇"),
        ("提案办理与督办", "提案审查、交办、督办和评优", wan(58.8), "提案办复率100%"),
        ("专题协商与调研", "专题议政性常委会议及协商调研", wan(132), "形成协商成果8项"),
        ("委员履职服务", "委员培训、履职档案和委员之家", wan(86), "轮训委员400人次"),
        ("金额合计", None, wan(363.2), None),
    ], goal="加强专题协商和民主监督，提高提案办理质量，做好委员履职服务。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重")
    block(s, [
        ("产出指标", "数量指标", "民主监督报告", "≥3篇", 10),
        (None, None, "专题协商成果", "≥8项", 10),
        (None, None, "委员轮训人次", "≥400人次", 10),
        (None, "质量指标", "提案办复率", "=100%", 10),
        (None, "时效指标", "监督报告报送及时率", "≥95%", 10),
    ], 50)  # fmt: skip
    block(s, [("成本指标", "经济成本指标", "委员人均培训成本", "≤600元/人次", 10)], 10)
    block(s, [
        ("效益指标", "社会效益指标", "监督建议被采纳率", "≥70%", 15),
        (None, "生态效益指标", "监督发现生态环境问题整改率", "≥85%", 15),
    ], 30)  # fmt: skip
    block(s, [("满意度指标", "服务对象满意度指标", "界别群众满意度", "≥90%", 10)], 10)
    s.row("合计", None, None, None, 100)
    notes(s, "注：合计为各小计之和，小计行不重复计入指标权重。", width=5)
    sign(s, "左承泽", "0579-83129003", day(2024, 11, 21), head="芮南枝")
    return b


@variant("sg16-supervision-multiyear", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the "
         "中期目标 and two cumulative counts copied into the annual column")  # fmt: skip
def sg16() -> Book:
    b, s = start()
    goal = ("围绕流域生态保护开展民主监督，组织专项视察9次，提出监督建议60条，"
            "推动问题整改率达到85%以上。")  # fmt: skip
    project_head(s, year=YEAR, years=3, name="澄湾县政协流域生态保护民主监督（2025—2027年）",
                 dept="政协澄湾县委员会办公室", unit="政协澄湾县委员会人口资源环境委员会",
                 attr="新增项目", money=multi_year((150, 150, 0), (50, 50, 0)), goals=[
                     goal, mk(goal, "D204", "warning", note="年度目标 copied")])  # fmt: skip
    copied = "a three-year cumulative count copied into the annual column"
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "组织专项视察", "≥9次",
         mk("≥9次", "D202", "warning", note=copied)),
        (None, None, "提出监督建议", "≥60条", mk("≥60条", "D202", "warning", note=copied)),
        (None, "质量指标", "监督报告审议通过率", "≥95%", "≥95%"),
        (None, "时效指标", "年度监督报告报送时间", "每年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单次专项视察经费", "≤5万元/次", "≤5万元/次"),
        ("效益指标", "生态效益指标", "监督发现问题整改率", "≥85%", "≥85%"),
        (None, "可持续影响指标", "民主监督与党内监督贯通机制", "健全", "基本建立"),
        ("满意度指标", "服务对象满意度指标", "流域沿线群众满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    sign(s, "岑暮云", "0576-85527702", day(2024, 10, 30))
    return b


@variant("sg17-members-flat-two-values", (3, 8, 1),
         "department, flat list with an operator column, 实施周期 and 年度 value columns, a unit "
         "column, typed percents and weights in the header text (correct)")  # fmt: skip
def sg17() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="政协鹭汀区委员会委员履职服务中心", budget=[
        (wan(186.2), wan(180.2), wan(6), wan(120.2), wan(66)),
    ], goal="做好本届委员履职服务，年度轮训委员400人次，报送社情民意信息300条。")  # fmt: skip
    s.row("实施周期", "2025年—2027年", merge=[(2, 6)])
    s.row("指标名称", "计量单位", "指标性质", "实施周期指标值", "年度指标值", "权重（合计100分）")
    s.table([
        ("委员履职档案建档率", "%", "=", pct(1), pct(1), 10),
        ("委员履职培训人次", "人次", "≥", 1200, 400, 15),
        ("社情民意信息报送条数", "条", "≥", 900, 300, 15),
        ("委员之家活动场次", "场", "≥", 144, 48, 10),
        ("社情民意信息采用率", "%", "≥", pct(0.35), pct(0.35), 15),
        ("履职培训人均成本", "元/人次", "≤", 500, 500, 10),
        ("信息报送反馈时限", "个工作日", "≤", 10, 10, 10),
        ("委员满意度", "%", "≥", pct(0.9, "0.00%"), pct(0.9, "0.00%"), 15),
    ])  # fmt: skip
    sign(s, "陶知白", "0571-86235530", day(2024, 11, 19))
    return b


@variant("sg18-studio-money-units", (12, 1, 9),
         "project, OLD-NAT, operator and unit columns: an amount formatted in 元 inside the 万元 "
         "block, a typed percent above 100 %, a unit cost of 0")  # fmt: skip
def sg18() -> Book:
    b, s = start()
    b.file_mark("B101", "error", required=False,
                note="read as 240000 the block no longer adds up; B105 is asked for")  # fmt: skip
    other = mk(money(240000, YUAN), "B105", "error",
               note="240,000.00元 in a 项目资金（万元） block: 24万元 meant")  # fmt: skip
    project_head(s, year=YEAR, name="柘岭市政协委员工作室建设", dept="政协柘岭市委员会办公室",
                 unit="政协柘岭市委员会委员联络服务中心",
                 money=[["年度资金总额", wan(64), "其中：财政拨款", wan(40)], ["其他资金", other]],
                 goals=["新建委员工作室16个，年接待群众4800人次，"
                        "推动解决群众反映问题。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建委员工作室", "≥", 16, "个"),
        (None, None, "工作室年接待群众人次", "≥", 4800, "人次"),
        (None, "质量指标", "工作室建设验收合格率", "≥",
         mk(pct(1.02), "T106", "error", note="a 合格率 typed as 102 %"), "%"),
        (None, "时效指标", "工作室挂牌运行时间", None, "2025年9月30日前", None),
        (None, "成本指标", "单个工作室建设补助", "≤",
         mk(0, "T115", "error", note="a unit cost of 0 (4万元/个 meant)"), "万元/个"),
        ("效益指标", "社会效益指标", "群众反映问题协调解决率", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "委员工作室运行机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "来访群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "乔闻笛", "0579-83129021", day(2024, 11, 13))
    return b
