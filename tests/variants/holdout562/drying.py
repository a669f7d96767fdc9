"""Returns on lotus seed drying workshops (莲子烘干车间): cz07 to cz12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout562.common import head, notes, one_year, sign, start, table, wan
from tests.variants.holdout562.registry import variant
from tests.variants.kit import Book, day, mk, pct

FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "cz07-drying-content-standard",
    (5, 7),
    "project, OLD-NAT, two-row header 指标内容 and "
    "绩效标准 (指标值 · 计量单位), * on tier labels, ASCII operators, a 下降率 with >= (correct)",
)
def drying_content_standard() -> Book:
    b, s = start()
    head(s, "莲子烘干车间节能改造项目", "芙川县泽阳镇白莲专业合作社", one_year(68, 50, 18),
         ["改造热泵烘干线3条，年烘干鲜莲子1200吨，降低烘干能耗。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", None, merge=[(4, 5)])
    s.row(None, None, None, "指标值", "计量单位")
    for c in range(1, 4):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("*产出指标", "*数量指标", "改造热泵烘干线", ">=3", "条"),
        (None, None, "年烘干鲜莲子量", ">=1200", "吨"),
        (None, "*质量指标", "烘干后莲子含水率", "<=12", "%"),
        (None, None, "烘干设备验收合格率", "=100", "%"),
        (None, "*时效指标", "改造完工时间", "2025年6月30日前", None),
        (None, "*成本指标", "每条烘干线改造成本", "<=20", "万元"),
        ("*效益指标", "经济效益指标", "每吨莲子烘干能耗费用下降率", ">=25", "%"),
        (None, "社会效益指标", "带动季节性用工人数", ">=60", "人"),
        (None, "生态效益指标", "替代燃煤量", ">=150", "吨"),
        (None, "可持续影响指标", "热泵设备使用年限", ">=10", "年"),
        ("*满意度指标", "服务对象满意度指标", "合作社社员满意度", ">=90", "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "蒙荷生", "0796-3546028")
    return b


@variant(
    "cz08-drying-second-sheet",
    (7, 12),
    "project: head on 项目信息, the OLD-NAT table on a "
    "second sheet under 预期实现值; the money total does not add up, a rate given in 吨",
)
def drying_second_sheet() -> Book:
    b, s = start("项目信息")
    total = mk(wan(85), "B101", "error", row=True, note="60 + 15 = 75, not 85")
    head(s, "白莲产业园莲子烘干车间建设项目", "芙川县白莲产业园管理办公室",
         one_year(total, 60, 15), ["新建莲子烘干车间600平方米，购置烘干设备4台。"])  # fmt: skip
    sign(s, "韦秋棠", "0796-3527705")
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("绩效指标", 4)
    rate = mk("≥1100吨", "T105", "error", note="合格率 given as a tonnage")
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "新建莲子烘干车间面积", "≥600平方米"),
        (None, None, "购置烘干设备", "≥4台"),
        (None, "质量指标", "烘干莲子质量合格率", rate),
        (None, "时效指标", "车间投产时间", "2025年8月31日前"),
        (None, "成本指标", "车间建设单位造价", "≤1000元/平方米"),
        (None, None, "烘干设备单价", "≤3万元/台"),
        ("效益指标", "经济效益指标", "莲子加工附加值增幅", "≥10%"),
        (None, "社会效益指标", "带动莲农户数", "≥300户"),
        (None, "可持续影响指标", "车间运营管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "莲农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "cz09-drying-artefacts",
    (9,),
    "project, OLD-NAT, one value column, money detail lines "
    "below the table: a date serial as text, a split number, an amount pasted twice",
)
def drying_artefacts() -> Book:
    b, s = start()
    end = mk("45930", "X104", "warning", note="2025-09-30 as a serial in a text cell")
    head(s, "白莲初加工烘干线建设项目", "芙川县藕塘乡人民政府", one_year(120, 100, 20),
         ["建成莲子烘干生产线2条，日烘干鲜莲子15吨。"],
         start=day(2025, 3, 1), end=end)  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "建成烘干生产线", "≥2条"),
        (None, None, "购置烘干机组", "≥2台"),
        (None, None, "日烘干鲜莲子能力", "≥15吨"),
        (None, "质量指标", "生产线验收合格率", "100%"),
        (None, "时效指标", "生产线投产时间", "2025年9月30日前"),
        (None, "成本指标", "烘干机组购置单价", "≤18万元/台"),
        ("效益指标", "经济效益指标", "莲子烘干损耗下降率", "≥20%"),
        (None, "社会效益指标", "带动就业人数", "≥25人"),
        (None, "生态效益指标", "替代燃煤锅炉", "≥2台"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）")
    s.row(None, "厂房改造", None, mk("38.462 5", "X105", "warning", alt=("X103",),
                                    note="38.4625 split by a space"))  # fmt: skip
    s.row(None, "烘干机组购置", None, mk("36万36万(含运输安装)", "X106", "error", alt=("B108",),
                                       note="36万 pasted twice"))  # fmt: skip
    s.row(None, "配套电力及除湿设施", None, wan(45.5375))
    s.row(None, "合计", None, wan(120))
    sign(s, "蒙荷生", "0796-3546028")
    return b


@variant(
    "cz10-drying-notes",
    (4,),
    "project, OLD-NAT, one value column and 备注: a note row "
    "inside the table, the header repeated after a page break, footnotes explaining the "
    "total, 填表说明, a stamp and a signature dated the year before (correct)",
)
def drying_notes() -> Book:
    b, s = start()
    head(s, "莲子烘干车间采收季运行补助", "芙川县莲业发展中心", one_year(42, 42, 0),
         ["补助14家烘干车间采收季运行，烘干鲜莲子2800吨，减少莲子霉变损失。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.row(*header)
    notes(s, "注：数量指标按2025年采收季（6—9月）过磅单核定。", width=5)
    s.table([
        ("产出指标", "数量指标", "补助烘干车间数量", "≥14家", "按备案名单"),
        (None, None, "补助烘干鲜莲子量", "≥2800吨", "按过磅单"),
        (None, "质量指标", "烘干莲子抽检合格率", "≥96%", None),
        (None, "时效指标", "补助资金拨付时间", "2025年11月30日前", None),
        (None, "成本指标", "烘干运行补助标准", "≤150元/吨", "见注1"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    table(s, header, [
        ("效益指标", "经济效益指标", "烘干莲子收购溢价", "≥0.8元/公斤", None),
        (None, "社会效益指标", "带动采收季用工", "≥200人", None),
        (None, "可持续影响指标", "烘干车间运行台账", "规范", None),
        ("满意度指标", "服务对象满意度指标", "烘干车间经营主体满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "注1：补助标准150元/吨×2800吨=42万元，与年度资金总额一致。",
          "注2：补助车间名单以县莲业发展中心备案为准。",
          "填表说明：指标值须量化，定性指标写明等级；本表一式三份。", width=5)  # fmt: skip
    s.row("（单位盖章）")
    sign(s, "蒙荷生", "0796-3546028", day(2024, 12, 18))
    return b


@variant(
    "cz11-drying-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)",
)
def drying_flat_list() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="芙川县莲子产业服务中心",
                    budget=[(wan(260), wan(230), wan(30), wan(150), wan(110))],
                    tasks=[("莲子烘干技术推广", "推广热泵烘干设备，培训操作人员", wan(60),
                            "烘干莲子合格率提高"),
                           ("白莲品牌宣传", "举办品牌推介活动，授权区域公用品牌", wan(50),
                            "品牌授权企业增加"),
                           ("金额合计", None, wan(110), None)],
                    goal="推广莲子热泵烘干，提升白莲品牌影响力。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("推广热泵烘干设备", 15, "台", "≥", 20),
        ("培训烘干操作人员", 15, "人次", "≥", 300),
        ("烘干莲子抽检合格率", 15, "%", "≥", pct(0.96)),
        ("莲子加工损耗率", 10, "%", "≤", pct(0.03)),
        ("举办品牌推介活动", 10, "场", "≥", 8),
        ("区域公用品牌授权企业", 10, "家", "≥", 12),
        ("每场推介活动成本", 10, "万元", "≤", 5),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant(
    "cz12-drying-direction",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), "
    "比较符 column, bare numbers and a unit column: three operators against direction",
)
def drying_direction() -> Book:
    b, s = start()
    head(s, "莲子烘干车间标准化改造项目", "芙川县莲业发展中心", one_year(55, 45, 10),
         ["完成5家烘干车间标准化改造，降低莲子破碎和烘干电耗。"])  # fmt: skip
    w = "warning"
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "标准化改造烘干车间", "正向", "≥", 5, "家"),
        (None, None, "改造后日烘干能力", "正向",
         mk("≤", "T108", w, row=True, note="正向 capacity with ≤"), 8, "吨"),
        (None, "质量指标", "烘干莲子合格率", "正向", "≥", 95, "%"),
        (None, None, "莲子破碎率", "反向",
         mk("≥", "T108", w, row=True, note="反向 rate with ≥"), 3, "%"),
        (None, "时效指标", "改造工期", "反向", "≤", 120, "天"),
        (None, "成本指标", "每吨莲子烘干电费", "反向",
         mk("=", "T108", w, row=True, note="= on a cost cap"), 420, "元/吨"),
        ("效益指标", "经济效益指标", "烘干能耗下降率", "正向", "≥", 8, "%"),
        (None, "社会效益指标", "带动莲农户数", "正向", "≥", 500, "户"),
        ("满意度指标", "服务对象满意度指标", "莲农满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "覃永禾", "0796-3528174")
    return b
