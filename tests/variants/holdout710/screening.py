"""The free cervical-cancer screening drive (kar13–kar18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout710.common import (
    BUREAU,
    FENGLING,
    MCH,
    TONGPING,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout710.registry import variant
from tests.variants.kit import Book, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kar13-screening-second-sheet", (7, 11),
         "project, OLD-NAT: head on the first sheet, the table on a second sheet under 指标内容 "
         "and 预期实现值, 0起 on an incident count, a cost standard × count equal to the money "
         "(correct)")  # fmt: skip
def kar13() -> Book:
    b, s = start("基本信息")
    project_head(s, year=2025, name="2025年农村适龄妇女宫颈癌免费筛查项目", dept=BUREAU,
                 unit=MCH, money=one_year(60, 48, 12),
                 goals=["为35—64岁农村适龄妇女免费开展宫颈癌筛查5000人，筛查异常者全部随访，"
                        "早诊率达到90%以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 32, 18))
    t.title("项目绩效指标", 4)
    rows = [
        ("产出指标", "数量指标", "农村适龄妇女宫颈癌筛查人数", "≥5000人"),
        (None, "质量指标", "筛查异常病例随访率", pct(0.95)),
        (None, None, "筛查相关医疗事故", "≤0起"),
        (None, "时效指标", "筛查结果反馈时限", "≤15个工作日"),
        (None, "成本指标", "每例筛查补助标准", "≤120元/人"),
        ("效益指标", "社会效益指标", "宫颈癌及癌前病变早诊率", "≥90%"),
        (None, "可持续影响指标", "县乡两级筛查转诊衔接机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%"),
    ]
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期实现值"), rows)
    notes(t, "注：补助120元/人 × 5000人 = 60万元，与年度资金相同。", width=4)
    sign(s, "杨素宁", "6620913", boss="贝明远")
    return b


@variant("kar14-screening-cost-wrong", (11, 12),
         "project, OLD-NAT, word operators in their own column (指标方向) and a 度量单位 column: "
         "money not adding up, the goal's count given otherwise, cost standard × count above the "
         "money")  # fmt: skip
def kar14() -> Book:
    b, s = start()
    total = mk(wan(45), "B101", "error", note="财政拨款36 + 其他资金6 = 42 ≠ 45")
    project_head(s, year=2025, name="城镇低保家庭妇女宫颈癌免费筛查项目", dept=BUREAU,
                 unit=MCH, money=one_year(total, 36, 6),
                 goals=["为城镇低保及困难家庭35—64岁妇女免费开展宫颈癌筛查3000人，"
                        "阳性病例全部转诊。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "低保家庭妇女筛查人数", "大于等于",
         mk(2500, "D104", "warning", row=True, note="年度目标写筛查3000人"), "人"),
        (None, "质量指标", "阳性病例转诊率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "筛查报告发放时限", "小于等于", 15, "个工作日"),
        (None, "成本指标", "每例筛查补助标准", "小于等于",
         mk(200, "B107", "warning", row=True,
            note="200元 × 2500人 = 50万元（按目标3000人为60万元），超过年度资金45万元"), "元/人"),
        ("效益指标", "社会效益指标", "宫颈癌早诊率", "大于等于", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "大于等于", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"), rows)
    sign(s, "杨素宁", "6620913")
    return b


@variant("kar15-screening-header-words", (4, 7),
         "project, NAT-2021, two-row header with 考核指标, 目标值（年度） and a 评价标准 column, "
         "a 说明 row inside the table, the header repeated after a page break "
         "(correct)")  # fmt: skip
def kar15() -> Book:
    b, s = start(widths=(14, 16, 30, 16, 22, 10))
    project_head(s, year=2025, name="桐坪镇宫颈癌筛查组织动员项目", dept=BUREAU,
                 unit=TONGPING, money=one_year(12, 12, 0),
                 goals=["动员辖区35—64岁妇女参加宫颈癌免费筛查1200人，入户宣传覆盖率85%以上，"
                        "参检率比上年提高5个百分点。"])  # fmt: skip
    s.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    s.table([
        ("产出指标", "数量指标", "动员适龄妇女参检人数", "≥1200人", "每少30人扣1分"),
        (None, None, "入户宣传户数", "≥2600户", "按比例扣分"),
        (None, "质量指标", "入户宣传覆盖率", "≥85%", "每低1个百分点扣1分"),
        (None, "时效指标", "筛查预约登记完成时限", "2025年10月31日前", "逾期不得分"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：以下为续页。", width=5)
    s.row(*head)
    s.table([
        ("成本指标", "经济成本指标", "动员人均经费", "≤80元/人", "超出不得分"),
        ("效益指标", "社会效益指标", "适龄妇女参检率", "提高≥5百分点", "按完成比例计分"),
        ("满意度指标", "服务对象满意度指标", "参检妇女满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：动员人均经费80元 × 1200人 = 9.6万元，其余2.4万元用于宣传材料。", width=5)
    sign(s, "龙静姝", "6651176", boss="贝明远")
    return b


@variant("kar16-screening-template", (6, 13),
         "project, OLD-NAT, header 预期目标: a tier-2 left from the template, a value without a "
         "name, a deadline after the end of a one-year project")  # fmt: skip
def kar16() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫岭镇宫颈癌筛查阳性病例随访项目", dept=BUREAU,
                 unit=FENGLING, money=one_year(9, 9, 0),
                 goals=["对2025年筛查发现的阳性病例全部登记随访并转诊至县级医院，"
                        "年内完成转诊。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "阳性病例登记随访人数", "≥60人"),
        (None, "质量指标", "阳性病例转诊率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="有指标值≥90%，没有三级指标名称"), "≥90%"),
        (None, "时效指标", "阳性病例转诊完成时限",
         mk("2026年6月30日前", "Y102", "error", alt=("Y101",),
            note="一年期项目（2025-01-01至2025-12-31），年度目标写年内完成转诊")),
        (None, "成本指标", "每例随访转诊补助", "≤1500元/人"),
        ("效益指标", "社会效益指标", "阳性病例规范治疗率", "≥90%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行，未填指标"), None,
         None),
        ("满意度指标", "服务对象满意度指标", "随访妇女满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "莫晓岚", "6612357")
    return b


@variant("kar17-screening-stacked-two-year", (2, 8),
         "two two-year projects stacked in one sheet, NAT-2021, 中期 and 年度 columns, period "
         "counts twice the year's, rates equal in both columns (correct)")  # fmt: skip
def kar17() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    project_head(s, year=2025, years=2, name="全县适龄妇女宫颈癌筛查扩面项目", dept=BUREAU,
                 unit=MCH, attr="新增项目", money=multi_year((180, 150, 30), (90, 75, 15)),
                 goals=["2025—2026年为全县35—64岁妇女免费筛查累计12000人，异常病例随访率95%以上。",
                        "2025年筛查6000人，异常病例随访率95%以上。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "宫颈癌筛查人数", "≥12000人", "≥6000人"),
        (None, "质量指标", "异常病例随访率", "≥95%", "≥95%"),
        (None, "时效指标", "筛查结果反馈时限", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "每例筛查补助标准", "≤140元/人", "≤140元/人"),
        ("效益指标", "社会效益指标", "宫颈癌早诊率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, years=2, name="乡镇卫生院HPV检测能力建设项目", dept=BUREAU,
                 unit=MCH, attr="新增项目", money=multi_year((60, 60, 0), (35, 35, 0)), title="",
                 goals=["2025—2026年为4个乡镇卫生院配置HPV检测设备4台，培训检验人员40人次。",
                        "2025年配置设备2台，培训检验人员20人次。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "配置HPV检测设备台数", "≥4台", "≥2台"),
        (None, None, "检验人员培训人次", "≥40人次", "≥20人次"),
        (None, "质量指标", "设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度设备到位时限", "2026年9月30日前", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "每台设备采购单价", "≤12万元/台", "≤12万元/台"),
        ("效益指标", "可持续影响指标", "乡镇HPV检测服务能力", "逐步提升", "提升"),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：筛查补助140元 × 6000人 = 84万元；设备12万元 × 2台 = 24万元，均在年度资金以内。",
          width=5)  # fmt: skip
    sign(s, "杨素宁", "6620913", boss="贝明远")
    return b


@variant("kar18-screening-wrong-tier", (1, 5),
         "project, OLD-NAT, tier labels marked and abbreviated (*产出, ★数量, 质量): a quality "
         "rate under 时效, a near-duplicate rate under 社会效益, a typed 105% on a "
         "合格率")  # fmt: skip
def kar18() -> Book:
    b, s = start()
    project_head(s, year=2025, name="宫颈癌筛查质量控制项目", dept=BUREAU, unit=MCH,
                 money=one_year(15, 15, 0),
                 goals=["对全县宫颈癌筛查的细胞学制片和报告开展质控抽查600份，"
                        "阳性病例随访率95%以上。"])  # fmt: skip
    rows = [
        ("*产出", "★数量", "细胞学制片质控抽查份数", "≥600份"),
        (None, "质量", "筛查阳性病例随访率", "≥95%"),
        (None, None, "筛查报告审核合格率",
         mk(pct(1.05), "T106", "error", note="Excel 中键入105%，合格率不能超过100%")),
        (None, "时效", mk("宫颈细胞学制片合格率", "F201", "warning", row=True,
                          note="合格率是质量指标，填在时效下"), "≥95%"),
        (None, None, "质控结果通报时限", "≤10个工作日"),
        (None, "成本", "每份质控抽查费用", "≤200元/份"),
        ("效益", "社会效益", mk("筛查阳性病例随访管理率", "D103", "warning", row=True,
                                alt=("D101", "D102", "F201"),
                                note="与质量下的“筛查阳性病例随访率≥95%”几乎相同，值却为≥90%"),
         "≥90%"),
        ("满意度", "服务对象满意度", "受检妇女满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ONE_HEAD, rows)
    sign(s, "龙静姝", "6651176")
    return b
