"""The seafood-processing hall of the 蓼湾 park: stacked projects, department returns with
points, a budget-system export and a return with notes around its table (ej07-ej12)."""

from __future__ import annotations

from tests.variants.holdout598.common import (
    HEAD,
    YEAR,
    department,
    funds,
    indicators,
    lines,
    new_book,
    project,
    signature,
    wan,
)
from tests.variants.holdout598.registry import variant
from tests.variants.kit import Book, day, mk, ok

PARK = "澄屿县蓼湾水产品加工园管理中心"


@variant("ej07-hall-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project, costs within their money (correct)")  # fmt: skip
def hall_stacked() -> Book:
    b, s = new_book()
    project(
        s,
        "加工车间冷链改造",
        PARK,
        funds(wan(200), wan(170), wan(30)),
        ["改造加工车间冷链设施，安装速冻设备4台，车间温控达标。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "设备安装数量", "≥4台"),
        (None, "质量指标", "车间温控达标率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2026年9月30日前"),
        (None, "成本指标", "速冻设备单台购置成本", "≤45万元/台"),
        ("效益指标", "经济效益指标", "冻品损耗率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "加工车间污水处理升级", PARK, funds(wan(80), wan(80), wan(0)),
            ["升级加工废水处理设备2台，出水稳定达标。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "设备安装数量", "≥2台"),
        (None, "质量指标", "出水水质达标率", "=100%"),
        (None, "时效指标", "升级完成时间", "2026年10月31日前"),
        (None, "成本指标", "处理设备单台购置成本", "≤30万元/台"),
        ("效益指标", "生态效益指标", "废水超标排放事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ej08-hall-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: the second project's total is not the sum of its parts "
         "and its plan dates are last season's")  # fmt: skip
def hall_stacked_defects() -> Book:
    b, s = new_book()
    project(
        s,
        "加工车间照明与通风改造",
        PARK,
        funds(wan(60), wan(60), wan(0)),
        ["更换车间节能灯具300套，新增通风设备12台。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "节能灯具更换数量", "≥300套"),
        (None, None, "通风设备安装数量", "≥12台"),
        (None, "质量指标", "改造验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2026年6月30日前"),
        ("效益指标", "生态效益指标", "车间用电量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "车间作业人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(150), "B101", "error", row=True,
               note="年度资金总额150万元 ≠ 财政拨款110万元 + 其他资金30万元")  # fmt: skip
    start = mk(day(YEAR - 1, 1, 1), "Y102", "error", row=True, alt=("Y101",),
               note="2026年度申报表中的一年期项目，计划起止日期却是2025年")  # fmt: skip
    project(s, "加工车间分拣线更新", PARK, funds(total, wan(110), wan(30)),
            ["更新水产品分拣线2条，分拣效率提高。"], title="", start=start,
            end=day(YEAR - 1, 12, 31))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "分拣线更新数量", "≥2条"),
        (None, "质量指标", "分拣准确率", "≥98%"),
        (None, "时效指标", "更新完成时间",
         ok("2026年8月31日前", "error", note="与上年留下的计划起止日期冲突，问题在起止日期")),
        (None, "成本指标", "每条分拣线更新成本", "≤70万元/条"),
        ("效益指标", "经济效益指标", "人均分拣效率提高", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ej09-hall-department-points", (5, 10, 12),
         "department, NAT-2021, numbered tier labels with points and an indicator points column "
         "(100 both ways), a goal total with its parts in brackets, 百分点 (correct)")  # fmt: skip
def hall_department_points() -> Book:
    b, s = new_book()
    department(s, PARK, (900, 760, 140, 420, 480),
               "全年加工水产品3200吨（其中鳗鱼制品2000吨、其他水产品1200吨），制冰厂保障加工用冰。",
               tasks=[("加工园运行保障", "车间与冷库运行维护", 200, "加工3200吨"),
                      ("制冰厂运行", "制冰与供冰", 160, "保障加工用冰"),
                      ("质量安全检测", "产品抽检", 120, "抽检合格率≥98%"),
                      ("金额合计", None, 480, None)])  # fmt: skip
    indicators(s, (*HEAD, "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "水产品加工量", "≥3200吨", 15),
        (None, None, "鳗鱼制品加工量", "≥2000吨", 10),
        (None, "（二）质量指标", "加工产品抽检合格率", "≥98%", 10),
        (None, None, "加工产品优级品率提高", "≥3百分点", 5),
        (None, "（三）时效指标", "订单交付及时率", "≥95%", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "吨产品加工能耗成本", "≤320元/吨", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "带动养殖户销售收入增长率", "≥6%", 10),
        (None, "（二）社会效益指标", "吸纳当地务工人数", "≥150人", 10),
        (None, "（三）生态效益指标", "加工废水排放达标率", "=100%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "入园企业满意度", "≥90%", 10),
    ])  # fmt: skip
    lines(s, "说明：一级指标分值合计100分，三级指标分值按所属一级指标分配，两级分值不重复计算。")
    return b


@variant("ej10-hall-department-wrong", (5, 12),
         "department, NAT-2021: tasks not adding to 金额合计, a goal amount the indicator gives "
         "otherwise, a storage count under 质量")  # fmt: skip
def hall_department_wrong() -> Book:
    b, s = new_book()
    total = mk(440, "B102", "error", row=True, note="180 + 150 + 90 = 420，不等于金额合计440")
    department(s, "澄屿县水产品加工服务中心", (820, 700, 120, 380, 440),
               "全年完成水产品加工量3000吨，新增冷库库容2000吨，产品抽检合格率98%以上。",
               tasks=[("加工车间改造", "车间设备更新", 180, "加工3000吨"),
                      ("冷库运行", "冷库扩容与运行", 150, "新增库容2000吨"),
                      ("质量检测", "产品抽检", 90, "合格率≥98%"),
                      ("金额合计", None, total, None)])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "水产品加工量",
         mk("≥2500吨", "D104", "warning", row=True, note="年度总体目标写加工量3000吨")),
        (None, "质量指标", "产品抽检合格率", "≥98%"),
        (None, None, mk("新增冷库库容", "F201", "warning", row=True,
                        note="库容是数量指标，填在质量指标下"), "≥2000吨"),
        (None, "时效指标", "冷库扩容完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "吨库容扩建成本", "≤600元/吨"),
        ("效益指标", "经济效益指标", "加工产品销售收入增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ej11-ice-plant-export", (7, 11, 12),
         "budget-system export: money lines on sheet 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 under a header on the third row, codes in the first columns, "
         "operators in words in 指标性质, a 下降率 with 大于等于 (correct)")  # fmt: skip
def ice_plant_export() -> Book:
    b, s = new_book("部门项目支出预算05-1", (22, 20, 16, 14, 14, 14, 12, 12))
    code, name = "350622261000000012", "加工园制冰厂设备更新"
    s.row("2026年部门项目支出预算表", merge=[(1, 6)])
    s.row("单位：万元", None, None, None, None, "单位名称：" + PARK)
    s.row("项目编码", "项目名称", "支出经济分类", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, "专用设备购置", wan(120), wan(100), wan(20))
    s.row(code, name, "维修（护）费", wan(40), wan(40), wan(0))
    s.row(code, name, "委托业务费", wan(20), wan(20), wan(0))
    s.row("合计", None, None, wan(180), wan(160), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 20, 12, 16, 26, 12, 10, 10))
    t.row("2026年部门项目支出绩效目标表", merge=[(1, 8)])
    t.row("年度目标：更新制冰机组2台，维修冷库保温层800平方米，日制冰能力提高30吨。",
          merge=[(1, 8)])  # fmt: skip
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "计量单位")  # fmt: skip
    for row in [
        ("产出指标", "数量指标", "更新制冰机组数量", "大于等于", 2, "台"),
        ("产出指标", "数量指标", "冷库保温层维修面积", "大于等于", 800, "平方米"),
        ("产出指标", "质量指标", "设备验收合格率", "等于", 100, "%"),
        ("产出指标", "时效指标", "设备安装调试周期", "小于等于", 60, "天"),
        ("产出指标", "成本指标", "制冰机组单台购置成本", "小于等于", 50, "万元/台"),
        ("效益指标", "经济效益指标", "日制冰能力提高", "大于等于", 30, "吨"),
        ("效益指标", "生态效益指标", "制冰单位电耗下降率", "大于等于", 10, "%"),
        ("效益指标", "可持续影响指标", "设备设计使用年限", "大于等于", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "用冰企业满意度", "大于等于", 90, "%"),
    ]:
        t.row(code, name, *row)
    return b


@variant("ej12-roasting-line-notes", (4, 12),
         "project, OLD-NAT, one value column, a 注 row and a repeated header inside the table, "
         "填表说明 and signature below: a unit price × count above the money, last year's "
         "indicator left in")  # fmt: skip
def roasting_line_notes() -> Book:
    b, s = new_book()
    project(
        s,
        "加工车间烤鳗生产线改造",
        PARK,
        funds(wan(160), wan(140), wan(20)),
        ["改造烤鳗生产线2条，购置加工设备6台，年内烤鳗加工能力达到3000吨。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "烤鳗生产线改造数量", "≥2条"),
        (None, None, "加工设备购置数量", "≥6台"),
        (None, None, mk("2025年烤鳗加工量", "Y103", "warning", row=True, alt=("Y101", "D104"),
                        note="上年申报表留下的指标：2025年既非预算年度也不在项目期内"),
         "≥2800吨"),
    ])  # fmt: skip
    lines(s, "注：加工量按成品重量计，不含半成品。")
    indicators(s, HEAD, [
        ("产出指标", "质量指标", "烤鳗产品抽检合格率", "≥98%"),
        (None, "时效指标", "生产线改造完成时间", "2026年8月31日前"),
        (None, "成本指标", "加工设备购置单价",
         mk("≤35万元/台", "B107", "warning", row=True,
            note="35万元/台 × 6台 = 210万元，超过年度资金160万元")),
        ("效益指标", "经济效益指标", "烤鳗出口订单增长率", "≥8%"),
        (None, "社会效益指标", "新增就业岗位", "≥40个"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    lines(s, "填表说明：1.指标值应量化；2.成本指标按单价填写；3.本表一式两份。")
    signature(s, "柯望舒", "0596-7735518", day(YEAR - 1, 11, 6))
    return b
