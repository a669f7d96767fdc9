"""Project tables with their own columns: direction, operator and unit columns, 中期 and 年度
value columns, operators in words and a weight column (rp07–rp12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout266.common import (
    COLS,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout266.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

WIDE = (14, 18, 28, 10, 10, 12, 12)


@variant("rp07-station-build-columns", (1, 5, 11), "one-year project, NAT-2021, direction, "
         "operator and unit columns: 反向 误报率 and 时延 with ≤, 正向 使用年限 with ≥, a 合格率 "
         "typed as 95% beside a % unit (correct)")  # fmt: skip
def rp07() -> Book:
    b, s = book("项目绩效目标", WIDE)
    project_head(
        s, year=2026, name="国家级骨干及区域自动气象站建设项目", dept="梧桐市气象局（701）",
        unit="梧桐市气象信息与技术保障中心", attr="新增项目",
        money=one_year_money(wan(260), wan(240), wan(20)),
        goals=["2026年新建国家级骨干自动气象站8个、升级改造区域自动气象站35个，观测数据到报率"
               "达到99%以上，乡镇精细化预报覆盖率达到95%。"],
    )  # fmt: skip
    indicators(s, COLS, [
        ("产出指标", "数量指标", "新建国家级骨干自动气象站", "正向", "≥", 8, "个"),
        (None, None, "升级改造区域自动气象站", "正向", "≥", 35, "个"),
        (None, "质量指标（标准指标）", "观测数据到报率", "正向", "≥", 99, "%"),
        (None, None, "新建站点验收合格率", "正向", "≥", pct(0.95), "%"),
        (None, "时效指标（进度指标）", "站点建设完成时间", "反向", "≤", "2026年10月31日", None),
        (None, None, "观测数据传输时延", "反向", "≤", 5, "分钟"),
        ("成本指标", "经济成本指标", "骨干站单站建设成本", "反向", "≤", 18, "万元/个"),
        (None, None, "区域站单站改造成本", "反向", "≤", 2.5, "万元/个"),
        ("效益指标", "社会效益指标", "乡镇天气预报精细化覆盖率", "正向", "≥", 95, "%"),
        (None, None, "暴雨预警误报率", "反向", "≤", 20, "%"),
        (None, "可持续影响指标", "站网设备设计使用年限", "正向", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "气象服务用户满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "邝南星", "柏思远", "0772-38410625")
    return b


@variant("rp08-missed-storms-ge-column", (1, 11), "one-year project, NAT-2021, direction, "
         "operator and unit columns: a 反向 漏报率 with ≥, a value in 分钟 beside a 小时 "
         "unit")  # fmt: skip
def rp08() -> Book:
    b, s = book("项目绩效目标", WIDE)
    project_head(
        s, year=2026, name="短时临近天气预报预警能力提升项目", dept="新岭县气象局（215）",
        unit="新岭县气象台", money=one_year_money(wan(88), wan(80), wan(8)),
        goals=["2026年发布短时临近预警产品500期以上，强对流天气漏报率控制在8%以内，预警提前量"
               "达到20分钟以上。"],
    )  # fmt: skip
    indicators(s, COLS, [
        ("产出指标", "数量指标", "发布短时临近预警产品", "正向", "≥", 500, "期"),
        (None, None, "气象灾害风险普查复核乡镇", "正向", "≥", 14, "个"),
        (None, "质量指标（标准指标）", "24小时晴雨预报准确率", "正向", "≥", pct(0.86, "0.0%"), "%"),
        (None, None, "强对流天气漏报率", "反向",
         mk("≥", "T108", "warning", row=True, alt=("D104",), note="反向: ≤8% meant"), 8, "%"),
        (None, None, "暴雨预警误报率", "反向", "≤", 25, "%"),
        (None, "时效指标（进度指标）", "雷达回波拼图更新时间", "反向", "≤",
         mk("30分钟", "T112", "error", row=True, note="分钟 in the value, 小时 in the column"),
         "小时"),
        (None, None, "强对流天气预警提前量", "正向", "≥", 20, "分钟"),
        ("成本指标", "经济成本指标", "单期预警产品制作成本", "反向", "≤", 0.08, "万元/期"),
        ("效益指标", "社会效益指标", "预警信息公众覆盖率", "正向", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "公众气象服务满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "费云舒", "阎守拙", "0719-26508341")
    return b


@variant("rp09-quake-network-period", (5, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: counts smaller in the year, rates, times and unit costs equal in both "
         "(correct)")  # fmt: skip
def rp09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="地震监测台网升级改造及地震预警工程", attr="新增项目",
        dept="澄江市地震局（318）", unit="澄江市地震监测中心",
        start=day(2026, 3, 1), end=day(2028, 12, 31),
        money=period_money((wan(1350), wan(1200), wan(150)), (wan(450), wan(400), wan(50))),
        goals=["2026—2028年升级改造地震监测台站45个，新建地震预警终端300个，建成覆盖全市的地震"
               "预警信息发布网络。",
               "2026年升级改造台站15个，新建预警终端100个，完成市区预警信息发布网络建设。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "升级改造地震监测台站", "≥45个", "≥15个"),
        (None, None, "新建地震预警终端", "≥300个", "≥100个"),
        (None, "质量指标(或标准指标)", "台站数据连续率", "≥99%", "≥99%"),
        (None, None, "地震预警误报率", "≤2%", "≤2%"),
        (None, "时效指标(或进度指标)", "首报预警信息产出时间", "≤10秒", "≤10秒"),
        (None, None, "改造任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单台站改造成本", "≤27万元/个", "≤27万元/个"),
        (None, None, "预警终端单台采购成本", "≤0.3万元/个", "≤0.3万元/个"),
        ("效益指标", "社会效益指标", "地震预警信息覆盖人口", "≥80万人", "≥30万人"),
        (None, "可持续影响指标", "台网设备更新维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "预警终端用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值，年度指标值为2026年度值。")
    sign(s, "符景行", "危晴川", "0877-62039514")
    return b


@variant("rp10-stations-period-copied", (5, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: a station count equal in both, an annual count above the period, the annual "
         "goal copied from the 中期 goal")  # fmt: skip
def rp10() -> Book:
    b, s = book("Sheet1")
    goal = ("2025—2027年新建区域自动气象站60个，完成10个国家级台站观测场标准化改造，观测数据到报"
            "率达到98%以上。")  # fmt: skip
    project_head(
        s, year=2025, years=3, name="区域气象观测站网建设工程", attr="新增项目",
        dept="金沙县气象局（409）", unit="金沙县气象探测中心",
        start=day(2025, 2, 1), end=day(2027, 12, 31),
        money=period_money((wan(900), wan(840), wan(60)), (wan(300), wan(280), wan(20))),
        goals=[goal, mk(goal, "D204", "warning", row=True, note="the 年度目标 is the 中期目标")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建区域自动气象站", "≥60个",
         mk("≥60个", "D202", "warning", row=True, note="60 stations over three years")),
        (None, None, "国家级台站观测场标准化改造", "≥10个",
         mk("≥12个", "D201", "error", row=True, note="12 a year of 10 in all")),
        (None, "质量指标（标准指标）", "观测数据到报率", "≥98%", "≥98%"),
        (None, "时效指标（进度指标）", "观测数据传输时延", "≤3分钟", "≤3分钟"),
        ("成本指标", "经济成本指标", "区域站单站建设成本", "≤12万元/个",
         ok("≤12万元/个", note="12万 × 60 exceeds the annual money: the copied count")),
        ("效益指标", "社会效益指标", "气象灾害监测乡镇覆盖率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "站网运行维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "乡镇防汛责任人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郜书宁", "蒲远帆", "0857-77420316")
    return b


@variant("rp11-cors-word-operators", (5, 11), "one-year project, NAT-2021, operators in words "
         "in a 指标性质 column, a unit column and weights adding to 100: 等于 28个, 小于等于 on "
         "an 异常率 and a 恢复时长, an 可用率 typed as 98.5% (correct)")  # fmt: skip
def rp11() -> Book:
    b, s = book("绩效目标表", WIDE)
    project_head(
        s, year=2026, name="卫星导航定位基准站网运行维护项目", dept="远山市自然资源和规划局（152）",
        unit="远山市基础测绘院", money=one_year_money(wan(96), wan(90), wan(6)),
        goals=["2026年保障28座卫星导航定位基准站连续运行，数据可用率不低于98.5%，为测绘、国土"
               "调查等项目提供厘米级实时定位服务。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重"), [
        ("产出指标", "数量指标", "运维卫星导航定位基准站", "等于", 28, "座", 10),
        (None, None, "新增注册用户", "大于等于", 600, "户", 10),
        (None, "质量指标（或标准指标）", "基准站观测数据可用率", "大于等于",
         pct(0.985, "0.0%"), None, 10),
        (None, None, "实时定位服务异常率", "小于等于", 1, "%", 10),
        (None, "时效指标（或进度指标）", "单次服务中断恢复时长", "小于等于", 4, "小时", 10),
        ("成本指标", "经济成本指标", "单站年度运维成本", "小于等于", 2.5, "万元/座", 10),
        ("效益指标", "社会效益指标", "支撑测绘及国土调查项目", "大于等于", 120, "个", 10),
        (None, None, "厘米级定位服务区域覆盖率", "大于等于", 95, "%", 10),
        (None, "可持续影响指标", "基准站网持续服务年限", "大于等于", 5, "年", 10),
        ("满意度指标", "服务对象满意度指标", "注册用户满意度", "大于等于", 90, "%", 10),
    ])  # fmt: skip
    sign(s, "詹望舒", "林砚秋", "0591-87302645")
    return b


@variant("rp12-geohazard-timeliness-under-benefit", (5, 10), "one-year project, NAT-2021, a "
         "分值 column: 时效指标（进度指标） under 效益指标, points adding to 95")  # fmt: skip
def rp12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="地质灾害气象风险预警服务项目", dept="青川县自然资源局（227）",
        unit="青川县气象台", money=one_year_money(wan(38), wan(38), wan(0)),
        goals=["2026年汛期发布地质灾害气象风险预警产品60期，覆盖全县420处地质灾害隐患点，"
               "高风险预警漏报率控制在5%以内。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", "数量指标", "发布地质灾害气象风险预警产品", "≥60期", 15),
        (None, None, "覆盖地质灾害隐患点", "≥420处", 10),
        (None, "质量指标（标准指标）", "风险预警准确率", "≥75%", 10),
        (None, None, "高风险预警漏报率", "≤5%", 10),
        ("成本指标", "经济成本指标", "单期预警产品制作成本", "≤0.3万元/期", 10),
        ("效益指标", "社会效益指标", "预警信息受众覆盖人数", "≥25万人", 10),
        (None, mk("时效指标（进度指标）", "F105", "error", note="时效 belongs to 产出指标"),
         "会商后预警产品发布时间", "≤30分钟", 10),
        (None, "可持续影响指标", "自然资源与气象部门联合会商机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "群测群防员满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the points add up to 95, not 100")
    sign(s, "俞听澜", "戚文柏", "0839-71264508")
    return b
