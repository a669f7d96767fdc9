"""Salt-lake (盐湖) ecological protection: project returns with percent cells, decorated tier
labels and points, and multi-year projects with 中期 and 年度 columns (yx01–yx06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout456.common import (
    book,
    indicators,
    multi_year,
    note,
    one_year,
    signature,
)
from tests.variants.holdout456.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "yx01-percent-cells",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit column, percentages typed in "
    "Excel, 万元 in the number format, a date cell (correct)",
)
def yx01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="赤硝湖湖滨带围栏修复及巡护项目",
        dept="霜碛州自然资源和林业草原局（418006）",
        unit="赤硝湖盐湖保护站",
        money=one_year(86.4, 80, 6.4),
        goals=["修复赤硝湖东岸湖滨带围栏12.5公里，落实每月巡护，遏制车辆碾压和非法取卤。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "湖滨带围栏修复长度", "≥", 12.5, "公里"),
        (None, None, "湖区巡护频次", "≥", 4, "次/月"),
        (None, "质量指标", "围栏修复验收合格率", "=", pct(1), "%"),
        (None, None, "巡护记录完整率", "≥", pct(0.95), "%"),
        (None, "时效指标", "围栏修复完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "围栏修复单位成本", "≤", 5.6, "万元/公里"),
        ("效益指标", "生态效益指标", "湖滨带植被盖度提高", "≥", 3, "百分点"),
        (None, "社会效益指标", "湖区非法取卤事件发生数", "≤", 0, "起"),
        (None, "可持续影响指标", "湖滨带巡护长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "周边牧户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "郗明远", "0975-6630814", (2024, 11, 18))
    return b


@variant(
    "yx02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percent cells: a coverage rate above 100 %, "
    "a 反向 rate with ≥",
)
def yx02() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="白芒滩盐湖湿地鸟类栖息地保护项目",
        dept="霜碛州林业和草原局（418011）",
        unit="白芒滩湿地保护管理所",
        money=one_year(64, 58, 6),
        goals=["保护白芒滩盐湖湿地鸟类栖息地，完成栖息地监测和外来植物清除。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "鸟类栖息地监测点位", "≥", 36, "个"),
        (None, None, "外来植物清除面积", "≥", 420, "亩"),
        (None, "质量指标",
         "栖息地监测点位覆盖率", "≥",
         mk(pct(1.05), "T106", "error", note="覆盖率以 100% 为上限，≥105% 不可能"), "%"),
        (None, "时效指标", "监测季报报送及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "外来植物清除亩均成本", "≤", 0.08, "万元/亩"),
        ("效益指标", "生态效益指标",
         "清除区外来植物复发率",
         mk("≥", "T108", "warning", row=True, note="复发率是反向指标，比较符应为 ≤"),
         pct(0.15), "%"),
        (None, None, "越冬水鸟种群数量", "≥", 5200, "只"),
        (None, "可持续影响指标", "栖息地监测数据共享机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "观鸟及科研人员满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    signature(s, "甘若澜", "0975-6631207", (2024, 11, 22))
    return b


PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "yx03-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）数量指标), "
    "indicator points adding up to the same 100, a rate change in 百分点 (correct)",
)
def yx03() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="蓝卤湖卤虫资源与水质本底监测项目",
        dept="霜碛州生态环境局（418020）",
        unit="霜碛州生态环境监测中心",
        money=one_year(58, 52, 6),
        goals=["完成蓝卤湖24个点位卤虫种群和水质监测，形成年度卤虫资源评估报告。"],
    )
    indicators(s, PTS, [
        ("一、产出指标（40分）", "（一）数量指标", "卤虫种群密度监测点位", "≥24个", 10),
        (None, None, "湖水水质采样批次", "≥96批次", 10),
        (None, "（二）质量指标", "监测数据有效率", "≥95%", 10),
        (None, "（三）时效指标", "季度监测报告报送及时率", "=100%", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单点位年度监测成本", "≤1.5万元/个", 10),
        (None, "（二）生态环境成本指标", "采样作业扰动湖岸面积", "≤0.5公顷", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "卤虫资源量评估精度", "提高≥5百分点", 10),
        (None, "（二）社会效益指标", "卤虫卵非法采捕案件下降率", "≥15%", 10),
        (None, "（三）可持续影响指标", "卤虫资源监测数据库连续更新", "≥3年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "渔政管理部门满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    note(s, "注：一级指标括号内为该级分值，与三级指标分值两级给出，合计均为100分。", 5)
    return b


SCORED = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "yx04-points-mismatch",
    (5, 10),
    "project, NAT-2021, tier-1 score column and indicator score column, labels with * marks: "
    "two tier scores that the indicator scores under them do not reach, a rate as a count",
)
def yx04() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="霜碛州盐湖湖盆沙化防治项目",
        dept="霜碛州自然资源和林业草原局（418006）",
        unit="澄卤县治沙工作站",
        money=one_year(135, 120, 15),
        goals=["在赤硝湖西北湖盆设置草方格沙障并补植耐盐灌木，减轻风沙入湖。"],
    )
    rows = [
        ("*产出指标", mk(40, "W103", "error", note="其下分值 15+10+10=35，不等于 40"),
         "*数量指标", "草方格沙障铺设面积", "≥1500亩", 15),
        (None, None, "*质量指标", "耐盐灌木成活率", "≥85%", 10),
        (None, None, "*时效指标", "沙障铺设按时完成率",
         mk("3批次", "T105", "error", note="完成率应为百分比，不是批次数"), 10),
        ("*成本指标", 20, "*经济成本指标", "沙障亩均成本", "≤0.06万元/亩", 20),
        ("*效益指标", mk(30, "W103", "error", note="其下分值 15+10+10=35，不等于 30"),
         "*生态效益指标", "入湖沙尘量下降幅度", "≥10%", 15),
        (None, None, None, "湖盆植被覆盖度", "提高≥4百分点", 10),
        (None, None, "*可持续影响指标", "沙障管护期", "≥3年", 10),
        ("*满意度指标", 10, "*服务对象满意度指标", "周边农牧户满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, SCORED, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    signature(s, "纳日松", "0975-6638452", (2024, 11, 26))
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "yx05-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts split by year, rates "
    "and unit costs equal in both, a deadline in the last project year (correct)",
)
def yx05() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="霜碛州盐湖生态保护修复三年行动",
        dept="霜碛州生态环境局（418020）",
        unit="赤硝湖盐湖保护站",
        money=multi_year((450, 390, 60), (150, 130, 20)),
        goals=[
            "三年修复退化湖滨带1800亩，建成地下卤水监测井30口。",
            "2025年修复退化湖滨带600亩，建成监测井10口。",
        ],
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "退化湖滨带修复面积", "≥1800亩", "≥600亩"),
        (None, None, "地下卤水水位监测井建设数量", "≥30口", "≥10口"),
        (None, "质量指标", "修复工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "修复任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "湖滨带亩均修复成本", "≤0.2万元/亩", "≤0.2万元/亩"),
        ("效益指标", "生态效益指标", "修复区植被覆盖度", "提高≥6百分点", "提高≥2百分点"),
        (None, "可持续影响指标", "修复区管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "郗明远", "0975-6630814", (2024, 11, 18))
    return b


@variant(
    "yx06-multi-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 text copied from the 中期目标, "
    "two cumulative counts copied into the annual column",
)
def yx06() -> Book:
    b, s = book()
    goal = "三年内完成赤硝湖入湖河道生态补水2400万立方米，恢复盐沼湿地900亩。"
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="赤硝湖入湖河道生态补水及盐沼保护工程",
        dept="霜碛州水利局（418015）",
        unit="澄卤县水利工程管理所",
        money=multi_year((600, 540, 60), (220, 200, 20)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
    )
    copied = "三年项目的累计数量，年度值不应与中期值相同"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "生态补水量", "≥2400万立方米",
         mk("≥2400万立方米", "D202", "warning", note=copied)),
        (None, None, "盐沼湿地恢复面积", "≥900亩", mk("≥900亩", "D202", "warning", note=copied)),
        (None, "质量指标", "补水水质达标率", "≥95%", "≥95%"),
        (None, "时效指标", "年度补水调度完成时间", "每年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "盐沼亩均恢复成本", "≤0.2万元/亩", "≤0.2万元/亩"),
        ("效益指标", "生态效益指标", "湖面面积较上年增加", "≥3平方公里", "≥1平方公里"),
        (None, "社会效益指标", "入湖河道年均断流天数", "≤30天", "≤30天"),
        ("满意度指标", "服务对象满意度指标", "灌区及周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
