"""Returns on the smart-monitoring half: sensors in 窨井盖, alarms and the platform
(xp07–xp12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout422.common import DEPT, UNIT, book, fund, fund2, grid, notes, sign, wan
from tests.variants.holdout422.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

MONITOR = "澄岭市智慧井盖监测中心"


@variant("xp07-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), a "
         "typed percent, a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def xp07() -> Book:
    b, s = book()
    department_head(s, year=2026, dept=MONITOR,
                    budget=[(wan(860), wan(800), wan(60), wan(310), wan(550))],
                    tasks=[("监测终端布设", "在主次干道井盖内加装倾斜、位移传感终端", wan(380),
                            "新增监测终端2400个"),
                           ("平台运维", "监测平台及终端运维、报警处置", wan(170),
                            "报警2小时内处置"),
                           ("金额合计", None, wan(550), None)],
                    goal="建成覆盖主城区的井盖智能监测网络，井盖异常早发现、早处置。")  # fmt: skip
    grid(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("智能井盖监测终端安装数量", 20, "个", "≥", 2400),
        ("终端数据在线率", 15, "%", "≥", pct(0.95)),
        ("井盖异常报警次数下降率", 15, "%", "≥", 20),
        ("报警平均处置时长", 15, "小时", "≤", 2),
        ("单个终端年均运维成本", 15, "元/个", "≤", 600),
        ("行人坠井伤人事件", 10, "起", "≤", 0),
        ("市民对井盖安全状况满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    notes(s, "注：井盖异常报警次数下降率以2025年报警总数为基数计算。")
    return b


@variant("xp08-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "反向 time with ≥, a unit conflict, weights adding to 95")  # fmt: skip
def xp08() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="澄岭市枫渚区城市运行管理中心",
                    budget=[(wan(420), wan(400), wan(20), wan(180), wan(240))],
                    tasks=[("井盖监测扩面", "新增井盖监测终端1800个", wan(240),
                            "枫渚区主干道全覆盖"),
                           ("金额合计", None, wan(240), None)],
                    goal="扩大井盖智能监测覆盖面，缩短报警响应时间。")  # fmt: skip
    grid(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("井盖监测终端安装数量", "≥1800个", "正向", "个", 20),
        ("终端数据在线率", "≥95%", "正向", "%", 20),
        ("报警平均响应时长",
         mk("≥30分钟", "T108", "warning", row=True,
            note="a response time is 反向 (declared so): ≥ asks for slower responses"),
         "反向", "分钟", 20),
        ("平台数据接入覆盖率",
         mk("≥90%", "T112", "error", alt=("T105",),
            note="the value is a percentage, the unit column says 个"),
         "正向", "个", 20),
        ("周边居民满意度", "≥90%", "正向", "%", 15),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+20+20+20+15 = 95, not 100")
    return b


MID_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant("xp09-multi-year", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: annual counts below the "
         "period, rates equal in both (correct)")  # fmt: skip
def xp09() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="澄岭市窨井盖智能监测系统建设项目", dept=DEPT,
                 unit=MONITOR, money=fund2((1500, 1350, 150), (620, 560, 60)),
                 goals=["三年内在主城区布设井盖监测终端6000个，建成统一监测平台。",
                        "2026年布设监测终端2200个，平台完成一期上线。"])  # fmt: skip
    grid(s, MID_HEAD, [
        ("产出指标", "数量指标", "井盖监测终端布设数量", "≥6000", "≥2200", "个"),
        (None, None, "平台接入道路里程", "≥420", "≥150", "公里"),
        (None, "质量指标", "终端数据在线率", "≥95", "≥95", "%"),
        (None, "时效指标", "报警派单时长", "≤10", "≤10", "分钟"),
        ("成本指标", "经济成本指标", "单个终端采购及安装成本", "≤0.2", "≤0.2", "万元/个"),
        ("效益指标", "社会效益指标", "井盖丢失被盗数量较基期下降率", "≥30", "≥10", "%"),
        (None, "可持续影响指标", "监测数据保存年限", "≥5", "≥5", "年"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "钟予澈", "0736-5861470", day(2025, 12, 12, CN_DATE))
    return b


@variant("xp10-multi-year-wrong", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from "
         "the 中期目标 and two cumulative counts copied into the 年度 column")  # fmt: skip
def xp10() -> Book:
    b, s = book()
    goal = "三年内完成全市9000套井盖防坠网加装及1500个智能井盖更换，实现重点区域实时监测。"
    project_head(s, year=2026, years=3, name="智能井盖及防坠设施三年行动项目", dept=DEPT,
                 unit=UNIT, money=fund2((1300, 1200, 100), (450, 420, 30)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标 is the 中期目标 word for word")])  # fmt: skip
    grid(s, MID_HEAD, [
        ("产出指标", "数量指标", "防坠网加装数量", "≥9000",
         mk("≥9000", "D202", "warning", note="a cumulative count copied from 中期"), "套"),
        (None, None, "智能井盖更换数量", "≥1500",
         mk("≥1500", "D202", "warning", note="a cumulative count copied from 中期"), "个"),
        (None, "质量指标", "智能井盖验收合格率", "≥98", "≥98", "%"),
        ("成本指标", "经济成本指标", "单个智能井盖更换成本", "≤0.18", "≤0.18", "万元/个"),
        ("效益指标", "社会效益指标", "井盖异常处置及时率", "≥95", "≥95", "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("xp11-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标 and 预期实现值, OLD-NAT with 成本指标 under 产出 (correct)")  # fmt: skip
def xp11() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2026, name="井盖监测平台运维服务采购", dept=DEPT, unit=MONITOR,
                 money=fund(168, 168, 0), attr="常年项目",
                 goals=["保障4600个井盖监测终端全年稳定运行，报警及时推送处置。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 32, 18, 26))
    t.title("窨井盖监测平台运维服务绩效指标", 5)
    grid(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准"), [
        ("产出指标", "数量指标", "运维监测终端数量", "≥4600个", "每少100个扣1分"),
        (None, "质量指标", "终端故障修复率", "≥95%", "低于目标按比例扣分"),
        (None, "时效指标", "故障终端修复时限", "≤48小时", "超时1次扣0.5分"),
        (None, "成本指标", "单个终端年运维费用", "≤350元/个", "超标准不得分"),
        ("效益指标", "社会效益指标", "井盖异常报警推送成功率", "≥99%", "按平台日志核定"),
        (None, "可持续影响指标", "运维记录归档完整率", "=100%", "抽查不完整扣分"),
        ("满意度指标", "服务对象满意度指标", "养护单位对平台满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("xp12-artefacts", (7, 9),
         "project, OLD-NAT, headers 指标内容 and 绩效目标值: a 财政拨款 split by a space, a "
         "completion date left as a serial in a text cell")  # fmt: skip
def xp12() -> Book:
    b, s = book()
    split = mk("250.037 6", "X105", "warning", alt=("X103",),
               note="250.0376 split by a space, as text; 250.0376 + 36.42 = 286.4576")  # fmt: skip
    project_head(s, year=2026, name="易涝点窨井盖液位监测改造", dept=DEPT, unit=MONITOR,
                 money=fund(286.4576, split, 36.42),
                 goals=["在32处易涝点井盖加装液位监测，提前预警井盖顶托冲脱。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "指标内容", "绩效目标值"), [
        ("产出指标", "数量指标", "易涝点液位监测井改造数量", "≥32处"),
        (None, "质量指标", "液位监测数据准确率", "≥95%"),
        (None, "时效指标", "改造完成时间",
         mk("46357", "X104", "warning", note="serial 46357 is 2026-12-01, typed into text")),
        (None, "成本指标", "单处液位监测改造成本", "≤8.5万元/处"),
        ("效益指标", "社会效益指标", "暴雨期间井盖冲脱事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "易涝点周边居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：易涝点名单以市防汛办2025年度排查结果为准。")
    return b
