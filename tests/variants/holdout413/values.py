"""Returns about target values: percent cells, conversion artefacts, points at two levels and
direction against operator (items 1, 9, 10, 11)."""

from __future__ import annotations

from tests.variants.holdout413.common import (
    INDUSTRY,
    YEAR,
    book,
    funds,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout413.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("xg01-seedling-percent", (1,),
         "project, OLD-NAT, operator column (指标性质) and unit column, percent cells typed in "
         "Excel, 万元 in the number format (correct)")  # fmt: skip
def xg01() -> Book:
    b, s = book()
    project(s, "咖啡良种示范基地提质项目", "椰湾县热带作物技术推广站", funds(180, 150, 30),
            ["在南漾镇、坡头乡建设咖啡良种示范基地1200亩，推广抗锈病品种，"
             "示范基地鲜果单产提高8%以上。"])  # fmt: skip
    indicators(
        s,
        OPS,
        [
            ("产出指标", "数量指标", "示范基地建设面积", "≥", 1200, "亩"),
            (None, None, "抗锈病品种种苗供应量", "≥", 30, "万株"),
            (None, "质量指标", "种苗嫁接成活率", "≥", pct(0.92), "%"),
            (None, None, "示范基地病虫害发生率", "≤", pct(0.05), "%"),
            (None, "时效指标", "种苗定植完成时间", "≤", day(YEAR, 8, 31, CN_DATE), None),
            (None, "成本指标", "示范基地亩均补助标准", "≤", 1200, "元/亩"),
            ("效益指标", "经济效益指标", "示范基地鲜果单产增长率", "≥", pct(0.08), "%"),
            (None, "社会效益指标", "带动种植户户数", "≥", 650, "户"),
            (None, "可持续影响指标", "全县咖啡良种覆盖率", "≥", pct(0.6), "%"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, "符海燕", "0898-6352 1147", day(YEAR, 1, 15))
    return b


@variant("xg02-nursery-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns, percent cells: a capped rate typed as "
         "105% and a 反向 disease rate with ≥")  # fmt: skip
def xg02() -> Book:
    b, s = book()
    project(
        s,
        "咖啡种苗繁育补助项目",
        "椰湾县南漾镇农业服务中心",
        funds(96, 80, 16),
        ["扶持3家育苗场繁育咖啡嫁接苗100万株，出圃种苗全部达到地方标准。"],
    )
    indicators(
        s,
        OPS,
        [
            ("产出指标", "数量指标", "嫁接苗繁育数量", "≥", 100, "万株"),
            (None, None, "扶持育苗场数量", "=", 3, "家"),
            (
                None,
                "质量指标",
                "种苗出圃合格率",
                "≥",
                mk(pct(1.05), "T106", "error", note="出圃合格率以 100% 为上限，≥105% 不可能"),
                "%",
            ),
            (
                None,
                None,
                "种苗病害发生率",
                mk("≥", "T108", "warning", row=True, note="发生率是反向指标，应为 ≤"),
                pct(0.03),
                "%",
            ),
            (None, "时效指标", "种苗出圃及时率", "≥", pct(0.95), "%"),
            (None, "成本指标", "嫁接苗繁育补助标准", "≤", 0.8, "元/株"),
            ("效益指标", "经济效益指标", "育苗场新增销售收入", "≥", 120, "万元"),
            (None, "社会效益指标", "带动就业人数", "≥", 45, "人"),
            ("满意度指标", "服务对象满意度指标", "种苗购买户满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, "王志坤", "0898-6352 3306", day(YEAR, 1, 20))
    return b


@variant("xg03-dryer-artefacts", (9,),
         "project, OLD-NAT, one value column, a detail block below the table: an amount split "
         "by a space, a bracketed amount note, the end date left as a date serial in "
         "text")  # fmt: skip
def xg03() -> Book:
    b, s = book()
    goal = "为坡头乡、石陂镇2个初加工点购置湿法脱皮机组和烘干设备，鲜果初加工能力达到每日60吨。"
    end = mk("46022", "X104", "warning", note="文本中的日期序列号，应为 2025-12-31")
    name = "咖啡鲜果初加工设备购置项目"
    rows = funds(169.58, 150, 19.58)
    project(s, name, "椰湾县咖啡产业服务中心", rows, [goal], dept=INDUSTRY, end=end)
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "购置湿法脱皮机组", "≥2套"),
            (None, None, "建设晾晒棚面积", "≥1600平方米"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "时效指标", "设备安装调试完成时间", "10月31日前"),
            (None, "成本指标", "晾晒棚建设单价", "≤300元/平方米"),
            ("效益指标", "经济效益指标", "鲜果初加工日处理能力", "≥60吨"),
            (None, "社会效益指标", "服务种植户户数", "≥900户"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    s.skip()
    s.row("资金测算明细", "项目", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "湿法脱皮机组（2套）", None,
          mk("36.5 8", "X105", "warning", alt=("X103",), note="数字被空格断开，应为 36.58"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "晾晒棚（1600平方米）", None, wan(48), merge=[(2, 3)])
    s.row(None, "烘干设备", None, ok("85万(其中烘干机 60万元，配套安装 25万元)", "warning",
          note="带括号说明的金额，按 85 读取"), merge=[(2, 3)])  # fmt: skip
    s.row(None, "合计", None, wan(169.58), merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("xg04-shade-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column, a share "
         "raised in 百分点 (correct)")  # fmt: skip
def xg04() -> Book:
    b, s = book(widths=(12, 8, 16, 28, 16, 8))
    project(
        s,
        "咖啡林下遮荫与水肥一体化示范项目",
        "椰湾县热带作物技术推广站",
        funds(200, 160, 40),
        ["在石陂镇建设遮荫水肥一体化示范园800亩，精品咖啡豆占比提高3个百分点以上。"],
    )
    indicators(
        s,
        ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("产出指标", 40, "数量指标", "水肥一体化示范园面积", "≥800亩", 15),
            (None, None, None, "种植遮荫树株数", "≥24000株", 10),
            (None, None, "质量指标", "滴灌设施验收合格率", "=100%", 10),
            (None, None, "时效指标", "设施建成时间", "6月30日前", 5),
            ("成本指标", 10, "经济成本指标", "水肥设施亩均投入", "≤1500元/亩", 10),
            ("效益指标", 40, "经济效益指标", "精品咖啡豆占比较上年提高", "≥3百分点", 15),
            (None, None, "生态效益指标", "化肥施用量较上年减少", "≥10%", 15),
            (None, None, "可持续影响指标", "设施管护制度", "建立并执行", 10),
            ("满意度指标", 10, "服务对象满意度指标", "示范园种植户满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    notes(s, ["注：一级指标分值与三级指标分值分别合计为100分，不重复计算。"])
    return b


@variant("xg05-roaster-points-wrong", (10, 11),
         "project, NAT-2021, tier-1 and indicator score columns: two tier scores not matching "
         "the indicators under them, an energy cap with ≥")  # fmt: skip
def xg05() -> Book:
    b, s = book(widths=(12, 8, 16, 28, 16, 8))
    project(s, "咖啡精深加工技术改造项目", "椰湾县绿岬咖啡加工有限公司", funds(300, 200, 100),
            ["改造速溶咖啡和冻干咖啡生产线各1条，年加工咖啡豆2000吨，单位产品能耗下降。"],
            dept=INDUSTRY)  # fmt: skip
    w = "W103"
    indicators(
        s,
        ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
        [
            (
                "产出指标",
                mk(50, w, "error", note="其下分值 20+15+10 = 45，不是 50"),
                "数量指标",
                "改造生产线数量",
                "=2条",
                20,
            ),
            (None, None, None, "年加工咖啡豆数量", "≥2000吨", 15),
            (None, None, "质量指标", "产品抽检合格率", "≥98%", 10),
            (
                "成本指标",
                10,
                "经济成本指标",
                "单位产品综合能耗",
                mk("≥0.35吨标准煤/吨", "T108", "warning", row=True, note="能耗是反向指标，应为 ≤"),
                10,
            ),
            (
                "效益指标",
                mk(30, w, "error", note="其下分值 20+15 = 35，不是 30"),
                "经济效益指标",
                "新增产值",
                "≥4500万元",
                20,
            ),
            (None, None, "社会效益指标", "新增就业岗位", "≥60个", 15),
            ("满意度指标", 10, "服务对象满意度指标", "收购农户满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant("xg06-quality-words", (11,),
         "project, NAT-2021, 指标性质 as direction and 指标方向 as word operators, bare numbers "
         "with a unit column; a 下降率 with 大于等于, 0 起 on an incident count "
         "(correct)")  # fmt: skip
def xg06() -> Book:
    b, s = book(widths=(12, 16, 28, 10, 12, 10, 12))
    project(
        s,
        "咖啡加工质量安全抽检经费",
        "椰湾县市场监督管理局检验所",
        funds(45, 45, 0),
        ["全年抽检咖啡加工企业和作坊产品320批次，杜绝质量安全事故。"],
        dept=INDUSTRY,
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "产品抽检批次", "正向", "大于等于", 320, "批次"),
            (None, "质量指标", "抽检结果准确率", "正向", "大于等于", 98, "%"),
            (None, "时效指标", "检测报告出具时间", "反向", "小于等于", 5, "工作日"),
            ("成本指标", "经济成本指标", "每批次检测费用", "反向", "小于等于", 1300, "元/批次"),
            ("效益指标", "社会效益指标", "加工环节霉变损耗下降率", "正向", "大于等于", 10, "%"),
            (None, None, "咖啡产品质量安全事故", "反向", "小于等于", 0, "起"),
            (None, "可持续影响指标", "抽检结果公示机制", "定性", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "加工企业满意度", "正向", "大于等于", 90, "%"),
        ],
    )
    notes(s, ["说明：霉变损耗下降率按较上年下降幅度填写，数值越大越好。"], width=7)
    return b
