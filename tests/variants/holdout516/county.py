"""Returns from county bureaus around the 瑶浴 trade: the herb supply (gardens, purchase),
a budget-system export, the tourism bureau's department budget, safety inspection of bath stops
and a bath-house renovation with operators in words."""

from __future__ import annotations

from tests.variants.holdout516.common import (
    HEALTH,
    HERBS,
    TOURISM,
    department,
    funds,
    funds_period,
    header,
    note,
    project,
    sign,
    start,
    tiers,
    wan,
)
from tests.variants.holdout516.registry import variant
from tests.variants.kit import Book, mk, pct

CODE = "431126260000000121"
SAME = "建成瑶浴药材种植基地600亩，培训药农900人次，建设初加工烘干房6座，稳定供应全县药浴用材。"


@variant("bf06-herb-flat-list-wrong", (3, 11),
         "department, flat list (序号 · 指标名称 · 权重 · 计量单位 · 指标性质 as direction · "
         "指标值): "
         "weights add to 90, a 反向 rate with ≥, a 吨 value under a 万元 unit")  # fmt: skip
def bf06() -> Book:
    b, s = start()
    department(s, "莳峒县中药材产业发展中心", (wan(540), wan(500), wan(40), wan(360), wan(180)),
               "推广瑶浴药材种植，规范药材收购和质量抽检，带动药农增收。")  # fmt: skip
    header(s, "序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    for row in [
        (1, "瑶浴药材种植推广面积", 15, "亩", "正向", "≥1200"),
        (2, "药材收购金额", 10, "万元", "正向",
         mk("≥300吨", "T112", "error", note="吨 in the value, 万元 in the unit column")),
        (3, "药材农残抽检不合格率", 15, "%", "反向",
         mk("≥2%", "T108", "warning", row=True, note="a 反向 rate with ≥")),
        (4, "药材种植技术培训人次", 10, "人次", "正向", "≥600"),
        (5, "每亩种苗补助标准", 10, "元/亩", "反向", "≤300"),
        (6, "药农人均增收", 15, "元", "正向", "≥2000"),
        (7, "药农满意度", 15, "%", "正向", "≥90%"),
    ]:  # fmt: skip
        s.row(*row)
    b.file_mark("W101", "error", note="weights 15+10+15+10+10+15+15 = 90, no total of 90 declared")
    sign(s, "冯玉兰", "0735-6640518")
    return b


@variant("bf10-herb-base-three-year-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: two cumulative counts and the "
         "年度目标 "
         "text copied from the 中期 side")  # fmt: skip
def bf10() -> Book:
    b, s = start(widths=(14, 14, 28, 20, 20))
    project(s, "瑶浴药材种植基地建设", HERBS, "莳峒县中药材产业发展中心",
            funds_period(wan(450), wan(150), wan(120), wan(30)),
            [SAME, mk(SAME, "D204", "warning", note="年度目标 identical to the 三年 中期目标")],
            years=3, attr="新增项目")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    copied = "a cumulative count copied from the three-year column"
    tiers(s, [
        ("产出指标", "数量指标", "新建药材种植基地面积", "≥600亩",
         mk("≥600亩", "D202", "warning", note=copied)),
        (None, None, "培训药农", "≥900人次", mk("≥900人次", "D202", "warning", note=copied)),
        (None, None, "建设药材初加工烘干房", "≥6座", "≥2座"),
        (None, "质量指标", "种苗移栽成活率", "≥90%", "≥90%"),
        (None, "时效指标", "种植任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "每亩基地建设补助", "≤2000元/亩", "≤2000元/亩"),
        ("效益指标", "经济效益指标", "药材年产值", "≥800万元", "≥200万元"),
        (None, "生态效益指标", "坡地水土流失治理面积", "≥300亩", "≥100亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "冯玉兰", "0735-6640518")
    return b


@variant("bf15-therapy-export-second-sheet", (7, 12),
         "budget-system export: 部门项目支出预算05-1 with budget lines and a 合计, the "
         "indicators on "
         "部门项目支出绩效目标05-2 under a header on the third row, codes in the first columns, "
         "operators in words and units in their own column (correct)")  # fmt: skip
def bf15() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 16, 16, 14))
    s.title("部门项目支出预算表", 5)
    s.row("单位：莳峒县中医医院", None, None, None, "单位：万元")
    header(s, "项目编码", "项目名称", "支出功能分类", "经济分类", "金额")
    for econ, amount in [("30218 专用材料费", 9), ("31003 专用设备购置", 24),
                         ("30216 培训费", 12)]:  # fmt: skip
        s.row(CODE, "瑶浴药浴适宜技术推广", "2100399 其他中医药支出", econ, wan(amount))
    s.row("合计", None, None, None, wan(45))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 20, 12, 14, 30, 12, 10, 10))
    t.title("部门项目支出绩效目标表", 8)
    t.row("单位：莳峒县中医医院", None, None, None, "年度：2026", merge=[(1, 4)])
    header(t, "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
           "度量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "推广药浴适宜技术的基层医疗机构", "大于等于", 20, "家"),
        (None, None, "培训基层医务人员", "大于等于", 100, "人"),
        (None, "质量指标", "技术操作考核合格率", "大于等于", 95, "%"),
        (None, "时效指标", "设备配发时限", "小于等于", 15, "个工作日"),
        (None, "成本指标", "每家机构药浴设备配置成本", "小于等于", 1.2, "万元/家"),
        ("效益指标", "社会效益指标", "药浴服务可及行政村覆盖率", "大于等于", 80, "%"),
        (None, "可持续影响指标", "持续开展药浴服务的机构", "大于等于", 18, "家"),
        ("满意度指标", "服务对象满意度指标", "接受药浴服务患者满意度", "大于等于", 90, "%"),
    ]  # fmt: skip
    tiers(t, [(CODE, "瑶浴药浴适宜技术推广", *r) for r in rows],
          merged=(3, 4))  # fmt: skip
    return b


@variant("bf16-tourism-bureau-money-wrong", (12, 4),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, task budgets not adding to "
         "金额合计; "
         "footnotes and signature lines below the table")  # fmt: skip
def bf16() -> Book:
    b, s = start()
    total = mk(wan(2350), "B101", "error", row=True,
               note="基本支出 1680 + 项目支出 640 = 2320 ≠ 2350 "
                    "(财政拨款 2200 + 其他资金 150 holds)")  # fmt: skip
    department(s, TOURISM, (total, wan(2200), wan(150), wan(1680), wan(640)),
               "打响莳峒瑶浴品牌，提升汤屋民宿服务，办好瑶浴文化节，全年接待游客120万人次。",
               [("瑶浴小镇品牌推广", "线上线下宣传推介", wan(220), "品牌曝光量2000万次以上"),
                ("汤屋民宿提质奖补", "奖补星级汤屋民宿", wan(260), "奖补民宿40家"),
                ("瑶浴文化节", "举办全县瑶浴文化节", wan(180), "参与游客10万人次以上"),
                ("金额合计", None, mk(wan(640), "B102", "error",
                                     note="220 + 260 + 180 = 660 ≠ 640"), None)])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "奖补星级汤屋民宿", "≥40家"),
        (None, None, "全年接待游客", "≥120万人次"),
        (None, "质量指标", "汤屋民宿卫生监督抽检合格率", "≥95%"),
        (None, "时效指标", "奖补资金兑付时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "每家民宿奖补标准", "≤6万元/家"),
        ("效益指标", "经济效益指标", "旅游综合收入增长率", "≥8%"),
        (None, "社会效益指标", "瑶浴品牌网络曝光量", "≥2000万次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：游客人次以全县景区和民宿接待统计为准。")
    s.row("局长：赵明山", None, "审核：盘丽华")
    sign(s, "冯晓东", "0735-6631208", (2025, 11, 18))
    return b


@variant("bf17-inspection-direction-column", (11, 5),
         "project, OLD-NAT with abbreviated tier labels, 指标性质 as direction (正向/反向) "
         "and 指标方向 as operator, bare numbers with a unit column; a 下降率 正向 ≥, "
         "0起 反向 ≤ (correct)")  # fmt: skip
def bf17() -> Book:
    b, s = start(widths=(10, 14, 28, 10, 10, 10, 12))
    project(s, "瑶浴服务点安全运营监管", HEALTH, "莳峒县卫生健康综合监督执法大队",
            funds(wan(30), wan(30), wan(0)),
            ["全年检查村级药浴服务点和民宿汤屋24个，开展安全检查96次，杜绝烫伤事故。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    tiers(s, [
        ("产出", "数量", "开展药浴服务点安全检查", "正向", "≥", 96, "次"),
        (None, None, "检查药浴服务点和汤屋", "正向", "≥", 24, "个"),
        (None, "质量", "药浴用水微生物检测达标率", "正向", "≥", 95, "%"),
        (None, "时效", "隐患整改办结时限", "反向", "≤", 10, "个工作日"),
        (None, "成本", "单次安全检查成本", "反向", "≤", 1500, "元/次"),
        ("效益", "社会效益", "药浴烫伤事故", "反向", "≤", 0, "起"),
        (None, None, "药浴服务投诉下降率", "正向", "≥", 20, "%"),
        ("满意度", "服务对象满意度", "经营户和游客满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "赵德胜", "0735-6620318")
    return b


@variant("bf18-bathhouse-words-wrong", (11, 9),
         "project, OLD-NAT, operators in words in their own column, unit column: a 反向 rate with "
         "大于等于, a completion date given as 100%, a count split by a space")  # fmt: skip
def bf18() -> Book:
    b, s = start()
    project(s, "瑶浴汤屋集中改造提升", TOURISM, "莳峒县盘水瑶族乡人民政府",
            funds(wan(70), wan(56), wan(14)),
            ["集中改造坳门村、枫槽村汤屋25间，全年接待药浴游客36000人次。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    tiers(s, [
        ("产出指标", "数量指标", "改造汤屋", "大于等于", 25, "间"),
        (None, None, "接待药浴游客", "大于等于",
         mk("3 6000", "X105", "warning", alt=("X103",),
            note="36000 split by a space, stored as text"),
         "人次"),
        (None, "质量指标", "汤屋消防验收合格率", "等于", pct(1), "%"),
        (None, "时效指标", "汤屋改造完工时间", "等于",
         mk(pct(1), "T113", "warning", note="a deadline given as 100%"), None),
        (None, "成本指标", "单间汤屋改造成本", "小于等于", 2.4, "万元/间"),
        ("效益指标", "经济效益指标", "汤屋经营户年均增收", "大于等于", 1.5, "万元"),
        (None, "社会效益指标", "游客药浴投诉率",
         mk("大于等于", "T108", "warning", row=True, note="a 反向 rate with 大于等于"), 3, "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "邓秀梅", "0735-6658102")
    return b
