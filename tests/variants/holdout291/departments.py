"""Department forms (so07–so12): the supervision station's and the market office's budgets and
tasks, flat lists for wage guarantee and crane supervision, a weighted table across a page
break, a quality project with footnotes and signatures."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout291.common import (
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout291.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("so07-station-department", (12, 1), "department, NAT-2021: budget split both "
         "ways, three key tasks adding to 金额合计 = 项目支出, typed percents "
         "(correct)")  # fmt: skip
def so07() -> Book:
    b, s = start("部门整体")
    department_head(
        s, year=2025, dept="岑川县建设工程质量安全监督站",
        budget=[(wan(1260), wan(1180), wan(80), wan(740), wan(520))],
        tasks=[
            ("工程质量监督抽测", "在建房屋建筑和市政工程实体质量抽测", wan(210),
             "抽测在建项目不少于180个"),
            ("施工安全监督检查", "危大工程专项检查和安全生产标准化考评", wan(168),
             "检查在建项目不少于220项次"),
            ("建筑起重机械监管", "起重机械备案登记、检测监督和隐患排查", wan(142),
             "在用起重机械监督检查全覆盖"),
            ("金额合计", None, wan(520), None),
        ],
        goal="完成工程质量抽测、施工安全检查和起重机械监管三项重点任务，全年不发生较大及以上"
             "工程质量安全事故。",
    )  # fmt: skip
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "在建工程实体质量监督抽测项目数", "≥180个"),
        (None, None, "施工现场安全监督检查项次", "≥220项次"),
        (None, None, "在用建筑起重机械监督检查覆盖率", pct(1)),
        (None, "质量指标", "监督抽测数据准确率", pct(0.98)),
        (None, "时效指标", "重大事故隐患挂牌督办整改时限", "≤30日"),
        ("成本指标", "经济成本指标", "单个项目实体质量抽测成本", "≤0.9万元/个"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数下降率", "≥5%"),
        (None, None, "较大及以上工程质量安全事故", "0起"),
        (None, "可持续影响指标", "质量安全监督信息化覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受监工程参建单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("so08-market-department-wrong", (12,), "department, NAT-2021: 财政拨款 + 其他资金 ≠ "
         "资金总额, key tasks not adding to 金额合计, a rate given as a count")  # fmt: skip
def so08() -> Book:
    b, s = start("部门整体")
    total = mk(wan(960), "B101", "error", row=True,
               note="920 + 30 = 950 ≠ 960 (基本 610 + 项目 350 = 960 holds)")  # fmt: skip
    department_head(
        s, year=2025, dept="沅汀市建筑业管理服务中心",
        budget=[(total, wan(920), wan(30), wan(610), wan(350))],
        tasks=[
            ("建筑市场信用体系建设", "企业信用信息归集和信用评价", wan(120),
             "纳入信用评价企业不少于800家"),
            ("农民工工资支付监管", "工资专户、实名制和保证金监管", wan(135),
             "在建项目工资专户开设全覆盖"),
            ("招投标现场监督", "房建市政工程招投标现场监督", wan(80),
             "现场监督项目不少于300个"),
            ("金额合计", None, mk(wan(350), "B102", "error",
                                  note="120 + 135 + 80 = 335 ≠ 350"), None),
        ],
        goal="完善建筑市场信用监管，保障农民工工资按时足额支付，规范招投标活动。",
    )  # fmt: skip
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "纳入信用评价的建筑企业数", "≥800家"),
        (None, None, "招投标现场监督项目数", "≥300个"),
        (None, "质量指标", "欠薪投诉案件结案率",
         mk("46件", "T105", "error", note="a rate given as a count")),
        (None, "时效指标", "欠薪投诉受理时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单个项目招投标现场监督成本", "≤0.2万元/个"),
        ("效益指标", "社会效益指标", "在建项目工资专户开设率", "≥98%"),
        (None, "可持续影响指标", "信用评价结果在招投标中应用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "建筑企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("so09-wage-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, weights adding to 100, a 合计 row "
         "(correct)")  # fmt: skip
def so09() -> Book:
    b, s = start("部门整体")
    department_head(
        s, year=2025, dept="桧屿县劳动保障监察大队",
        budget=[(wan(385), wan(385), wan(0), wan(297), wan(88))],
        goal="在建工程项目农民工工资专用账户和实名制管理全面落实，欠薪投诉15个工作日内办结，"
             "拖欠农民工工资投诉件数较上年下降。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("在建工程项目农民工工资专用账户开设率", 15, "%", "≥", pct(0.95)),
        ("农民工实名制管理覆盖率", 10, "%", "≥", pct(0.95)),
        ("工资保证金差异化缴存项目数", 10, "个", "≥", 160),
        ("欠薪线索核查办结件数", 10, "件", "≥", 200),
        ("专项执法检查次数", 10, "次", "≥", 12),
        ("单次专项执法检查经费", 10, "万元/次", "≤", 1.5),
        ("欠薪投诉办结时限", 10, "个工作日", "≤", 15),
        ("拖欠农民工工资投诉件数下降率", 15, "%", "≥", pct(0.1)),
        ("农民工满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    return b


@variant("so10-crane-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): unit conflict, direction conflict, "
         "weights adding to 95")  # fmt: skip
def so10() -> Book:
    b, s = start("部门整体")
    department_head(
        s, year=2025, dept="澄岭市建筑起重机械安全监督站",
        budget=[(wan(540), wan(510), wan(30), wan(402), wan(138))],
        goal="在用建筑起重机械全部备案登记并定期检验，安装告知3个工作日内办结，隐患整改闭环。",
    )  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("建筑起重机械备案登记台数", "≥600", "正向", "台", 15),
        ("起重机械安装告知审核办结时限", "≤3", "反向", "个工作日", 10),
        ("起重机械检测监督抽查费用",
         mk("≤36万元", "T112", "error", note="万元 in the value, 台 in the unit column"),
         "反向", "台", 10),
        ("在用起重机械定期检验率", "≥95%", "正向", "%", 15),
        ("起重机械安全事故发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="反向 in the direction column, ≥ used"),
         "反向", "%", 15),
        ("起重机械司机持证上岗率", "100%", "正向", "%", 10),
        ("隐患整改复查闭环率", "≥95%", "正向", "%", 10),
        ("使用单位满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+10+10+15+15+10+10+10 = 95, not 100")
    return b


@variant("so11-quality-footnotes", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准: an "
         "instruction row inside the table, 注 and 填表说明 under it, signature and a fill date "
         "in the year before (correct)")  # fmt: skip
def so11() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="建设工程质量检测机构监督抽查", dept="禾坪区住房和城乡建设局 306",
        unit="禾坪区建设工程质量监督站", money=one_year(58, 52, 6),
        goals=["对辖区检测机构开展监督抽查不少于40家次，见证取样比对试验不少于600组，"
               "查处检测数据弄虚作假行为。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    notes(s, "（填写说明：三级指标可根据项目实际增减，定量指标须写明比较符和计量单位）")
    s.table([
        ("产出指标", "数量指标", "检测机构监督抽查家次", "≥40家次"),
        (None, None, "混凝土及钢筋见证取样比对试验组数", "≥600组"),
        (None, "质量指标", "比对试验结果一致率", "≥95%"),
        (None, "时效指标", "抽查问题整改通知书送达时限", "≤5个工作日"),
        (None, "成本指标", "单组比对试验费用", "≤0.05万元/组"),
        ("效益指标", "社会效益指标", "检测数据弄虚作假行为查处率",
         ok("=100%", "warning", note="= at the 100% ceiling is acceptable")),
        (None, "可持续影响指标", "检测机构信用评价覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "建设单位对检测监管满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：1.“≥”表示不低于，“≤”表示不高于；",
        ok("2.单组比对试验费用参照2024年同类抽查结算单价测算。", "warning",
           note="a historical year in a footnote"),
        "填表说明：本表由项目实施单位填报，经主管部门审核后报区财政局。",
    )  # fmt: skip
    signature(s, "戚明苒", "庞序舟", "0736-5829417", day(2024, 11, 26, CN_DATE))
    return b


@variant("so12-market-page-break", (4, 12), "department, NAT-2021, weight column: header row "
         "repeated after a page break, 小计 rows and a 合计 row; one subtotal wrong, a coverage "
         "rate over 100%")  # fmt: skip
def so12() -> Book:
    b, s = start("部门整体")
    department_head(
        s, year=2025, dept="梧塘区建筑市场综合执法大队",
        budget=[(wan(672), wan(640), wan(32), wan(488), wan(184))],
        tasks=[
            ("建筑市场执法检查", "在建项目违法发包、转包、挂靠执法检查", wan(96),
             "执法检查不少于260项次"),
            ("农民工工资支付专项检查", "工资专户和实名制落实情况检查", wan(58),
             "检查在建项目不少于150个"),
            ("扬尘污染防治执法", "在建工地扬尘防治措施执法检查", wan(30),
             "扬尘防治措施落实率不低于95%"),
            ("金额合计", None, wan(184), None),
        ],
        goal="规范建筑市场秩序，保障农民工工资支付，落实在建工地扬尘污染防治措施。",
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, header, [
        ("产出指标", "数量指标", "在建项目执法检查项次", "≥260项次", 10),
        (None, None, "工资支付专项检查项目数", "≥150个", 10),
        (None, "质量指标", "执法案卷评查合格率", "≥95%", 10),
        (None, None, "建筑企业资质核查覆盖率",
         mk(pct(1.05), "T106", "error", note="a coverage rate above 100%"), 10),
        (None, "时效指标", "投诉举报核查办结时限", "≤15个工作日", 5),
    ])  # fmt: skip
    s.row("小计", None, None, None,
          mk(40, "W103", "error", alt=("W101",), note="10+10+10+10+5 = 45"))  # fmt: skip
    s.table([("成本指标", "经济成本指标", "单项次执法检查成本", "≤0.3万元/项次", 10)],
            merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 10)
    s.skip()
    s.row(*header)
    s.table([
        ("效益指标", "社会效益指标", "建筑领域欠薪投诉件数下降率", "≥10%", 10),
        (None, "生态效益指标", "在建工地扬尘防治措施落实率", "≥95%", 10),
        (None, "可持续影响指标", "执法结果纳入信用评价比例", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%", 10),
        (None, None, "投诉举报人满意度", "≥85%", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 15)
    s.row("合计", None, None, None, ok(100, "error", note="Σ 小计 = 95 ≠ 100: the 产出 小计"))
    return b
