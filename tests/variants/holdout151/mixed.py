# ruff: noqa: E501
"""Returns ne07–ne12: 中期/年度 pairs, a department with a money block, a flat list, stacked
projects and a two-line header."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout151.common import footer, pmoney, wan
from tests.variants.holdout151.registry import variant
from tests.variants.kit import Book, mk, pct

SAME_GOAL = (
    "开展城乡居民高血压、糖尿病筛查与规范管理，提升基层慢性病防治能力，降低心脑血管疾病发病风险。"
)


@variant(
    "ne07-chronic-screening",
    (8,),
    "three-year project, NAT-2021, 实施期 and 年度 value columns with operators inside: a 中期 rate below the 年度 one, the 中期目标 copied into the 年度目标",
)
def ne07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18))
    project_head(
        s, year=2027, years=3, name="鹿鸣县城乡居民慢性病筛查与管理项目", dept="鹿鸣县卫生健康局（118）",
        unit="鹿鸣县疾病预防控制中心", attr="新增项目", money=pmoney((630, 570, 60), (210, 190, 20)),
        goals=(SAME_GOAL, mk(SAME_GOAL, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "慢性病筛查人数", "≥72000人", "≥24000人"),
        (None, None, "家庭医生随访服务人次", "≥180000人次", "≥60000人次"),
        (None, None, "培训基层医务人员", "≥450人次", "≥150人次"),
        (None, "质量指标", "筛查结果录入准确率", "≥98%", "≥98%"),
        (None, None, "高血压患者规范管理率", "≥65%", mk("≥70%", "D201", "error", note="期末管理率不应低于第一年")),
        (None, "时效指标", "筛查结果反馈时间", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "人均筛查成本", "≤25元/人", "≤25元/人"),
        ("效益指标", "社会效益指标", "慢性病早期发现人数", "≥3600人", "≥1200人"),
        (None, None, "糖尿病患者规范管理率", "≥70%", "≥65%"),
        (None, "可持续影响指标", "基层慢病管理信息系统使用率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s)
    return b


@variant(
    "ne08-forest-fire",
    (1,),
    "one-year project, OLD-NAT with 成本指标 under 产出, one value column with operators and units inside, a 备注 column; correct",
)
def ne08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 20))
    project_head(
        s, year=2027, name="石门县森林防灭火能力提升项目", dept="石门县林业局（309）", unit="石门县森林防火指挥部办公室",
        attr="常年项目", money=pmoney((320, 300, 20), (320, 300, 20)),
        goals=("聘用护林员260人，建设防火隔离带45公里，购置扑火机具120台（套），全年不发生重特大森林火灾，森林火灾受害率控制在0.9‰以内。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "聘用护林员人数", "≥260人", None),
        (None, None, "建设防火隔离带", "≥45公里", None),
        (None, None, "购置扑火机具", "≥120台（套）", "风力灭火机、水泵等"),
        (None, None, "开展防火宣传活动", "≥30场", None),
        (None, "质量指标", "防火隔离带验收合格率", "100%", None),
        (None, None, "护林员巡护记录完整率", "≥95%", None),
        (None, "时效指标", "火情信息报告时间", "≤30分钟", "发现后"),
        (None, None, "隔离带建设完成时间", "2027年4月30日前", "春防结束前"),
        (None, "成本指标", "护林员年补助标准", "≤6000元/人", None),
        (None, None, "每公里隔离带建设成本", "≤1.5万元", None),
        ("效益指标", "社会效益指标", "重特大森林火灾发生次数", "0次", None),
        (None, "生态效益指标", "森林火灾受害率", "≤0.9‰", None),
        (None, "可持续影响指标", "森林防火群防群治机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "2026年10月")
    return b


@variant(
    "ne09-dept-culture",
    (12, 5),
    "department table, NAT-2021, merged tiers, 比较符 and 单位 columns: 财政拨款 + 其他资金 miss the 资金总额, a 数量指标 placed under 效益指标",
)
def ne09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 8, 12, 10))
    department_head(
        s, year=2027, dept="青苇县文化馆",
        budget=[(mk(wan(1980), "B101", "error", row=True, note="1820 + 150 = 1970 ≠ 1980"), wan(1820), wan(150), wan(1180), wan(800))],
        tasks=[
            ("公共文化免费开放", "展厅、排练厅、培训教室全年免费开放", wan(320), "免费开放天数≥300天"),
            ("群众文艺辅导培训", "舞蹈、声乐、书法等公益培训", wan(260), "培训≥4000人次"),
            ("非遗保护传承", "非遗项目记录、传承人补助", wan(220), "新增县级非遗项目≥5项"),
            ("金额合计", None, wan(800), None),
        ],
        goal="目标1：全年免费开放不少于300天；目标2：开展公益文艺培训4000人次以上；目标3：完成5项县级非遗项目记录。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    s.table([
        ("产出指标", "数量指标", "场馆免费开放天数", "≥", 300, "天"),
        (None, None, "公益文艺培训人次", "≥", 4000, "人次"),
        (None, None, "非遗项目记录数量", "≥", 5, "项"),
        (None, "质量指标", "培训课程结业合格率", "≥", pct(0.9), "%"),
        (None, None, "非遗记录成果验收通过率", "=", pct(1), "%"),
        (None, "时效指标", "非遗记录工作完成时间", "≤", "2027年11月30日", None),
        ("成本指标", "经济成本指标", "每人次培训成本", "≤", 300, "元/人次"),
        ("效益指标", "社会效益指标", "群众参与文化活动人次", "≥", 60000, "人次"),
        (None, None, "非遗项目传承人带徒人数", "≥", 20, "人"),
        (None, mk("数量指标", "F105", "error", alt=("F201", "F104"), note="数量指标放在效益指标下"), "文化志愿服务活动场次", "≥", 60, "场"),
        (None, "可持续影响指标", "基层文艺团队持续活动率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "2026年11月")
    return b


@variant(
    "ne10-flat-market",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 比较符 · 指标值), weights add to 100; correct",
)
def ne10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (30, 8, 10, 8, 12, 14))
    department_head(
        s, year=2027, dept="云塘区市场监督管理局",
        budget=[(wan(3420), wan(3310), wan(110), wan(2620), wan(800))],
        goal="完成食品安全抽检3200批次，特种设备定期检验率保持在98%以上，市场主体登记全程电子化率达到90%以上。",
    )  # fmt: skip
    s.row("部门整体绩效指标")
    s.row("指标名称", "权重", "计量单位", "比较符", "指标值")
    s.table([
        ("食品安全监督抽检批次", 10, "批次", "≥", 3200),
        ("特种设备定期检验率", 10, "%", "≥", pct(0.98)),
        ("市场主体登记全程电子化率", 10, "%", "≥", pct(0.9)),
        ("消费投诉按时办结率", 10, "%", "≥", pct(0.95)),
        ("投诉举报处理时限", 5, "个工作日", "≤", 7),
        ("双随机抽查任务完成率", 10, "%", "=", pct(1)),
        ("计量器具强制检定数量", 10, "台件", "≥", 5600),
        ("食品安全抽检不合格产品核查处置率", 10, "%", "=", pct(1)),
        ("每批次食品抽检成本", 5, "元/批次", "≤", 1500),
        ("辖区重大食品安全事故发生起数", 10, "起", "=", 0),
        ("市场主体满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    footer(s, "2026年11月")
    return b


@variant(
    "ne11-stacked-sanitation",
    (2,),
    "two one-year projects stacked, OLD-NAT, 比较符 and 单位 columns: in the second a 成本指标 with ≥ and a 覆盖率 given as a count of villages",
)
def ne11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 8, 12, 12))
    project_head(
        s, year=2027, name="枫岭镇农村生活垃圾收运项目", dept="石门县住房和城乡建设局（330）",
        unit="枫岭镇人民政府", attr="常年项目", money=pmoney((185, 185, 0), (185, 185, 0)),
        goals=("全镇32个行政村生活垃圾日产日清，新增分类收集点60个，垃圾无害化处理率达到100%。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    s.table([
        ("产出指标", "数量指标", "新增分类收集点", "≥", 60, "个"),
        (None, None, "年度垃圾清运量", "≥", 9500, "吨"),
        (None, "质量指标", "垃圾无害化处理率", "=", pct(1), "%"),
        (None, "时效指标", "垃圾日产日清及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每吨垃圾收运成本", "≤", 180, "元/吨"),
        ("效益指标", "社会效益指标", "行政村保洁覆盖率", "=", pct(1), "%"),
        (None, "生态效益指标", "垃圾乱堆乱放点位数量", "≤", 5, "处"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s, year=2027, title="", name="枫岭镇农村改厕后续管护项目", dept="石门县农业农村局（301）",
        unit="枫岭镇人民政府", attr="延续项目", money=pmoney((96, 90, 6), (96, 90, 6)),
        goals=("完成农户卫生厕所粪污清掏2400户次，改厕问题整改到位，管护服务覆盖全镇行政村。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    s.table([
        ("产出指标", "数量指标", "粪污清掏服务户次", "≥", 2400, "户次"),
        (None, None, "问题厕所整改数量", "≥", 180, "座"),
        (None, None, "村级管护员配备人数", "≥", 32, "人"),
        (None, "质量指标", "整改厕所验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "报修响应时间", "≤", 48, "小时"),
        (None, "成本指标", "每户次清掏补助", mk("≥", "T108", "warning", row=True, note="成本上限写成 ≥"), 120, "元/户次"),
        (None, None, "每座问题厕所整改补助", "≤", 800, "元/座"),
        ("效益指标", "社会效益指标", "管护服务覆盖率", "≥", mk(32, "T105", "error", row=True, note="覆盖率写成村数"), "个行政村"),
        (None, "生态效益指标", "粪污资源化利用率", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "长效管护机制", "=", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s)
    return b


@variant(
    "ne12-two-line-header",
    (7, 8),
    "four-year project, NAT-2021, a two-line header (指标值 over 实施期 and 2027年度), operators and units inside the values; correct",
)
def ne12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18))
    project_head(
        s, year=2027, years=4, name="白鹭县城区老旧小区改造项目", dept="白鹭县住房和城乡建设局（420）",
        unit="白鹭县城市更新服务中心", attr="新增项目", money=pmoney((4800, 3600, 1200), (1350, 1000, 350)),
        goals=("2027—2030年改造城区老旧小区48个、惠及居民6200户，完成雨污分流、加装电梯和公共空间整治，改造小区物业管理覆盖率达到90%以上。",
               "2027年改造老旧小区12个、惠及居民1500户，完成改造小区雨污分流管网8公里，加装电梯20部。"),
    )  # fmt: skip
    r = s.row("一级指标", "二级指标", "三级指标", "指标值", None)
    s.row(None, None, None, "实施期（2027—2030年）", "2027年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    s.table([
        ("产出指标", "数量指标", "改造老旧小区数量", "≥48个", "≥12个"),
        (None, None, "惠及居民户数", "≥6200户", "≥1500户"),
        (None, None, "改造雨污分流管网", "≥32公里", "≥8公里"),
        (None, None, "加装电梯数量", "≥80部", "≥20部"),
        (None, "质量指标", "改造工程竣工验收合格率", "100%", "100%"),
        (None, "时效指标", "年度改造任务完成时间", "2030年12月31日前", "2027年12月31日前"),
        ("成本指标", "经济成本指标", "每户改造综合成本", "≤0.6万元", "≤0.6万元"),
        (None, None, "每部电梯财政补助", "≤10万元", "≤10万元"),
        ("效益指标", "社会效益指标", "改造小区物业管理覆盖率", "≥90%", "≥60%"),
        (None, "生态效益指标", "改造小区雨污混接点消除率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "改造设施长效管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "2026年10月")
    return b
