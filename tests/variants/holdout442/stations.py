"""Returns of the first half of the theme: rebuilding the stations (automatic gauges, cableways,
water-level stations, rain gauges)."""

from __future__ import annotations

from tests.variants.holdout442.common import (
    IND,
    YEAR,
    details,
    funds,
    notes,
    project,
    sign,
    start,
    table,
)
from tests.variants.holdout442.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant(
    "yj01-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, "
    "percent-typed values, 万元 only in the number format (correct)",
)
def yj01() -> Book:
    b, s = start()
    project(
        s,
        "鹤屿水文站自动测报设施改造",
        funds(120, 100, 20),
        [
            "更新鹤屿水文站及所辖12处雨量站、6处水位站的自动测报设备，水位、雨量数据5分钟内自动上报。"
        ],
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "更新自动测报站点", "≥", 18, "处"),
            (None, None, "更换雷达水位计", "≥", 6, "套"),
            (None, "质量指标", "设备安装验收合格率", "≥", pct(0.98), "%"),
            (None, None, "水位数据到报率", "≥", pct(0.95), "%"),
            (None, "时效指标", "设备安装完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
            (None, "成本指标", "单站改造成本", "≤", 5.5, "万元/处"),
            ("效益指标", "社会效益指标", "洪水预报预见期延长", "≥", 2, "小时"),
            (None, "可持续影响指标", "设备设计使用年限", "≥", 8, "年"),
            ("满意度指标", "服务对象满意度指标", "防汛部门满意度", "≥", pct(0.9), "%"),
        ],
    )
    notes(s, "注：单站改造成本按18处站点平均测算，18处×5.5万元=99万元，其余为通信及平台接入费用。")
    sign(s, "许岚舟", "0731-86624153", day(YEAR - 1, 12, 8))
    return b


@variant(
    "yj02-stacked-defects",
    (2,),
    "two station projects stacked in one sheet, OLD-NAT, one "
    "value column: a rate above 100 %, the second project's money and a rate as a count",
)
def yj02() -> Book:
    b, s = start()
    project(
        s,
        "桐埠水文站测流缆道改造",
        funds(80, 60, 20),
        ["改造桐埠水文站2条测流缆道，实现中高水流量自动测验。"],
    )
    table(
        s,
        IND,
        [
            ("产出指标", "数量指标", "改造测流缆道", "≥2条"),
            (
                None,
                "质量指标",
                "缆道测流合格率",
                mk("≥102%", "T106", "error", note="a 合格率 cannot pass 100 %"),
            ),
            (None, "时效指标", "改造完成时间", f"{YEAR}年9月30日前"),
            (None, "成本指标", "单条缆道改造费用", "≤38万元/条"),
            ("效益指标", "社会效益指标", "中高水流量测验次数增加", "≥15次"),
            ("满意度指标", "服务对象满意度指标", "水文测报人员满意度", "≥90%"),
        ],
    )
    s.skip()
    total = mk(money(45, WAN), "B101", "error", note="财政拨款 30 + 其他资金 10 = 40, not 45")
    project(
        s,
        "沙渚水位站自动化改造",
        funds(total, 30, 10),
        ["新建沙渚河段5处自动水位站，补齐下游水位监测空白。"],
        title=f"{YEAR}年度项目支出绩效目标申报表（二）",
    )
    table(
        s,
        IND,
        [
            ("产出指标", "数量指标", "新建自动水位站", "≥5处"),
            (
                None,
                "质量指标",
                "水位站建设完成率",
                mk("5个", "T105", "error", note="a 完成率 given as a count"),
            ),
            (None, "时效指标", "建成投运时间", f"{YEAR}年11月30日前"),
            (None, "成本指标", "单站建设成本", "≤8万元/处"),
            ("效益指标", "社会效益指标", "新增水位监测覆盖河段", "≥38公里"),
            ("满意度指标", "服务对象满意度指标", "水文测报人员满意度", "≥92%"),
        ],
    )
    return b


@variant(
    "yj03-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template without indicator, a value without a name",
)
def yj03() -> Book:
    b, s = start()
    project(
        s,
        "鹭汊水文站雨量站标准化改造",
        funds(64, 64, 0),
        ["完成鹭汊水文站所辖16处雨量站标准化改造，雨量站防雷、供电与通信达标。"],
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "标准化改造雨量站", "≥16处"),
            (None, "质量指标", "改造站点验收合格率", "≥95%"),
            (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥98%"),
            (None, "时效指标", "改造完成时间", f"{YEAR}年6月30日前"),
            ("成本指标", "经济成本指标", "单站改造成本", "≤4万元/处"),
            (
                "效益指标",
                mk(
                    "经济效益指标",
                    "F109",
                    "warning",
                    row=True,
                    note="template tier-2 left with no indicator and no value",
                ),
                None,
                None,
            ),
            (None, "社会效益指标", "雨量数据自动采集覆盖率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "防汛部门满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "yj04-second-sheet",
    (7, 12),
    "project, NAT-2021: head and money detail lines on the "
    "first sheet, the table on a second sheet under 考核指标 and 预期实现值 (correct)",
)
def yj04() -> Book:
    b, s = start("项目信息")
    project(
        s,
        "苇陂水文站在线测流系统建设",
        funds(95, 80, 15),
        ["建设苇陂水文站在线测流系统4套，实现全年流量在线监测。"],
    )
    details(
        s,
        [
            ("设备购置", 68, "4套×17万元/套"),
            ("安装调试", 17, "按设备费25%计"),
            ("配套土建", 10, "仪器房及基础"),
        ],
        95,
    )
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    table(
        t,
        ("一级指标", "二级指标", "考核指标", "预期实现值"),
        [
            ("产出指标", "数量指标", "更新在线测流设备", "≥4套"),
            (None, "质量指标", "测流系统比测合格率", "≥95%"),
            (None, "时效指标", "设备安装调试完成时限", f"{YEAR}年8月31日前"),
            ("成本指标", "经济成本指标", "单套设备购置成本", "≤17万元/套"),
            ("效益指标", "社会效益指标", "流量在线监测时段覆盖率", "≥90%"),
            (None, "可持续影响指标", "设备运行维护制度", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "下游防汛指挥机构满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "yj05-numbered-points",
    (5, 10),
    "project, OLD-NAT, numbered tier labels with points "
    "(一、产出指标（60分）, （一）数量指标, ★), indicator points adding to 100 (correct)",
)
def yj05() -> Book:
    b, s = start()
    project(
        s,
        "汛期水文应急监测能力提升",
        funds(56, 50, 6),
        ["配置应急监测设备，汛期突发水情2小时内到达现场开展应急监测。"],
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("一、产出指标（60分）", "（一）数量指标", "1.配置无人机测流设备", "≥3套", 15),
            (None, "（二）质量指标", "2.★汛期测报数据到报率", "≥98%", 15),
            (None, "（三）时效指标", "3.应急监测到达现场时间", "≤2小时", 10),
            (None, None, "4.设备采购完成时间", f"{YEAR}年5月31日前", 10),
            (None, "（四）成本指标", "5.单套设备采购成本", "≤12万元/套", 10),
            ("二、效益指标（30分）", "（一）社会效益指标", "6.应急监测成果报送次数", "≥20次", 15),
            (None, "（二）可持续影响指标", "7.应急监测队伍培训", "≥2期", 15),
            ("三、满意度指标（10分）", "（一）服务对象满意度指标", "8.防汛部门满意度", "≥90%", 10),
            ("合计", "", None, None, 100),
        ],
    )
    notes(s, "说明：一级指标分值与三级指标分值为同一口径，合计均为100分。", width=5)
    return b


@variant(
    "yj06-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines: a date "
    "serial as text, a number split by a space, an amount pasted twice",
)
def yj06() -> Book:
    b, s = start()
    end = mk("46387", "X104", "warning", note="an Excel serial (2026-12-31) typed as text")
    project(
        s,
        "栗湾水文站水质自动监测站建设",
        funds(120, 100, 20),
        ["建成栗湾断面水质自动监测站1座，实现9项参数自动监测。"],
        end=end,
    )
    table(
        s,
        IND,
        [
            ("产出指标", "数量指标", "建成水质自动监测站", "1座"),
            (None, None, "自动监测参数", "≥9项"),
            (None, "质量指标", "监测数据有效率", "≥90%"),
            (None, "时效指标", "建成投运时间", f"{YEAR}年10月31日前"),
            (None, "成本指标", "监测站建设成本", "≤120万元"),
            ("效益指标", "生态效益指标", "水质异常预警响应时间", "≤4小时"),
            ("满意度指标", "服务对象满意度指标", "生态环境部门满意度", "≥90%"),
        ],
    )
    details(
        s,
        [
            (
                "设备购置",
                mk("61.2 5", "X105", "warning", alt=("X103",), note="61.25 split by a space"),
                "监测仪器9项",
            ),
            (
                "站房建设",
                mk("36万36万（含运输）", "X106", "error", alt=("B108",), note="36 pasted twice"),
                "站房及取水",
            ),
            ("数据平台接入", 22.75, "通信及平台"),
        ],
        120,
    )
    b.file_mark(
        "B102",
        "error",
        required=False,
        note="the lines add up (61.25 + 36 + 22.75) once the artefacts are read",
    )
    return b
