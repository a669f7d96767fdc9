"""Returns md07–md12: deadlines and plan dates against the period, time limits, weights,
stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout124.common import footer, indicators, w
from tests.variants.holdout124.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DIR7 = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")


@variant(
    "md07-direction-column-ok",
    (11,),
    "one-year project, OLD-NAT, "
    "指标性质 as direction and a separate 比较符 column, "
    "time limits with ≤, a deadline inside the year",
)
def md07() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 30, 12, 10, 18, 14))
    project_head(
        s, year=2026, name="企业开办和不动产登记“一网通办”提升", dept="青岚市政务服务管理局（126）",
        unit="青岚市政务服务中心", attr="一次性项目",
        money=[("年度资金总额", w(286), "其中：财政拨款", w(286)), ("其他资金", w(0), None, None)],
        goals=["2026年实现企业开办1个工作日办结、一般不动产登记3个工作日办结，线上办理比例达到85%以上。"],
    )  # fmt: skip
    s.skip()
    indicators(s, DIR7, [
        ("产出指标", "数量指标", "改造升级线上办理事项", "正向", "≥", 68, "项"),
        (None, None, "新增自助服务终端", "正向", "≥", 40, "台"),
        (None, None, "窗口人员业务培训", "正向", "≥", 12, "期"),
        (None, "质量指标", "线上办理比例", "正向", "≥", pct(0.85), "%"),
        (None, None, "办件差错率", "反向", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "企业开办办结时限", "反向", "≤", 1, "个工作日"),
        (None, None, "一般不动产登记办结时限", "反向", "≤", 3, "个工作日"),
        (None, None, "系统改造上线时间", "反向", "≤", "2026年9月30日", None),
        (None, "成本指标", "自助服务终端单价", "反向", "≤", 2.8, "万元/台"),
        ("效益指标", "社会效益指标", "群众办事平均跑动次数", "反向", "≤", 1, "次"),
        (None, "可持续影响指标", "线上办理事项动态更新机制", "定性", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "办事群众和企业满意度", "正向", "≥", pct(0.95), "%"),
    ])  # fmt: skip
    footer(s, "陈思远", "0571-8801 6629", day(2025, 11, 26, CN_DATE))
    return b


WT5 = ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")


@variant(
    "md08-plan-date-outside",
    (8, 10),
    "two-year project, NAT-2021, "
    "one value column and a weight column adding to 105, "
    "a completion date after the project period",
)
def md08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 12, 14))
    project_head(
        s, year=2026, years=2, name="城东片区应急避难场所提升改造", dept="松阳区应急管理局（133）",
        unit="松阳区应急保障服务中心", attr="新增项目",
        money=[("中期资金总额", w(760), "年度资金总额", w(420)),
               ("其中：财政拨款", w(760), "其中：财政拨款", w(420)),
               ("其他资金", w(0), "其他资金", w(0))],
        goals=["2026—2027年改造提升应急避难场所8处，新增有效避难面积6万平方米，配齐应急物资。",
               "2026年改造提升应急避难场所5处，新增有效避难面积3.5万平方米。"],
    )  # fmt: skip
    s.skip()
    indicators(s, WT5, [
        ("产出指标", "数量指标", "改造提升应急避难场所", "≥8处", 15),
        (None, None, "新增有效避难面积", "≥6万平方米", 10),
        (None, None, "配置应急物资储备点", "≥8个", 10),
        (None, "质量指标", "改造工程验收合格率", "100%", 10),
        (None, None, "场所标识设置规范率", "100%", 5),
        (None, "时效指标", "主体工程完工时间",
         mk("2028年6月30日前", "Y102", "error", note="项目期 2026—2027 年，完工日期在其后"), 10),
        ("成本指标", "经济成本指标", "单处场所平均改造成本", "≤50万元", 10),
        ("效益指标", "社会效益指标", "避难场所覆盖常住人口", "≥12万人", 10),
        (None, None, "年度应急疏散演练", "≥4次", 5),
        (None, "可持续影响指标", "场所日常维护管理制度", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", 10),
        ("合计", None, None, None, 105),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 105，应为 100")
    footer(s, "孙立伟", "0578-2235 0916", day(2025, 11, 14, CN_DATE))
    return b


ONE4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "md09-stacked-ok",
    (2, 12),
    "two one-year projects stacked in one sheet, OLD-NAT, "
    "one value column, each with its money and an allocation of its own",
)
def md09() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 18, 30, 20, 18, 14))
    project_head(
        s, year=2026, name="困难残疾人生活补贴和重度残疾人护理补贴",
        dept="临溪县残疾人联合会（506）",
        unit="临溪县残疾人联合会", attr="常年项目",
        money=[("年度资金总额", w(648), "其中：财政拨款", w(648)), ("其他资金", w(0), None, None)],
        goals=["按月足额发放两项补贴，保障困难残疾人4200人、重度残疾人4800人基本生活和护理需求。"],
    )  # fmt: skip
    s.skip()
    indicators(s, ONE4, [
        ("产出指标", "数量指标", "困难残疾人生活补贴发放人数", "≥4200人"),
        (None, None, "重度残疾人护理补贴发放人数", "≥4800人"),
        (None, "质量指标", "补贴发放准确率", "100%"),
        (None, "时效指标", "补贴按月发放及时率", "≥98%"),
        (None, "成本指标", "困难残疾人生活补贴标准", "≤60元/人·月"),
        (None, None, "重度残疾人护理补贴标准", "≤60元/人·月"),
        ("效益指标", "社会效益指标", "符合条件残疾人补贴覆盖率", "100%"),
        (None, "可持续影响指标", "补贴动态管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥92%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2026, name="残疾人辅助器具适配服务", dept="临溪县残疾人联合会（506）",
        unit="临溪县残疾人康复服务指导站", attr="延续项目",
        money=[("年度资金总额", w(95), "其中：财政拨款", w(80)), ("其他资金", w(15), None, None)],
        goals=["为1500名有需求的残疾人适配基本型辅助器具，开展上门评估和使用指导。"],
        title="",
    )  # fmt: skip
    s.skip()
    indicators(s, ONE4, [
        ("产出指标", "数量指标", "适配基本型辅助器具人数", "≥1500人"),
        (None, None, "上门评估服务", "≥600人次"),
        (None, "质量指标", "辅助器具适配合格率", "≥98%"),
        (None, "时效指标", "申请至适配完成时限", "≤30个工作日"),
        (None, "成本指标", "人均辅助器具适配费用", "≤600元/人"),
        ("效益指标", "社会效益指标", "有需求残疾人辅助器具适配率", "≥90%"),
        (None, "可持续影响指标", "适配服务回访制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "适配对象满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "何静", "0596-3310 2258", day(2025, 11, 20, CN_DATE))
    return b


@variant(
    "md10-deadline-after-year",
    (11,),
    "one-year project, NAT-2021, "
    "operator and unit columns, an acceptance deadline in the next year, a time limit with ≥",
)
def md10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 12, 18, 14))
    project_head(
        s, year=2026, name="城区公共自行车系统更新", dept="青岚市交通运输局（140）",
        unit="青岚市公共交通服务中心", attr="一次性项目",
        money=[("年度资金总额", w(530), "其中：财政拨款", w(480)), ("其他资金", w(50), None, None)],
        goals=["2026年更新公共自行车3000辆、智能站点120个，日均骑行量达到2.5万人次。"],
    )  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "更新公共自行车", "≥", 3000, "辆"),
        (None, None, "改造智能站点", "≥", 120, "个"),
        (None, "质量指标", "车辆完好率", "≥", pct(0.95), "%"),
        (None, None, "站点设备验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "项目验收完成时间", "≤",
         mk("2027年3月31日", "Y102", "error", row=True, note="一年期 2026 年项目，验收日期在次年"),
         None),
        (None, None, "故障车辆维修时限",
         mk("≥", "T108", "warning", row=True, note="时限类指标用 ≥"), 48, "小时"),
        ("成本指标", "经济成本指标", "单车采购价格", "≤", 1100, "元/辆"),
        (None, None, "单个智能站点改造成本", "≤", 1.5, "万元/个"),
        ("效益指标", "社会效益指标", "日均骑行量", "≥", 2.5, "万人次"),
        (None, "生态效益指标", "年减少机动车出行碳排放", "≥", 900, "吨"),
        ("满意度指标", "服务对象满意度指标", "市民骑行满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "许建平", "0571-8815 2043", day(2025, 11, 19, CN_DATE))
    return b
