"""Multi-year programmes, stacked projects and a scored department table of science and
industry offices (jk13–jk18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout53.common import footer, indicators, wan
from tests.variants.holdout53.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("jk13-sme-three-year", (8,), "three-year project 2026–2028, NAT-2021, unit column before "
         "中期 and 年度 value columns; cumulative counts smaller in 年度, rates equal")  # fmt: skip
def jk13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 16, 30, 10, 14, 14))
    project_head(
        s, year=2026, years=3, name="科技型中小企业梯度培育三年计划", unit="青岚市科学技术局",
        dept="青岚市科学技术局（318001）", attr="新增项目",
        money=[("中期资金总额", wan(3000), "年度资金总额", wan(1000)),
               ("其中：财政拨款", wan(2400), "其中：财政拨款", wan(800)),
               ("其他资金", wan(600), "其他资金", wan(200))],
        goals=["2026—2028年评价入库科技型中小企业4500家，奖补450家，推动240家升级为高新技术企业。",
               "2026年评价入库科技型中小企业1500家，奖补150家，推动80家升级为高新技术企业。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "科技型中小企业研发奖补标准", "万元/家", "≤5", "≤5"),
        ("产出指标", "数量指标", "评价入库科技型中小企业", "家", "≥4500", "≥1500"),
        (None, None, "奖补科技型中小企业", "家", "≥450", "≥150"),
        (None, None, "开展梯度培育专题培训", "场", "≥36", "≥12"),
        (None, "质量指标", "入库企业评价信息准确率", "%", "≥98", "≥98"),
        (None, "时效指标", "奖补资金兑付时间", "—", "每年11月30日前", "2026年11月30日前"),
        ("效益指标", "经济效益指标", "受奖补企业研发费用总额", "亿元", "≥90", "≥28"),
        (None, "社会效益指标", "带动新增就业", "人", "≥6000", "≥2000"),
        (None, "可持续影响指标", "升级为高新技术企业", "家", "≥240", "≥80"),
        ("满意度指标", "服务对象满意度指标", "受奖补企业满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    footer(s, "许菲", "0571-8830 2236", "蒋承志", "2025年11月18日")
    return b


@variant("jk14-platform-direction", (11, 10), "project, OLD-NAT, 分值 column adding to 100: ≤ on "
         "a count, ≥ on a 审核时限, = on a 满意度")  # fmt: skip
def jk14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 14, 30, 18, 8, 6))
    project_head(
        s, year=2026, name="工业互联网平台培育补助", dept="白沙河区工业和信息化局（207）",
        unit="白沙河区工业和信息化局", attr="延续项目",
        money=[("年度资金总额", wan(700), "其中：财政拨款", wan(700)),
               ("其他资金", wan(0), None, None)],
        goals=["培育区级工业互联网平台5个，推动800家以上企业接入平台，平台服务企业满意度达到95%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", "数量指标", "培育区级工业互联网平台", "≥5个", 10),
        (None, None, "平台接入企业数",
         mk("≤800家", "T108", "warning", row=True, alt=("D104",),
            note="a 正向 count with ≤; the goal says 800家以上"),
         10),
        (None, None, "开展平台应用推广活动", "≥10场", 5),
        (None, "质量指标", "平台稳定运行率", "≥99%", 10),
        (None, "时效指标", "补助申请审核时限",
         mk("≥15个工作日", "T108", "warning", row=True, note="a time limit takes ≤"), 5),
        (None, "成本指标", "单个平台培育补助上限", "≤120万元/个", 10),
        ("效益指标", "经济效益指标", "接入企业平均降本幅度", "≥8%", 10),
        (None, None, "平台带动工业产值", "≥50亿元", 10),
        (None, "社会效益指标", "培训企业数字化人才", "≥1500人次", 5),
        (None, "可持续影响指标", "平台沉淀工业APP", "≥200个", 10),
        ("满意度指标", "服务对象满意度指标", "平台服务企业满意度",
         mk("=95%", "T107", "warning", note="= on a 满意度: ≥95% meant"), 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    footer(s, "严冬", "0731-2219 5541", "马建军", "2025年11月26日")
    return b


def _county_commerce(s) -> None:  # type: ignore[no-untyped-def]
    project_head(
        s, year=2026, name="县域商业体系建设补助", dept="临溪县商务局（512）", unit="临溪县商务局",
        attr="一次性项目",
        money=[("资金总额", wan(600), "其中：财政拨款", wan(600)),
               ("其他资金", wan(0), None, None)],
        goals=["改造提升乡镇商贸中心8个、村级便民商店60个，建设县级物流配送中心1个。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "改造提升乡镇商贸中心", "≥8个"),
        (None, None, "建设改造村级便民商店", "≥60个"),
        (None, None, "建设县级物流配送中心", "1个"),
        (None, "质量指标", "项目验收合格率", pct(1)),
        (None, "时效指标", "补助资金拨付时间", "2026年11月30日前"),
        (None, "成本指标", "乡镇商贸中心改造补助标准", "≤30万元/个"),
        (None, None, "村级便民商店改造补助标准", "≤3万元/个"),
        ("效益指标", "经济效益指标", "县域社会消费品零售总额增长率", "≥6%"),
        (None, "社会效益指标", "行政村商业网点覆盖率", "≥90%"),
        (None, "可持续影响指标", "改造网点持续经营年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip


def _trade(s) -> None:  # type: ignore[no-untyped-def]
    project_head(
        s, year=2026, name="外贸稳增长扶持", dept="临溪县商务局（512）", unit="临溪县商务局",
        attr="常年项目", title="",
        money=[("资金总额", wan(800), "其中：财政拨款", wan(700)),
               ("其他资金", wan(100), None, None)],
        goals=["对200家以上外贸企业给予出口信用保险保费补助，全县外贸进出口额达到260亿元。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "出口信用保险保费补助企业", "≥200家"),
        (None, None, "支持外贸综合服务企业", "≥3家"),
        (None, None, "组织跨境电商培训", "≥10场"),
        (None, "质量指标", "补助对象审核合规率", pct(1)),
        (None, "时效指标", "补助资金拨付时间", "2026年10月31日前"),
        (None, "成本指标", "单家企业保费补助上限", "≤3万元/家"),
        ("效益指标", "经济效益指标", "外贸进出口额", "≥260亿元"),
        (None, None, "出口额增长率", "≥4%"),
        (None, "社会效益指标", "新增有进出口实绩企业", "≥25家"),
        (None, "可持续影响指标", "跨境电商经营主体", "≥150家"),
        ("满意度指标", "服务对象满意度指标", "受扶持企业满意度", "≥90%"),
    ])  # fmt: skip


@variant("jk15-stacked-commerce", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different dates in each")  # fmt: skip
def jk15() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标", widths=(12, 14, 30, 18, 18, 18))
    _county_commerce(s)
    s.skip()
    _trade(s)
    footer(s, "邱敏", "0839-552 7730", "吴海生", "2025年11月20日")
    return b


@variant("jk16-stacked-industry-faults", (2, 12), "two projects stacked, NAT-2021: the second's "
         "资金总额 ≠ 财政拨款 + 其他资金 and a conflicting duplicate in it")  # fmt: skip
def jk16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 14, 30, 18, 18, 18))
    project_head(
        s, year=2026, name="专精特新中小企业奖励", dept="澄江市工业和信息化局（402）",
        unit="澄江市中小企业服务中心", attr="常年项目",
        money=[("资金总额", wan(500), "其中：财政拨款", wan(500)),
               ("其他资金", wan(0), None, None)],
        goals=["对新认定的15家以上省级专精特新中小企业给予奖励，专精特新企业总数达到160家。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "省级专精特新企业奖励标准", "≤30万元/家"),
        ("产出指标", "数量指标", "奖励新认定省级专精特新企业", "≥15家"),
        (None, None, "开展专精特新培育辅导", "≥8场"),
        (None, "质量指标", "奖励对象审核准确率", pct(1)),
        (None, "时效指标", "奖励资金兑付时间", "2026年9月30日前"),
        ("效益指标", "经济效益指标", "专精特新企业营业收入增长率", "≥10%"),
        (None, "社会效益指标", "专精特新企业总数", "≥160家"),
        (None, "可持续影响指标", "创新型中小企业培育库企业", "≥400家"),
        ("满意度指标", "服务对象满意度指标", "获奖企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="工业设计中心认定奖励", dept="澄江市工业和信息化局（402）",
        unit="澄江市工业和信息化局", attr="延续项目", title="",
        money=[("资金总额", mk(wan(380), "B101", "error", note="300 + 60 = 360 ≠ 380")),
               ("其中：财政拨款", wan(300), "其他资金", wan(60))],
        goals=["认定市级工业设计中心6家并给予奖励，推动企业设计成果转化。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "市级工业设计中心奖励标准", "≤40万元/家"),
        ("产出指标", "数量指标", "认定市级工业设计中心", "≥6家"),
        (None, None, "举办工业设计大赛", "1场"),
        (None, None, mk("认定市级工业设计中心", "D102", "error", row=True, alt=("D101", "D103"),
                        note="the same indicator, ≥6家 above"), "≥8家"),
        (None, "质量指标", "设计成果产业化率", "≥60%"),
        (None, "时效指标", "奖励资金兑付时间", "2026年10月31日前"),
        ("效益指标", "经济效益指标", "设计成果转化新增产值", "≥12亿元"),
        (None, "社会效益指标", "获得省级以上工业设计奖项", "≥5项"),
        (None, "可持续影响指标", "累计认定市级以上工业设计中心", "≥40家"),
        ("满意度指标", "服务对象满意度指标", "受奖励企业满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "曹宇", "0596-331 7750", "何卫东", "2025年11月27日")
    return b


@variant("jk17-dept-industry-points", (10, 12), "department, NAT-2021, tier-1 labels with points "
         "(产出指标（40分）), an indicator 分值 column adding to each tier and to 100")  # fmt: skip
def jk17() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(16, 16, 30, 18, 8, 18))
    department_head(
        s, year=2026, dept="澄江市工业和信息化局",
        budget=[(wan(5200), wan(5000), wan(200), wan(1400), wan(3800))],
        tasks=[("工业企业技术改造", "技改项目设备投资补助", wan(2000), "支持技改项目25个"),
               ("中小企业数字化转型", "数字化改造补助、诊断服务", wan(1000), "200家企业完成改造"),
               ("专精特新企业培育", "专精特新企业奖励和辅导", wan(500), "新增专精特新企业20家"),
               ("工业稳增长服务", "运行监测、企业服务专员", wan(300), "规上工业增加值增长7%"),
               ("金额合计", None, wan(3800), None)],
        goal="支持技改项目25个，推动200家中小企业数字化改造，新增专精特新中小企业20家，规上工业增加值"
             "增长7%，工业技改投资增长8%。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（40分）", "数量指标", "支持技改项目", "≥25个", 8),
        (None, None, "完成数字化改造企业", "≥200家", 8),
        (None, None, "新增专精特新中小企业", "≥20家", 8),
        (None, "质量指标", "项目验收合格率", "≥95%", 8),
        (None, "时效指标", "补助资金拨付时间", "2026年12月20日前", 8),
        ("成本指标（10分）", "经济成本指标", "单个技改项目平均补助额", "≤75万元/个", 5),
        (None, None, "单家企业数字化改造补助", "≤5万元/家", 5),
        ("效益指标（40分）", "经济效益指标", "规上工业增加值增长率", "≥7%", 10),
        (None, None, "工业技改投资增长率", "≥8%", 10),
        (None, "社会效益指标", "新增规上工业企业", "≥60家", 10),
        (None, "可持续影响指标", "数字化车间和智能工厂", "≥15个", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "服务企业满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    footer(s, "方瑜", "0596-331 7712", "何卫东", "2025年11月27日")
    return b


@variant("jk18-major-programme-faults", (8, 5), "three-year project 2026–2028, NAT-2021, 中期 "
         "and 年度 columns: an annual count above its period count, a 效益 tier-2 under 产出, a "
         "转化率 given in 项")  # fmt: skip
def jk18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 16, 30, 18, 18, 6))
    project_head(
        s, year=2026, years=3, name="重大科技专项（先进制造与新材料）", unit="青岚市科学技术局",
        dept="青岚市科学技术局（318001）", attr="新增项目",
        money=[("中期资金总额", wan(6000), "年度资金总额", wan(2000)),
               ("其中：财政拨款", wan(5400), "其中：财政拨款", wan(1800)),
               ("其他资金", wan(600), "其他资金", wan(200))],
        goals=["2026—2028年实施重大科技专项18项，突破关键核心技术12项，带动企业研发投入15亿元。",
               "2026年立项实施重大科技专项6项，突破关键核心技术4项，带动企业研发投入5亿元。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "单个专项财政资助上限", "≤300万元/项", "≤300万元/项"),
        ("产出指标", "数量指标", "实施重大科技专项", "≥18项", "≥6项"),
        (None, None, "突破关键核心技术", "≥12项",
         mk("≥15项", "D201", "error", alt=("D104",),
            note="annual 15 > period 12; the goal says 4项")),
        (None, None, "申请发明专利", "≥150件", "≥50件"),
        (None, "质量指标", "专项中期评估合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度专项立项完成时间", "每年6月30日前", "2026年6月30日前"),
        (None, mk("社会效益指标", "F105", "error", alt=("F201", "F107"),
                  note="a 效益指标 tier-2 inside the 产出指标 block"), "培养科技领军人才",
         "≥30人", "≥10人"),
        ("效益指标", "经济效益指标", "带动企业研发投入", "≥15亿元", "≥5亿元"),
        (None, None, "专项成果新增产值", "≥30亿元", "≥8亿元"),
        (None, "可持续影响指标", "建设省级以上创新平台", "≥6个", "≥2个"),
        (None, None, "专项成果转化率", "≥24项",
         mk("≥8项", "T105", "error", row=True, note="a 转化率 given in 项 in both columns")),
        ("满意度指标", "服务对象满意度指标", "项目承担单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, "陶然", "0571-8830 2251", "蒋承志", "2025年11月18日")
    return b
