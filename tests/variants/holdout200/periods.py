"""Multi-year project tables with 中期 and 年度 columns (pb09, pb10, pb11, pb12, pb13)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout200.common import TWO, book, indicators, period_money, sign, wan
from tests.variants.holdout200.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("pb09-skynet-three-year", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: ≤0.75万元/个 × 1200个 = 900 and × 400个 = 300, both exactly the money; a "
         "占比 raised ≥5百分点 (correct)")  # fmt: skip
def pb09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="“雪亮工程”二期视频监控建设项目",
        dept="青岚市公安局（110）", unit="青岚市公安局科技信息化支队", attr="新增项目",
        money=period_money((wan(900), wan(800), wan(100)), (wan(300), wan(260), wan(40))),
        goals=["2026年至2028年新建高清视频监控点位1200个，实现重点公共区域视频监控全覆盖，"
               "视频监控辅助破案占比提高5个百分点。",
               "2026年新建高清视频监控点位400个，完成城区主干道及学校、医院周边点位建设，"
               "视频监控辅助破案占比提高2个百分点。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建高清视频监控点位数", "≥1200个", "≥400个"),
        (None, None, "新建视频汇聚节点数", "≥12个", "≥4个"),
        (None, "质量指标", "新建点位验收合格率", pct(1), pct(1)),
        (None, None, "视频图像在线率", "≥98%", "≥98%"),
        (None, "时效指标", "年度建设任务完成时间", "每年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个点位综合建设成本", "≤0.75万元/个", "≤0.75万元/个"),
        ("效益指标", "社会效益指标", "视频监控辅助破案占比", "提高≥5百分点", "提高≥2百分点"),
        (None, "可持续影响指标", "视频监控点位联网共享率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "曾海涛", "孔令仪", "0591-87330126", (2025, 11, 20))
    return b


@variant("pb10-shelter-annual-above-period", (8,), "two-year project, NAT-2021, an operator "
         "column before 中期 and 年度 values and a unit column, dates as date cells: the year's "
         "45处 above the period's 40处, a 年度 deadline of 2025-11-30")  # fmt: skip
def pb10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=2, name="公用人防工程维护管理项目",
        dept="白沙河区人民防空办公室（509）", unit="白沙河区人防工程管理站",
        money=period_money((wan(100), wan(90), wan(10)), (wan(50), wan(45), wan(5))),
        goals=["2026年至2027年对全区40处公用人防工程开展维护管理，人防工程完好率保持在95%"
               "以上，平战转换预案全部修订。",
               "2026年完成首批公用人防工程维护，开展人防工程安全检查2轮，完好率不低于95%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "维护公用人防工程数量", "≥", 40,
         mk(45, "D201", "error", row=True, note="the year's 45处 exceeds the period's 40处"),
         "处"),
        (None, None, "人防工程安全检查轮次", "≥", 4, 2, "轮"),
        (None, "质量指标", "人防工程完好率", "≥", 95, 95, "%"),
        (None, "时效指标", "人防工程安全检查完成时间", "≤", day(2027, 11, 30),
         mk(day(2025, 11, 30), "Y102", "error", alt=("Y103",),
            note="before the project and outside the budget year 2026"), None),
        ("成本指标", "经济成本指标", "单处人防工程年度维护费用", "≤", 1, 1, "万元/处"),
        ("效益指标", "社会效益指标", "人防工程战时防护能力达标率", "≥", 90, 90, "%"),
        (None, "可持续影响指标", "平战转换预案修订完成率", "=", 100, 100, "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("pb11-fire-stations-direction", (8, 11), "two-year project, NAT-2021, a 指标性质 "
         "direction column (正向/反向/定性) before 中期 and 年度 values: ≤80万元/站 × 6 and × 3 "
         "equal the money, 出动时间 and 火灾亡人数 with ≤ (correct)")  # fmt: skip
def pb11() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 18, 18))
    project_head(
        s, year=2026, years=2, name="乡镇专职消防站建设项目", dept="临溪县消防救援大队（615）",
        unit="临溪县消防救援大队", attr="新增项目",
        money=period_money((wan(480), wan(400), wan(80)), (wan(240), wan(200), wan(40))),
        goals=["2026年至2027年在6个乡镇建成专职消防站，配备水罐消防车6辆，招录专职消防员"
               "72名，接警后1分钟内出动。",
               "2026年建成3个乡镇专职消防站，配备水罐消防车3辆，招录专职消防员36名。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值",
                   "年度指标值"), [
        ("产出指标", "数量指标", "建成乡镇专职消防站数", "正向", "≥6个", "≥3个"),
        (None, None, "配备水罐消防车数", "正向", "≥6辆", "≥3辆"),
        (None, None, "招录专职消防员人数", "正向", "≥72人", "≥36人"),
        (None, "质量指标", "消防站建设验收合格率", "正向", pct(1), pct(1)),
        (None, "时效指标", "消防站投入执勤时间", "反向", "2027年12月31日前", "2026年12月31日前"),
        (None, None, "接警后出动时间", "反向", "≤1分钟", "≤1分钟"),
        ("成本指标", "经济成本指标", "单站建设及装备补助标准", "反向", "≤80万元/站",
         "≤80万元/站"),
        ("效益指标", "社会效益指标", "乡镇火灾亡人数", "反向", "≤2人", "≤1人"),
        (None, "可持续影响指标", "专职消防站运行保障机制", "定性", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pb12-siren-wrong-parent-duplicate", (5, 8), "three-year project, NAT-2021, 中期 and "
         "年度 columns: a 质量指标 under 效益指标, the 鸣响覆盖率 repeated under "
         "可持续影响指标 with the same values")  # fmt: skip
def pb12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="防空警报网升级改造项目",
        dept="青岚市人民防空办公室（208）", unit="青岚市人防指挥信息保障中心",
        money=period_money((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
        goals=["2026年至2028年新建电声防空警报器30台、改造老旧警报器45台，完成警报控制系统"
               "升级，城区防空警报鸣响覆盖率达到98%以上。",
               "2026年新建电声防空警报器10台、改造老旧警报器15台，城区鸣响覆盖率达到95%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建电声防空警报器数量", "≥30台", "≥10台"),
        (None, None, "改造老旧防空警报器数量", "≥45台", "≥15台"),
        (None, "质量指标", "警报器安装验收合格率", pct(1), pct(1)),
        (None, "时效指标", "警报控制系统升级完成时间", "2028年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单台电声警报器建设成本", "≤6万元/台", "≤6万元/台"),
        ("效益指标", "社会效益指标", "城区防空警报鸣响覆盖率", "≥98%", "≥95%"),
        (None, mk("质量指标", "F105", "error", row=True, note="a 产出 tier-2 under 效益指标"),
         "警报鸣响音质达标率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "防空警报设施维护管理制度", "健全", "健全"),
        (None, None, mk("城区防空警报鸣响覆盖率", "D101", "warning", row=True, alt=("D103",),
                        note="the 社会效益 row again, same values"), "≥98%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pb13-signal-period-money-105", (1, 8, 11, 12), "two-year project, NAT-2021, 中期 and "
         "年度 columns: 中期 资金总额 350 ≠ 300 + 40, a 完好率 stored as 105% (percent cell), "
         "事故死亡人数 ≥8人 in the 年度 column")  # fmt: skip
def pb13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="智能交通信号控制系统建设项目",
        dept="白沙河区公安分局（412）", unit="白沙河区公安分局交通管理大队", attr="新增项目",
        money=period_money(
            (mk(wan(350), "B101", "error", note="300 + 40 = 340"), wan(300), wan(40)),
            (wan(200), wan(180), wan(20))),
        goals=["2026年至2027年对城区60个路口实施信号控制智能化改造，建成区域协调控制系统，"
               "主干道高峰平均通行时间缩短10%以上。",
               "2026年完成35个路口信号控制智能化改造，上线区域协调控制系统一期。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "信号控制路口智能化改造数", "≥60个", "≥35个"),
        (None, None, "新增交通流量检测器数", "≥240套", "≥140套"),
        (None, "质量指标", "信号设备完好率", pct(0.98),
         mk(pct(1.05), "T106", "error", note="a 完好率 cannot pass 100%")),
        (None, "时效指标", "区域协调控制系统上线时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单路口智能化改造成本", "≤5万元/个", "≤5万元/个"),
        ("效益指标", "社会效益指标", "主干道高峰平均通行时间缩短率", "≥10%", "≥5%"),
        (None, None, "道路交通事故死亡人数", "≤16人",
         mk(mk("≥8人", "T108", "warning", row=True, note="a harm count with ≥: ≤ meant"),
            "D203", "warning", row=True, required=False,
            note="≤ in the 中期 column against ≥ here: the same slip")),
        (None, "可持续影响指标", "信号配时优化常态化机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "驾驶人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
