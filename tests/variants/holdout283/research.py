"""Legislative research of the congress (立法调研) and consultation research of the CPPCC
(协商调研, 民主监督): sg07 to sg12."""

from __future__ import annotations

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
from tests.variants.kit import Book, day, mk, money, pct

POINTS = ("一级指标", "分值", "二级指标", "考核指标", "目标值（年度）", "分值")


@variant("sg07-legislative-points", (10, 7),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）, points for tier-1 and for each "
         "indicator (100 both ways), a participation rate raised in 百分点 (correct)")  # fmt: skip
def sg07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="柘岭市地方性法规立法调研与论证",
                 dept="柘岭市人大常委会法制工作委员会", unit="柘岭市人大常委会法制工作委员会",
                 money=one_year(56, 56), goals=[
                     "围绕年度立法计划完成3部法规草案调研论证，召开立法论证会、听证会不少于"
                     "6场，基层立法联系点意见参与率比上年提高5个百分点。"])  # fmt: skip
    table(s, POINTS, [
        ("产出指标", 50, "数量指标", "完成法规草案调研论证", "≥3部", 15),
        (None, None, None, "召开立法论证会、听证会", "≥6场", 10),
        (None, None, "质量指标", "调研报告意见采纳率", "≥80%", 15),
        (None, None, "时效指标", "调研报告提交时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "单部法规调研论证经费", "≤16万元/部", 10),
        ("效益指标", 30, "社会效益指标", "基层立法联系点意见参与率", "提高≥5百分点", 15),
        (None, None, "可持续影响指标", "立法调研论证工作机制", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "立法联系点参与群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值合计100分，考核指标分值合计100分，二者不重复相加。")
    sign(s, "温亦舟", "0579-83127716", day(2024, 11, 14), head="柏怀远")
    return b


@variant("sg08-hearing-points", (10, 1),
         "project, NAT-2021, tier-1 and indicator points: the indicator points under two tier-1s "
         "do not match their declared points, a typed percent above 100 %")  # fmt: skip
def sg08() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄湾县基层立法联系点建设及立法听证",
                 dept="澄湾县人大常委会办公室", unit="澄湾县人大常委会法制工作室",
                 money=one_year(30, 30), goals=[
                     "新建基层立法联系点5个，组织立法听证会2场，征集立法意见建议不少于400条。"
                 ])  # fmt: skip
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="10 + 10 + 10 + 10 + 5 = 45 under 产出"),
         "数量指标", "新建基层立法联系点", "≥5个", 10),
        (None, None, None, "组织立法听证会", "≥2场", 10),
        (None, None, None, "征集立法意见建议", "≥400条", 10),
        (None, None, "质量指标", "立法意见建议梳理反馈率",
         mk(pct(1.05), "T106", "error", note="a 反馈率 typed as 105 %"), 10),
        (None, None, "时效指标", "听证报告提交时间", "2025年11月30日前", 5),
        ("成本指标", 10, "经济成本指标", "单个联系点建设补助", "≤4万元/个", 10),
        ("效益指标", mk(30, "W103", "error", note="20 + 15 = 35 under 效益"),
         "社会效益指标", "基层立法意见采纳率", "≥30%", 20),
        (None, None, "可持续影响指标", "基层立法联系点工作规程", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "联系点参与群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "顾晓岚", "0576-85523071", day(2024, 11, 9))
    return b


@variant("sg09-street-law-multiyear", (8, 5),
         "two-year project, NAT-2021, abbreviated tier labels (产出, 数量, 成本), 中期 and 年度 "
         "columns with annual counts below the period counts (correct)")  # fmt: skip
def sg09() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="柘岭市历史街区保护立法调研（2025—2026年）",
                 dept="柘岭市人大常委会城乡建设环境保护工作委员会", attr="新增项目",
                 unit="柘岭市人大常委会城建环保工委", money=multi_year((80, 80, 0), (45, 45, 0)),
                 goals=["2025—2026年完成历史街区保护立法调研和草案起草，实地调研街区20个，"
                        "召开座谈会16场，条例草案提请常委会审议。",
                        "2025年完成实地调研街区12个，召开座谈会10场，"
                        "形成立法调研报告。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出", "数量", "实地调研历史街区数", "≥20个", "≥12个"),
        (None, None, "召开立法座谈会", "≥16场", "≥10场"),
        (None, "质量", "调研报告审核通过率", "=100%", "=100%"),
        (None, "时效", "阶段任务完成时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本", "经济成本", "单个街区调研成本", "≤2万元/个", "≤2万元/个"),
        ("效益", "社会效益", "群众意见建议采纳率", "≥60%", "≥60%"),
        (None, "可持续影响", "历史街区保护制度体系", "健全", "基本建立"),
        ("满意度", "服务对象满意度", "街区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏怀远", "0579-83127730", day(2024, 11, 20))
    return b


@variant("sg10-cppcc-export", (9, 7, 2),
         "budget-system export: sheet 05-1 with project codes and money, sheet 05-2 with the "
         "header on the third row and two projects; a split number, a deadline given as "
         "100 %")  # fmt: skip
def sg10() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 14, 14, 14, 14))
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位名称：政协鹭汀区委员会办公室", None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row("330211250001", "鹭汀区政协委员提案办理督办", "专项业务费", money(28.6),
          money(28.6), money(0))  # fmt: skip
    s.row("330211250002", "鹭汀区政协协商议政专题调研", "专项业务费",
          mk("41.2 5", "X105", "warning", alt=("X103",), note="41.25 split by a space, as text"),
          money(41.25), money(0))  # fmt: skip
    s.row("合计", None, None, money(69.85), money(69.85), money(0))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 28, 14, 18, 30, 18))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位名称：政协鹭汀区委员会办公室", merge=[(1, 6)])
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("330211250001", "鹭汀区政协委员提案办理督办", "产出指标", "数量指标",
         "督办重点提案件数", "≥20件"),
        (None, None, None, "质量指标", "提案办复率", "≥98%"),
        (None, None, None, "时效指标", "提案办理答复时限", "≤90天"),
        (None, None, "成本指标", "经济成本指标", "单件重点提案督办成本", "≤1.2万元/件"),
        (None, None, "效益指标", "社会效益指标", "提案所提问题解决率", "≥70%"),
        (None, None, "满意度指标", "服务对象满意度指标", "提案者对办理结果满意度", "≥90%"),
        ("330211250002", "鹭汀区政协协商议政专题调研", "产出指标", "数量指标",
         "开展协商议政专题调研", "≥5项"),
        (None, None, None, None, "形成专题调研报告", "≥5篇"),
        (None, None, None, "时效指标", "调研报告报送完成时间",
         mk(pct(1), "T113", "warning", note="a deadline given as 100 %")),
        (None, None, "成本指标", "经济成本指标", "单项调研经费", "≤8万元/项"),
        (None, None, "效益指标", "社会效益指标", "调研成果被党委政府批示采用率", "≥60%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参与调研委员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("sg11-consultation-second-sheet", (7, 4),
         "project: head on the first sheet, indicator table on a second sheet under 预期实现值 "
         "with a 备注 column, a header repeated after a page break, notes and signatures "
         "(correct)")  # fmt: skip
def sg11() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=YEAR, name="柘岭市政协双周协商座谈会及重点议题协商调研",
                 dept="政协柘岭市委员会办公室", unit="政协柘岭市委员会研究室",
                 money=one_year(38.4, 35, 3.4), goals=[
                     "全年举办双周协商座谈会12期，围绕重点议题开展协商调研8项，"
                     "报送协商成果专报不少于12期。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 18))
    t.title("2025年度项目支出绩效指标", 5)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "备注")
    table(t, head, [
        ("产出指标", "数量指标", "双周协商座谈会期数", "≥12期", None),
        (None, None, "重点议题协商调研", "≥8项", None),
        (None, None, "协商成果专报", "≥12期", None),
        (None, "质量指标", "协商成果专报领导批示率", "≥50%", None),
        (None, "时效指标", "座谈会纪要印发时限", "≤5个工作日", "会后起算"),
        (None, "成本指标", "每期座谈会组织成本", "≤1.5万元/期", None),
        (None, None, "单项协商调研经费", "≤2.5万元/项", None),
    ])  # fmt: skip
    t.skip()
    table(t, head, [
        ("效益指标", "社会效益指标", "协商建议被相关部门采纳率", "≥70%", "以书面反馈为准"),
        (None, "可持续影响指标", "双周协商座谈会制度", "规范运行", None),
        ("满意度指标", "服务对象满意度指标", "参会委员和界别群众满意度", "≥90%", None),
    ])  # fmt: skip
    notes(t, "注：1.成本指标按全年计划期数和项数测算；2.本表续前页。", width=5)
    notes(t, "填表说明：指标值须与年度绩效目标一致，定性指标填写等级。", width=5)
    sign(t, "乔闻笛", "0579-83129015", day(2024, 11, 8), head="左承泽")
    return b


@variant("sg12-supervision-flat", (11, 3),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 指标性质 as direction · "
         "指标方向 as operator · 权重): a rate given as a count, a 反向 rate with ≥, "
         "weights adding to 95")  # fmt: skip
def sg12() -> Book:
    b, s = start()
    b.file_mark("W101", "error", note="15 + 10 + 15 + 10 + 10 + 15 + 10 + 10 = 95, not 100")
    department_head(s, year=YEAR, dept="政协澄湾县委员会办公室", budget=[
        (wan(420.8), wan(410.8), wan(10), wan(318.8), wan(102)),
    ], goal="围绕县委中心工作开展民主监督专项视察6次，推动监督建议办理落实。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "指标性质", "指标方向", "权重")
    s.table([
        ("民主监督专项视察次数", 6, "次", "正向", "≥", 15),
        ("委员参与民主监督人次", 180, "人次", "正向", "≥", 10),
        ("监督建议办理反馈率", mk(42, "T105", "error", note="a 反馈率 given as 42件"), "件", "正向",
         "≥", 15),
        ("民主监督报告按期报送率", 100, "%", "正向", "=", 10),
        ("监督事项整改超期率", 5, "%", "反向",
         mk("≥", "T108", "warning", row=True, note="an overdue rate is 反向: ≤ meant"), 10),
        ("监督建议落实率", 80, "%", "正向", "≥", 15),
        ("监督活动人均经费", 0.2, "万元/人次", "反向", "≤", 10),
        ("被监督单位满意度", 90, "%", "正向", "≥", 10),
    ])  # fmt: skip
    sign(s, "岑暮云", "0576-85527702", day(2024, 11, 15))
    return b
