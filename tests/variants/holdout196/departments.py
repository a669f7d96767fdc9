"""部门整体 tables and stacked projects (ox13–ox18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout196.common import (
    ONE,
    OPS,
    book,
    indicators,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout196.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ox13-department-disease-control", (12,), "department, NAT-2021, one value column: "
         "budget and key tasks that add up, a 成本 cap equal to its task money, an 及时率 of "
         "100%, a 下降率 ≥5% (correct)")  # fmt: skip
def ox13() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2027, dept="鹤汀区疾病预防控制中心",
        budget=[(wan(1260), wan(1180), wan(80), wan(780), wan(480))],
        tasks=[
            ("免疫规划", "适龄儿童免疫规划疫苗接种", wan(160), "接种率95%以上"),
            ("传染病监测", "法定传染病监测与报告", wan(120), "报告及时率100%"),
            ("慢性病防控", "高血压糖尿病患者规范管理", wan(110), "规范管理12000人"),
            ("健康教育", "居民健康素养促进行动", wan(90), "健康素养水平30%以上"),
            ("金额合计", None, wan(480), None),
        ],
        goal="完成免疫规划疫苗接种45000剂次，适龄儿童免疫规划疫苗接种率保持95%以上，法定传染病"
             "报告及时率100%，慢性病患者规范管理12000人，居民健康素养水平达到30%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥45000剂次"),
        (None, None, "慢性病患者规范管理人数", "≥12000人"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, "时效指标", "法定传染病报告及时率", pct(1)),
        ("成本指标", "经济成本指标", "健康教育宣传经费", "≤90万元"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%"),
        (None, None, "手足口病发病率下降率", "≥5%"),
        (None, "可持续影响指标", "传染病监测预警机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ox14-department-deadline-duplicate", (12,), "department, NAT-2021, one value column: "
         "a 时效 deadline 2027年1月底前 in the 2026 budget, 数字资源年访问量 under 社会效益 "
         "and again under 可持续影响 with another value")  # fmt: skip
def ox14() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="青岚市图书馆",
        budget=[(wan(980), wan(900), wan(80), wan(620), wan(360))],
        tasks=[
            ("数字资源建设", "采购及自建数字资源", wan(150), "新增数字资源40TB"),
            ("全民阅读推广", "举办阅读推广活动", wan(90), "举办活动200场"),
            ("古籍保护", "馆藏古籍修复及数字化", wan(120), "修复古籍300册"),
            ("金额合计", None, wan(360), None),
        ],
        goal="新增数字资源40TB，举办全民阅读推广活动200场，完成馆藏古籍修复300册。",
    )  # fmt: skip
    dup = "数字资源年访问量"
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新增数字资源量", "≥40TB"),
        (None, None, "全民阅读推广活动场次", "≥200场"),
        (None, None, "馆藏古籍修复册数", "≥300册"),
        (None, "质量指标", "古籍修复验收合格率", "≥95%"),
        (None, "时效指标", "古籍数字化成果发布时间",
         mk("2027年1月底前", "Y102", "error", alt=("Y103",),
            note="after the 2026 budget year of an annual department table")),
        ("成本指标", "经济成本指标", "单册古籍修复费用", "≤4000元/册"),
        ("效益指标", "社会效益指标",
         mk(dup, "D102", "error", row=True, required=False, alt=("D101", "D103"),
            note="the first of the pair"), "≥120万人次"),
        (None, None, "图书外借册次", "≥50万册次"),
        (None, "可持续影响指标",
         mk(dup, "D102", "error", row=True, alt=("D101", "D103"),
            note="same name, ≥150万人次 against ≥120万人次"), "≥150万人次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ox15-stacked-same-names", (2, 12), "two one-year projects stacked, NAT-2021, one value "
         "column; each 补助标准 × count equals its money, 资金拨付完成时间 and 沿线群众满意度 in "
         "both projects with different values, 100% cells (correct)")  # fmt: skip
def ox15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村公路日常养护项目", dept="白沙河区交通运输局（520）",
        unit="白沙河区农村公路管理站", title="2026年度项目支出绩效目标表",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["全年日常养护农村公路300公里，优良中等路率达到85%以上，列养率保持100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "日常养护农村公路里程", "≥300公里"),
        (None, "质量指标", "农村公路优良中等路率", "≥85%"),
        (None, "时效指标", "资金拨付完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "农村公路日常养护补助标准", "≤0.5万元/公里"),
        ("效益指标", "社会效益指标", "农村公路列养率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农村客运候车亭维修项目", dept="白沙河区交通运输局（520）",
        unit="白沙河区农村公路管理站", title="",
        money=one_year_money(wan(40), wan(30), wan(10)),
        goals=["维修农村客运候车亭80个，候车亭完好率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维修农村客运候车亭数", "≥80个"),
        (None, "质量指标", "候车亭完好率", "≥95%"),
        (None, "时效指标", "资金拨付完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单个候车亭维修费用", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "具备条件的建制村通客车率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "温知远", "岑晓棠", "0595-26613078")
    return b


@variant("ox16-stacked-goal-and-growth", (2,), "two one-year projects stacked, NAT-2021, one "
         "value column: the first project's 年度绩效目标 names 600人, its indicator says ≥500人; "
         "a 增长率 written ≥10家 in the second")  # fmt: skip
def ox16() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2027, name="高素质农民技能培训项目", dept="临溪县农业农村局（402）",
        unit="临溪县农业技术推广中心", title="2027年度项目支出绩效目标申报表（汇总）",
        money=one_year_money(wan(60), wan(60), wan(0)),
        goals=[mk("全年培训高素质农民600人，培训合格率达到95%以上。", "D104", "warning",
                  required=False, note="the other end of the contradiction")],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训高素质农民人数",
         mk("≥500人", "D104", "warning", row=True, note="the 年度绩效目标 names 600人")),
        (None, None, "举办培训班期数", "≥12期"),
        (None, "质量指标", "培训合格率", "≥95%"),
        (None, "时效指标", "培训任务完成时间", "2027年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤1000元/人"),
        ("效益指标", "社会效益指标", "受训农民取得培训证书比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受训农民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2027, name="农产品区域公用品牌培育项目", dept="临溪县农业农村局（402）",
        unit="临溪县农产品质量安全中心", title="",
        money=one_year_money(wan(45), wan(30), wan(15)),
        goals=["培育区域公用品牌农产品6个，组织品牌推介活动5场。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培育区域公用品牌农产品数", "≥6个"),
        (None, None, "组织品牌推介活动场次", "≥5场"),
        (None, "质量指标", "品牌农产品抽检合格率", "≥98%"),
        (None, "时效指标", "推介活动完成时间", "2027年11月30日前"),
        ("成本指标", "经济成本指标", "单场推介活动费用", "≤3万元/场"),
        ("效益指标", "经济效益指标", "品牌农产品签约经销商增长率",
         mk("≥10家", "T105", "error", note="a 增长率 needs a percentage, not a count")),
        ("满意度指标", "服务对象满意度指标", "参与经营主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ox17-department-two-columns-weights", (8, 10, 12), "department, NAT-2021, 实施周期 "
         "and 年度 columns legitimately equal (one budget year) and a weight column adding to "
         "100: 演练场均费用 × 场次 = the task money, 下降率 ≥, 投诉率 =0%, deadline 10月底前 "
         "(correct)")  # fmt: skip
def ox17() -> Book:
    b, s = book("部门整体", (14, 16, 30, 16, 16, 10))
    department_head(
        s, year=2026, dept="白沙河区应急管理局",
        budget=[(wan(560), wan(520), wan(40), wan(340), wan(220))],
        tasks=[
            ("应急演练", "组织综合及专项应急演练", wan(60), "开展演练40场"),
            ("安全生产检查", "生产经营单位执法检查", wan(70), "检查1200家次"),
            ("应急物资储备", "补充储备生活类应急物资", wan(90), "保障10000人基本生活"),
            ("金额合计", None, wan(220), None),
        ],
        goal="开展应急演练40场，检查生产经营单位1200家次，储备应急物资保障10000人基本生活需要，"
             "生产安全事故起数下降10%以上。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "权重"), [
        ("产出指标", "数量指标", "开展应急演练场次", "≥40场", "≥40场", 10),
        (None, None, "安全生产检查生产经营单位数", "≥1200家次", "≥1200家次", 10),
        (None, None, "应急物资保障人数", "≥10000人", "≥10000人", 10),
        (None, "质量指标", "重大安全隐患整改率", pct(1), pct(1), 10),
        (None, "时效指标", "应急物资补充完成时间", "10月底前", "10月底前", 10),
        ("成本指标", "经济成本指标", "应急演练场均费用", "≤1.5万元/场", "≤1.5万元/场", 10),
        ("效益指标", "社会效益指标", "生产安全事故起数下降率", "≥10%", "≥10%", 15),
        (None, None, "应急值守服务投诉率", "=0%", "=0%", 10),
        ("满意度指标", "服务对象满意度指标", "辖区群众安全感满意度", "≥90%", "≥90%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    return b


@variant("ox18-department-operator-column", (1, 11, 12), "department, NAT-2021, operator and "
         "unit columns with bare numbers: a 反向 重复投诉率 with ≥, a 满意度 typed 110% as a "
         "percent cell")  # fmt: skip
def ox18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 12))
    department_head(
        s, year=2027, dept="松岩县市场监督管理局",
        budget=[(wan(740), wan(700), wan(40), wan(460), wan(280))],
        tasks=[
            ("食品安全抽检", "食品安全监督抽检及核查处置", wan(130), "抽检3000批次"),
            ("特种设备检验", "在用特种设备定期检验", wan(80), "检验1500台"),
            ("消费维权", "消费投诉举报受理办理", wan(70), "按时办结率98%以上"),
            ("金额合计", None, wan(280), None),
        ],
        goal="完成食品安全监督抽检3000批次，检验在用特种设备1500台，消费投诉按时办结率达到"
             "98%以上。",
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 3000, "批次"),
        (None, None, "在用特种设备检验数量", "≥", 1500, "台"),
        (None, "质量指标", "抽检不合格食品核查处置率", "=", 100, "%"),
        (None, "时效指标", "消费投诉按时办结率", "≥", 98, "%"),
        ("成本指标", "经济成本指标", "单批次食品抽检费用", "≤", 400, "元/批次"),
        ("效益指标", "社会效益指标", "消费投诉重复投诉率",
         mk("≥", "T108", "warning", row=True, note="a 重复投诉率 is 反向: ≤ meant"), 5, "%"),
        (None, "可持续影响指标", "食品安全追溯体系覆盖率", "≥", 85, "%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥",
         mk(pct(1.1), "T106", "error", alt=("T114",), note="typed 110%: past the ceiling"), "%"),
    ])  # fmt: skip
    return b
