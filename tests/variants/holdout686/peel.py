"""The citrus-peel (陈皮) workshop: ht13–ht18 (money detail, second sheet, template rows, a
budget-system export, a multi-year aging project)."""

from __future__ import annotations

from tests.variants.holdout686.common import (
    WIDTHS,
    book,
    detail,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout686.registry import variant
from tests.variants.kit import Book, mk

WORKSHOP = "榆坪县供销合作社陈皮加工示范车间"
COOP = "榆坪县供销合作社（412015）"


@variant("ht13-peel-money-detail", (12,),
         "project, OLD-NAT, one value column, money detail lines under the table adding to the "
         "total, rack price × count equal to its line, a note on the total (correct)")  # fmt: skip
def peel_money_detail() -> Book:
    b, s = book()
    goal = "改造陈皮晾晒场1500平方米，新增陈化仓储架100个，年加工鲜柑皮60吨，带动柑农增收60万元。"
    project(s, "陈皮晾晒与陈化仓储提升项目", WORKSHOP, one_year(85, 70, 15), [goal], dept=COOP)
    indicators(s, [
        ("产出指标", "数量指标", "晾晒场改造面积", "≥1500平方米"),
        (None, None, "新增陈化仓储架", "≥100个"),
        (None, None, "鲜柑皮加工量", "≥60吨"),
        (None, "质量指标", "成品陈皮抽检合格率", "≥98%"),
        (None, None, "陈化期霉变率", "≤1%"),
        (None, "时效指标", "晾晒场改造完成时间", "2026年7月31日前"),
        (None, "成本指标", "陈化仓储架单价", "≤0.2万元/个"),
        ("效益指标", "经济效益指标", "带动柑农增收", "≥60万元"),
        (None, "可持续影响指标", "陈皮陈化批次档案", "健全"),
        ("满意度指标", "服务对象满意度指标", "交售柑皮农户满意度", "≥90%"),
    ])  # fmt: skip
    detail(s, [
        ("晾晒场地面硬化及遮雨棚", "1500平方米 × 200元", 30),
        ("陈化仓储架", "100个 × 0.2万元", 20),
        ("温湿度监测系统", "询价", 15),
        ("炮制技术培训", "2期 × 2.5万元", 5),
        ("成品检测费", "60批 × 0.25万元", 15),
    ], 85)  # fmt: skip
    notes(s, "注：合计85万元含其他资金15万元（车间自筹），与年度资金总额一致。")
    sign(s, "区月华", "0763-5862259")
    return b


@variant("ht14-peel-store-wrong", (12, 9),
         "project, OLD-NAT, money detail lines: lines not adding to 合计, a cost per ton of "
         "capacity × capacity above the money, a start date stored as a text serial")  # fmt: skip
def peel_store_wrong() -> Book:
    b, s = book()
    start = mk("46113", "X104", "warning", note="文本单元格中的日期序列号（2026-04-01）")
    goal = "建设恒温陈化仓1座，仓容80吨，完善陈皮分年份仓储。"
    project(s, "陈皮恒温陈化仓建设项目", WORKSHOP, one_year(90, 75, 15), [goal], dept=COOP,
            start=start, attr="新增项目")  # fmt: skip
    cost = mk("≤1.5万元", "B107", "warning", row=True,
              note="1.5万元 × 80吨 = 120万元，超过年度资金90万元")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "恒温陈化仓建设", "1座"),
        (None, None, "新增陈化仓容", "≥80吨"),
        (None, "质量指标", "工程竣工验收合格率", "100%"),
        (None, "时效指标", "陈化仓投入使用时间", "2026年10月31日前"),
        (None, "成本指标", "每吨仓容建设成本", cost),
        ("效益指标", "经济效益指标", "陈皮仓储损耗率", "≤2%"),
        (None, "可持续影响指标", "分年份仓储台账", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "入仓企业满意度", "≥90%"),
    ])  # fmt: skip
    detail(s, [
        ("陈化仓土建", "预算", 40),
        ("恒温恒湿设备", "询价", 25),
        ("仓储货架", "询价", 12),
        ("视频监控系统", "询价", 8),
    ], mk(wan(90), "B102", "error", note="40 + 25 + 12 + 8 = 85，不是90"))  # fmt: skip
    return b


@variant("ht15-peel-second-sheet", (7, 13),
         "project: head on 基本信息, the indicator table on a second sheet under a two-row header "
         "预期实现值 (数值 · 单位), bare numbers with a unit column (correct)")  # fmt: skip
def peel_second_sheet() -> Book:
    b, s = book("基本信息")
    goal = "举办陈皮传统炮制工艺培训4期，培训学员200人次，编印工艺手册1部。"
    project(s, "陈皮传统炮制工艺传承培训项目", WORKSHOP, one_year(30, 30, 0), [goal], dept=COOP)
    t = b.sheet("绩效指标", WIDTHS)
    t.title("陈皮传统炮制工艺传承培训项目绩效指标", 5)
    t.row("一级指标", "二级指标", "三级指标", "预期实现值", None, merge=[(4, 5)])
    t.row(None, None, None, "数值", "单位")
    for c in (1, 2, 3):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "培训期数", "≥4", "期"),
        (None, None, "培训学员", "≥200", "人次"),
        (None, None, "编印工艺手册", "1", "部"),
        (None, "质量指标", "学员结业考核合格率", "≥90", "%"),
        (None, "时效指标", "培训完成时间", "2026年11月30日前", None),
        (None, "成本指标", "人均培训成本", "≤1200", "元/人次"),
        ("效益指标", "社会效益指标", "学员从事陈皮加工比例", "≥30", "%"),
        (None, "可持续影响指标", "传统炮制工艺传承队伍", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(t, "区月华", "0763-5862259")
    return b


@variant("ht16-peel-template-rows", (6, 13),
         "project, NAT-2021: a template tier-2 left without indicator or value, a rate value "
         "whose name cell is empty")  # fmt: skip
def peel_template_rows() -> Book:
    b, s = book()
    goal = "完成陈皮加工车间清洁化改造800平方米，新增柑皮清洗线1条，加工废水全部达标排放。"
    project(s, "陈皮加工车间清洁化改造项目", WORKSHOP, one_year(55, 50, 5), [goal], dept=COOP)
    left = mk("生态环境成本指标", "F109", "warning", row=True, note="模板行，未填指标和指标值")
    blank = mk(None, "F110", "error", note="有指标值≥95%，三级指标名称为空")
    indicators(s, [
        ("成本指标", "经济成本指标", "车间改造单价", "≤500元/平方米"),
        (None, left, None, None),
        ("产出指标", "数量指标", "车间清洁化改造面积", "≥800平方米"),
        (None, None, "柑皮清洗线", "1条"),
        (None, "质量指标", blank, "≥95%"),
        (None, "时效指标", "改造完成时间", "2026年9月30日前"),
        ("效益指标", "生态效益指标", "加工废水达标排放率", "100%"),
        (None, "社会效益指标", "带动当地就业人数", "≥15人"),
        ("满意度指标", "服务对象满意度指标", "车间职工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "区月华", "0763-5862259")
    return b


@variant("ht17-peel-system-export", (4, 9),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "header on row 3, codes in the first columns, tiers repeated, an operator '=' "
         "(correct)")  # fmt: skip
def peel_system_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    code, name = "441826260017", "陈皮仓储溯源系统建设"
    s.title("部门项目支出预算表", 7)
    s.row("单位名称：榆坪县供销合作社", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "单位代码", "年度绩效目标", "合计", "财政拨款", "其他资金")
    goal = "为入库陈皮赋溯源码5万枚，建档300批，2026年底前系统上线运行。"
    s.row(code, name, "412015", goal, wan(48), wan(40), wan(8))
    s.row("合计", None, None, None, wan(48), wan(40), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    t.title("部门项目支出绩效目标表", 8)
    t.row("预算年度：2026", None, None, None, None, None, None, "单位：万元")
    t.row(
        "项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"
    )
    for tier in [
        ("产出指标", "数量指标", "溯源码赋码数量", "≥", 50000, "枚"),
        ("产出指标", "数量指标", "入库陈皮建档批次", "≥", 300, "批"),
        ("产出指标", "质量指标", "系统验收合格率", "=", 100, "%"),
        ("产出指标", "时效指标", "系统建设工期", "≤", 120, "天"),
        ("成本指标", "经济成本指标", "溯源码单价", "≤", 0.5, "元/枚"),
        ("效益指标", "经济效益指标", "溯源陈皮销售溢价", "≥", 10, "%"),
        ("效益指标", "可持续影响指标", "溯源数据保存年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥", 90, "%"),
    ]:  # fmt: skip
        t.row(code, name, *tier)
    t.row("数据来源：预算管理一体化系统", None, None, None, None, None, None, "导出：2025-12-08")
    return b


@variant("ht18-peel-aging-three-year", (8, 10),
         "three-year project, NAT-2021, tier score column beside indicator scores, 中期 and 年度 "
         "columns: a title year before the project, 年度目标 copied from 中期目标, "
         "产出 points off")  # fmt: skip
def peel_aging_three_year() -> Book:
    b, s = book()
    title = mk("2025年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102", "Y103"),
               note="标题2025年度，项目期2026—2028年")  # fmt: skip
    text = "收储本地柑皮制陈皮90吨，建成陈化示范仓2座，制定陈皮分级标准1项。"
    copied = mk(text, "D204", "warning", note="三年项目的年度目标与中期目标逐字相同")
    project(s, "陈皮三年陈化示范项目", WORKSHOP, multi_year((240, 210, 30), (80, 70, 10)),
            [text, copied], years=3, title=title, dept=COOP)  # fmt: skip
    b.file_mark("D104", "warning", required=False, note="照抄的年度目标与年度指标值不符")
    points = mk(50, "W103", "error", alt=("W101",), note="其下分值10 + 10 + 10 + 10 = 40")
    head = ("一级指标", "分值", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    indicators(s, [
        ("产出指标", points, "数量指标", "收储陈皮", "≥90吨", "≥30吨", 10),
        (None, None, None, "陈化示范仓建设", "2座", "1座", 10),
        (None, None, "质量指标", "陈皮分级抽检合格率", "≥95%", "≥95%", 10),
        (None, None, "时效指标", "年度收储完成时间", "每年12月31日前", "2026年12月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每吨收储成本", "≤1.5万元", "≤1.5万元", 10),
        ("效益指标", 30, "经济效益指标", "陈化陈皮增值率", "≥60%", "≥20%", 15),
        (None, None, "可持续影响指标", "陈皮分级标准", "1项", "完成初稿", 15),
        ("满意度指标", 10, "服务对象满意度指标", "收储农户满意度", "≥90%", "≥90%", 10),
    ], head, merged=(1, 2, 3))  # fmt: skip
    return b
