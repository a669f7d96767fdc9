"""More county health returns with planted mistakes: 中期 copied into 年度 and an annual count
above the period, a conflicting duplicate and a unit conflict, a missing tier-1 and a
placeholder, a flat list whose weights do not add up with a 反向 rate under ≥."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout123.common import footer, grid
from tests.variants.holdout123.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

M = "0.00"


@variant("mc15-clinic-period-copied", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 columns: cumulative counts copied from "
         "实施期 into 年度, one annual count above its period count")  # fmt: skip
def clinic_period() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 16, 16, 10))
    d202 = {"alt": ("D104",), "note": "cumulative count copied from 实施期 (年度目标 says less)"}
    project_head(
        s, year=2027, years=3, name="青溪县乡镇卫生院标准化建设项目（2027—2029年）",
        dept="青溪县卫生健康局[401001]", unit="青溪县卫生健康局", attr="新增项目",
        money=[("中期资金总额", money(1500, WAN), "年度资金总额", money(500, WAN)),
               ("其中：财政拨款", money(1500, WAN), "其中：财政拨款", money(500, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["三年内完成14所乡镇卫生院标准化改造，新增业务用房4200平方米，"
               "全部达到国家基层医疗卫生机构服务能力基本标准。",
               "2027年完成5所乡镇卫生院标准化改造，新增业务用房1500平方米。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "完成标准化改造的乡镇卫生院数", "≥14",
         mk("≥14", "D202", "warning", **d202), "所"),
        (None, None, "新增业务用房面积", "≥4200",
         mk("≥4200", "D202", "warning", **d202), "平方米"),
        (None, None, "培训基层卫生技术人员人次", "≥600",
         mk("≥800", "D201", "error", note="annual 800 above the period's 600"), "人次"),
        (None, "质量指标", "改造工程验收合格率", "100%", "100%", "%"),
        (None, "时效指标", "年度改造任务完成时间", "每年12月31日前", "2027年12月31日前",
         None),
        ("成本指标", "经济成本指标", "业务用房改造单位成本", "≤2500元/平方米",
         mk("≤2500元/平方米", "B107", "warning", row=True, required=False,
            note="× the copied 4200 exceeds the annual 500"), None),
        ("效益指标", "社会效益指标", "达到服务能力基本标准的卫生院占比", "100%", "≥35%",
         "%"),
        (None, None, "乡镇卫生院门急诊人次增长率", "≥10%", "≥3%", "%"),
        (None, "可持续影响指标", "基层医疗卫生服务体系", "健全", "逐步健全", None),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    footer(s, "青溪县卫生健康局", "周敏", "0738-6213305", "2026年11月18日")
    return b


@variant("mc16-tb-duplicate-unit", (1, 4),
         "project, OLD-NAT, 计量单位 column: an indicator listed twice with different "
         "targets, a value in 万元 against the unit column 人")  # fmt: skip
def tb_duplicate() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 16, 10, 10))
    project_head(
        s, year=2027, name="柳塘县2027年结核病和艾滋病防治项目",
        dept="柳塘县卫生健康局[502003]", unit="柳塘县疾病预防控制中心", attr="常年项目",
        money=[("年度资金总额", money(312, WAN), "其中：财政拨款", money(280, WAN)),
               ("其他资金", money(32, WAN), None, None)],
        goals=["开展重点人群结核病主动筛查和艾滋病自愿咨询检测，肺结核患者成功治疗率"
               "达到90%以上，艾滋病疫情控制在低流行水平。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "艾滋病自愿咨询检测人次", "≥26000", "人次"),
        (None, None, "重点人群结核病主动筛查人数",
         mk("12万元", "T112", "error", alt=("T105",), note="万元 against 人"), "人"),
        (None, None, "结核病患者密切接触者筛查人数", "≥1500", "人"),
        (None, None, "艾滋病自愿咨询检测人次",
         mk("≥24000", "D102", "error", row=True, alt=("D101", "D103"),
            note="repeats the first row with another target"), "人次"),
        (None, "质量指标", "肺结核患者成功治疗率", "≥90%", "%"),
        (None, None, "艾滋病感染者随访检测比例", "≥90%", "%"),
        (None, "时效指标", "疑似肺结核患者转诊到位时限", "≤2", "工作日"),
        (None, "成本指标", "肺结核患者人均免费检查费用", "≤400", "元/人"),
        ("效益指标", "社会效益指标", "艾滋病疫情", "控制在低流行水平", None),
        (None, None, "肺结核报告发病水平", "较上年下降", None),
        (None, "可持续影响指标", "结核病防治服务体系", "健全", None),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "%"),
    ])  # fmt: skip
    footer(s, "柳塘县疾病预防控制中心", "罗志刚", "0745-3312008", "2026年11月16日")
    return b


@variant("mc17-elderly-no-satisfaction", (6,),
         "project, NAT-2021, one value column: no 满意度指标 tier-1 at all, a placeholder left "
         "in a rate")  # fmt: skip
def elderly_no_satisfaction() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 14, 14))
    b.file_mark("F106", "error", note="满意度指标 missing")
    project_head(
        s, year=2027, name="柳塘县2027年老年人医养结合服务项目",
        dept="柳塘县卫生健康局[502003]", unit="柳塘县卫生健康局", attr="新增项目",
        money=[("年度资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["为辖区65岁及以上失能、半失能老年人提供上门医疗巡诊和健康评估服务，"
               "医养结合机构签约服务覆盖全部养老机构。"],
    )  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "失能老年人健康评估人均费用", "≤150元/人"),
        ("产出指标", "数量指标", "失能老年人健康评估人数", "≥3200人"),
        (None, None, "上门医疗巡诊人次", "≥6400人次"),
        (None, None, "签约医养结合服务的养老机构数", "≥9个"),
        (None, "质量指标", "失能老年人健康评估完成率",
         mk("≥XX%", "X101", "error", alt=("T105", "T116"), note="placeholder left")),
        (None, None, "巡诊服务记录规范率", "≥90%"),
        (None, "时效指标", "评估结果录入系统时限", "≤10个工作日"),
        ("效益指标", "社会效益指标", "失能老年人健康管理覆盖率", "≥80%"),
        (None, None, "老年人医疗机构就诊等待时间", "较上年缩短"),
        (None, "可持续影响指标", "医养结合服务机制", "健全"),
    ])  # fmt: skip
    footer(s, "柳塘县卫生健康局", "王倩", "0745-3310026", "2026年11月24日")
    return b


@variant("mc18-mch-flat-weights", (3, 11),
         "department, flat list (指标名称 · 比较符 · 指标值 · 计量单位 · 指标方向 · 权重): "
         "weights add to 95 under a 合计 of 100, a 反向 mortality rate under ≥")  # fmt: skip
def mch_flat_weights() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (30, 10, 12, 10, 10, 10))
    b.file_mark("W101", "error", note="the weights add to 95, the 合计 row says 100")
    department_head(
        s, year=2027, dept="青溪县妇幼保健院",
        budget=[(money(2210.5, M), money(1460.5, M), money(750, M), money(1724.5, M),
                 money(486, M))],
        goal="落实妇幼健康服务和公共卫生项目，孕产妇死亡率控制在10/10万以内，"
             "婴儿死亡率控制在5‰以内，孕产妇和儿童系统管理率均达到90%以上。",
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "比较符", "指标值", "计量单位", "指标方向", "权重")
    s.table([
        ("孕产妇产前检查人数", "≥", 3200, "人", "正向", 10),
        ("0-6岁儿童健康管理人数", "≥", 21000, "人", "正向", 10),
        ("新生儿疾病筛查人数", "≥", 2900, "人", "正向", 10),
        ("孕产妇系统管理率", "≥", pct(0.9), "%", "正向", 10),
        ("3岁以下儿童系统管理率", "≥", pct(0.9), "%", "正向", 10),
        ("新生儿疾病筛查率", "≥", pct(0.98), "%", "正向", 10),
        ("产前筛查补助标准", "≤", 260, "元/人", "反向", 5),
        ("孕产妇死亡率", mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"),
         10, "1/10万", "反向", 10),
        ("婴儿死亡率", "≤", 5, "‰", "反向", 10),
        ("服务对象满意度", "≥", pct(0.9), "%", "正向", 10),
        ("合计", None, None, None, None, 100),
    ])  # fmt: skip
    footer(s, "青溪县妇幼保健院", "谭晓燕", "0738-6220117", "2026年11月20日")
    return b
