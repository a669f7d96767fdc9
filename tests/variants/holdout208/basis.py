"""One-year projects with a budget detail block (支出明细, 测算依据): a rounded product, a line
whose 单价 × 数量 differs from its amount, a 其中 line above its line, a line with a bracketed
note, an amount pasted twice, an amount 10 000× its share (pj01, pj02, pj04, pj09, pj15,
pj16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout208.common import (
    ONE,
    book,
    detail,
    indicators,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout208.registry import variant
from tests.variants.kit import Book, C, mk, money, ok, pct

LINES = ("序号", "支出内容", "测算依据", "金额（万元）")


def amt(value: float) -> C:
    """A detail amount typed as a plain number with two decimals (the unit is in the header)."""
    return money(value, "0.00")


@variant("pj01-rounded-basis", (12,), "one-year project, NAT-2021, inline operators, detail "
         "lines below the table: a 测算依据 约3.3万元/场×3场 against a line of 10万元, a rounded "
         "product; every line and the 合计 add up (correct)")  # fmt: skip
def pj01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="乡村文化惠民演出项目", dept="临溪县文化和旅游局（318）",
        unit="临溪县文化馆",
        money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["2026年送文艺演出下乡80场，举办非遗展演活动3场，惠及群众20000人次以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "送文艺演出下乡场次", "≥80场"),
        (None, None, "举办非遗展演活动场次", "≥3场"),
        (None, "质量指标", "演出节目内容审查通过率", pct(1)),
        (None, "时效指标", "年度演出任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单场下乡演出补助标准", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "惠及群众人次", "≥20000人次"),
        (None, "可持续影响指标", "文化惠民演出常态化机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    detail(s, "项目支出测算明细", LINES, [
        (1, "送文艺演出下乡", "80场×0.5万元/场", amt(40)),
        (2, "非遗展演活动", "约3.3万元/场×3场", amt(10)),
        (3, "演出设备维护保养", "按近三年平均维护费用测算", amt(6)),
        (4, "宣传及组织协调", "海报印制、场地布置等", amt(4)),
    ], ("合计", None, None, amt(60)))  # fmt: skip
    sign(s, "沈知遥", "顾明远", "0596-5821340")
    return b


@variant("pj02-basis-differs", (12,), "one-year project, OLD-NAT, operator and unit columns, a "
         "detail block above the table: 中级护理员培训 50人×2000元/人 (10万元) written "
         "12万元")  # fmt: skip
def pj02() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 16, 14, 12))
    project_head(
        s, year=2026, name="社区养老护理员培训项目", dept="白沙河区民政局（207）",
        unit="白沙河区养老服务指导中心",
        money=one_year_money(wan(40), wan(35), wan(5)),
        goals=["全年培训养老护理员200人，分10期开展，培训考核合格率达到90%以上。"],
    )  # fmt: skip
    detail(s, "资金测算明细（万元）", ("序号", "支出内容", "测算依据", "金额"), [
        (1, "初级养老护理员培训", "150人×1200元/人", amt(18)),
        (2, "中级养老护理员培训", "50人×2000元/人",
         mk(amt(12), "B101", "error", row=True, alt=("B102",),
            note="50人×2000元/人 = 10万元, not 12")),
        (3, "实训场地及耗材", "10期×0.6万元/期", amt(6)),
        (4, "职业技能考核鉴定", "200人×200元/人", amt(4)),
    ], ("合计", None, None, amt(40)))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "培训养老护理员人数", "≥", 200, "人"),
        (None, None, "培训期数", "≥", 10, "期"),
        (None, "质量指标", "培训考核合格率", "≥", 90, "%"),
        (None, "时效指标", "培训按期完成率", "≥", 95, "%"),
        (None, "成本指标", "人均培训成本", "≤", 2000, "元/人"),
        ("效益指标", "社会效益指标", "参训人员持证上岗率", "≥", 85, "%"),
        (None, "可持续影响指标", "养老护理人才培训机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pj04-subline-above-line", (12,), "one-year project, NAT-2021, inline operators and a "
         "weight column, a detail block with a 资金来源 column: 其中：颗粒物监测仪 52万元 under "
         "设备购置费 45万元")  # fmt: skip
def pj04() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 16, 12, 12))
    project_head(
        s, year=2026, name="空气质量自动监测站运行维护项目", dept="青岚市生态环境局（511）",
        unit="青岚市生态环境监测站",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["保障全市12个空气质量自动监测站正常运行，更新颗粒物监测仪8台，"
               "监测数据有效率达到90%以上。"],
    )  # fmt: skip
    detail(s, "项目支出明细", ("支出项目", "测算依据", "金额（万元）", "资金来源"), [
        ("站点运行维护", "12个站点×6万元/站", amt(72), "财政拨款"),
        ("设备购置费", "更新老旧监测仪器",
         ok(amt(45), "error", note="the line its 其中 exceeds"), "财政拨款"),
        ("其中：颗粒物监测仪", "8台×6.5万元/台",
         mk(amt(52), "B101", "error", alt=("B102", "B103"),
            note="a 其中 line of 52 above its line of 45"), "财政拨款"),
        ("质控比对及标定", "12个站点×1.5万元/站", amt(18), "财政拨款"),
        ("数据平台运行维护", "按运维合同测算", amt(15), "财政拨款"),
    ], ("合计", None, amt(150), None))  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "运维空气自动监测站数", "≥12个", 10),
        (None, None, "更新颗粒物监测仪数量", "≥8台", 10),
        (None, "质量指标", "监测数据有效率", "≥90%", 10),
        (None, "时效指标", "监测仪更新完成时间", "2026年6月30日前", 10),
        ("成本指标", "经济成本指标", "单站年度运维费用", "≤6万元/站", 10),
        ("效益指标", "社会效益指标", "空气质量信息公众知晓率", "≥80%", 20),
        (None, "可持续影响指标", "监测站质控运维体系", "健全", 20),
        ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("pj09-bracket-note", (9, 12), "one-year project, OLD-NAT, one value column, detail "
         "lines below the table: a line written 120万(其中设备80万), read as 120; the lines add "
         "up (correct)")  # fmt: skip
def pj09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="职业学校智能制造实训基地建设项目", dept="白沙河区教育局（105）",
        unit="白沙河区职业技术学校", attr="新增项目",
        money=one_year_money(wan(300), wan(260), wan(40)),
        goals=["建成智能制造实训室4间，培训专业教师60人，开发实训课程12门，"
               "安排300名学生到合作企业实习。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建成智能制造实训室数", "≥4间"),
        (None, None, "培训专业教师人数", "≥60人"),
        (None, None, "开发实训课程数", "≥12门"),
        (None, None, "安排学生企业实习人数", "≥300人"),
        (None, "质量指标", "实训设备验收合格率", "=100%"),
        (None, "时效指标", "实训室投入使用时间", "2026年8月31日前"),
        (None, "成本指标", "专业教师人均培训费用", "≤5000元/人"),
        ("效益指标", "社会效益指标", "学生职业技能等级证书获取率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "实训学生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    detail(s, "项目资金使用计划（单位：万元）", LINES, [
        (1, "智能制造实训室建设", "4间，设备购置及场地改造",
         ok("120万(其中设备80万)", note="an amount with its note in brackets: 120")),
        (2, "专业教师培训", "60人×5000元/人", amt(30)),
        (3, "实训课程资源开发", "12门×5万元/门", amt(60)),
        (4, "学生企业实习补助", "300人×3000元/人", amt(90)),
    ], ("合计", None, None, amt(300)))  # fmt: skip
    s.row("注：实训室建设含设备购置80万元、场地改造40万元；其他资金40万元为合作企业投入。",
          merge=[(1, 6)])  # fmt: skip
    return b


@variant("pj15-amount-pasted-twice", (9, 12), "one-year project, OLD-NAT, one value column, "
         "detail lines below the table: the DR line reads 86万86万（含安装调试）")  # fmt: skip
def pj15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="社区卫生服务中心设备更新项目", dept="青岚市卫生健康委员会（401）",
        unit="青岚市基层卫生服务指导中心",
        money=one_year_money(wan(260), wan(220), wan(40)),
        goals=["为辖区社区卫生服务中心更新DR系统2台、全自动生化分析仪3台、彩色多普勒超声2台，"
               "基层检查检验能力明显提升。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更新DR数字化X射线摄影系统", "≥2台"),
        (None, None, "更新全自动生化分析仪", "≥3台"),
        (None, None, "更新彩色多普勒超声诊断仪", "≥2台"),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "设备安装投入使用时间", "2026年9月30日前"),
        (None, "成本指标", "生化分析仪采购单价", "≤28万元/台"),
        ("效益指标", "社会效益指标", "社区卫生服务中心检查检验量增长率", "≥10%"),
        (None, "可持续影响指标", "设备维护保养制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "就诊居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    detail(s, "设备购置明细（万元）", LINES, [
        (1, "DR数字化X射线摄影系统", "2台×43万元/台",
         mk("86万86万（含安装调试）", "X106", "error", alt=("B108",),
            note="the amount pasted twice: 86")),
        (2, "全自动生化分析仪", "3台×28万元/台", amt(84)),
        (3, "彩色多普勒超声诊断仪", "2台×35万元/台", amt(70)),
        (4, "设备安装及操作人员培训", "按供货合同约定测算", amt(20)),
    ], ("合计", None, None,
        ok(amt(260), "error", note="adds up once the DR line is read as 86")))  # fmt: skip
    return b


@variant("pj16-decimal-lost", (9, 12), "one-year project, OLD-NAT, operator and unit columns, "
         "detail lines below the table: 物流补贴 150000 in a 万元 block, 10 000× its share "
         "(15)")  # fmt: skip
def pj16() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 16, 14, 12))
    project_head(
        s, year=2026, name="农村电商服务站点提升项目", dept="松岗县商务局（236）",
        unit="松岗县电子商务服务中心",
        money=one_year_money(wan(40), wan(40), wan(0)),
        goals=["提升改造村级电商服务站点24个，开展电商直播培训400人次，"
               "带动农产品网络销售额增长15%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "提升改造村级电商服务站点", "≥", 24, "个"),
        (None, None, "电商直播培训人次", "≥", 400, "人次"),
        (None, "质量指标", "站点改造验收合格率", "=", 100, "%"),
        (None, "时效指标", "站点改造完成时限", "≤", 8, "个月"),
        (None, "成本指标", "单个站点改造补助", "≤", 0.5, "万元/个"),
        ("效益指标", "经济效益指标", "农产品网络销售额增长率", "≥", 15, "%"),
        (None, "可持续影响指标", "站点长效运营机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "站点经营户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    s.skip()
    detail(s, "项目支出明细（单位：万元）", LINES, [
        (1, "村级服务站点改造", "24个×0.5万元/个", amt(12)),
        (2, "电商直播培训", "400人次×200元/人次", amt(8)),
        (3, "农产品上行物流补贴", "按实际寄递量据实补贴",
         mk(amt(150000), "B110", "error", note="15万元 typed as 150000: 10 000× its share")),
        (4, "区域公共品牌宣传推广", "宣传物料及推介活动", amt(5)),
    ], ("合计", None, None, amt(40)))  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the 150000 line breaks the 合计")
    return b
