"""Heritage workshop returns: the centre's department tables, exports, template leftovers,
conversion artefacts and notes (co13–co18)."""

from __future__ import annotations

from tests.variants.holdout551.common import (
    YEAR,
    department,
    indicators,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout551.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok, pct

CENTRE = "杼岭县夏布织造技艺保护传承中心"
GOAL = "开展夏布织造技艺传习、传统工坊修缮和夏布展陈，保护苎麻绩纱与夏布织造技艺。"


def centre_rows() -> list[tuple[object, ...]]:
    """The centre's indicator rows (NAT-2021), shared by its two department returns."""
    return [
        ("成本指标", "经济成本指标", "每期传习班补助标准", "≤", 2.5, "万元/期"),
        ("产出指标", "数量指标", "举办传习班", "≥", 10, "期"),
        (None, None, "修缮传统工坊", "≥", 5, "家"),
        (None, "质量指标", "传习学员结业合格率", "≥", pct(0.9), None),
        (None, "时效指标", "展陈按期开放率", "≥", pct(0.95), None),
        ("效益指标", "社会效益指标", "夏布展陈参观人次", "≥", 20000, "人次"),
        (None, "可持续影响指标", "在册夏布织造传承人", "≥", 26, "人"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥", pct(0.9), None),
    ]


@variant("co13-centre-department", (12, 4),
         "department, NAT-2021: budget with shares and key tasks adding to 金额合计, a note "
         "explaining the total, footnotes, signature, fill date in 2024 (correct)")  # fmt: skip
def co13() -> Book:
    b, s = start("部门整体")
    department(s, CENTRE, [
        (money(360), money(324), money(36), money(216), money(144)),
        (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
    ], GOAL, tasks=[
        ("夏布织造技艺传习", "举办传习班，培养学员", money(60), "传习班不少于10期"),
        ("传统工坊修缮", "修缮织造工坊与木织机", money(50), "修缮工坊不少于5家"),
        ("夏布展陈", "常设展陈维护与巡展", money(34), "参观不少于2万人次"),
        ("金额合计", None, money(144), None),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出144万元，基本支出216万元未列入年度主要任务。")
    indicators(s, centre_rows())
    notes(s, "注1：传习班补助按每期2.5万元测算，10期共25万元，在传习任务60万元内。",
          "注2：参观人次含线上展陈访问。")  # fmt: skip
    signature(s, "蒲纬娘", "0736-5869025")
    return b


@variant("co14-centre-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, key tasks not adding to 金额合计")  # fmt: skip
def co14() -> Book:
    b, s = start("部门整体")
    department(s, CENTRE, [
        (mk(money(600), "B101", "error", row=True, note="380 + 240 = 620, not 600"),
         money(540), money(60), money(380), money(240)),
        (pct(1), pct(0.9),
         mk(pct(0.15), "B111", "error", note="60 ÷ 600 = 10%, not 15%"),
         ok(pct(0.633, "0.0%"), "error", note="matches 380 ÷ 600; a sum finding is tolerated"),
         pct(0.4)),
    ], GOAL, tasks=[
        ("夏布织造技艺传习", "举办传习班，培养学员", money(90), "传习班不少于10期"),
        ("传统工坊修缮", "修缮织造工坊与木织机", money(80), "修缮工坊不少于5家"),
        ("夏布展陈", "常设展陈维护与巡展", money(60), "参观不少于2万人次"),
        ("金额合计", None,
         mk(money(240), "B102", "error", note="90 + 80 + 60 = 230, not 240"), None),
    ])  # fmt: skip
    indicators(s, centre_rows())
    signature(s, "蒲纬娘", "0736-5869025")
    return b


@variant("co15-template-rows-left", (6, 13),
         "project, NAT-2021, header 预期目标: two template tier-2 rows left empty, a value "
         "typed without an indicator name")  # fmt: skip
def co15() -> Book:
    b, s = start()
    project(s, "苎麻绩纱传习点建设项目", "杼岭县芦陂镇综合文化站", one_year(30, 30),
            ["在芦陂镇建设苎麻绩纱传习点3个，开展绩纱传习，培养绩纱能手。"])  # fmt: skip
    empty = "template tier-2 left with no indicator and no value"
    indicators(s, [
        ("成本指标", "经济成本指标", "每个传习点建设补助", "≤", 8, "万元/个"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=empty), None, None, None,
         None),
        ("产出指标", "数量指标", "建成苎麻绩纱传习点", "≥", 3, "个"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥",
         6, "场"),
        (None, "质量指标", "传习点验收合格率", "≥", pct(0.95), None),
        ("效益指标", "社会效益指标", "培养绩纱能手", "≥", 40, "人"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None, None,
         None),
        ("满意度指标", "服务对象满意度指标", "传习学员满意度", "≥", pct(0.9), None),
    ], header=("一级指标", "二级指标", "三级指标", "指标性质", "预期目标", "计量单位"))  # fmt: skip
    signature(s, "施绩兰", "0736-5872618")
    return b


@variant("co16-system-export", (7, 4),
         "budget-system export: money on sheet 05-1 with project codes, the indicator table on "
         "sheet 05-2 under header 绩效目标值 on the third row, codes in the first column, the "
         "header repeated after a page break (correct)")  # fmt: skip
def co16() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row("431127-25-0087", "夏布展陈馆运行维护项目", "延续项目", wan(72), wan(64), wan(8))
    s.row("合计", None, None, wan(72), wan(64), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 14, 16, 30, 16, 12))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：杼岭县夏布展陈馆")
    head = ("项目编码", "一级指标", "二级指标", "三级指标", "绩效目标值", "计量单位")
    t.row(*head)
    t.table([
        ("431127-25-0087", "产出指标", "数量指标", "展陈馆全年开放天数", "≥300", "天"),
        (None, None, None, "举办夏布专题展", "≥4", "场"),
        (None, None, "质量指标", "展品完好率", "≥98%", None),
        (None, None, "时效指标", "专题展按期开展率", "≥95%", None),
    ], merged=(1, 2, 3))  # fmt: skip
    t.row(*head)
    t.table([
        ("431127-25-0087", "成本指标", "经济成本指标", "每场专题展布展成本", "≤6", "万元/场"),
        (None, "效益指标", "社会效益指标", "参观人次", "≥30000", "人次"),
        (None, None, "可持续影响指标", "新增入藏夏布藏品", "≥50", "件"),
        (None, "满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%", None),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("co17-conversion-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: an amount split by a "
         "space, an amount pasted twice, a completion date left as a serial in text")  # fmt: skip
def co17() -> Book:
    b, s = start()
    project(s, "夏布织坊原料与织机维护项目", "杼岭县芦陂镇夏布织坊", one_year(60, 50),
            ["保障夏布织坊全年苎麻纱线供应和木织机维护，稳定夏布产量。"],
            end=mk("46022", "X104", "warning", note="2025-12-31 as a text serial"))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "织造夏布", "≥3000米"),
        (None, None, "维护木织机", "≥40台"),
        (None, "质量指标", "夏布成品合格率", "≥92%"),
        (None, "成本指标", "每米夏布纱线成本", "≤80元/米"),
        ("效益指标", "经济效益指标", "织坊织户人均增收", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "织户满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "指标值"))  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）")
    s.table([
        ("1", "木织机维护",
         mk("18.437 5", "X105", "warning", alt=("X103",), note="18.4375 split by a space")),
        ("2", "苎麻纱线采购",
         mk("24万24万(含运输)", "X106", "error", alt=("B108",), note="24万 pasted twice")),
        ("3", "织工传习补贴", money(17.5625, "0.0000")),
        ("合计", None, money(60, "0.0000")),
    ])  # fmt: skip
    return b


@variant("co18-notes-two-row-header", (4, 7),
         "project, OLD-NAT, two-row header (绩效指标 over 指标内容, 绩效标准 over operator and "
         "value), a 说明 row inside the table, 0起 on an incident count, 填表说明 and signature "
         "lines below (correct)")  # fmt: skip
def co18() -> Book:
    b, s = start()
    project(s, "夏布工坊安全与消防改造项目", CENTRE, one_year(36, 36),
            ["完成12家木结构夏布工坊电路与消防改造，全年工坊安全事故为零。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", None, "备注", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "指标内容", "比较符", "目标值", None)
    s.table([
        ("产出指标", "数量指标", "完成电路改造的工坊", "≥", "12家", None),
        (None, None, "配置灭火器材的工坊", "≥", "12家", None),
        (None, "质量指标", "改造工程验收合格率", "≥", pct(0.95), None),
        (None, "成本指标", "每家工坊改造补助", "≤", "2.8万元/家", "按询价测算"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：以下效益指标按年度统计，事故起数以县应急部门通报为准。")
    s.table([
        ("效益指标", "社会效益指标", "工坊火灾及用电安全事故", "=", "0起", None),
        (None, "可持续影响指标", "工坊安全巡查制度执行", "=", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "工坊织户满意度", "≥", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.比较符填≥、≤或=；2.定性指标在目标值栏填写等级。")
    signature(s, "施绩兰", "0736-5872618", day(YEAR - 1, 12, 2, CN_DATE))
    return b
