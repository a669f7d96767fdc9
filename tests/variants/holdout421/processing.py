"""Census data processing: entry and coding, comparison checks, processing servers, quality
sampling, a return converted from PDF and the data summary with its notes (xo07–xo12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout421.common import (
    BUREAU,
    HEAD4,
    OFFICE,
    YEAR,
    book,
    indicators,
    note,
    one_year,
    signature,
)
from tests.variants.holdout421.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money

POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
CENTRE = "澄川市统计局数据管理中心"


@variant("xo07-entry-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding "
         "to 100, a 合计 row with 100 twice, a rate raised in 百分点 (correct)")  # fmt: skip
def entry_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="人口普查数据录入与编码", dept=BUREAU, unit=CENTRE,
                 money=one_year(156, 150, 6),
                 goals=["12月25日前完成72万份普查表录入和行业、职业编码。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 40, "数量指标", "录入普查表", "≥72万份", 10),
        (None, None, None, "行业、职业编码", "≥18万条", 10),
        (None, None, "质量指标", "录入差错率", "≤0.3%", 10),
        (None, None, "时效指标", "数据录入编码完成时间", "12月25日前", 10),
        ("成本指标", 20, "经济成本指标", "单份普查表录入成本", "≤1.2元/份", 20),
        ("效益指标", 30, "社会效益指标", "质量抽查一致率比上次普查提高", "≥2百分点", 15),
        (None, None, "可持续影响指标", "普查微观数据入库率", "=100%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "数据使用部门满意度", "≥90%", 10),
        ("合计", 100, "", None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("xo08-points-mismatch", (10, 11),
         "project, NAT-2021, tier-1 and indicator score columns: 产出 declared 40 over "
         "indicators of 35, a unit cost with ≥")  # fmt: skip
def points_mismatch() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="人口普查数据比对核查", dept=BUREAU, unit=CENTRE,
                 money=one_year(96, 96, 0),
                 goals=["与公安、教育等部门数据比对，核查疑似漏登重登记录。"])  # fmt: skip
    declared = mk(40, "W103", "error", note="产出指标 40 分，其下指标合计 35 分")
    cost = mk("≥0.3元/条", "T108", "warning", row=True, note="成本指标应为 ≤")
    indicators(s, POINTS, [
        ("产出指标", declared, "数量指标", "比对部门行政记录", "≥260万条", 10),
        (None, None, None, "核查疑似漏登重登记录", "≥1.5万条", 10),
        (None, None, "质量指标", "比对核查准确率", "≥98%", 5),
        (None, None, "时效指标", "比对核查完成时间", "12月20日前", 10),
        ("成本指标", 20, "经济成本指标", "单条记录核查成本", cost, 20),
        ("效益指标", 30, "社会效益指标", "普查数据漏登率", "≤0.5%", 15),
        (None, None, "可持续影响指标", "部门数据共享机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "数据使用部门满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计 95 由同一处缺分引起")
    return b


EXPORT = ("项目编码", "指标编码", "一级指标", "二级指标", "三级指标", "目标值（年度）",
          "计量单位")  # fmt: skip
CODE = "213010125000018"


@variant("xo09-export-second-sheet", (7, 4),
         "project head on the first sheet, a budget-system export on a second sheet: codes in "
         "the first columns, header on row 3 (目标值（年度）), a 说明 row (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="人口普查数据处理服务器及存储扩容", dept=BUREAU,
                 unit=CENTRE, money=one_year(212, 212, 0),
                 goals=["9月底前完成服务器和存储扩容，保障普查数据处理。"])  # fmt: skip
    t = b.sheet("绩效目标", (18, 8, 12, 16, 28, 16, 10))
    t.title("部门项目支出绩效目标表", 7)
    t.row("单位：澄川市统计局", None, None, None, "导出日期：2029-10-18")
    t.row(*EXPORT)
    for i, row in enumerate([
        ("产出指标", "数量指标", "扩容存储容量", "≥200", "TB"),
        ("产出指标", "数量指标", "部署数据处理服务器", "≥12", "台"),
        ("产出指标", "质量指标", "系统压力测试通过率", "=100%", "%"),
        ("产出指标", "时效指标", "扩容部署完成时间", "2030年9月30日前", None),
        ("成本指标", "经济成本指标", "存储扩容单价", "≤0.6", "万元/TB"),
        ("效益指标", "社会效益指标", "普查数据处理系统可用率", "≥99.5", "%"),
        ("效益指标", "可持续影响指标", "设备服务年限", "≥5", "年"),
        ("满意度指标", "服务对象满意度指标", "数据处理人员满意度", "≥90", "%"),
    ], start=1):  # fmt: skip
        t.row(CODE, f"Z{i:02d}", *row)
    note(t, "说明：本表由预算管理一体化系统导出，计量单位以系统为准。", 7)
    return b


@variant("xo10-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: 社会成本指标 left from the template without an "
         "indicator, a 社会效益 value without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="人口普查事后质量抽查", dept=BUREAU, unit=OFFICE,
                 money=one_year(52, 52, 0),
                 goals=["12月10日前完成160个普查小区的事后质量抽查。"])  # fmt: skip
    empty = mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写")
    nameless = mk(None, "F110", "error", note="有指标值没有三级指标名称")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "抽查普查小区", "≥160个"),
        (None, None, "复查住户", "≥4800户"),
        (None, "质量指标", "事后抽查登记一致率", "≥98%"),
        (None, "时效指标", "抽查完成时间", "12月10日前"),
        ("成本指标", "经济成本指标", "抽查户均成本", "≤80元/户"),
        (None, empty, None, None),
        ("效益指标", "社会效益指标", nameless, "≥95%"),
        (None, "可持续影响指标", "质量评估方法沉淀", "有效"),
        ("满意度指标", "服务对象满意度指标", "抽查对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


FMT4 = '0.0000"万元"'


@variant("xo11-pdf-artefacts", (9, 12),
         "project, OLD-NAT, one value column, detail lines below: a total split by a space, an "
         "end date as a serial in a text cell, an amount pasted twice")  # fmt: skip
def pdf_artefacts() -> Book:
    b, s = book()
    split = mk("152.387 5", "X105", "warning", alt=("X103",), note="读作 152.3875")
    serial = mk("47848", "X104", "warning", note="日期序列号，即 2030-12-31")
    project_head(s, year=YEAR, name="人口普查数据录入外包及审核", dept=BUREAU, unit=CENTRE,
                 money=one_year(split, money(152.3875, FMT4), 0), end=serial,
                 goals=["年内完成72万份普查表录入和审核。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "录入普查表", "≥72万份"),
        (None, "质量指标", "数据录入准确率", "≥99.5%"),
        (None, "时效指标", "数据录入完成时间", "12月31日前"),
        (None, "成本指标", "单份普查表录入成本", "≤0.6元/份"),
        ("效益指标", "社会效益指标", "普查数据对政府决策的支撑作用", "显著"),
        ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("48万48万(含录入外包)", "X106", "error", alt=("B108",), note="读作 48")
    s.skip()
    s.row("项目支出明细", "支出内容", None, "金额（万元）")
    s.row(None, "数据录入外包服务", None, twice)
    s.row(None, "数据审核与编码", None, money(36.3875, FMT4))
    s.row(None, "数据处理设备租赁", None, money(40, FMT4))
    s.row(None, "普查资料印刷", None, money(28, FMT4))
    s.row(None, "合计", None, money(152.3875, FMT4))
    return b


CONTENT = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant("xo12-summary-notes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row between tiers, the header "
         "repeated after a page break, 填表说明 and signature lines below (correct)")  # fmt: skip
def summary_notes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="人口普查数据汇总与资料开发", dept=BUREAU, unit=CENTRE,
                 money=one_year(98.6, 90, 8.6),
                 goals=["年内完成普查数据汇总，印制普查资料汇编600册。"])  # fmt: skip
    indicators(s, CONTENT, [
        ("产出指标", "数量指标", "汇总普查表", "≥72万份"),
        (None, None, "印制普查资料汇编", "≥600册"),
        (None, "质量指标", "汇总数据逻辑审核通过率", "=100%"),
        (None, "时效指标", "汇总资料上报时间", "12月31日前"),
        (None, "成本指标", "资料汇编印制单价", "≤85元/册"),
    ])  # fmt: skip
    note(s, "注：质量指标以省统计局事后质量抽查结果为准。", 4)
    indicators(s, CONTENT, [
        ("效益指标", "社会效益指标", "普查资料对政策制定的参考作用", "显著"),
        (None, "可持续影响指标", "普查资料数据库开放查询", "有效"),
        ("满意度指标", "服务对象满意度指标", "资料使用单位满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "填表说明：1.绩效标准应量化，确实无法量化的填写等级；2.金额单位为万元。", 4)
    signature(s, "祁远帆", "闵若谷", "0719-3382146", day(YEAR - 1, 10, 12, CN_DATE))
    return b
