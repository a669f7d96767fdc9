"""Special-bond projects (地方政府专项债券项目): 地下综合管廊 and 公共停车设施, rx01 to rx06."""

from __future__ import annotations

from tests.variants.holdout274.common import (
    W7,
    amt,
    indicators,
    note,
    project,
    signature,
    stamp,
    wan,
)
from tests.variants.holdout274.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
YT_CODE = "榆塘市住房和城乡建设局（318）"


@variant("rx01-gallery-percent", (1, 12), "special-bond project, OLD-NAT, 地下综合管廊: operator "
         "and unit columns, typed percent cells, 万元 in the number format, a 下降率 with ≥ and "
         "0起 on an incident count (correct)")  # fmt: skip
def rx01() -> Book:
    b, s = project(
        year=2025, name="榆塘市滨河路地下综合管廊（二期）入廊及附属设施工程", dept=YT_CODE,
        unit="榆塘市管廊建设发展有限公司", attr="一次性项目",
        money=[("资金总额", wan(4860), "其中：财政拨款", wan(860)),
               ("其他资金（专项债券）", wan(4000), None, None)],
        goals=["完成滨河路地下综合管廊（二期）主体结构2.4公里，给水、电力、通信3类管线入廊，"
               "减少道路反复开挖。"],
    )  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "管廊主体结构完成长度", "≥", 2.4, "公里"),
        (None, None, "入廊管线种类", "≥", 3, "类"),
        (None, "质量指标", "分部工程验收合格率", "=", pct(1), "%"),
        (None, None, "规划管线入廊率", "≥", pct(0.9), "%"),
        (None, "时效指标", "主体结构完工时间", "≤", day(2025, 10, 31), None),
        (None, "成本指标", "管廊单位长度建设成本", "≤", 1850, "万元/公里"),
        ("效益指标", "经济效益指标", "年减少道路开挖修复支出", "≥", 300, "万元"),
        (None, "社会效益指标", "沿线道路反复开挖频次下降率", "≥", pct(0.6), "%"),
        (None, None, "管廊施工及运行安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "管廊结构设计使用年限", "≥", 100, "年"),
        ("满意度指标", "服务对象满意度指标", "沿线居民及商户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "钟予澄", "0736-5182406", 2024, 11, 22)
    return b


@variant("rx02-parking-percent-wrong", (1, 12), "special-bond project, OLD-NAT, 立体停车楼: "
         "operator and unit columns, typed percent cells; a percent over 100 and a 资金总额 that "
         "is not 财政拨款 + 其他资金")  # fmt: skip
def rx02() -> Book:
    total = mk(wan(2600), "B101", "error", row=True,
               note="财政拨款 600 + 其他资金 1800 = 2400, not 2600")  # fmt: skip
    b, s = project(
        year=2025, name="鹭汀区雁汀街道立体停车楼建设项目（专项债券）",
        dept="鹭汀区城市管理局（226）", unit="鹭汀区停车设施建设管理中心", attr="新增项目",
        money=[("资金总额", total, "其中：财政拨款", wan(600)),
               ("其他资金（专项债券）", wan(1800), None, None)],
        goals=["建成雁汀街道立体停车楼1座，新增机械停车泊位320个，配建充电桩64个。"],
    )  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="an access rate cannot exceed 100%")
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "新增机械停车泊位", "≥", 320, "个"),
        (None, None, "配建充电桩", "≥", 64, "个"),
        (None, "质量指标", "停车楼竣工验收合格率", "=", pct(1), "%"),
        (None, None, "泊位接入智慧停车平台比例", "≥", over, "%"),
        (None, "时效指标", "停车楼投入使用时间", "≤", day(2025, 12, 20), None),
        (None, "成本指标", "机械泊位单位建设成本", "≤", 7.5, "万元/个"),
        ("效益指标", "经济效益指标", "停车楼年停车收费收入", "≥", 180, "万元"),
        (None, "社会效益指标", "周边道路违停数量下降率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "停车楼运营管护机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "停车用户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "苏明朗", "0736-2290173", 2024, 11, 25)
    return b


@variant("rx03-gallery-three-year", (8,), "three-year special-bond project, NAT-2021, 综合管廊: "
         "中期 and 年度 value columns, counts annual < period, rates and unit costs equal, "
         "=100% as text (correct)")  # fmt: skip
def rx03() -> Book:
    b, s = project(
        year=2025, years=3, name="榆塘市东部新城地下综合管廊及配套工程", dept=YT_CODE,
        unit="榆塘市管廊建设发展有限公司", attr="新增项目",
        money=[("中期资金总额", wan(36000), "年度资金总额", wan(12500)),
               ("其中：财政拨款", wan(6000), "其中：财政拨款", wan(2500)),
               ("其他资金（专项债券）", wan(30000), "其他资金（专项债券）", wan(10000))],
        goals=["建成东部新城综合管廊6.5公里，纳入给水、再生水、电力、通信、燃气5类管线，"
               "建成监控与报警系统并投入运营。",
               "完成管廊主体结构2.2公里，给水、电力2类管线入廊，完成监控中心土建。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "管廊单位长度综合造价", "≤5500万元/公里", "≤5500万元/公里"),
        (None, "生态环境成本指标", "施工扬尘有效投诉", "≤10件", "≤4件"),
        ("产出指标", "数量指标", "管廊主体结构建设长度", "≥6.5公里", "≥2.2公里"),
        (None, None, "入廊管线种类", "≥5类", "≥2类"),
        (None, "质量指标", "单位工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "主体结构节点完成时间", "2027年9月30日前", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "项目收益对债券本息覆盖倍数", "≥1.2倍", "≥1.2倍"),
        (None, "社会效益指标", "新城道路反复开挖次数下降率", "≥50%", "≥20%"),
        (None, "可持续影响指标", "管廊结构设计使用年限", "≥100年", "≥100年"),
        ("满意度指标", "服务对象满意度指标", "管线权属单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "钟予澄", "0736-5182406", 2024, 12, 3)
    return b


@variant("rx04-parking-two-year-wrong", (8, 11), "two-year special-bond project, NAT-2021, "
         "公共停车场: operator in words in its own column, 中期 and 年度 columns, unit column; an "
         "annual count above its period count and a 反向 rate with 大于等于")  # fmt: skip
def rx04() -> Book:
    b, s = project(
        W7, year=2025, years=2, name="蓼坪区老城公共停车场及充电设施建设项目",
        dept="蓼坪区住房和城乡建设局（412）", unit="蓼坪区城市建设投资发展有限公司",
        attr="新增项目",
        money=[("中期资金总额", wan(9600), "年度资金总额", wan(5200)),
               ("其中：财政拨款", wan(1600), "其中：财政拨款", wan(1200)),
               ("其他资金（专项债券）", wan(8000), "其他资金（专项债券）", wan(4000))],
        goals=["建成老城公共停车场5处，新增公共停车泊位1200个，配建充电桩240个，缓解老城停车难。",
               "建成公共停车场3处并投入运营，配建充电桩120个。"],
    )  # fmt: skip
    big = mk(1500, "D201", "error", note="1500 new spaces in 2025 against 1200 for 2025-2026")
    wrong = mk("大于等于", "T108", "warning", row=True, note="an accident rate is 反向: ≤")
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值", "计量单位")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "公共停车泊位单位建设成本", "小于等于", 3.2, 3.2, "万元/个"),
        (None, None, "充电桩单桩建设成本", "小于等于", 2.5, 2.5, "万元/个"),
        ("产出指标", "数量指标", "新建公共停车场", "大于等于", 5, 3, "处"),
        (None, None, "新增公共停车泊位", "大于等于", 1200, big, "个"),
        (None, None, "配建充电桩", "大于等于", 240, 120, "个"),
        (None, "质量指标", "停车场竣工验收合格率", "等于", 100, 100, "%"),
        (None, "时效指标", "停车场建成投用时间", "小于等于", "2026年10月31日",
         "2025年11月30日", None),
        ("效益指标", "经济效益指标", "泊位日均利用率", "大于等于", 60, 55, "%"),
        (None, "社会效益指标", "停车场安全事故发生率", wrong, 0.5, 0.5, "%"),
        (None, "可持续影响指标", "停车设施智慧管理平台接入率", "等于", 100, 100, "%"),
        ("满意度指标", "服务对象满意度指标", "停车用户满意度", "大于等于", 90, 90, "%"),
    ])  # fmt: skip
    signature(s, "梁可钦", "0738-4413820", 2024, 11, 28)
    return b


EXPORT = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
ZY_CODE = "31800625000012"
ZY_NAME = "枳园街道老旧街区综合改造项目（专项债券）"
ZY_ROWS = (
    ("产出指标", "数量指标", "改造老旧街区建筑面积", "≥", 18, "万平方米"),
    ("产出指标", "数量指标", "改造雨污分流管网", "≥", 6.8, "公里"),
    ("产出指标", "数量指标", "新增公共停车泊位", "≥", 260, "个"),
    ("产出指标", "质量指标", "改造工程验收合格率", "≥", 98, "%"),
    ("产出指标", "时效指标", "改造工程完工时间", "≤", "2025年11月30日", None),
    ("产出指标", "成本指标", "街区改造综合单价", "≤", 150, "元/平方米"),
    ("效益指标", "社会效益指标", "受益居民户数", "≥", 4200, "户"),
    ("效益指标", "社会效益指标", "街区雨污分流覆盖率", "≥", 95, "%"),
    ("效益指标", "可持续影响指标", "改造设施长效管护机制", "定性", "健全", None),
    ("满意度指标", "服务对象满意度指标", "改造区域居民满意度", "≥", 90, "%"),
)  # fmt: skip


@variant("rx05-bond-export", (4, 7), "budget-system export, OLD-NAT, 老旧街区改造 with a "
         "special bond: budget sheet 05-1, the indicator table on the second sheet 05-2 with "
         "codes in the first columns, header on the third row, tiers repeated, export notes "
         "below (correct)")  # fmt: skip
def rx05() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (12, 22, 18, 34, 12, 12, 16, 16, 12))
    s.title("2025年部门项目支出预算表", 9)
    s.row("单位名称：榆塘市城市更新服务中心", None, None, None, None, None, None, None,
          "金额单位：万元", merge=[(1, 4)])  # fmt: skip
    s.row("单位编码", "单位名称", "项目代码", "项目名称", "项目类别", "合计", "一般公共预算拨款",
          "政府性基金预算拨款", "其他资金")  # fmt: skip
    s.row("318006", "榆塘市城市更新服务中心", ZY_CODE, ZY_NAME, "一次性项目", amt(3200), amt(700),
          amt(2500), amt(0))  # fmt: skip
    s.row("合计", None, None, None, None, amt(3200), amt(700), amt(2500), amt(0),
          merge=[(1, 5)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 34, 12, 16, 26, 10, 14, 12))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：榆塘市城市更新服务中心（318006）", merge=[(1, 8)])
    t.row(*EXPORT)
    for line in ZY_ROWS:
        t.row(ZY_CODE, ZY_NAME, *line)
    note(t, "说明：本表由预算管理一体化系统导出，指标值以财政部门审核批复为准。", 8)
    t.row("导出时间：", day(2025, 1, 8), None, None, None, None, "第1页／共1页", None,
          merge=[(7, 8)])  # fmt: skip
    return b


@variant("rx06-gallery-points-wrong", (10,), "special-bond project, NAT-2021, 管廊运维及智慧监控: "
         "a tier-1 score column and an indicator score column; the 产出 scores do not add up "
         "to the tier's 50, and a 完成率 given as a count")  # fmt: skip
def rx06() -> Book:
    b, s = project(
        year=2025, name="榆塘市老城区地下综合管廊运维及智慧监控提升项目", dept=YT_CODE,
        unit="榆塘市管廊运营管理有限公司",
        money=[("资金总额", wan(1280), "其中：财政拨款", wan(380)),
               ("其他资金（专项债券）", wan(900), None, None)],
        goals=["保障老城区18公里综合管廊安全运行，改造智慧监控点位420个，监控系统9月底前上线。"],
    )  # fmt: skip
    p50 = mk(50, "W103", "error", note="10 + 10 + 10 + 5 + 10 = 45 under 产出 (50)")
    count = mk("365次", "T105", "error", note="a 完成率 needs a percentage")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("成本指标", 10, "经济成本指标", "管廊单位长度年运维成本", "≤45万元/公里", 10),
        ("产出指标", p50, "数量指标", "纳入运维的管廊长度", "≥18公里", 10),
        (None, None, None, "智慧监控点位改造", "≥420个", 10),
        (None, None, "质量指标", "管廊日常巡检计划完成率", count, 10),
        (None, None, "时效指标", "故障报警响应时间", "≤30分钟", 5),
        (None, None, None, "智慧监控系统上线时间", "2025年9月30日前", 10),
        ("效益指标", 30, "经济效益指标", "管廊有偿使用费收缴率", "≥95%", 10),
        (None, None, "社会效益指标", "入廊管线安全运行率", "≥99%", 10),
        (None, None, "可持续影响指标", "智慧运维平台数据接入率", "=100%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "管线权属单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="the indicator scores then total 95, not 100: the same problem")  # fmt: skip
    stamp(s, "榆塘市管廊运营管理有限公司")
    signature(s, "韦书衡", "0736-5179032", 2024, 11, 26)
    return b
