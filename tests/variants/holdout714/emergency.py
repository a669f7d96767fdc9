"""Returns kav13–kav18: emergency grain-processing points (应急粮食加工点)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout714.common import HEAD4, HEAD_PERIOD, book, indicators, notes, sign
from tests.variants.holdout714.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "栖梧县粮食和物资储备局 417003"
HEAD_SCORE = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kav13-processing-points",
    (5, 10),
    "project, OLD-NAT, tier labels with points and *, "
    "an indicator score column: 100 at both levels, =100% at the ceiling (correct)",
)
def kav13() -> Book:
    b, s = book()
    project_head(s, year=2026, name="应急粮食加工点改造提升", dept=DEPT, unit="栖梧县粮油购销公司",
                 money=[("年度资金总额", 220, "其中：财政拨款", 200), ("其他资金", 20, None, None)],
                 goals=["在县城区、蒲川镇各改造1个应急粮食加工点（共2个），单点日加工能力不低于"
                        "25吨，10月底前完成改造。"])  # fmt: skip
    indicators(s, HEAD_SCORE, [
        ("产出指标（60分）", "*数量指标", "改造应急加工点数量", "=2个", 10),
        (None, None, "单点日加工能力", "≥25吨", 10),
        (None, "*质量指标", "设备安装验收合格率", "=100%", 10),
        (None, "*时效指标", "改造完成时间", "2026年10月31日前", 10),
        (None, "*成本指标", "单点设备购置费", "≤95万元/个", 10),
        (None, None, "加工点改造总成本", "≤220万元", 10),
        ("效益指标（30分）", "社会效益指标", "应急状态成品粮保障天数", "≥7天", 15),
        (None, "可持续影响指标", "应急加工设备使用年限", "≥10年", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "承担企业满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "蒋春禾", "0739-5530216", day(2025, 11, 14))
    return b


@variant(
    "kav14-points-goal-deadline",
    (12,),
    "project, NAT-2021: money not adding up, goal's "
    "count of points against the indicator, a deadline after the one-year project",
)
def kav14() -> Book:
    b, s = book()
    project_head(s, year=2026, name="应急粮食加工点建设", dept="汶岗区粮食和物资储备中心 523011",
                 unit="汶岗区粮油储运公司",
                 money=[("年度资金总额", mk(300, "B101", "error", note="260+30=290≠300"),
                         "其中：财政拨款", 260), ("其他资金", 30, None, None)],
                 goals=["新建和改造应急粮食加工点3个，年内全部投入运行。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "建成应急加工点数量",
         mk("≥2个", "D104", "warning", note="年度目标写3个")),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "加工点建成时间",
         mk(day(2027, 3, 31), "Y102", "error", row=True,
            note="一年期项目（2026年），完工日期在2027年")),
        ("成本指标", "经济成本指标", "单点设备购置费", "≤85万元/个"),
        ("效益指标", "社会效益指标", "应急成品粮日供应能力", "≥60吨"),
        ("满意度指标", "服务对象满意度指标", "承担企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kav15-stacked-points-outlets",
    (2,),
    "two projects stacked, OLD-NAT: the same indicator "
    "names with different values in each project, each money block adding up (correct)",
)
def kav15() -> Book:
    b, s = book()
    project_head(s, year=2026, name="应急粮食加工点设备维护", dept=DEPT, unit="栖梧县粮油购销公司",
                 money=[("年度资金总额", 80, "其中：财政拨款", 80), ("其他资金", 0, None, None)],
                 goals=["维护保养2个应急加工点的加工设备，组织应急加工演练2次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "维护保养加工设备", "≥16台"),
        (None, None, "应急演练次数", "≥2次"),
        (None, "质量指标", "设备完好率", "≥95%"),
        (None, "成本指标", "单台设备维护费", "≤5万元/台"),
        ("效益指标", "社会效益指标", "应急加工启动响应时间", "≤12小时"),
        ("满意度指标", "服务对象满意度指标", "承担企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, title="", name="应急粮食供应网点建设", dept=DEPT,
                 unit="栖梧县粮油购销公司", attr="新增项目",
                 money=[("年度资金总额", 150, "其中：财政拨款", 120), ("其他资金", 30, None, None)],
                 goals=["新建应急粮食供应网点15个，覆盖全县乡镇，组织供应演练1次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建应急供应网点", "≥15个"),
        (None, None, "应急演练次数", "≥1次"),
        (None, "质量指标", "网点建设验收合格率", "=100%"),
        (None, "成本指标", "单个网点建设补助", "≤10万元/个"),
        ("效益指标", "社会效益指标", "乡镇应急供应网点覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "承担企业满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "kav16-dept-emergency-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 short "
    "of 资金总额, one indicator given twice under one tier-2 with two values",
)
def kav16() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="栖梧县粮食和物资储备局",
                    budget=[(mk(1250, "B101", "error", row=True, note="基本700+项目500=1200≠1250"),
                             1200, 50, 700, 500)],
                    tasks=[("应急加工能力建设", "应急加工点改造", 300, "改造加工点12个"),
                           ("应急供应网点维护", "网点补助和演练", 200, "网点正常运行"),
                           ("金额合计", None, 500, None)],
                    goal="全县应急粮食加工点达到12个，应急供应网点保持正常运行。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "应急加工点数量", "≥12个"),
        (None, None, "应急粮食加工点数量", mk("≥10个", "D102", "error", row=True,
                                           alt=("D103", "D101"), note="同一指标多一个词，值不同")),
        (None, "质量指标", "加工成品粮质量合格率", "≥98%"),
        (None, "时效指标", "应急加工启动响应时间", "≤12小时"),
        ("成本指标", "经济成本指标", "单个加工点改造补助", "≤25万元/个"),
        ("效益指标", "社会效益指标", "应急状态成品粮保障天数", "≥7天"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kav17-network-three-year",
    (4, 8, 10),
    "three-year project, NAT-2021, 中期 and 年度, a "
    "说明 row and the header repeated after a page break, 填表说明 below (correct)",
)
def kav17() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="应急粮食加工和供应网络建设", dept=DEPT,
                 unit="栖梧县粮油购销公司", attr="新增项目",
                 money=[("中期资金总额", 900, "年度资金总额", 300),
                        ("其中：财政拨款", 840, "其中：财政拨款", 280),
                        ("其他资金", 60, "其他资金", 20)],
                 goals=["三年建成应急加工点6个、应急供应网点30个，网点乡镇覆盖率提高30个百分点。",
                        "2026年建成应急加工点2个、应急供应网点10个。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "建成应急加工点", "≥6个", "≥2个"),
        (None, None, "建成应急供应网点", "≥30个", "≥10个"),
        (None, "质量指标", "加工成品粮质量合格率", pct(1.0), pct(1.0)),
        (None, "时效指标", "应急加工启动响应时间", "≤12小时", "≤12小时"),
    ])  # fmt: skip
    notes(s, "说明：续表为成本、效益和满意度指标。", width=5)
    indicators(s, HEAD_PERIOD, [
        ("成本指标", "经济成本指标", "单个加工点建设成本", "≤140万元/个", "≤140万元/个"),
        ("效益指标", "社会效益指标", "应急供应网点乡镇覆盖率", "提高≥30百分点", "提高≥10百分点"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：中期指标值填写三年累计值，年度指标值填写2026年当年值。", width=5)
    sign(s, "蒋春禾", "0739-5530216", day(2025, 11, 21))
    return b


@variant(
    "kav18-upgrade-copied-goal",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度: 年度目标 "
    "copied from 中期目标, a year's count above the period's",
)
def kav18() -> Book:
    b, s = book()
    goal = "两年完成应急加工点加工设备升级10台，提升应急加工能力。"
    project_head(s, year=2026, years=2, name="应急加工点设备升级", dept=DEPT,
                 unit="栖梧县粮油购销公司",
                 money=[("中期资金总额", 400, "年度资金总额", 220),
                        ("其中：财政拨款", 380, "其中：财政拨款", 210),
                        ("其他资金", 20, "其他资金", 10)],
                 goals=[goal, mk(goal, "D204", "warning",
                                  note="年度目标照抄中期目标")])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "升级加工设备", "≥10台",
         mk("≥14台", "D201", "error", note="年度14台超过两年合计10台")),
        (None, "质量指标", "设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "设备升级完成时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单台设备升级费用", "≤15万元/台", "≤15万元/台"),
        ("效益指标", "社会效益指标", "应急加工能力提升率", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "承担企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
