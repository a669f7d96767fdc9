"""Correct project returns: points in the tier-1 labels with points on each indicator, 计量单位
before 指标值, a table under a long 填报说明, numbers typed as text with a trailing space."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout153.common import NOTES, OfficeBook, dress, footer, notes
from tests.variants.holdout153.registry import variant
from tests.variants.kit import WAN, Book, day, money, pct

WIDTHS = (18, 16, 32, 10, 10, 14, 10)


@variant(
    "ng01-points-unit-first",
    (5, 10),
    "project, NAT-2021, WPS: 一、产出指标（40分） labels, 计量单位 │ 比较符 "
    "│ 指标值 │ 分值, percent cells, dropdowns, frozen panes",
)
def ng01() -> Book:
    b = OfficeBook(app="wps")
    s = b.sheet("项目绩效目标表", WIDTHS)
    project_head(s, year=2026, name="澄川县农村饮水水质提升监测项目", dept="澄川县水利局（412）",
                 unit="澄川县农村供水管理站", attr="延续项目",
                 money=[("年度资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["2026年完成全县126个行政村饮水水质抽检，新建8个水质自动监测点，"
                        "水样检测合格率不低于95%，保障18.5万农村人口饮水安全。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "指标值", "分值")
    first = head + 1
    last = s.table([
        ("一、产出指标（40分）", "数量指标", "行政村饮水水质抽检数", "个", "≥", 126, 8),
        (None, None, "新建水质自动监测点", "个", "≥", 8, 8),
        (None, None, "水源地巡查次数", "次", "≥", 24, 8),
        (None, "质量指标", "水样检测合格率", "%", "≥", pct(0.95), 8),
        (None, "时效指标", "检测报告出具时间", "工作日", "≤", 7, 8),
        ("二、成本指标（20分）", "经济成本指标", "单个水样检测费用", "元/个", "≤", 380, 10),
        (None, None, "监测点单点建设成本", "万元/个", "≤", 4.5, 10),
        ("三、效益指标（30分）", "社会效益指标", "饮水安全隐患整改率", "%", "≥", pct(0.9), 10),
        (None, None, "农村供水保障人口", "万人", "≥", 18.5, 10),
        (None, "可持续影响指标", "水质监测数据在线上传率", "%", "≥", pct(0.98), 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "%", "≥", pct(0.9), 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    dress(s, head, first, last, 7, value_col=6, op_col=5)
    footer(s, "郑晓岚", "0719-6283155", day(2025, 10, 24), 7)
    return b


@variant(
    "ng02-notes-row30",
    (4, 7),
    "project, OLD-NAT, LibreOffice: a 16-line 填报说明 above a table whose header "
    "is row 30, one value column with operators inside",
)
def ng02() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("Sheet1", (16, 16, 34, 22, 24, 14))
    project_head(s, year=2026, name="岚溪市社区老年助餐服务补助", dept="岚溪市民政局（208）",
                 unit="岚溪市养老服务指导中心", attr="常年项目",
                 money=[("年度资金总额", money(312.5, WAN), "其中：财政拨款", money(280, WAN)),
                        ("其他资金", money(32.5, WAN), None, None)],
                 goals=["2026年在全市建成并运营助餐点46个，为老年人提供助餐服务不少于30万人次，"
                        "助餐点食品安全检查合格率100%，老年人满意度达到90%以上。"])  # fmt: skip
    s.skip()
    notes(s, NOTES, 6)
    while s.r < 29:
        s.skip()
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    assert head == 30, head
    first = head + 1
    last = s.table([
        ("产出指标", "数量指标", "运营助餐点数量", "≥46个", "计划标准", None),
        (None, None, "助餐服务人次", "≥30万人次", "历史标准", "2025年为27.6万人次"),
        (None, None, "送餐上门服务人次", "≥4.2万人次", "计划标准", None),
        (None, "质量指标", "助餐点食品安全检查合格率", "=100%", "行业标准", None),
        (None, None, "助餐点持证经营比例", pct(1), "行业标准", None),
        (None, "时效指标", "补助资金拨付时间", "每季度结束后15个工作日内", "计划标准", None),
        (None, "成本指标", "每人次助餐补助标准", "≤8元/人次", "计划标准", "按市定标准"),
        (None, None, "助餐点一次性建设补助", "≤1.5万元/个", "计划标准", None),
        ("效益指标", "社会效益指标", "80周岁以上老年人助餐覆盖率", "≥60%", "历史标准", None),
        (None, None, "特困老年人助餐服务保障率", pct(1), "计划标准", None),
        (None, "可持续影响指标", "助餐点持续运营年限", "≥3年", "其他标准", None),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%", "历史标准", None),
        (None, None, "老年人家属满意度", "≥88%", "历史标准", None),
    ], merged=(1, 2))  # fmt: skip
    dress(s, head, first, last, 6, value_col=4)
    footer(s, "冯雅", "0736-8210447", "2025年11月3日")
    return b


@variant(
    "ng03-two-periods-trailing",
    (8, 9),
    "three-year project, NAT-2021, LibreOffice: 计量单位 │ 比较符 │ 中期指标值 "
    "│ 年度指标值, counts typed as text with a trailing space",
)
def ng03() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("绩效目标", (16, 16, 30, 10, 10, 14, 14))
    project_head(s, year=2026, years=3, name="北塘区中小学校园安全智能化改造（2026—2028年）",
                 dept="北塘区教育局（305）", unit="北塘区教育技术装备中心", attr="新增项目",
                 money=[("中期资金总额", money(1860, WAN), "年度资金总额", money(640, WAN)),
                        ("其中：财政拨款", money(1860, WAN), "其中：财政拨款", money(640, WAN)),
                        ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
                 goals=["2026—2028年完成全区58所中小学校园安全智能化改造，建成区级校园安全"
                        "监管平台，校园安全事件处置时间缩短至15分钟以内。",
                        "2026年完成20所学校改造，安装智能监控点位1200个，完成区级平台一期"
                        "建设，设备验收合格率100%。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "中期指标值",
                 "年度指标值")  # fmt: skip
    first = head + 1
    last = s.table([
        ("产出指标", "数量指标", "完成改造学校数", "所", "≥", "58 ", "20 "),
        (None, None, "安装智能监控点位", "个", "≥", "3500 ", "1200 "),
        (None, None, "一键报警装置安装数", "套", "≥", "290 ", "100 "),
        (None, None, "校园安保人员培训人次", "人次", "≥", "1740 ", "600 "),
        (None, "质量指标", "设备验收合格率", "%", "=", pct(1), pct(1)),
        (None, None, "监控设备完好率", "%", "≥", pct(0.97), pct(0.97)),
        (None, "时效指标", "单校改造工期", "天", "≤", "60 ", "60 "),
        ("成本指标", "经济成本指标", "单个监控点位综合造价", "元/个", "≤", "3800 ", "3800 "),
        (None, None, "区级平台建设费用", "万元", "≤", "260 ", "150 "),
        ("效益指标", "社会效益指标", "校园安全事件处置时间", "分钟", "≤", "15 ", "20 "),
        (None, None, "校园重点部位监控覆盖率", "%", "≥", pct(0.95), pct(0.35)),
        (None, "可持续影响指标", "设备运维保障年限", "年", "≥", "5 ", "5 "),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "%", "≥", pct(0.9), pct(0.9)),
        (None, None, "家长满意度", "%", "≥", pct(0.88), pct(0.88)),
    ], merged=(1, 2))  # fmt: skip
    dress(s, head, first, last, 7, value_col=7, op_col=5)
    footer(s, "陶然", "0512-6647391", day(2025, 9, 30), 7)
    return b


@variant(
    "ng04-stacked-wps",
    (2, 5),
    "two projects stacked in one sheet, OLD-NAT, WPS: 二、效益指标（30分） labels "
    "with points per indicator, 计量单位 before 指标值",
)
def ng04() -> Book:
    b = OfficeBook(app="wps")
    s = b.sheet("项目绩效目标", (18, 16, 30, 10, 16, 10))
    rows = [
        ("年度资金总额", money(45, WAN), "其中：财政拨款", money(45, WAN)),
        ("其他资金", money(0, WAN), None, None),
    ]
    project_head(s, year=2026, name="云岙镇农产品质量安全快速检测", dept="云岙镇人民政府（601）",
                 unit="云岙镇农业综合服务中心", attr="常年项目", money=rows,
                 title="2026年度项目支出绩效目标申报表（一）",
                 goals=["全年完成农产品快速检测样品3000批次，检测合格率稳定在98%以上，"
                        "农产品质量安全事件零发生。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "指标值", "分值")
    first = head + 1
    last = s.table([
        ("一、产出指标（50分）", "数量指标", "快速检测样品批次", "批次", "≥3000", 15),
        (None, None, "检测点位覆盖村数", "个", "≥22", 10),
        (None, "质量指标", "抽检结果上报准确率", "%", "≥98%", 10),
        (None, "时效指标", "不合格样品处置时间", "小时", "≤24", 5),
        (None, "成本指标", "单批次检测成本", "元/批次", "≤120", 10),
        ("二、效益指标（30分）", "社会效益指标", "农产品质量安全事件发生数", "起", "=0", 15),
        (None, "可持续影响指标", "检测数据归档完整率", "%", pct(1), 15),
        ("三、满意度指标（20分）", "服务对象满意度指标", "农户及经营户满意度", "%", "≥90%", 20),
    ], merged=(1, 2))  # fmt: skip
    dress(s, head, first, last, 6, value_col=5)
    s.skip(2)
    rows = [
        ("年度资金总额", money(28.6, WAN), "其中：财政拨款", money(20, WAN)),
        ("其他资金", money(8.6, WAN), None, None),
    ]
    project_head(s, year=2026, name="云岙镇河道保洁长效管护", dept="云岙镇人民政府（601）",
                 unit="云岙镇村镇建设服务中心", attr="常年项目", money=rows,
                 title="2026年度项目支出绩效目标申报表（二）",
                 goals=["对镇域内18条河道、总长46.5公里实行全年保洁，河面漂浮物及时清理，"
                        "河道保洁考核达标率不低于95%。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "指标值", "分值")
    s.table([
        ("一、产出指标（50分）", "数量指标", "保洁河道长度", "公里", "≥46.5", 15),
        (None, None, "保洁河道条数", "条", "≥18", 10),
        (None, "质量指标", "河道保洁考核达标率", "%", "≥95%", 10),
        (None, "时效指标", "漂浮物清理时限", "小时", "≤48", 5),
        (None, "成本指标", "每公里年保洁费用", "万元/公里", "≤0.6", 10),
        ("二、效益指标（30分）", "生态效益指标", "河道水面清洁率", "%", "≥95%", 15),
        (None, "可持续影响指标", "保洁长效管护机制", "—", "健全", 15),
        ("三、满意度指标（20分）", "服务对象满意度指标", "沿河群众满意度", "%", "≥90%", 20),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "钱小波", "0580-3071248", day(2025, 11, 12))
    return b
