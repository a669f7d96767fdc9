"""Returns of ancient-building fire-safety retrofits (kbk13–kbk18)."""

from __future__ import annotations

from tests.variants.holdout729.common import (
    H4,
    H5,
    details,
    indicators,
    lines,
    period,
    project,
    sign,
    wan,
    yearly,
)
from tests.variants.holdout729.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok

YC = "砚川县文化和旅游局（317021）"
YP = "云陂市文物局（402）"
FA = "枫岙县文化广电旅游体育局（233）"


@variant("kbk13-three-year-retrofit", (8,), "three-year project 2026–2028, NAT-2021, 中期 and "
         "年度 columns: period counts above the year's, equal rates and unit costs, a later "
         "year the work prepares for (correct)")  # fmt: skip
def three_year_retrofit() -> Book:
    b, s = project(year=2026, years=3, name="砚川县古建筑群消防安全提升工程", dept=YC,
                   unit="砚川县文物保护中心",
                   money=period((wan(960), wan(900), wan(60)), (wan(340), wan(320), wan(20))),
                   goals=["2026—2028年完成36处省级以上文物保护单位古建筑消防改造，敷设消防管网"
                          "5.4公里，建成县级智慧消防监测平台。",
                          "2026年完成其中12处古建筑消防改造，敷设消防管网1.8公里，建成监测平台"
                          "一期，为2029年全县文物建筑消防专项验收积累经验。"])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "古建筑消防改造处数", "≥36处", "≥12处"),
        (None, None, "消防管网敷设长度", "≥5.4公里", "≥1.8公里"),
        (None, None, "火灾自动报警点位安装数", "≥1440个", "≥480个"),
        (None, "质量指标", "消防设施验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单处古建筑消防改造成本", "≤25万元/处", "≤25万元/处"),
        ("效益指标", "社会效益指标", "古建筑火灾事故发生数", "0起", "0起"),
        (None, "可持续影响指标", "消防设施维护保养机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "文物使用单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbk14-direction-notes", (4, 11), "project, OLD-NAT, 指标性质 as direction and 指标方向 "
         "as operator, a note row between tiers, a 说明 explaining the total, 填表说明 and a "
         "signature line dated the year before (correct)")  # fmt: skip
def direction_notes() -> Book:
    b, s = project(year=2026, name="云陂市明清古民居群电气火灾隐患整治", dept=YP,
                   unit="云陂市古建筑保护管理所", money=yearly(wan(230), wan(200), wan(30)),
                   goals=["改造古民居电气线路160户，安装独立式感烟探测器640个，"
                          "电气线路隐患下降30%以上，全年不发生火灾事故。"])  # fmt: skip
    s.ws.column_dimensions["G"].width = 12
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "古民居电气线路改造户数", "正向", "≥", 160, "户"),
        (None, None, "独立式感烟探测器安装数", "正向", "≥", 640, "个"),
        (None, "质量指标", "改造线路验收合格率", "正向", "≥", 98, "%"),
        (None, "时效指标", "整治工程工期", "反向", "≤", 240, "天"),
        (None, "成本指标", "单户电气线路改造成本", "反向", "≤", 1.2, "万元/户"),
        ("注：以下效益指标以市消防救援支队年度统计为准", None, None, None, None, None, None),
        ("效益指标", "社会效益指标", "电气线路隐患下降率", "正向", "≥", 30, "%"),
        (None, None, "古民居火灾事故发生数", "反向", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "古民居住户满意度", "正向", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    lines(s, "说明：年度资金总额230万元含上年结转资金30万元，已列入其他资金。",
          "填表说明：1.指标性质填写正向或反向；2.指标方向填写≥、≤或＝。")  # fmt: skip
    sign(s, "闻少棠", "0576-3318027", day(2025, 11, 18, CN_DATE))
    return b


@variant("kbk15-money-details", (12,), "project, OLD-NAT, one value column, a 支出明细 block "
         "with subtotal rows, a unit cost equal to its line (correct)")  # fmt: skip
def money_details() -> Book:
    b, s = project(
        year=2026,
        name="枫岙县文庙古建筑群消防给水改造",
        dept=FA,
        unit="枫岙县文物管理所",
        money=yearly(wan(180), wan(165), wan(15)),
        goals=["建设消防水池及泵房1座，安装室外消火栓24个，完成防火分隔改造6处。"],
    )
    details(s, [
        ("消防水池及泵房", "1座", wan(68), wan(68)),
        ("室外消火栓", "24个", wan(0.85), wan(20.4)),
        ("防火分隔改造", "6处", wan(9.5), wan(57)),
        ("小计（工程费）", None, None, wan(145.4)),
        ("设计监理费", None, None, wan(18.6)),
        ("应急物资购置", None, None, wan(16)),
        ("小计（其他费用）", None, None, wan(34.6)),
        ("合计", None, None, wan(180)),
    ])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "消防水池及泵房建设", "1座"),
        (None, None, "室外消火栓安装数量", "≥24个"),
        (None, None, "防火分隔改造处数", "≥6处"),
        (None, "质量指标", "消防给水系统验收合格率", "100%"),
        (None, "时效指标", "工程完工时间", "2026年11月30日前"),
        (None, "成本指标", "室外消火栓单价", "≤0.85万元/个"),
        ("效益指标", "社会效益指标", "文庙消防用水保障时长", "≥2小时"),
        ("满意度指标", "服务对象满意度指标", "文庙管理使用单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbk16-lightning-period", (8,), "two-year project 2026–2027, NAT-2021, 中期 and 年度 "
         "columns: the year's count the goal gives otherwise, a count copied from 中期, an "
         "annual length above the period's")  # fmt: skip
def lightning_period() -> Book:
    annual = "2026年完成18处文物建筑防雷改造，敷设接闪带1.6公里，建立防雷设施年检机制。"
    b, s = project(
        year=2026,
        years=2,
        name="云陂市文物建筑防雷设施改造",
        dept=YP,
        unit="云陂市古建筑保护管理所",
        money=period((wan(300), wan(280), wan(20)), (wan(160), wan(150), wan(10))),
        goals=[
            "2026—2027年完成30处文物建筑防雷改造，布设检测点位420个，敷设接闪带3.2公里。",
            ok(annual, "warning", note="D104 may land here"),
        ],
    )
    indicators(s, H5, [
        ("产出指标", "数量指标", "文物建筑防雷改造处数", "≥30处",
         mk("≥12处", "D104", "warning", row=True, note="年度目标写18处")),
        (None, None, "防雷检测点位数", "≥420个",
         mk("≥420个", "D202", "warning", note="两年累计点位照抄到年度")),
        (None, None, "接闪带敷设长度", "≥3.2公里",
         mk("≥3.6公里", "D201", "error", note="一年的长度超过两年合计")),
        (None, "质量指标", "防雷装置检测合格率", "=100%", "=100%"),
        (None, "时效指标", "改造完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单处防雷改造成本", "≤9万元/处", "≤9万元/处"),
        ("效益指标", "社会效益指标", "雷击火灾发生数", "0起", "0起"),
        (None, "可持续影响指标", "防雷设施年检机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "文物管理使用单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbk17-opera-stage-money", (12,), "project, OLD-NAT, 支出明细 block: 财政拨款 + 其他资金 "
         "≠ 年度资金总额, a unit cost × count above the money, a detail count the indicator "
         "gives otherwise")  # fmt: skip
def opera_stage_money() -> Book:
    b, s = project(year=2026, name="砚川县古戏台消防设施改造", dept=YC, unit="砚川县文物保护中心",
                   money=yearly(mk(wan(300), "B101", "error", note="260 + 30 = 290，不是 300"),
                                wan(260), wan(30)),
                   goals=["完成8座古戏台消防设施改造，安装高压细水雾灭火系统4套。"])  # fmt: skip
    details(s, [
        ("高压细水雾灭火系统", "4套", wan(38), wan(152)),
        ("室内消火栓", "36个", wan(0.6), wan(21.6)),
        ("电气线路改造", "8座", wan(12.5), wan(100)),
        ("设计监理费", None, None, wan(26.4)),
        ("合计", None, None, wan(300)),
    ])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "古戏台消防改造数量", "≥8座"),
        (None, None, "室内消火栓安装数", mk("≥48个", "D104", "warning", row=True,
                                             note="支出明细写室内消火栓36个")),
        (None, "质量指标", "消防设施验收合格率", "100%"),
        (None, "时效指标", "改造完工时间", "2026年10月31日前"),
        (None, "成本指标", "单座古戏台消防改造成本",
         mk("≤45万元/座", "B107", "warning", row=True,
            note="45万元 × 8座 = 360万元，超过年度资金300万元")),
        ("效益指标", "社会效益指标", "古戏台火灾事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "古戏台所在村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbk18-last-season-title", (4,), "project, OLD-NAT, one value column: last season's "
         "year in the title against 2026 plan dates, the goal's count the indicator gives "
         "otherwise, notes and a signature line")  # fmt: skip
def last_season_title() -> Book:
    goal = "完成9座木结构古祠堂防火涂料涂刷和灭火器配置，开展消防演练不少于12次。"
    b, s = project(year=2026, name="澄岭县古祠堂防火能力提升", dept="澄岭县文化和旅游局（208）",
                   unit="澄岭县文物管理所", money=yearly(wan(54), wan(50), wan(4)),
                   title=mk("2025年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102",),
                            note="标题年份是上一年，计划日期和指标都是2026年"),
                   goals=[ok(goal, "warning", note="D104 may land here")])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "古祠堂防火涂料涂刷座数",
         mk("≥6座", "D104", "warning", row=True, note="年度目标写9座")),
        (None, None, "消防演练次数", "≥12次"),
        (None, "质量指标", "防火涂料检测合格率", "100%"),
        (None, "时效指标", "涂刷工程完成时间", "2026年9月30日前"),
        (None, "成本指标", "单座祠堂防火改造成本", "≤5.5万元/座"),
        ("效益指标", "社会效益指标", "祠堂火灾事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "祠堂管理理事会满意度", "≥90%"),
    ])  # fmt: skip
    lines(s, "注：防火涂料涂刷面积按各祠堂木构件实测面积计。")
    sign(s, "邬清禾", "0578-5520193", day(2025, 12, 9, CN_DATE))
    return b
