"""Items 2 and 3: several projects stacked in one sheet; flat lists without tiers."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.kit import Book, mk, pct, variant

ONE = ["一级指标", "二级指标", "三级指标", "指标值"]
TWO = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]


@variant("s01-stacked-three", (2,), "three projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in different projects")  # fmt: skip
def s01() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表")
    s.title("青岚市民政局2025年度项目支出绩效目标表", 6)
    project_head(
        s, year=2025, title="", name="困难群众临时救助", dept="青岚市民政局",
        unit="青岚市社会救助服务中心",
        money=[("年度资金总额", 420, "其中：财政拨款", 420), (None, None, "其他资金", 0)],
        goals=["对遭遇急难的困难群众及时实施临时救助，全年救助不少于2800人次。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "临时救助人次", "≥2800人次"],
        [None, "质量指标", "救助对象认定准确率", "≥98%"],
        [None, "时效指标", "资金拨付及时率", "≥95%"],
        [None, "成本指标", "人均临时救助金额", "≤1500元/人次"],
        ["效益指标", "社会效益指标", "困难群众基本生活保障水平", "有效提升"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="特困人员供养服务设施改造", dept="青岚市民政局",
        unit="青岚市养老服务指导中心", attr="一次性项目",
        money=[("年度资金总额", 600, "其中：财政拨款", 500), (None, None, "其他资金", 100)],
        goals=["完成6所乡镇敬老院消防和适老化改造，提升特困人员集中供养条件。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "改造敬老院数量", "=6所"],
        [None, None, "新增护理型床位", "≥120张"],
        [None, "质量指标", "改造工程验收合格率", "=100%"],
        [None, "时效指标", "改造完工时间", "2025年10月31日前"],
        [None, "成本指标", "每所敬老院改造费用", "≤100万元/所"],
        ["效益指标", "社会效益指标", "特困人员集中供养率", "≥60%"],
        [None, "可持续影响指标", "改造设施使用年限", "≥15年"],
        ["满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="社区老年助餐服务补助", dept="青岚市民政局",
        unit="青岚市养老服务指导中心",
        money=[("年度资金总额", 180, "其中：财政拨款", 150), (None, None, "其他资金", 30)],
        goals=["运营40个社区老年助餐点，全年提供助餐服务不少于36万人次。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "运营社区助餐点", "≥40个"],
        [None, None, "助餐服务人次", "≥360000人次"],
        [None, "质量指标", "助餐点食品安全检查合格率", "=100%"],
        [None, "时效指标", "资金拨付及时率", "≥98%"],
        [None, "成本指标", "每人次助餐补助", "≤5元/人次"],
        ["效益指标", "社会效益指标", "辖区老年人助餐服务覆盖率", "≥30%"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("s02-stacked-defects", (2,), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money and one rate are wrong")  # fmt: skip
def s02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="农村低收入人口动态监测", dept="临溪县民政局",
        unit="临溪县民政局社会救助股",
        money=[("年度资金总额", 85, "其中：财政拨款", 85), (None, None, "其他资金", 0)],
        goals=["完成全县农村低收入人口动态监测和入户核查，做到应保尽保。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "入户核查户数", "≥5200户"],
        [None, "质量指标", "入户核查完成率", "≥98%"],
        [None, "时效指标", "监测预警信息处置及时率", "≥95%"],
        [None, "成本指标", "每户核查工作经费", "≤150元/户"],
        ["效益指标", "社会效益指标", "符合条件对象纳入保障率", "=100%"],
        ["满意度指标", "服务对象满意度指标", "核查对象满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2025, title="2025年度项目支出绩效目标申报表（二）", name="残疾人两项补贴发放",
        dept="临溪县民政局", unit="临溪县残疾人联合会",
        money=[("年度资金总额", mk(300, "B101", "error", note="250 + 30 = 280"),
                "其中：财政拨款", 250), (None, None, "其他资金", 30)],
        goals=["按月足额发放困难残疾人生活补贴和重度残疾人护理补贴。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "补贴发放人数", "≥4100人"],
        [None, "质量指标", "入户核查完成率", mk("1200户", "T105", "error")],
        [None, "时效指标", "补贴按月发放及时率", "≥98%"],
        [None, "成本指标", "人均月补贴标准", "≤60元/人·月"],
        ["效益指标", "社会效益指标", "困难残疾人生活保障水平", "有效提高"],
        ["满意度指标", "服务对象满意度指标", "核查对象满意度", "≥85%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("s03-stacked-two-columns", (2, 8), "two multi-year projects stacked, NAT-2021, "
         "中期 and 年度 value columns; the second has an annual count above its period "
         "count")  # fmt: skip
def s03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, years=3, name="中小学智慧校园建设", dept="白沙河区教育局",
        unit="白沙河区教育技术装备中心", attr="新增项目",
        money=[("中期资金总额", 1500, "年度资金总额", 500),
               ("其中：财政拨款", 1500, "其中：财政拨款", 500)],
        goals=["三年内完成全区45所中小学智慧校园建设。", "2025年完成15所学校智慧校园建设。"],
    )  # fmt: skip
    s.table([
        TWO,
        ["产出指标", "数量指标", "完成智慧校园建设学校数", "≥45所", "≥15所"],
        [None, None, "配备交互式智能教室", "≥900间", "≥300间"],
        [None, "质量指标", "设备安装调试合格率", "=100%", "=100%"],
        [None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "每间智能教室设备购置", "≤1.5万元/间", "≤1.5万元/间"],
        ["效益指标", "社会效益指标", "信息化教学课时占比", "≥60%", "≥40%"],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, years=2, title="", name="校园食堂明厨亮灶改造", dept="白沙河区教育局",
        unit="白沙河区学校后勤服务中心", attr="新增项目",
        money=[("中期资金总额", 240, "年度资金总额", 120),
               ("其中：财政拨款", 240, "其中：财政拨款", 120)],
        goals=["两年内完成全区60所学校食堂明厨亮灶改造。", "2025年完成30所学校食堂改造。"],
    )  # fmt: skip
    s.table([
        TWO,
        ["产出指标", "数量指标", "完成食堂改造学校数", "≥60所", "≥30所"],
        [None, None, "培训食堂从业人员", "≥400人次", mk("≥500人次", "D201", "error")],
        [None, "质量指标", "改造验收合格率", "=100%", "=100%"],
        [None, "时效指标", "改造任务按期完成率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "每所学校改造费用", "≤4万元/所", "≤4万元/所"],
        ["效益指标", "社会效益指标", "学校食堂量化分级A级占比", "≥80%", "≥60%"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


FLAT = ["序号", "指标名称", "权重", "计量单位", "指标性质", "指标值"]


@variant("f01-flat-department", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100")  # fmt: skip
def f01() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标")
    department_head(
        s, year=2025, dept="青岚市农业农村局",
        budget=[(5200, 4800, 400, 1700, 3500)],
        goal="稳定粮食生产，推进高标准农田建设和农业面源污染治理，保障农产品质量安全。",
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.table([
        FLAT,
        [1, "粮食播种面积", 15, "万亩", "≥", 46.5],
        [2, "新建高标准农田面积", 15, "万亩", "≥", 1.2],
        [3, "农产品质量安全例行监测合格率", 15, "%", "≥", pct(0.98)],
        [4, "农作物秸秆综合利用率", 10, "%", "≥", pct(0.9)],
        [5, "化肥使用量增长率", 10, "%", "≤", 0],
        [6, "农药包装废弃物回收率", 10, "%", "≥", pct(0.8)],
        [7, "项目资金拨付及时率", 10, "%", "≥", pct(0.95)],
        [8, "农业经营主体满意度", 15, "%", "≥", pct(0.9)],
    ])  # fmt: skip
    return b


@variant("f02-flat-defects", (3, 11), "department, flat list in another order "
         "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): unit, direction, "
         "rate and weight defects")  # fmt: skip
def f02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="临溪县文化广电和旅游局",
        budget=[(1350, 1350, 0, 620, 730)],
        goal="开展文化惠民活动，推进公共图书馆和文化馆总分馆建设，保障旅游安全。",
    )  # fmt: skip
    s.table([
        ["指标名称", "指标值", "指标性质", "计量单位", "权重"],
        ["送戏下乡演出场次", "≥120", "正向", "场", 15],
        ["图书馆总分馆通借通还覆盖率", mk("≥18个", "T112", "error", alt=("T105",)), "正向",
         "%", 15],
        ["公共文化设施免费开放率", "=100%", "正向", "%", 15],
        ["A级景区安全事故发生率", mk("≥1%", "T108", "warning", row=True), "反向", "%", 15],
        ["文化活动参与人次", "≥80000", "正向", "人次", 15],
        ["群众文化活动满意度", "≥90%", "正向", "%", 20],
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95")
    return b


@variant("f03-flat-two-values", (3,), "department, flat list with 实施周期 and 年度 value "
         "columns and a unit column, weights in the header text")  # fmt: skip
def f03() -> Book:
    b = Book()
    s = b.sheet("整体支出绩效目标")
    department_head(
        s, year=2025, dept="白沙河区交通运输局",
        budget=[(3100, 3000, 100, 900, 2200)],
        goal="完成农村公路提档升级和公交站台改造，提升城乡客运服务水平。",
    )  # fmt: skip
    s.table([
        ["指标名称", "计量单位", "实施周期指标值", "年度指标值", "权重（满分100）"],
        ["农村公路提档升级里程", "公里", "≥150", "≥50", 20],
        ["改造公交候车亭", "个", "≥240", "≥80", 15],
        ["公路养护工程验收合格率", "%", "≥95", "≥95", 15],
        ["城乡客运班线准点率", "%", "≥92", "≥92", 15],
        ["每公里提档升级补助", "万元/公里", "≤40", "≤40", 15],
        ["群众出行满意度", "%", "≥90", "≥90", 20],
    ])  # fmt: skip
    return b
