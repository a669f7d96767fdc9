"""One-year project tables: deadlines inside and outside the budget year, dates as date cells
and as text, a 2025 baseline, a 次年1月 note, 年底前 (pm01–pm05)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout211.common import (
    ONE,
    OPS,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout211.registry import variant
from tests.variants.kit import CN_DATE, DATE, Book, day, mk


@variant("pm01-deadline-outside-year", (8,), "one-year 2026 project, NAT-2021, operator and "
         "unit columns: one deadline in 2027 (text), one in 2025 (a date cell)")  # fmt: skip
def pm01() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 18, 12))
    project_head(
        s, year=2026, name="农村生活污水处理设施运维项目", dept="枫塘县生态环境局（310）",
        unit="枫塘县农村环境整治服务中心",
        money=one_year_money(wan(86), wan(70), wan(16)),
        goals=["2026年完成全县45座农村生活污水处理站点运维，出水水质达标率不低于90%。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "运维污水处理站点数", "≥", 45, "座"),
        (None, "质量指标", "出水水质达标率", "≥", 90, "%"),
        (None, "时效指标", "站点年度巡检完成时间", "≤",
         mk("2027年3月31日", "Y102", "error", alt=("Y103",),
            note="a one-year 2026 project: the deadline lies in the next year"), None),
        (None, None, "第三方水质检测报告提交时间", "≤",
         mk(day(2025, 12, 20, CN_DATE), "Y102", "error", alt=("Y103",),
            note="a date cell before the 2026 budget year starts"), None),
        ("成本指标", "经济成本指标", "单座站点年运维费用", "≤", 1.6, "万元/座"),
        ("效益指标", "生态效益指标", "农村生活污水COD削减量", "≥", 120, "吨"),
        (None, "可持续影响指标", "站点运维长效管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pm02-date-cells-and-text", (4, 8), "one-year 2026 project, NAT-2021, operator and "
         "unit columns; deadlines as date cells (two formats) and as text, 填报日期 in 2025 "
         "(correct)")  # fmt: skip
def pm02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 18, 12))
    project_head(
        s, year=2026, name="社区老年助餐服务补助项目", dept="青岚市民政局（127）",
        unit="青岚市养老服务指导中心",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["2026年建成社区老年助餐点30个，全年提供助餐服务不少于18万人次，"
               "助餐点食品安全抽检合格率100%。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建社区老年助餐点", "≥", 30, "个"),
        (None, None, "助餐服务人次", "≥", 18, "万人次"),
        (None, "质量指标", "助餐点食品安全抽检合格率", "=", 100, "%"),
        (None, "时效指标", "助餐点建设完成时间", "≤", day(2026, 6, 30, CN_DATE), None),
        (None, None, "年度补助资金拨付完成时间", "≤", "2026年11月30日", None),
        (None, None, "助餐点运营考核完成时间", "≤", day(2026, 12, 20, DATE), None),
        ("成本指标", "经济成本指标", "助餐点一次性建设补助标准", "≤", 2, "万元/个"),
        (None, None, "单次助餐补贴标准", "≤", 3, "元/人次"),
        ("效益指标", "社会效益指标", "助餐服务覆盖社区比例", "≥", 60, "%"),
        (None, "可持续影响指标", "助餐点持续运营机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "陈思雨", "梁国栋", "0591-86420715", filled=day(2025, 12, 26, CN_DATE))
    return b


@variant("pm03-baseline-2025", (8,), "one-year 2026 project, NAT-2021, inline operators: a "
         "增长率 written 较2025年提高≥10% (correct)")  # fmt: skip
def pm03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农产品质量安全网格化监管项目", dept="白沙河区农业农村局（402）",
        unit="白沙河区农产品质量安全检测站",
        money=one_year_money(wan(64), wan(64), wan(0)),
        goals=["全年完成农产品定量抽检1200批次，抽检合格率达到98%以上，将850家生产主体纳入"
               "网格化监管，绿色优质农产品认证数量稳步增长。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农产品定量抽检批次", "≥1200批次"),
        (None, None, "纳入网格化监管生产主体数", "≥850家"),
        (None, "质量指标", "农产品定量抽检合格率", "≥98%"),
        (None, "时效指标", "抽检结果公开时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "单批次定量检测费用", "≤400元/批次"),
        ("效益指标", "经济效益指标", "绿色优质农产品认证数量增长率", "较2025年提高≥10%"),
        (None, "可持续影响指标", "网格化监管长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pm04-note-next-january", (4, 8), "one-year 2027 project, NAT-2021, inline operators "
         "and a unit column; a note names the 次年1月 settlement (correct)")  # fmt: skip
def pm04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 14))
    project_head(
        s, year=2027, name="公共自行车系统运营服务项目", dept="云岫市交通运输局（215）",
        unit="云岫市城市公共交通服务中心",
        money=one_year_money(wan(260), wan(200), wan(60)),
        goals=["2027年保障全市公共自行车站点420个、车辆8000辆正常运营，车辆完好率不低于95%，"
               "日均骑行量达到2.4万人次。"],
    )  # fmt: skip
    indicators(s, (*ONE, "计量单位"), [
        ("产出指标", "数量指标", "运营公共自行车站点数", "≥420", "个"),
        (None, None, "投放运营车辆数", "≥8000", "辆"),
        (None, "质量指标", "车辆完好率", "≥95", "%"),
        (None, "时效指标", "故障车辆修复时限", "≤48", "小时"),
        ("成本指标", "经济成本指标", "单车年均运营维护成本", "≤300", "元/辆"),
        ("效益指标", "社会效益指标", "日均骑行量", "≥2.4", "万人次"),
        (None, "生态效益指标", "年减少机动车碳排放量", "≥1500", "吨"),
        ("满意度指标", "服务对象满意度指标", "市民骑行满意度", "≥90", "%"),
    ])  # fmt: skip
    note(s, "注：1. 运营服务费按季度考核后拨付，第四季度考核及尾款结算于次年1月完成；"
            "2. 金额单位为万元。", 5)  # fmt: skip
    return b


@variant("pm05-stacked-year-end", (2, 8), "two one-year 2026 projects stacked, NAT-2021, one "
         "value column: 年底前 in the first, 2026年12月31日前 in the second (correct)")  # fmt: skip
def pm05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="乡村学校少年宫运行补助项目", dept="临溪县教育局（203）",
        unit="临溪县青少年校外活动中心",
        money=one_year_money(wan(36), wan(30), wan(6)),
        goals=["支持12所乡村学校少年宫常态化运行，开展兴趣活动课程不少于480课时，"
               "年底前完成全部补助资金拨付。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助乡村学校少年宫数", "≥12所"),
        (None, None, "开展兴趣活动课时", "≥480课时"),
        (None, "质量指标", "少年宫活动开展达标率", "≥95%"),
        (None, "时效指标", "补助资金拨付完成时间", "年底前"),
        ("成本指标", "经济成本指标", "单所少年宫运行补助", "≤3万元/所"),
        ("效益指标", "社会效益指标", "参与活动学生数", "≥3000人"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="校园食堂明厨亮灶改造项目", dept="临溪县教育局（203）",
        unit="临溪县学校后勤管理中心", title="", attr="新增项目",
        money=one_year_money(wan(54), wan(54), wan(0)),
        goals=["完成18所中小学校食堂明厨亮灶改造，2026年12月31日前全部通过验收。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造学校食堂数", "≥18所"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造验收完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单所食堂改造费用", "≤3万元/所"),
        ("效益指标", "社会效益指标", "食堂后厨操作可视化覆盖率", "=100%"),
        (None, "可持续影响指标", "食堂视频监控运维机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "吴晓岚", "蒋德明", "0591-85360942")
    return b
