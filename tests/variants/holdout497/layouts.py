"""Returns in the layouts offices send: stacked projects, flat lists, notes and page breaks,
template rows left empty (items 2, 3, 4, 6, 7, 13)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout497.common import (
    HEAD4,
    HEALTH,
    WATER,
    YEAR,
    funds,
    funds1,
    indicators,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout497.registry import variant
from tests.variants.kit import Book, day, mk, pct

DENTAL = [
    ["产出指标", "数量指标", "中重度氟斑牙患儿修复人数", "≥1200人"],
    [None, "质量指标", "修复体脱落返修率", "≤5%"],
    [None, "时效指标", "修复完成时间", "2025年9月30日前"],
    [None, "成本指标", "每名患儿修复补助标准", "≤300元/人"],
    ["效益指标", "社会效益指标", "患儿牙面外观改善率", "≥85%"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
]


@variant(
    "am07-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, 服务对象满意度 in both with different values (correct)",
)
def am07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="黛石乡氟斑牙患儿牙面修复", dept=HEALTH,
                 unit="黛石乡卫生院", money=funds1(36, 30, 6),
                 goals=["为1200名中重度氟斑牙患儿修复牙面。"])  # fmt: skip
    indicators(s, HEAD4, DENTAL)
    s.skip()
    project_head(s, year=YEAR, name="黛石乡氟骨症困难患者救助", dept=HEALTH,
                 unit="黛石乡卫生院", money=funds1(24, 24, 0), title="",
                 goals=["救助600名氟骨症困难患者，减轻医疗负担。"])  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "救助氟骨症困难患者人数", "≥600人"],
        [None, "质量指标", "救助对象认定准确率", "≥98%"],
        [None, "时效指标", "救助资金发放时间", "2025年6月30日前"],
        [None, "成本指标", "每名患者年度救助标准", "≤400元/人"],
        ["效益指标", "社会效益指标", "患者因病致贫返贫发生率", "≤2%"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"],
    ]
    indicators(s, HEAD4, rows)
    return b


@variant(
    "am08-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT: the second's 年度资金总额 "
    "is not 财政拨款 + 其他资金, and a 入户率 given in 户",
)
def am08() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="卤泊镇氟斑牙患儿牙面修复", dept=HEALTH,
                 unit="卤泊镇卫生院", money=funds1(36, 36, 0),
                 goals=["为1200名中重度氟斑牙患儿修复牙面。"])  # fmt: skip
    indicators(s, HEAD4, DENTAL)
    s.skip()
    total = mk(wan(50), "B101", "error", note="财政拨款 40 + 其他资金 8 = 48, not 50")
    project_head(s, year=YEAR, name="卤泊镇降氟改水管网入户", dept=WATER,
                 unit="卤泊镇水利站", money=funds1(total, 40, 8), title="",
                 goals=["将降氟水厂管网延伸入户360户。"])  # fmt: skip
    count = mk("≥360户", "T105", "error", note="a 入户率 needs a percentage")
    rows = [
        ["产出指标", "数量指标", "新建入户管网长度", "≥18公里"],
        [None, "质量指标", "降氟改水管网入户率", count],
        [None, "时效指标", "管网通水时间", "2025年10月31日前"],
        [None, "成本指标", "每公里管网建设成本", "≤2.5万元/公里"],
        ["效益指标", "社会效益指标", "入户居民饮水氟化物达标率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    return b


@variant(
    "am09-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def am09() -> Book:
    b, s = start()
    tasks = [["氟斑牙监测", "32所学校儿童氟斑牙检查", wan(90), "掌握儿童病情"],
             ["氟骨症救治", "400名患者门诊及住院救治", wan(120), "减轻患者痛苦"],
             ["水质监测", "降氟改水工程水氟监测", wan(60), "水氟达标"],
             ["金额合计", None, wan(270), None]]  # fmt: skip
    department_head(s, year=YEAR, dept="硝川县地方病防治站", tasks=tasks,
                    budget=[[wan(420), wan(380), wan(40), wan(150), wan(270)]],
                    goal="巩固地方性氟中毒防治成果，病区村水氟持续达标。")  # fmt: skip
    s.skip()
    rows = [
        ["儿童氟斑牙监测学校数", 15, "所", "≥", 32],
        ["氟骨症患者救治人数", 15, "人", "≥", 400],
        ["改水工程水氟达标率", 15, "%", "≥", pct(0.95)],
        ["病区村防治知识知晓率", 10, "%", "≥", pct(0.85)],
        ["新发氟骨症病例数", 10, "例", "≤", 0],
        ["每名患者救治费用", 10, "元/人", "≤", 3000],
        ["监测报告报送及时率", 10, "%", "≥", pct(0.98)],
        ["患者满意度", 15, "%", "≥", pct(0.9)],
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    return b


@variant(
    "am10-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 计量单位 · "
    "指标方向 · 权重): a 万元 value under unit 人, a 反向 rate with ≥, weights add to 95",
)
def am10() -> Book:
    b, s = start()
    tasks = [["水厂运维", "7座降氟水厂运行维护", wan(140), "稳定供水"],
             ["管水员培训", "村级管水员培训", wan(20), "持证上岗"],
             ["水质检测", "出厂水及末梢水检测", wan(40), "水氟达标"],
             ["金额合计", None, wan(200), None]]  # fmt: skip
    department_head(s, year=YEAR, dept="黛石县农村供水管理站", tasks=tasks,
                    budget=[[wan(300), wan(270), wan(30), wan(100), wan(200)]],
                    goal="保障7座降氟水厂稳定运行，出厂水氟化物达标。")  # fmt: skip
    s.skip()
    unit = mk("≥3.6万元", "T112", "error", alt=("T119",), note="万元 under unit column 人")
    exceed = mk("≥2%", "T108", "warning", row=True, note="反向 rate with ≥")
    rows = [
        ["降氟水厂运行座数", "≥7座", "座", "正向", 15],
        ["村级管水员培训人数", unit, "人", "正向", 10],
        ["出厂水氟化物达标率", "≥95%", "%", "正向", 15],
        ["降氟水厂出水氟化物超标率", exceed, "%", "反向", 15],
        ["水质检测样品数", "≥560份", "份", "正向", 10],
        ["每座水厂年度运维费用", "≤20万元", "万元/座", "反向", 10],
        ["受益群众满意度", "≥90%", "%", "正向", 20],
    ]
    indicators(s, ("指标名称", "指标值", "计量单位", "指标方向", "权重"), rows, merged=())
    b.file_mark("W101", "error", note="15 + 10 + 15 + 15 + 10 + 10 + 20 = 95, not 100")
    return b


@variant(
    "am11-notes-page-break",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a "
    "note row inside, the header repeated after a page break, 注 and signature lines (correct)",
)
def am11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="病区村降氟改水工程运行管护", dept=WATER,
                 unit="硝川县农村供水总站", money=funds((64, 58, 6)),
                 goals=["保障22处降氟改水工程正常运行，出厂水氟化物稳定达标。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    s.row(*head)
    s.table([["产出指标", "数量指标", "管护降氟改水工程处数", "≥22处"],
             [None, None, "更换除氟滤料吨数", "≥36吨"],
             [None, "质量指标", "出厂水氟化物合格率", "≥95%"]], merged=(1, 2))  # fmt: skip
    notes(s, "（说明：以下时效、成本指标按县水利局管护办法填写）")
    s.table([["产出指标", "时效指标", "滤料更换完成时间", "2025年8月31日前"],
             [None, "成本指标", "每吨滤料购置更换成本", "≤1.2万元/吨"]], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*head)
    rows = [
        ["效益指标", "社会效益指标", "病区村饮水氟化物超标天数", "≤5天"],
        [None, "可持续影响指标", "工程管护制度执行率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%"],
    ]
    s.table(rows, merged=(1, 2))
    notes(s, "注：1.滤料费用36吨×1.2万元=43.2万元，其余用于水质检测和人员补助。",
          "2.指标值为年度目标值。",
          "填表说明：请按项目实际填写，不得漏填。")  # fmt: skip
    sign(s, "巴晓川", "0937-6631092", day(YEAR - 1, 12, 3))
    return b


@variant(
    "am12-template-rows",
    (6, 13, 7),
    "project, NAT-2021, header 预期目标: two tier-2 "
    "rows left from the template without indicators, a value without a name",
)
def am12() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="氟中毒病区学校防治健康教育", dept=HEALTH,
                 unit="硝川县健康教育所", money=funds((15, 15, 0)),
                 goals=["在48所病区学校开展防氟健康教育。"])  # fmt: skip
    social = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2, nothing below")
    eco = mk("生态效益指标", "F109", "warning", row=True, note="template tier-2, nothing below")
    blank = mk(None, "F110", "error", note="a value with no indicator name")
    rows = [
        ["成本指标", "经济成本指标", "每所学校宣教材料费用", "≤3000元/所"],
        [None, social, None, None],
        ["产出指标", "数量指标", "开展健康教育学校数", "≥48所"],
        [None, "质量指标", blank, "≥95%"],
        [None, "时效指标", "健康教育完成时间", "2025年12月15日前"],
        ["效益指标", "社会效益指标", "学生防氟知识知晓率", "≥85%"],
        [None, eco, None, None],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b
