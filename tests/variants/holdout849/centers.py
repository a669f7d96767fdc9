"""Community service centers: kga01–kga06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout849.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    start,
    wan,
)
from tests.variants.holdout849.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "kga01-center-upgrade",
    (1, 7),
    "project, NAT-2021, header 绩效目标值, 万元 in the number format, a typed 100% (correct)",
)
def center_upgrade() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澄岙区社区综合服务中心提质改造项目",
                 dept="澄岙区民政局（207）",
                 unit="澄岙区社区建设服务中心", money=one_year(wan(180), wan(150), wan(30)),
                 goals=["完成6个社区综合服务中心提质改造（其中新建2个、改造4个），"
                        "中心日均开放不少于10小时，居民就近办事时长明显缩短，"
                        "居民满意度达到90%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "社区综合服务中心建设改造数量", "≥6个"),
        (None, None, "其中：新建社区服务中心数量", "≥2个"),
        (None, "质量指标", "改造工程验收合格率", pct(1.0)),
        (None, None, "中心日均开放时长", "≥10小时"),
        (None, "时效指标", "改造工程完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单个中心改造平均成本", "≤30万元/个"),
        ("效益指标", "社会效益指标", "居民就近办事平均时长下降率", "≥20%"),
        (None, "可持续影响指标", "中心运行管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "绩效目标值"))  # fmt: skip
    return b


@variant(
    "kga02-window-money",
    (7, 12),
    "project, NAT-2021, headers 考核指标 and 目标值（年度）: money parts, goal count and un"
    "it cost against the indicators",
)
def window_money() -> Book:
    b, s = start()
    total = mk(wan(200), "B101", "error", note="160 + 30 = 190 ≠ 200")
    project_head(s, year=2025, name="鹭汀街道党群服务中心便民窗口改造项目",
                 dept="鹭汀街道办事处",
                 unit="鹭汀街道党群服务中心", money=one_year(total, wan(160), wan(30)),
                 goals=["新增便民服务窗口12个，实现社保、医保、民政等28项事项就近办理，"
                        "群众办事一次办结率达到95%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "便民服务窗口改造数量",
         mk("≥10个", "D104", "warning", row=True, note="年度目标写新增窗口12个")),
        (None, None, "就近可办事项数量", "≥28项"),
        (None, "质量指标", "窗口服务一次办结率", "≥95%"),
        (None, "时效指标", "窗口改造完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单个窗口改造成本",
         mk("≤22万元/个", "B107", "warning", row=True, note="22 × 10 = 220 > 200（及 190）")),
        ("效益指标", "社会效益指标", "群众办事平均等候时间", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥92%"),
    ], header=("一级指标", "二级指标", "考核指标", "目标值（年度）"))  # fmt: skip
    return b


@variant(
    "kga03-elder-stations",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, the period's counts beside smalle"
    "r annual counts, a later year prepared for (correct)",
)
def elder_stations() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="澄岙区社区嵌入式养老服务站建设项目",
                 dept="澄岙区民政局（207）", unit="澄岙区养老服务指导中心", attr="新增项目",
                 money=multi_year((wan(540), wan(480), wan(60)), (wan(180), wan(160), wan(20))),
                 goals=["2025—2027年建成社区养老服务站30个，培育为老服务社区社会组织45家，"
                        "为2028年全区推广积累运营经验。",
                        "2025年建成社区养老服务站12个，培育社区社会组织15家。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "社区养老服务站建成数量", "≥30个", "≥12个"),
        (None, None, "培育为老服务社区社会组织数量", "≥45家", "≥15家"),
        (None, "质量指标", "服务站消防验收合格率", "100%", "100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单站建设补助标准", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "社会效益指标", "老年人就近享受服务人次", "≥36000人次", "≥12000人次"),
        (None, "可持续影响指标", "服务站运营年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "老年人及家属满意度", "≥90%", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "kga04-digital-period",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period's,"
    " a count copied, a deadline from before the period",
)
def digital_period() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="柘湾市社区服务中心数字化改造项目",
                 dept="柘湾市民政局", unit="柘湾市社区信息服务中心", attr="新增项目",
                 money=multi_year((wan(300), wan(260), wan(40)), (wan(160), wan(140), wan(20))),
                 goals=["两年内完成20个社区服务中心数字化改造，配置自助服务终端40台，"
                        "线上事项办理率达到60%。",
                        "2025年完成12个社区服务中心数字化改造，"
                        "线上事项办理率达到40%。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "数字化改造社区服务中心数量", "≥20个", "≥12个"),
        (None, None, "自助服务终端配置数量", "≥40台",
         mk("≥48台", "D201", "error", note="一年 48 台超过两年 40 台")),
        (None, None, "社区工作人员数字技能培训人次", "≥600人次",
         mk("≥600人次", "D202", "warning", note="累计人次从中期列照抄")),
        (None, "质量指标", "线上事项办理率", "≥60%", "≥40%"),
        (None, "时效指标", "综合服务系统上线时间", "2026年6月30日前",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103",),
            note="项目期 2025—2026，期限早于开始日期：上一轮申报的残留")),
        ("成本指标", "经济成本指标", "单个中心改造成本", "≤15万元/个", "≤13万元/个"),
        ("效益指标", "社会效益指标", "居民线上办事平均等待时间", "≤15分钟", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "kga05-stacked-centers",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction in"
    "dicator with different values (correct)",
)
def stacked_centers() -> Book:
    b, s = start()
    project_head(s, year=2025, name="榆陂镇社区服务中心运行保障经费", dept="柘湾市榆陂镇人民政府",
                 unit="榆陂镇社会事务办公室", attr="常年项目",
                 money=one_year(wan(96), wan(96), wan(0)),
                 goals=["保障全镇8个社区服务中心全年正常开放，设施设备完好，"
                        "居民活动参与2万人次以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "社区服务中心保障数量", "≥8个"),
        (None, None, "服务中心年开放天数", "≥300天"),
        (None, "质量指标", "设施设备完好率", "≥95%"),
        (None, "成本指标", "单中心年度运行经费标准", "≤12万元/个"),
        ("效益指标", "社会效益指标", "居民活动参与人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="榆陂镇“15分钟生活圈”便民服务点建设",
                 dept="柘湾市榆陂镇人民政府", unit="榆陂镇社会事务办公室", attr="一次性项目",
                 money=one_year(wan(75), wan(60), wan(15)),
                 goals=["建成便民服务点5个，覆盖居民8000户以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "便民服务点建设数量", "≥5个"),
        (None, "质量指标", "服务点验收合格率", "100%"),
        (None, "时效指标", "建成投用时间", "2025年10月31日前"),
        (None, "成本指标", "单点建设成本", "≤15万元/个"),
        ("效益指标", "社会效益指标", "覆盖居民户数", "≥8000户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "kga06-platform-export",
    (7,),
    "budget-system export, OLD-NAT: money on 05-1, indicators on 05-2 with codes in the fir"
    "st columns and the header on the third row; a cost under 数量, a near-duplicate under "
    "another tier-2",
)
def platform_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "部门：澄岙区行政审批局")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row("ZA2025-0317", "社区服务中心“一站式”受理平台运维", "延续项目", wan(50), wan(50), wan(0))
    s.row("合计", None, None, wan(50), wan(50), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 26, 12, 12, 34, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：澄岙区行政审批局", None, None, None, "项目期：2025年1月1日—12月31日")
    code, name = "ZA2025-0317", "社区服务中心“一站式”受理平台运维"
    indicators(t, [
        (code, name, "产出指标", "数量指标", "受理平台运维服务中心数量", "≥14个"),
        (None, None, None, None,
         mk("平台年度单中心运维费用", "F201", "warning", row=True, note="成本指标填在数量指标下"),
         "≤3.5万元/个"),
        (None, None, None, "质量指标", "平台系统可用率", "≥99%"),
        (None, None, None, "时效指标", "平台故障响应时间", "≤2小时"),
        (None, None, "效益指标", "社会效益指标", "群众办事“最多跑一次”事项比例", "≥90%"),
        (None, None, None, None, "居民事项线上受理量", "≥30000件"),
        (None, None, None, "可持续影响指标",
         mk("群众办事最多跑一次事项比例", "D103", "warning", row=True, alt=("D101",),
            note="与社会效益下的指标只差引号"), "≥90%"),
        (None, None, "满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%"),
    ], header=("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
        merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "注：本表由预算管理一体化系统导出。")
    return b
