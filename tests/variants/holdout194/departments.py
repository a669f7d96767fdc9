"""部门整体 tables (a flat list with 权重 and 指标性质, a tiered one) and stacked projects
(ov15 to ov18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout194.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout194.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("ov15-flat-department-weights", (3, 12), "department, flat list (序号 · 指标名称 · "
         "指标性质 as direction · 指标值 · 计量单位 · 权重) under a budget and tasks that add up; "
         "a 处置率 =100, a 反向 事故起数 of 0, weights to 100 (correct)")  # fmt: skip
def ov15() -> Book:
    b, s = book("部门整体", (10, 30, 12, 14, 12, 12))
    department_head(
        s, year=2026, dept="临溪县市场监督管理局（临溪县知识产权局）", filled=day(2025, 11, 6),
        budget=[(wan(2000), wan(1900), wan(100), wan(1400), wan(600))],
        tasks=[
            ("食品安全抽检", "食品安全监督抽检及核查处置", wan(200), "完成抽检1500批次"),
            ("特种设备安全监管", "特种设备监督检查及隐患治理", wan(150), "定期检验率98%以上"),
            ("知识产权保护", "专利培育、维权援助及行政裁决", wan(100), "新增有效发明专利120件"),
            ("消费维权", "投诉举报受理处置及消费教育", wan(80), "办结投诉举报2500件"),
            ("计量与标准化", "强制检定及地方标准实施", wan(70), "强检器具受检率95%以上"),
            ("金额合计", None, wan(600), None),
        ],
        goal="完成食品安全监督抽检1500批次，特种设备定期检验率保持在98%以上，办结消费投诉举报"
             "2500件，新增有效发明专利120件，全县不发生重大食品安全事故。",
    )  # fmt: skip
    s.row("序号", "指标名称", "指标性质", "指标值", "计量单位", "权重（分）")
    s.table([
        (1, "食品安全监督抽检批次", "正向", "≥1500", "批次", 15),
        (2, "抽检不合格食品核查处置率", "正向", "=100", "%", 10),
        (3, "特种设备定期检验率", "正向", "≥98", "%", 10),
        (4, "消费投诉举报办结件数", "正向", "≥2500", "件", 10),
        (5, "消费投诉举报按时办结率", "正向", "≥98", "%", 10),
        (6, "新增有效发明专利数", "正向", "≥120", "件", 10),
        (7, "强制检定计量器具受检率", "正向", "≥95", "%", 10),
        (8, "重大食品安全事故发生起数", "反向", 0, "起", 10),
        (9, "知识产权保护工作机制", "定性", "健全", None, 5),
        (10, "市场主体满意度", "正向", "≥90", "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    return b


@variant("ov16-department-basic-plus-project", (11, 12), "department, NAT-2021, one value "
         "column: 基本支出 + 项目支出 = 5500 ≠ 资金总额 5600, a 违法广告发布率 with ≥ while the "
         "goal says 1%以内")  # fmt: skip
def ov16() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="青岚市市场监督管理局",
        budget=[(wan(5600), wan(5300), wan(300),
                 mk(wan(3800), "B101", "error", row=True,
                    note="3800 + 1700 = 5500, not the 5600 of 5300 + 300"), wan(1700))],
        tasks=[
            ("食品安全监管", "食品生产经营监督检查及监督抽检", wan(600), "完成抽检6000批次"),
            ("药品医疗器械监管", "药品、医疗器械、化妆品日常监管", wan(300), "药品安全形势稳定"),
            ("特种设备安全监察", "特种设备监督检查及事故隐患治理", wan(350), "监督检查3000台次"),
            ("知识产权创造保护", "专利导航、维权援助及质押融资", wan(250),
             "有效发明专利拥有量增长10%以上"),
            ("质量计量及广告监管", "质量强市、计量监督及广告监测", wan(200),
             "质量强市工作机制健全"),
            ("金额合计", None, wan(1700), None),
        ],
        goal="完成食品安全监督抽检6000批次，特种设备监督检查3000台次，虚假违法广告发布率控制在1%"
             "以内，有效发明专利拥有量增长10%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥6000批次"),
        (None, None, "特种设备监督检查台次", "≥3000台次"),
        (None, "质量指标", "抽检不合格食品核查处置率", pct(1)),
        (None, "时效指标", "消费投诉受理决定时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "食品抽检单批次检验费用", "≤1000元/批次"),
        ("效益指标", "社会效益指标", "虚假违法广告发布率",
         mk(mk("≥1%", "T108", "warning", row=True, note="a harm rate takes ≤"), "D104",
            "warning", row=True, required=False, note="the goal's 1%以内 against ≥1%")),
        (None, None, "有效发明专利拥有量增长率", "≥10%"),
        (None, "可持续影响指标", "质量强市工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ov17-stacked-three-markets", (2,), "three one-year projects stacked, NAT-2021, one "
         "value column; standards × counts within each project's money, 消费者满意度 in two "
         "projects with different values (correct)")  # fmt: skip
def ov17() -> Book:
    b, s = book("绩效目标表")
    kw = {"year": 2026, "dept": "白沙河区市场监督管理局（227）"}
    project_head(
        s, **kw, name="网络交易监测项目", unit="白沙河区网络交易监测中心",
        title="2026年度项目支出绩效目标表（市场监管专项）",
        money=one_year_money(wan(40), wan(40), wan(0)),
        goals=["全年监测网络交易经营主体1200户，违法线索核查处置率100%，网络消费投诉量下降5%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "监测网络交易经营主体户数", "≥1200户"),
        (None, "质量指标", "违法线索核查处置率", pct(1)),
        (None, "时效指标", "监测报告报送时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单户监测费用", "≤300元/户"),
        ("效益指标", "社会效益指标", "网络消费投诉量下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, **kw, name="校园食品安全专项整治项目", unit="白沙河区食品安全监管所", title="",
        money=one_year_money(wan(30), wan(25), wan(5)),
        goals=["对辖区120所学校食堂开展全覆盖检查，学校食堂“明厨亮灶”覆盖率100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "检查学校食堂数", "≥120所"),
        (None, "质量指标", "学校食堂“明厨亮灶”覆盖率", pct(1)),
        (None, "时效指标", "专项检查完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单所食堂检查及快检费用", "≤2000元/所"),
        ("效益指标", "社会效益指标", "量化等级良好以上食堂占比", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, **kw, name="放心消费创建项目", unit="白沙河区消费者权益保护委员会", title="",
        money=one_year_money(wan(20), wan(20), wan(0)),
        goals=["创建放心消费示范单位60家，示范单位消费投诉按时办结率达到98%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "放心消费示范单位创建数", "≥60家"),
        (None, "质量指标", "消费投诉按时办结率", "≥98%"),
        (None, "时效指标", "示范单位评审完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单家示范单位创建补助", "≤3000元/家"),
        ("效益指标", "社会效益指标", "示范单位消费投诉率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆晚晴", "魏承泽", "0592-57108843")
    return b


@variant("ov18-stacked-lift-and-stations", (2, 11, 12), "two one-year projects stacked, "
         "NAT-2021, one value column: the first project's 50万元 ≠ 40 + 5, the second's 商户消费"
         "投诉率 with ≥ while its goal says 3%以下")  # fmt: skip
def ov18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="电梯安全守护项目", dept="临溪县市场监督管理局（231）",
        unit="临溪县特种设备安全服务站", title="2026年度项目支出绩效目标表",
        money=one_year_money(
            mk(wan(50), "B101", "error", row=True, note="40 + 5 = 45"), wan(40), wan(5)),
        goals=["抽查电梯维保质量400台，抽查发现隐患整改率95%以上，电梯困人故障下降10%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "电梯维保质量抽查台数", "≥400台"),
        (None, "质量指标", "抽查发现隐患整改率", "≥95%"),
        (None, "时效指标", "隐患整改复查时限", "≤15日"),
        ("成本指标", "经济成本指标", "单台电梯抽查费用", "≤1000元/台"),
        ("效益指标", "社会效益指标", "电梯困人故障下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "电梯使用单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="消费维权服务站建设项目", dept="临溪县市场监督管理局（231）",
        unit="临溪县消费者权益保护委员会", title="",
        money=one_year_money(wan(20), wan(20), wan(0)),
        goals=["建设消费维权服务站25个，消费纠纷调解成功率85%以上，服务站所在商户消费投诉率"
               "控制在3%以下。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建设消费维权服务站数", "≥25个"),
        (None, "质量指标", "消费纠纷调解成功率", "≥85%"),
        (None, "时效指标", "服务站挂牌完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "单站建设补助标准", "≤8000元/个"),
        ("效益指标", "社会效益指标", "服务站所在商户消费投诉率",
         mk(mk("≥3%", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ meant"), "D104",
            "warning", row=True, required=False, note="the goal's 3%以下 against ≥3%")),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    return b
