"""Bureaus' returns on both halves of the theme: stacked projects, flat department lists and
department money blocks (停车设施, 老旧小区, 管廊), rx13 to rx18."""

from __future__ import annotations

from tests.variants.holdout274.common import (
    PCT2,
    amt,
    department,
    indicators,
    note,
    project,
    signature,
    stacked,
    stamp,
    wan,
)
from tests.variants.holdout274.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
LT_DEPT = "鹭汀区城市管理局（226）"

GUIDE = [
    ("产出指标", "数量指标", "新建停车诱导屏", "≥36块"),
    (None, None, "接入智慧停车平台泊位", "≥5200个"),
    (None, "质量指标", "诱导屏泊位信息准确率", pct(0.95)),
    (None, "时效指标", "诱导系统上线运行时间", "2025年9月30日前"),
    (None, "成本指标", "诱导屏单块建设成本", "≤8万元/块"),
    ("效益指标", "社会效益指标", "高峰时段平均寻泊时间缩短", "≥5分钟"),
    (None, "可持续影响指标", "诱导系统运维管理机制", "健全"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", pct(0.9)),
]  # fmt: skip
LANES = [
    ("产出指标", "数量指标", "整治背街小巷", "≥32条"),
    (None, "质量指标", "工程验收合格率", "≥98%"),
    (None, "时效指标", "整治工程完工时间", "2025年11月30日前"),
    (None, "成本指标", "背街小巷平均整治成本", "≤40万元/条"),
    ("效益指标", "社会效益指标", "受益居民人数", "≥8600人"),
    (None, "可持续影响指标", "街巷长效保洁覆盖率", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", pct(0.85)),
]  # fmt: skip
GALLERY = [
    ("产出指标", "数量指标", "维护管廊长度", "≥11.5公里"),
    (None, None, "更换消防及通风设备", "≥86台套"),
    (None, "质量指标", "工程验收合格率", "100%"),
    (None, "时效指标", "故障报警响应时间", "≤30分钟"),
    (None, "成本指标", "管廊单位长度年维护成本", "≤42万元/公里"),
    ("效益指标", "社会效益指标", "入廊管线安全运行率", "≥99%"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
]  # fmt: skip


@variant("rx13-stacked-three", (2,), "three projects stacked in one sheet (停车诱导, 背街小巷, "
         "管廊维护), OLD-NAT, one value column, typed percent cells, the same indicator names with "
         "different values in different projects (correct)")  # fmt: skip
def rx13() -> Book:
    b, s = project(
        year=2025, name="鹭汀区智慧停车诱导系统建设项目", dept=LT_DEPT,
        unit="鹭汀区停车设施建设管理中心", attr="新增项目",
        money=[("资金总额", wan(460), "其中：财政拨款", wan(460)),
               ("其他资金", wan(0), None, None)],
        goals=["新建停车诱导屏36块，接入智慧停车平台泊位5200个，9月底前系统上线。"],
    )  # fmt: skip
    indicators(s, HEAD4, GUIDE)
    stacked(
        s, year=2025, name="鹭汀区背街小巷环境整治项目", dept=LT_DEPT,
        unit="鹭汀区市容环境卫生服务中心",
        money=[("资金总额", wan(1350), "其中：财政拨款", wan(1350)),
               ("其他资金", wan(0), None, None)],
        goals=["整治背街小巷32条，11月底前完工，改善8600名居民出行环境。"],
    )  # fmt: skip
    indicators(s, HEAD4, LANES)
    stacked(
        s, year=2025, name="鹭汀区地下综合管廊附属设施维护项目", dept=LT_DEPT,
        unit="鹭汀区市政设施管护中心",
        money=[("资金总额", wan(520), "其中：财政拨款", wan(320)),
               ("其他资金（管廊有偿使用费）", wan(200), None, None)],
        goals=["维护区管综合管廊11.5公里，更换消防及通风设备86台套，保障入廊管线安全运行。"],
    )  # fmt: skip
    indicators(s, HEAD4, GALLERY)
    stamp(s, "鹭汀区城市管理局")
    signature(s, "葛羡鱼", "0736-2264419", 2024, 11, 21)
    return b


@variant("rx14-stacked-wrong", (2, 12), "two projects stacked (加装电梯补助, 路内泊位智慧化 "
         "改造), OLD-NAT, one value column: the second project's 资金总额 does not add up and its "
         "完成率 is given as a count")  # fmt: skip
def rx14() -> Book:
    b, s = project(
        year=2025, name="蓼坪区老旧小区加装电梯补助项目", dept="蓼坪区住房和城乡建设局（412）",
        unit="蓼坪区城市更新服务中心",
        money=[("资金总额", wan(720), "其中：财政拨款", wan(720)),
               ("其他资金", wan(0), None, None)],
        goals=["补助老旧小区加装电梯48台，每台补助15万元，12月20日前拨付到位。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补助加装电梯", "≥48台"),
        (None, "质量指标", "加装电梯验收合格率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年12月20日前"),
        (None, "成本指标", "单台电梯补助标准", "≤15万元/台"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥860户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(980), "B101", "error", row=True, note="380 + 560 = 940, not 980")
    stacked(
        s, year=2025, name="鹭汀区路内停车泊位智慧化改造项目", dept=LT_DEPT,
        unit="鹭汀区停车设施建设管理中心", attr="新增项目",
        money=[("资金总额", total, "其中：财政拨款", wan(380)),
               ("其他资金（专项债券）", wan(560), None, None)],
        goals=["完成路内停车泊位智慧化改造2300个，8月底前投入使用。"],
    )  # fmt: skip
    count = mk("2300套", "T105", "error", note="a 完成率 needs a percentage")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "智慧化改造路内泊位", "≥2300个"),
        (None, None, "地磁及视频设备安装完成率", count),
        (None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "单个泊位智慧化改造成本", "≤0.35万元/个"),
        ("效益指标", "经济效益指标", "路内停车电子支付使用率", "≥95%"),
        (None, "社会效益指标", "路内违停投诉量下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    note(s, "注：两个项目分别申报，资金不得相互调剂。")
    signature(s, "葛羡鱼", "0736-2264419", 2024, 11, 21)
    return b


@variant("rx15-flat-department", (1, 3), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells with a % unit column, a date "
         "cell, weights add to 100 (correct)")  # fmt: skip
def rx15() -> Book:
    b, s = department(
        year=2025, dept="苇港县城市更新服务中心",
        budget=[(amt(3860), amt(2960), amt(900), amt(460), amt(3400))],
        tasks=[("老旧小区改造", "改造城关镇老旧小区12个、1680户", amt(2380),
                "12月底前完工，居民满意度90%以上"),
               ("城市更新项目储备", "编制城市更新单元规划3个", amt(420), "形成可实施项目清单"),
               ("公共停车设施建设", "新建公共停车场2处、泊位360个", amt(600), "缓解县城停车难"),
               ("金额合计", None, amt(3400), None)],
        goal="完成老旧小区改造12个、1680户，新增公共停车泊位360个，编制城市更新单元规划3个，"
             "居民满意度达到90%以上。",
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("改造老旧小区数量", 15, "个", "≥", 12),
        ("改造老旧小区户数", 15, "户", "≥", 1680),
        ("新增公共停车泊位", 15, "个", "≥", 360),
        ("城市更新单元规划编制数量", 10, "个", "≥", 3),
        ("改造工程验收合格率", 10, "%", "=", pct(1)),
        ("老旧小区改造户均成本", 10, "万元/户", "≤", 1.4),
        ("改造工程完工时间", 10, None, "≤", day(2025, 12, 31)),
        ("改造小区居民满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "郁清禾", "0739-6617254", 2024, 11, 15)
    return b


@variant("rx16-flat-wrong", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标方向 as direction · 计量单位 · 权重): a unit conflict, a 反向 rate "
         "with ≥ and weights adding to 95")  # fmt: skip
def rx16() -> Book:
    b, s = department(
        year=2025, dept="鹭汀区停车设施建设管理中心",
        budget=[(amt(2140), amt(1740), amt(400), amt(340), amt(1800))],
        tasks=[("公共停车场建设", "新建公共停车场4处、泊位680个", amt(1260), "年底前投入使用"),
               ("路内泊位管理", "规范管理路内泊位3200个", amt(380), "违停投诉及时办结"),
               ("停车信息平台运维", "平台运维及数据上传", amt(160), "数据上传及时准确"),
               ("金额合计", None, amt(1800), None)],
        goal="新建公共停车场4处、新增泊位680个，规范管理路内泊位3200个，停车秩序明显改善。",
    )  # fmt: skip
    unit = mk("≤1.8万元", "T112", "error", note="万元 in the value, 个 in the unit column")
    against = mk("≥1%", "T108", "warning", row=True, note="declared 反向, yet ≥")
    s.row("指标名称", "指标值", "指标方向", "计量单位", "权重")
    s.table([
        ("新建公共停车场", "≥4", "正向", "处", 15),
        ("新增公共停车泊位", "≥680", "正向", "个", 15),
        ("规范管理路内泊位", "≥3200", "正向", "个", 10),
        ("公共停车场单个泊位建设成本", unit, "反向", "个", 10),
        ("停车信息数据上传及时率", "≥95%", "正向", "%", 10),
        ("停车场安全事故发生率", against, "反向", "%", 10),
        ("停车秩序投诉办结率", "≥98%", "正向", "%", 10),
        ("停车服务对象满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15 + 15 + 10 + 10 + 10 + 10 + 10 + 15 = 95, not 100")
    signature(s, "褚砚秋", "0736-2231806", 2024, 11, 20)
    return b


HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
WG_BLOCKS = (
    ([("成本指标", "经济成本指标", "老旧小区改造户均成本", "≤2.2万元/户", 10),
      (None, None, "公共停车泊位单位建设成本", "≤4万元/个", 10)], 20),
    ([("产出指标", "数量指标", "改造老旧小区户数", "≥1900户", 10),
      (None, None, "新增公共停车泊位", "≥420个", 10),
      (None, None, "更新改造地下管网", "≥12公里", 10),
      (None, "质量指标", "改造工程验收合格率", "100%", 5),
      (None, "时效指标", "年度改造任务完工时间", "2025年12月31日前", 5)], 40),
    ([("效益指标", "社会效益指标", "受益居民人数", "≥5600人", 10),
      (None, None, "县城积水点数量下降率", "≥30%", 10),
      (None, "可持续影响指标", "管网设施长效养护机制", "健全", 10)], 30),
    ([("满意度指标", "服务对象满意度指标", "改造区域居民满意度", "≥90%", 10)], 10),
)  # fmt: skip


@variant("rx17-department-money", (4, 12), "department, NAT-2021, 住建局: budget with a row of "
         "typed shares, key tasks with a 金额合计, a weight column with 小计 rows after each tier "
         "and a 合计 row, all consistent (correct)")  # fmt: skip
def rx17() -> Book:
    shares = (pct(1, PCT2), pct(0.7209, PCT2), pct(0.2791, PCT2), pct(0.1686, PCT2),
              pct(0.8314, PCT2))  # fmt: skip
    b, s = department(
        year=2025, dept="苇港县住房和城乡建设局",
        budget=[(amt(8600), amt(6200), amt(2400), amt(1450), amt(7150)), shares],
        tasks=[("老旧小区改造", "改造县城老旧小区1900户", amt(4200), "年底前完工"),
               ("公共停车设施建设", "新增公共停车泊位420个", amt(1850), "缓解县城停车难"),
               ("城市地下管网更新", "更新改造雨污及供水管网12公里", amt(1100), "减少积水点"),
               ("金额合计", None, amt(7150), None)],
        goal="改造老旧小区1900户，新增公共停车泊位420个，更新地下管网12公里，居民满意度90%以上。",
    )  # fmt: skip
    s.row(*HEAD5)
    for rows, subtotal in WG_BLOCKS:
        s.table(rows, merged=(1, 2))
        s.row("小计", None, None, None, subtotal, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "注：小计为各一级指标权重之和，合计为全部三级指标权重之和。", 5)
    stamp(s, "苇港县住房和城乡建设局")
    signature(s, "郁清禾", "0739-6617254", 2024, 11, 15)
    return b


@variant("rx18-department-money-wrong", (12,), "department, NAT-2021, 城市更新事务中心: 基本支出 + "
         "项目支出 ≠ 资金总额, a share that does not match its amount, tasks not adding to "
         "金额合计")  # fmt: skip
def rx18() -> Book:
    total = mk(amt(5200), "B101", "error", row=True, note="基本支出 900 + 项目支出 4200 = 5100")
    share = mk(pct(0.3115, PCT2), "B111", "error", note="1100 ÷ 5200 = 21.15%, not 31.15%")
    tasks_total = mk(amt(4200), "B102", "error", note="2600 + 1100 + 400 = 4100, not 4200")
    b, s = department(
        year=2025, dept="蓼坪区城市更新事务中心",
        budget=[(total, amt(4100), amt(1100), amt(900), amt(4200)),
                (pct(1, PCT2), pct(0.7885, PCT2), share, None, None)],
        tasks=[("老旧街区改造", "改造老旧街区建筑8.2万平方米", amt(2600), "年底前完工"),
               ("地下管网更新", "更新雨污分流管网7公里", amt(1100), "消除积水点"),
               ("停车设施建设", "新增公共停车泊位120个", amt(400), "缓解停车难"),
               ("金额合计", None, tasks_total, None)],
        goal="改造老旧街区建筑8.2万平方米，更新雨污分流管网7公里，新增公共停车泊位120个。",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "老旧街区改造单位面积成本", "≤300元/平方米"),
        ("产出指标", "数量指标", "改造老旧街区建筑面积", "≥8.2万平方米"),
        (None, None, "更新雨污分流管网", "≥7公里"),
        (None, None, "新增公共停车泊位", "≥120个"),
        (None, "质量指标", "改造工程验收合格率", "≥98%"),
        (None, "时效指标", "改造工程完工时间", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "片区积水点消除数量", "≥9处"),
        (None, "可持续影响指标", "改造设施管护责任落实率", "100%"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "费听澜", "0738-4409163", 2024, 11, 24)
    return b
