"""Hard-to-read returns with one or two ordinary planted mistakes: an empty 二级指标 row kept from
the template, money that does not add up, a rate given as a count, a 反向 rate with ≥ and a rate
over 100 %, plan dates in another year than the title, a conflicting duplicate, a unit conflict."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout96.common import TWO, footer, indicators, new, w
from tests.variants.holdout96.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "lb11-empty-tier2-row",
    (6,),
    "project, NAT-2021, 序号 first; an empty 经济效益指标 row kept from the template",
)
def lb11() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="芦湾镇农村饮水安全巩固提升项目",
        dept="芦湾县水务局（233）",
        unit="芦湾县农村供水管理站",
        money=[("年度资金总额", w(310), "其中：财政拨款", w(280)), ("其他资金", w(30), None, None)],
        goals=["改造老旧供水管网42公里，新建净水设施3处，提升农村供水保障水平。"],
    )
    rows = [
        ("产出指标", "数量指标", "改造供水管网长度", "≥42公里"),
        (None, None, "新建净水设施", "≥3处"),
        (None, None, "水质检测次数", "≥48次"),
        (None, "质量指标", "工程验收合格率", pct(1)),
        (None, None, "农村集中供水水质达标率", pct(0.92)),
        (None, "时效指标", "工程完工时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "管网改造单价", "≤6.5万元/公里"),
        (
            "效益指标",
            mk(
                "经济效益指标",
                "F109",
                "warning",
                row=True,
                note="模板留下的二级指标行，没有三级指标和指标值",
            ),
            None,
            None,
        ),
        (None, "社会效益指标", "受益人口", "≥2.6万人"),
        (None, None, "农村自来水普及率", pct(0.96)),
        (None, "可持续影响指标", "工程运行管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9)),
    ]
    indicators(s, rows, ("seq", "t1", "t2", "t3", "val"))
    footer(s, "邱文博", "0715-4436029", "2025年11月20日")
    return b


@variant(
    "lb13-money-not-sum",
    (12,),
    "project, OLD-NAT, 计量单位 before 指标值; 年度资金总额 ≠ 财政拨款 + 其他资金",
)
def lb13() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="松溪县森林防火能力提升项目",
        dept="松溪县林业局（347）",
        unit="松溪县森林消防大队",
        money=[
            (
                "年度资金总额",
                mk(w(300), "B101", "error", note="260 + 30 = 290"),
                "其中：财政拨款",
                w(260),
            ),
            ("其他资金", w(30), None, None),
        ],
        goals=["新建防火隔离带、购置扑火装备，森林火灾受害率控制在0.9‰以内。"],
    )
    rows = [
        ("产出指标", "数量指标", "新建生物防火隔离带", "≥35", "公里"),
        (None, None, "购置风力灭火机", "≥60", "台"),
        (None, None, "专业扑火队员培训", "≥240", "人次"),
        (None, "质量指标", "装备验收合格率", "100", "%"),
        (None, None, "隔离带建设达标率", "≥95", "%"),
        (None, "时效指标", "火情到场时间", "≤30", "分钟"),
        (None, "成本指标", "隔离带建设单价", "≤4.2", "万元/公里"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9", "‰"),
        (None, "社会效益指标", "重大森林火灾发生起数", "0", "起"),
        (None, "可持续影响指标", "森林防火联防机制", "持续有效", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90", "%"),
    ]
    indicators(s, rows, ("t1", "t2", "t3", "unit", "val"))
    footer(s, "钟浩然", "0599-2316487", "2025年11月23日")
    return b


@variant(
    "lb14-rate-as-count-words",
    (1,),
    "project, OLD-NAT, values in words; a 完成率 given as 不少于120人",
)
def lb14() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="清河县高素质农民培育项目",
        dept="清河县农业农村局（452）",
        unit="清河县农业技术推广中心",
        money=[("年度资金总额", w(66), "其中：财政拨款", w(66)), ("其他资金", w(0), None, None)],
        goals=["培育高素质农民不少于120人，开展田间实训，带动新型经营主体发展。"],
    )
    rows = [
        ("产出指标", "数量指标", "培育高素质农民人数", "不少于120人"),
        (None, None, "田间实训场次", "不少于12场"),
        (None, None, "培训任务完成率", mk("不少于120人", "T105", "error", note="完成率却写人数")),
        (None, "质量指标", "学员考核合格率", "不低于90%"),
        (None, "时效指标", "培训完成时间", "2026年10月底前"),
        (None, "成本指标", "人均培训费用", "不超过5000元/人"),
        ("效益指标", "经济效益指标", "学员家庭经营收入增长", "约10%"),
        (None, "社会效益指标", "带动新型经营主体数", "30家左右"),
        (None, "可持续影响指标", "跟踪服务机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "不低于90%"),
    ]
    indicators(s, rows, ("t1", "t2", "t3", "val"))
    footer(s, "蒋雅琪", "0312-5518820", "2025年11月18日")
    return b


@variant(
    "lb15-direction-and-over-100",
    (11,),
    "project, NAT-2021, names merged over two rows; a 反向 rate with ≥ and a 满意度 of 105%",
)
def lb15() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="凤栖区城市路灯智能化改造项目",
        dept="凤栖区城市管理局（526）",
        unit="凤栖区市政设施维护中心",
        money=[("年度资金总额", w(480), "其中：财政拨款", w(480)), ("其他资金", w(0), None, None)],
        goals=["改造智能路灯2400盏，亮灯率保持在98%以上，年节约用电不少于80万千瓦时。"],
    )
    rows = [
        ("产出指标", "数量指标", "智能路灯改造数量（含单灯控制器安装和线路整改）", "≥2400盏", TWO),
        (None, None, "新建集中控制箱", "≥40台"),
        (None, "质量指标", "主干道路灯亮灯率", pct(0.98)),
        (
            None,
            None,
            "改造后路灯故障率（按季度抽查统计）",
            mk("≥2%", "T108", "warning", row=True, note="故障率是反向指标"),
            TWO,
        ),
        (None, "时效指标", "故障修复时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单盏改造成本", "≤0.2万元/盏"),
        ("效益指标", "经济效益指标", "年节约用电量", "≥80万千瓦时"),
        (None, "社会效益指标", "夜间道路照明条件", "明显改善"),
        (None, "可持续影响指标", "智能运维平台", "稳定运行"),
        (
            "满意度指标",
            "服务对象满意度指标",
            "市民对夜间照明满意度",
            mk(pct(1.05), "T106", "error", alt=("T114",), note="满意度超过100%"),
        ),
    ]
    indicators(s, rows, ("t1", "t2", "t3", "val"))
    footer(s, "韩语嫣", "0551-6648273", "2025年11月25日")
    return b


@variant(
    "lb16-dates-other-year",
    (7,),
    "project, OLD-NAT, value column headed 2026年目标值; plan dates in 2025",
)
def lb16() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="桂坪县农产品质量安全监测项目",
        dept="桂坪县农业农村局（618）",
        unit="桂坪县农产品质量安全检测站",
        start=day(2025, 1, 1),
        end=day(2025, 12, 31),
        money=[("年度资金总额", w(88), "其中：财政拨款", w(88)), ("其他资金", w(0), None, None)],
        goals=["完成农产品定量检测1800批次、快速检测1.2万批次，监测合格率保持在98%以上。"],
    )
    b.file_mark("Y101", "error", alt=("Y102",), note="标题为2026年度，计划起止日期却是2025年")
    rows = [
        ("产出指标", "数量指标", "农产品定量检测批次", "≥1800批次"),
        (None, None, "农产品快速检测批次", "≥12000批次"),
        (None, None, "监督抽查生产主体数", "≥260家"),
        (None, "质量指标", "农产品质量安全监测合格率", pct(0.98)),
        (None, None, "检测报告差错率", "≤1%"),
        (None, "时效指标", "定量检测报告出具时限", "≤10个工作日"),
        (None, "成本指标", "定量检测单批次成本", "≤300元/批次"),
        ("效益指标", "社会效益指标", "农产品质量安全事件", "0起"),
        (None, "可持续影响指标", "农产品质量追溯体系", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "生产主体满意度", pct(0.9)),
    ]
    indicators(s, rows, ("t1", "t2", "t3", "val"), heads={"val": "2026年目标值"})
    footer(s, "魏子轩", "0775-6218403", "2025年11月21日")
    return b


@variant(
    "lb17-conflicting-duplicate",
    (7,),
    "project, OLD-NAT, tiers filled down after the name; one indicator twice with different values",
)
def lb17() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="雁回县残疾人职业技能培训项目",
        dept="雁回县残疾人联合会（709）",
        unit="雁回县残疾人就业服务中心",
        money=[("年度资金总额", w(54), "其中：财政拨款", w(54)), ("其他资金", w(0), None, None)],
        goals=["为有就业意愿的残疾人提供职业技能培训不少于300人次，促进残疾人就业。"],
    )
    rows = [
        ("产出指标", "数量指标", "残疾人职业技能培训人次", "≥300人次"),
        ("产出指标", "数量指标", "开设培训专业数", "≥6个"),
        (
            "产出指标",
            "数量指标",
            "残疾人职业技能培训人次",
            mk(
                "≥260人次",
                "D102",
                "error",
                row=True,
                alt=("D101", "D103"),
                note="同一指标第二次出现，指标值不同",
            ),
        ),
        ("产出指标", "质量指标", "培训结业合格率", pct(0.9)),
        ("产出指标", "时效指标", "培训补贴发放时间", "结业后30日内"),
        ("产出指标", "成本指标", "人均培训补贴", "≤1800元/人次"),
        ("效益指标", "社会效益指标", "培训后实现就业人数", "≥90人"),
        ("效益指标", "社会效益指标", "残疾人家庭增收", "有所提高"),
        ("效益指标", "可持续影响指标", "培训就业联动机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训残疾人满意度", pct(0.9)),
    ]
    indicators(
        s, [(r[0], r[1], r[2], r[3]) for r in rows], ("seq", "t3", "val", "t1", "t2"), merged=()
    )
    footer(s, "彭嘉怡", "0793-2654137", "2025年11月19日")
    return b


@variant(
    "lb18-unit-conflict",
    (1,),
    "project, OLD-NAT, 序号 first, 计量单位 before 指标值; a value unit against the unit column",
)
def lb18() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="金坝乡困难群众临时救助项目",
        dept="金坝县民政局（815）",
        unit="金坝乡社会事务办公室",
        money=[("年度资金总额", w(45), "其中：财政拨款", w(45)), ("其他资金", w(0), None, None)],
        goals=["对遭遇突发性、紧迫性困难的群众及时实施临时救助，救助资金足额发放。"],
    )
    rows = [
        ("产出指标", "数量指标", "临时救助人次", "人次", "≥450"),
        (None, None, "入户核查户数", "户", "≥450"),
        (
            None,
            None,
            "救助对象人数",
            "人",
            mk("12万元", "T112", "error", row=True, note="计量单位列写人，指标值写万元"),
        ),
        (None, "质量指标", "救助对象认定准确率", "%", "100"),
        (None, None, "救助资金发放到位率", "%", "100"),
        (None, "时效指标", "急难型救助审批时限", "小时", "≤24"),
        (None, "成本指标", "人均救助标准", "元/人次", "≤1000"),
        ("效益指标", "社会效益指标", "困难群众基本生活", None, "得到保障"),
        (None, "可持续影响指标", "临时救助工作机制", None, "持续运行"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "%", "≥90"),
    ]
    # the rows above are written in the sheet's column order (unit, then value)
    rows = [(r[0], r[1], r[2], r[4], r[3]) for r in rows]
    indicators(s, rows, ("seq", "t1", "t2", "t3", "unit", "val"))
    footer(s, "龚晨曦", "0856-3218460", "2025年11月26日")
    return b
