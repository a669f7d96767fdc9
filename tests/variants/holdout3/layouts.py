"""Foreign layouts: word operators in their own column, stacked projects, a two-sheet
budget-system export, Guangdong points in tier labels, template rows left, conversion
artefacts."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout3.projects import indicators
from tests.variants.holdout3.registry import variant
from tests.variants.kit import WAN, Book, C, Sheet, mk, money, pct

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", None, None)


@variant("q13-forestry-word-operators-ok", (1, 11), "project, operator in words, 度量单位")
def q13() -> Book:
    """Correct: 指标性质 holds the operator in words (大于等于 …), values bare, percent cells."""
    b = Book()
    s = b.sheet("项目支出绩效目标表")
    project_head(
        s,
        year=2025,
        name="青岚市森林防火能力提升",
        dept="青岚市林业局 612",
        unit="青岚市森林消防大队",
        money=[
            ("年度资金总额", money(86, WAN), "其中：财政拨款", money(80, WAN)),
            ("其他资金", money(6, WAN), None, None),
        ],
        goals=["新建防火隔离带45公里，开展扑火演练12次，森林火灾受害率控制在0.9‰以内。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"),
        [
            ("产出指标", "数量指标", "新建防火隔离带", "大于等于", 45, "公里"),
            (None, None, "扑火实战演练次数", "大于等于", 12, "次"),
            (None, "质量指标", "防火物资储备库达标率", "大于等于", pct(0.95), "%"),
            (None, "时效指标", "火情发现至到场处置时间", "小于等于", 1, "小时"),
            ("成本指标", "经济成本指标", "每公里隔离带建设成本", "小于等于", 1.2, "万元"),
            ("效益指标", "生态效益指标", "森林火灾受害率", "小于等于", 0.9, "‰"),
            (None, "社会效益指标", "重大森林火灾发生次数", "等于", 0, "次"),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "大于等于", pct(0.9), "%"),
        ],
    )
    return b


def _small_project(s: Sheet, title: str | None, name: str, unit: str, amount: float,
                   goal: str, rows: list[tuple[object, ...]]) -> None:  # fmt: skip
    project_head(
        s, year=2025, title=title, name=name, dept="白沙河区教育局 245", unit=unit,
        money=[("年度资金总额", money(amount, WAN), "其中：财政拨款", money(amount, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=[goal])  # fmt: skip
    indicators(s, VALUE_HEAD, rows)


@variant("q14-education-stacked-ok", (2,), "two projects stacked in one sheet")
def q14() -> Book:
    """Correct: two project tables one under the other, each complete."""
    b = Book()
    s = b.sheet("项目绩效目标")
    _small_project(s, None, "学前教育保教费减免", "白沙河区教育局", 132.0,
                   "为在园幼儿减免保教费，惠及幼儿不少于2200人。", [
        ("产出指标", "数量指标", "减免保教费幼儿人数", "≥2200人"),
        (None, "质量指标", "资助对象认定准确率", "100%"),
        (None, "时效指标", "减免资金拨付时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "生均减免标准", "≤600元/人·年"),
        ("效益指标", "社会效益指标", "学前三年毛入园率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    _small_project(s, "", "中小学校园安保服务", "白沙河区中小学后勤服务中心", 96.0,
                   "为全区32所中小学配备专职保安，校园安全事故零发生。", [
        ("产出指标", "数量指标", "配备专职保安学校数", "≥32所"),
        (None, "质量指标", "保安人员持证上岗率", "100%"),
        (None, "时效指标", "校园突发情况响应时间", "≤5分钟"),
        ("成本指标", "经济成本指标", "每校年均安保服务费", "≤3万元"),
        ("效益指标", "社会效益指标", "校园安全责任事故发生数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("q15-system-export-two-sheets-ok", (4, 7), "budget-system export, two sheets")
def q15() -> Book:
    """Correct: money on sheet 05-1, indicators on sheet 05-2 with the header on row 3, every
    row repeating the project and tiers, an export footnote under the table."""
    b = Book()
    m = b.sheet("部门项目支出预算05-1", widths=(30, 14, 14, 14, 14, 14))
    m.title("部门项目支出预算表", 6)
    m.row("单位名称：青岚市应急管理局", None, None, None, "单位：万元")
    m.row("项目名称", "项目类型", "资金总额", "财政拨款", "其他资金", "项目期")
    m.row("危险化学品企业安全检查服务", "延续项目", money(74.4), money(74.4), money(0), "1年")
    m.row("合计", None, money(74.4), money(74.4), money(0), None)
    s = b.sheet("部门项目支出绩效目标05-2", widths=(28, 12, 14, 30, 16, 14))
    s.title("部门项目支出绩效目标表", 6)
    s.row("单位名称：青岚市应急管理局", None, None, None, "2025年度")
    s.row("项目名称", "一级指标", "二级指标", "三级指标", "指标值", "指标方向")
    p = "危险化学品企业安全检查服务"
    for r in [
        ("产出指标", "数量指标", "委托第三方检查企业家次", "≥310家次", "正向"),
        ("产出指标", "质量指标", "检查发现隐患整改闭环率", "≥95%", "正向"),
        ("产出指标", "时效指标", "检查报告提交时限", "≤10个工作日", "反向"),
        ("成本指标", "经济成本指标", "每家次检查服务费", "≤2400元", "反向"),
        ("效益指标", "社会效益指标", "危化品领域较大及以上事故起数", "=0起", "反向"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥85%", "正向"),
    ]:
        s.row(p, *r)
    s.row("注：本表由预算管理一体化系统导出，数据截至2024年11月28日。", merge=[(1, 6)])
    return b


@variant("q16-gd-old-points-ok", (5, 10), "Guangdong older form, points in tier labels")
def q16() -> Book:
    """Correct: GD-OLD tiers with points in the tier-1 labels (50 + 50) and per-indicator
    points adding up to them; the tier points are not to be added again."""
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s,
        year=2025,
        name="临溪县中心城区排水管网改造",
        dept="临溪县住房和城乡建设局 122",
        unit="临溪县市政设施管理所",
        attr="一次性项目",
        money=[
            ("年度资金总额", money(660, WAN), "其中：财政拨款", money(600, WAN)),
            ("其他资金", money(60, WAN), None, None),
        ],
        goals=["改造中心城区雨污管网22公里，消除易涝点6处。"],
    )
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", None)
    s.table(
        [
            (
                "预期产出指标（50分）",
                "数量指标（或建筑规模指标）",
                "改造雨污管网长度",
                "≥22公里",
                15,
            ),
            (None, None, "消除易涝点数量", "≥6处", 10),
            (None, "质量指标", "管网工程验收合格率", "100%", 10),
            (None, "时效指标（工期指标）", "主体工程完工时间", "2025年10月31日前", 10),
            (None, "预算（或投资规模）控制指标", "每公里管网改造投资", "≤30万元", 5),
            (
                "效果指标（50分）",
                "社会、经济、生态效益指标",
                "改造片区汛期内涝发生次数",
                "较上年下降",
                15,
            ),
            (None, None, "污水收集率", "≥75%", 10),
            (None, "可持续影响指标", "管网日常养护机制", "建立并执行", 10),
            (None, "满意度指标", "片区居民满意度", "≥90%", 15),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    return b


@variant("q17-health-stacked-missing-tier", (2,), "two projects stacked in one sheet")
def q17() -> Book:
    """Defects: the second stacked project has no 效益指标 at all; a 归档率 with a grade."""
    b = Book()
    s = b.sheet("项目绩效目标")
    _small_project(s, None, "适龄儿童免疫规划接种", "白沙河区疾病预防控制中心", 58.0,
                   "完成适龄儿童免疫规划疫苗接种，接种率保持在95%以上。", [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥26000剂次"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, "时效指标", "疑似预防接种异常反应报告时限", "≤48小时"),
        ("成本指标", "经济成本指标", "每剂次接种服务补助", "≤20元"),
        ("效益指标", "社会效益指标", "相应传染病报告发病率", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "受种儿童家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    _small_project(s, "", "基层医疗卫生机构档案信息化", "白沙河区卫生健康信息中心", 42.0,
                   "完成18家基层医疗机构纸质档案数字化。", [
        ("产出指标", "数量指标", "完成数字化的基层医疗机构数", "≥18家"),
        (None, "质量指标", "纸质档案数字化归档率",
         mk("良好", "T105", "error", note="a rate given as a grade")),
        (None, "时效指标", "数字化工作完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单家机构数字化费用", "≤2.3万元"),
        ("满意度指标", "服务对象满意度指标", "医务人员使用满意度", "≥85%"),
    ])  # fmt: skip
    b.file_mark("F106", "error", note="second project: 效益指标 missing")
    return b


@variant("q18-civil-affairs-template-rows", (6, 13), "project, template rows left")
def q18() -> Book:
    """Defects: the template row 可持续影响指标 left without indicator and value; an indicator
    row with a value but no name."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2025,
        name="困难残疾人生活补贴发放",
        dept="临溪县民政局 131",
        unit="临溪县社会救助服务中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(302.4, WAN), "其中：财政拨款", money(302.4, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["按月足额发放困难残疾人生活补贴，惠及不少于3600人。"],
    )
    indicators(
        s,
        VALUE_HEAD,
        [
            ("产出指标", "数量指标", "补贴发放人数", "≥3600人"),
            (None, "质量指标", "补贴对象认定准确率", "100%"),
            (None, "时效指标", "补贴按月发放及时率", "≥98%"),
            ("成本指标", "经济成本指标", "人均月补贴标准", "≤70元/人·月"),
            (
                "效益指标",
                "社会效益指标",
                mk(None, "F110", "error", note="value without indicator name"),
                "较上年提高",
            ),
            (
                None,
                mk(
                    "可持续影响指标",
                    "F109",
                    "warning",
                    row=True,
                    note="tier-2 left from the template",
                ),
                None,
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
        ],
    )
    return b


@variant("q19-veterans-artefacts", (9, 4), "project, text-typed amount and date, 预算执行率")
def q19() -> Book:
    """Defects: 年度资金总额 typed as text ``1,250.00``; 计划完成日期 a serial in a text cell;
    预算执行率 listed as a 成本 indicator."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="退役军人服务站标准化运行",
        dept="青岚市退役军人事务局 718",
        unit="青岚市退役军人服务中心",
        attr="延续项目",
        end=mk(C("46022"), "X104", "warning", note="a date serial stored as text"),
        money=[
            (
                "年度资金总额",
                mk("1,250.00", "X103", "warning", note="amount typed as text with a separator"),
                "其中：财政拨款",
                money(1250, WAN),
            ),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["保障全市186个镇村退役军人服务站规范运行，开展就业创业培训1500人次。"],
    )
    indicators(
        s,
        VALUE_HEAD,
        [
            ("产出指标", "数量指标", "规范运行服务站数量", "≥186个"),
            (None, None, "就业创业培训人次", "≥1500人次"),
            (None, "质量指标", "服务站标准化建设达标率", "≥95%"),
            (None, "时效指标", "来访诉求受理时限", "≤3个工作日"),
            ("成本指标", "经济成本指标", "单站年均运行补助", "≤6万元"),
            (
                None,
                None,
                mk(
                    "预算执行率",
                    "F202",
                    "warning",
                    row=True,
                    note="scored separately, not a cost indicator",
                ),
                "≥90%",
            ),
            ("效益指标", "社会效益指标", "参训退役军人就业率", "≥70%"),
            ("满意度指标", "服务对象满意度指标", "退役军人及家属满意度", "≥90%"),
        ],
    )
    return b
