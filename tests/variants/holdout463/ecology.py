"""Salt-works ecology: salt marshes, waterbirds and brine pollution around the saltworks
(ze07-ze12)."""  # fmt: skip

from __future__ import annotations

from tests.variants.holdout463.common import (
    NATURE,
    WETLAND,
    YEAR,
    book,
    department,
    funds,
    funds2,
    indicators,
    note,
    project,
    sign,
    w,
)
from tests.variants.holdout463.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant(
    "ze07-flat-ecology",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), typed percents, a 下降率 with ≥, 0 incidents (correct)",
)
def ze07() -> Book:
    b, s = book()
    department(s, dept=WETLAND, budget=(w(320), w(280), w(40), w(190), w(130)),
               goal="守护鹭汀盐沼湿地与越冬水鸟栖息地，治理互花米草，开展盐田生态监测。",
               tasks=[("互花米草治理", "刈割加翻耕治理入侵植物", w(80), "入侵面积明显下降"),
                      ("生态监测", "水鸟与水质定期监测", w(50), "形成年度监测报告"),
                      ("金额合计", None, w(130), None)])  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("互花米草治理面积", 20, "亩", "≥", 650),
        ("互花米草分布面积下降率", 15, "%", "≥", pct(0.15)),
        ("水鸟同步调查次数", 10, "次", "≥", 12),
        ("水质监测数据有效率", 10, "%", "≥", pct(0.98)),
        ("非法捕猎水鸟事件", 10, "起", "≤", 0),
        ("每亩互花米草治理成本", 10, "万元/亩", "≤", money(0.12)),
        ("越冬水鸟种群数量", 15, "只", "≥", 8000),
        ("周边盐场职工及游客满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "苏滢", "0597-6613207")
    return b


@variant(
    "ze08-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标性质 "
    "as direction · 指标值 · 计量单位 · 权重): direction, unit and weight defects",
)
def ze08() -> Book:
    b, s = book()
    department(s, dept="咸岙县盐田生态环境监测站", budget=(w(146), w(146), w(0), w(96), w(50)),
               goal="监测盐田卤水排放与盐沼植被，减少对越冬水鸟的惊扰。",
               tasks=[("盐沼植被恢复", "补植碱蓬与海三棱藨草", w(30), "恢复裸滩植被"),
                      ("卤水排放监测", "排放口在线监测运维", w(20), "排放达标"),
                      ("金额合计", None, w(50), None)])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+20+15+15+15+10 = 95, not 100")
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    s.table([
        ("盐沼植被恢复面积", "正向", mk("≥18亩", "T112", "error", note="亩 in the value, 公顷 "
                                       "in the unit column"), "公顷", 20),
        ("卤水排放口在线监测点位", "正向", "≥6个", "个", 20),
        ("卤水排放达标率", "正向", "≥95%", "%", 15),
        ("越冬水鸟受惊扰事件", "反向",
         mk("≥3起", "T108", "warning", row=True, note="反向 count with ≥"), "起", 15),
        ("每亩植被恢复成本", "反向", "≤1.5万元/亩", "万元/亩", 15),
        ("观鸟游客满意度", "正向", "≥90%", "%", 10),
    ])  # fmt: skip
    sign(s, "何立潮", "0597-6619450")
    return b


@variant(
    "ze09-multi-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "cumulative counts copied to the year, 年度目标 copied from 中期目标",
)
def ze09() -> Book:
    b, s = book()
    goal = "修复鹭汀盐沼鸟类栖息地，布设生态监测样点，恢复废弃盐田的潮汐交换。"
    project(s, name="废弃盐田鸟类栖息地修复项目（三年）", unit=WETLAND, dept=NATURE,
            money_rows=funds2((w(450), w(390), w(60)), (w(150), w(130), w(20))), years=3,
            goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "鸟类栖息地修复面积", "≥600亩",
         mk("≥600亩", "D202", "warning", note="three-year cumulative area copied")),
        (None, None, "生态监测样点布设数量", "≥30个",
         mk("≥30个", "D202", "warning", note="three-year cumulative count copied")),
        (None, None, "潮汐交换涵闸改造", "≥9座", "≥3座"),
        (None, "质量指标", "修复工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度修复任务完成时间", "每年12月31日前", "12月31日前"),
        ("成本指标", "经济成本指标", "每亩栖息地修复成本", "≤0.2万元/亩", "≤0.2万元/亩"),
        ("效益指标", "生态效益指标", "修复区越冬水鸟种类数", "≥45种", "≥40种"),
        ("满意度指标", "服务对象满意度指标", "观鸟爱好者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ze10-multi-year-points",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "annual counts below the period, rates equal, a rise in 百分点, 0 incidents (correct)",
)
def ze10() -> Book:
    b, s = book()
    project(s, name="盐田湿地生态廊道建设项目（三年）", unit=WETLAND, dept=NATURE, years=3,
            money_rows=funds2((w(600), w(540), w(60)), (w(220), w(200), w(20))),
            goals=["建成连通盐田与滩涂的生态廊道，盐沼植被覆盖率稳步提高，杜绝非法围垦。",
                   "完成首期廊道建设与植被补植，建立巡护制度。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "生态廊道建设长度", "≥12公里", "≥4.5公里"),
        (None, None, "盐沼植被补植面积", "≥900亩", "≥300亩"),
        (None, "质量指标", "补植植被成活率", "≥85%", "≥85%"),
        (None, "时效指标", "首期廊道完工时间", "2025年12月31日前", "12月31日前"),
        ("成本指标", "经济成本指标", "每公里廊道建设成本", "≤30万元/公里", "≤30万元/公里"),
        ("效益指标", "生态效益指标", "盐沼植被覆盖率", "提高≥6百分点", "提高≥2百分点"),
        (None, None, "非法围垦盐田滩涂事件", "0起", "0起"),
        (None, "可持续影响指标", "廊道巡护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：植被覆盖率以上年监测值为基数，“百分点”为覆盖率的绝对提高幅度。", 5)
    return b


@variant(
    "ze11-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), "
    "指标方向 as operator, bare numbers with a unit column (correct)",
)
def ze11() -> Book:
    b, s = book("Sheet1", (14, 14, 28, 10, 10, 12, 12))
    project(s, name="盐场卤水渗漏防治及滩涂保护项目", unit="咸岙县盐业公司澄屿分场", dept=NATURE,
            money_rows=funds(w(96), w(80), w(16)),
            goals=["修复卤水池防渗层，减少卤水渗漏对滩涂底栖生物的影响。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "卤水池防渗层修复面积", "正向", "≥", 24000, "平方米"),
        (None, "质量指标", "防渗层闭水试验合格率", "正向", "≥", 98, "%"),
        (None, "时效指标", "防渗修复完成时间", "反向", "≤", day(YEAR, 9, 30), None),
        (None, "成本指标", "每平方米防渗修复成本", "反向", "≤", 35, "元/平方米"),
        ("效益指标", "生态效益指标", "卤水渗漏量下降率", "正向", "≥", 60, "%"),
        (None, None, "卤水渗漏污染滩涂事件", "反向", "≤", 0, "起"),
        (None, "社会效益指标", "滩涂养殖户投诉率", "反向", "≤", 2, "%"),
        ("满意度指标", "服务对象满意度指标", "周边养殖户满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "何立潮", "0597-6619450")
    return b


@variant(
    "ze12-second-sheet",
    (7, 8),
    "two-year project, OLD-NAT: head on the first sheet, the "
    "table on a second sheet under 指标内容 and 预期实现值 with 实施期 and 年度 (correct)",
)
def ze12() -> Book:
    b, s = book("项目信息")
    project(s, name="盐田候鸟观测站建设项目", unit=WETLAND, dept=NATURE, years=2,
            money_rows=funds2((w(180), w(150), w(30)), (w(110), w(90), w(20))),
            goals=["建成两座候鸟观测站并接入监测平台，形成连续两年的候鸟观测数据。",
                   "建成首座观测站并开展全年观测。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期实现值（实施期）",
                   "预期实现值（年度）"), [
        ("产出指标", "数量指标", "建成候鸟观测站", "≥2座", "≥1座"),
        (None, None, "全年候鸟观测记录天数", "≥700天", "≥350天"),
        (None, "质量指标", "观测数据上传完整率", "≥95%", "≥95%"),
        (None, "时效指标", "首座观测站投用时间", "2025年6月30日前", "6月30日前"),
        (None, "成本指标", "单座观测站建设成本", "≤60万元/座", "≤60万元/座"),
        ("效益指标", "生态效益指标", "监测覆盖的候鸟迁徙停歇地比例", "≥80%", "≥50%"),
        (None, "可持续影响指标", "观测数据共享机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "科研及观鸟用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
