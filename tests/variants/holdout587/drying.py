"""Returns about drying steamed daylily (烘干、晾晒): drying rooms, exports, second sheets."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout587.common import TABLE, funds, indicators, notes, sign, start
from tests.variants.holdout587.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("dy13-drying-second-sheet", (4, 7, 1), "project, OLD-NAT: head on the first sheet, "
         "table on a second sheet under 预期实现值, typed percent, 注 rows (correct)")  # fmt: skip
def drying_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="坪上村黄花菜热风烘干房建设", dept="双溪县农业农村局 205",
                 unit="坪上村股份经济合作社", money=funds(36, 30, 6),
                 goals=["建成热风烘干房4座，年烘干黄花菜干品80吨。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("绩效指标表", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "建成热风烘干房", "≥4座"),
        (None, None, "年烘干干品", "≥80吨"),
        (None, "质量指标", "干品含水率达标率", pct(0.96)),
        (None, "时效指标", "烘干房投用时间", "2025年7月15日前"),
        (None, "成本指标", "烘干房单座造价", "≤9万元/座"),
        ("效益指标", "经济效益指标", "干品优质率提高", "≥5百分点"),
        (None, "生态效益指标", "雨季霉变损失率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥92%"),
    ])  # fmt: skip
    notes(t, "注：含水率以不高于15%为达标；烘干房4座×9万元=36万元。",
          "说明：干品指经蒸制、烘干后的黄花菜。", width=4)  # fmt: skip
    sign(t, 2025, "蓝映川", "0739-6690416")
    return b


@variant("dy14-drying-template-rows", (6, 13), "project, NAT-2021, header 预期目标: template "
         "tier-2 left empty, a value without a name, 20XX left in the goal")  # fmt: skip
def drying_template_rows() -> Book:
    b, s = start()
    goal = mk("20XX年建成晾晒棚6座，晾晒干品30吨。", "X101", "error", note="年份占位符未改")
    project_head(s, year=2025, name="下洲村黄花菜晾晒棚项目", dept="下洲镇人民政府 411",
                 unit="下洲村股份经济合作社", money=funds(18, 15, 3), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "建成晾晒棚", "≥6座"),
        (None, None, mk(None, "F110", "error", note="有值无名称"), "≥30吨"),
        (None, "质量指标", "晾晒棚验收合格率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("成本指标", "经济成本指标", "晾晒棚单座造价", "≤3万元/座"),
        ("效益指标", "经济效益指标", "晾晒干品增值", "≥5元/公斤"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dy15-drying-export", (7,), "budget-system export: codes in the first two columns, "
         "header on the third row, 考核指标 · 目标值（年度）, OLD-NAT (correct)")  # fmt: skip
def drying_export() -> Book:
    b, s = start("部门项目支出绩效目标05-2", (12, 12, 14, 14, 28, 16))
    s.row("项目编码：431125250017", None, "项目名称：黄花菜烘干线技改", None, "单位：万元")
    s.row("预算年度：2025", None, "实施单位：双溪县萱草食品厂", None, "年度资金：50")
    hd = ("单位编码", "项目编码", "一级指标", "二级指标", "考核指标", "目标值（年度）")
    s.row(*hd)
    code = ("205017", "431125250017")
    s.table([
        (*code, "产出指标", "数量指标", "技改烘干线", "≥2条"),
        (*code, None, "质量指标", "干品一级品率", "≥85%"),
        (*code, None, "时效指标", "技改完成时间", "2025年8月31日前"),
        (*code, None, "成本指标", "单条烘干线技改费", "≤25万元/条"),
        (*code, "效益指标", "经济效益指标", "烘干能耗下降率", "≥10%"),
        (*code, None, "社会效益指标", "带动烘干季用工", "≥60人"),
        (*code, "满意度指标", "服务对象满意度指标", "签约农户满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    s.row("导出时间：", day(2024, 11, 6))
    return b


@variant("dy16-drying-near-duplicate", (12,), "project, OLD-NAT: two indicators for one moisture "
         "measure with other values, a goal amount against the money")  # fmt: skip
def drying_near_duplicate() -> Book:
    b, s = start()
    goal = mk("投入资金85万元，建成烘干中心1处，年烘干干品150吨。", "D104", "warning",
              alt=("B101",), note="年度资金总额80万元，目标写85万元")  # fmt: skip
    project_head(s, year=2025, name="河湾乡黄花菜烘干中心", dept="河湾乡人民政府 413",
                 unit="河湾乡农业综合服务站", money=funds(80, 70, 10), goals=[goal])  # fmt: skip
    indicators(s, TABLE, [
        ("产出指标", "数量指标", "建成烘干中心", "≥1处"),
        (None, None, "年烘干干品", "≥150吨"),
        (None, "质量指标", "烘干成品含水率", "≤14%"),
        (None, None, "干制品含水率",
         mk("≤16%", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与烘干成品含水率同一指标，值不同")),
        (None, "成本指标", "烘干中心建设成本", "≤80万元"),
        ("效益指标", "经济效益指标", "干品销售收入", "≥600万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dy17-drying-direction", (11,), "project, OLD-NAT, operators in words in their own "
         "column, unit column: 下降率 with 大于等于, 0 safety incidents (correct)")  # fmt: skip
def drying_direction() -> Book:
    b, s = start()
    project_head(s, year=2025, name="石岭村烘干安全改造", dept="双溪县应急管理局 221",
                 unit="石岭村股份经济合作社", money=funds(15, 15, 0),
                 goals=["改造烘干房燃烧系统10套，杜绝烘干安全事故。"])  # fmt: skip
    hd = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, hd, [
        ("产出指标", "数量指标", "改造燃烧系统", "大于等于", 10, "套"),
        (None, "质量指标", "改造验收合格率", "等于", 100, "%"),
        (None, "成本指标", "单套改造费用", "小于等于", 1.5, "万元/套"),
        ("效益指标", "社会效益指标", "烘干安全事故", "小于等于", 0, "起"),
        (None, "生态效益指标", "烘干燃料消耗下降率", "大于等于", 12, "%"),
        ("满意度指标", "服务对象满意度指标", "烘干户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, 2025, "卢晚晴", "0739-6705528")
    return b


@variant("dy18-drying-years-wrong", (1,), "project, OLD-NAT: the title says 2024 while the plan "
         "dates are 2025, a typed percent above 100 on a pass rate")  # fmt: skip
def drying_years_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="青圳村黄花菜烘干品质提升", dept="青圳镇人民政府 415",
                 unit="青圳村股份经济合作社", money=funds(22, 20, 2),
                 goals=["改造烘干房5座，提升干品品质。"],
                 title=mk("2024年度项目支出绩效目标申报表", "Y101", "error",
                          note="计划日期与年度目标均为2025年"))  # fmt: skip
    indicators(s, TABLE, [
        ("产出指标", "数量指标", "改造烘干房", "≥5座"),
        (None, "质量指标", "干品抽检合格率",
         mk(pct(1.02), "T106", "error", note="合格率不能超过100%")),
        (None, None, "干品色泽达标率", pct(0.98)),
        (None, "成本指标", "烘干房改造单价", "≤4.4万元/座"),
        ("效益指标", "经济效益指标", "干品收购价提高", "≥2元/公斤"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b
