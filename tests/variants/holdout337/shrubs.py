"""Sand-fixing shrubs and straw checkerboards: percent cells, tier labels, points, directions."""

from __future__ import annotations

from tests.variants.holdout337.common import by, funds, project, sign, start, table
from tests.variants.holdout337.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ui01-checkerboard-percent", (1,),
         "project, OLD-NAT, operator column and unit column, percent cells typed in Excel, "
         "万元 in the number format, a 0起 incident count (correct)")  # fmt: skip
def checkerboard_percent() -> Book:
    b, s = start()
    project(s, "驼泉乡流动沙丘麦草方格沙障压沙工程", "砾丘县驼泉治沙站", funds(480, 420, 60),
            ["驼泉乡北缘铺设麦草方格沙障3000亩，栽植梭梭、花棒45万株。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "铺设麦草方格沙障面积", "≥", 3000, "亩"),
        (None, None, "栽植梭梭、花棒等固沙灌木", "≥", 45, "万株"),
        (None, "质量指标", "固沙灌木当年成活率", "≥", pct(0.85), "%"),
        (None, None, "草方格沙障规格达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "春季压沙造林完成时间", "≤", by(5, 31), None),
        (None, "成本指标", "麦草方格沙障铺设成本", "≤", 1200, "元/亩"),
        ("效益指标", "生态效益指标", "流动沙丘固定面积", "≥", 3000, "亩"),
        (None, "社会效益指标", "带动周边农牧民务工", "≥", 1200, "人次"),
        (None, None, "施工期间安全责任事故", "=", 0, "起"),
        (None, "可持续影响指标", "沙障及苗木管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "项目区农牧民满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    table(s, OP_HEAD, rows)
    sign(s, "贺青山", "0937-6612058")
    return b


@variant("ui02-survival-over-100", (1, 11),
         "project, OLD-NAT, operator column, percent cells: a survival rate typed as 105%, "
         "a 反向 mortality rate with ≥")  # fmt: skip
def survival_over_100() -> Book:
    b, s = start()
    project(s, "红柳湾林场梭梭固沙林补植补造项目", "砾丘县红柳湾国有林场", funds(260, 230, 30),
            ["补植梭梭、沙拐枣20万株，提高红柳湾固沙林保存率。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "补植梭梭、沙拐枣", "≥", 20, "万株"),
        (None, None, "补植补造面积", "≥", 1600, "亩"),
        (None, "质量指标", "补植苗木当年成活率", "≥", pct(0.85), "%"),
        (None, None, "梭梭固沙林保存率", "≥",
         mk(pct(1.05), "T106", "error", note="保存率 capped at 100%, 105% typed in Excel"), "%"),
        (None, None, "补植苗木死亡率",
         mk("≥", "T108", "warning", row=True, note="死亡率 is 反向: ≤ expected"), pct(0.15), "%"),
        (None, "时效指标", "补植任务完成时间", "≤", by(6, 15), None),
        (None, "成本指标", "补植苗木单株成本", "≤", 9, "元/株"),
        ("效益指标", "生态效益指标", "固沙林郁闭度提升面积", "≥", 1600, "亩"),
        (None, "可持续影响指标", "补植林管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "林场职工和周边群众满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    table(s, OP_HEAD, rows)
    sign(s, "马晓川", "0937-6630417")
    return b


@variant("ui03-numbered-labels", (5,),
         "project, NAT-2021, tier labels numbered 一、（一） and ★ core indicators, "
         "values inline, a 备注 column (correct)")  # fmt: skip
def numbered_labels() -> Book:
    b, s = start()
    project(s, "芨芨滩苏木沙化土地封禁保护区建设", "砾丘县芨芨滩苏木人民政府", funds(350, 300, 50),
            ["建设封禁保护区围栏42公里，封育沙化土地2.4万亩，落实专职管护员18名。"])  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "★封禁围栏建设长度", "≥42公里", "核心指标"),
        (None, None, "封育沙化土地面积", "≥2.4万亩", None),
        (None, "（二）质量指标", "围栏工程验收合格率", "=100%", None),
        (None, "（三）时效指标", "围栏建设完成时间", "2025年9月30日前", None),
        ("二、成本指标", "（一）经济成本指标", "围栏建设单位成本", "≤6.5万元/公里", "计划标准"),
        ("三、效益指标", "（一）生态效益指标", "★封禁区植被盖度", "≥25%", "核心指标"),
        (None, "（二）社会效益指标", "落实专职管护员", "≥18人", None),
        (None, "（三）可持续影响指标", "封禁保护制度执行年限", "≥5年", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "周边牧户满意度", "≥88%", None),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), rows)
    sign(s, "乌兰图雅", "0937-6651193")
    return b


@variant("ui04-points-wrong-parent", (5, 10),
         "project, NAT-2021, tier-1 score column and indicator scores: a 生态效益指标 block "
         "under 产出指标, two tier scores that their indicators do not add up to")  # fmt: skip
def points_wrong_parent() -> Book:
    b, s = start()
    project(s, "沙拐枣灌木林带营造工程", "砾丘县白刺梁治沙站", funds(300, 270, 30),
            ["在白刺梁沙带前沿营造沙拐枣灌木林带1800亩，阻挡风沙南移。"])  # fmt: skip
    w103 = "the indicator points under this tier-1 do not add up to its score"
    rows = [
        ("产出指标", 40, "数量指标", "营造沙拐枣灌木林带", "≥1800亩", 10),
        (None, None, None, "栽植沙拐枣苗木", "≥18万株", 10),
        (None, None, "质量指标", "苗木当年成活率", "≥85%", 10),
        (None, None, "时效指标", "造林完成时间", "2025年5月底前", 5),
        (None, None, mk("生态效益指标", "F105", "error", note="效益 tier-2 under 产出指标"),
         "前沿沙丘前移速度减缓", "≥30%", 5),
        ("成本指标", 15, "经济成本指标", "灌木林带营造成本", "≤1500元/亩", 15),
        ("效益指标", mk(30, "W103", "error", note=w103), "生态效益指标", "林带区植被盖度",
         "≥20%", 15),
        (None, None, "社会效益指标", "带动农牧民务工", "≥900人次", 10),
        (None, None, "可持续影响指标", "林带管护期", "≥3年", 10),
        ("满意度指标", mk(15, "W103", "error", note=w103), "服务对象满意度指标",
         "周边群众满意度", "≥90%", 10),
    ]  # fmt: skip
    table(s, PTS_HEAD, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    sign(s, "祁永福", "0937-6647720")
    return b


@variant("ui05-points-two-levels", (10,),
         "project, NAT-2021, tier-1 scores and indicator scores both adding to 100, "
         "a cover rise in 百分点, a 下降率 with ≥ (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = start()
    project(s, "花棒、柠条固沙灌木林提质增效项目", "砾丘县驼泉治沙站", funds(220, 200, 20),
            ["对驼泉固沙林1500亩实施平茬复壮和补植，提高灌木林盖度。"])  # fmt: skip
    rows = [
        ("产出指标", 50, "数量指标", "花棒、柠条平茬复壮面积", "≥1500亩", 15),
        (None, None, None, "补植花棒苗木", "≥6万株", 10),
        (None, None, "质量指标", "平茬作业质量合格率", "≥95%", 15),
        (None, None, "时效指标", "平茬作业完成时间", "2025年3月31日前", 10),
        ("成本指标", 10, "经济成本指标", "平茬复壮单位成本", "≤800元/亩", 10),
        ("效益指标", 30, "生态效益指标", "灌木林盖度提高", "≥3百分点", 10),
        (None, None, None, "项目区起沙风蚀量下降率", "≥20%", 10),
        (None, None, "可持续影响指标", "灌木林管护期", "≥3年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "管护户满意度", "≥90%", 10),
    ]  # fmt: skip
    table(s, PTS_HEAD, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    sign(s, "常玉兰", "0937-6612914")
    return b


@variant("ui06-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, bare numbers "
         "and a unit column: a 反向 rate and a cost cap with ≥")  # fmt: skip
def direction_column() -> Book:
    b, s = start(widths=(14, 14, 28, 10, 10, 12, 12))
    project(s, "鸣泉村草方格沙障及固沙灌木栽植项目", "砾丘县鸣泉镇人民政府", funds(200, 180, 20),
            ["铺设草方格沙障1200亩，栽植梭梭12万株，固定鸣泉村西侧半流动沙丘。"])  # fmt: skip
    t108 = dict(row=True, note="反向 indicator with ≥: ≤ expected")
    rows = [
        ("产出指标", "数量指标", "铺设草方格沙障", "正向", "≥", 1200, "亩"),
        (None, None, "栽植梭梭", "正向", "≥", 12, "万株"),
        (None, "质量指标", "梭梭当年成活率", "正向", "≥", 85, "%"),
        (None, None, "固沙灌木病虫害发生率", "反向", mk("≥", "T108", "warning", **t108), 5, "%"),
        (None, "时效指标", "沙障铺设完成时限", "反向", "≤", 4, "月"),
        (None, "成本指标", "草方格沙障单位成本", "反向", mk("≥", "T108", "warning", **t108),
         1100, "元/亩"),
        ("效益指标", "生态效益指标", "半流动沙丘移动速度下降率", "正向", "≥", 30, "%"),
        (None, "社会效益指标", "带动村民务工", "正向", "≥", 600, "人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "正向", "≥", 90, "%"),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    table(s, head, rows)
    sign(s, "杨守成", "0937-6608352")
    return b
