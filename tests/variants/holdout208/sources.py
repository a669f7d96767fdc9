"""One-year projects about where the money comes from and in what unit: a table in 元, a 上年结转
source, sources that miss their whole, a cost standard paid by other money too, a standard ×
count above the money, an amount written 1,205.34 (pj03, pj05, pj06, pj12, pj13, pj17)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout208.common import (
    COMMA,
    ONE,
    book,
    detail,
    indicators,
    one_year_money,
    wan,
    yuan,
)
from tests.variants.holdout208.registry import variant
from tests.variants.kit import Book, mk, money


@variant("pj03-yuan-table", (1, 12), "one-year project, Shanghai tiers, money in 元 throughout "
         "(head and detail lines formatted #,##0.00\"元\"), ASCII operators (correct)")  # fmt: skip
def pj03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="社区健康自我管理小组项目", dept="青岚市卫生健康委员会（401）",
        unit="青岚市疾病预防控制中心", attr="经常性专项业务费",
        title="2026年度财政项目支出绩效目标表", money_label="项目资金（元）",
        money=[("项目总预算", yuan(486000), "项目当年预算", yuan(486000)),
               ("其中：财政拨款", yuan(486000), "其他资金", yuan(0))],
        goals=["在全市组建社区健康自我管理小组60个，举办社区健康讲座48场，"
               "参与居民慢性病防治知识知晓率达到85%以上。"],
    )  # fmt: skip
    detail(s, "项目预算明细（金额单位：元）", ("序号", "支出内容", "测算依据", "金额（元）"), [
        (1, "社区健康讲座", "48场×1,500元/场", yuan(72000)),
        (2, "自我管理小组活动耗材", "60个×2,100元/个", yuan(126000)),
        (3, "健康监测设备", "30套×4,800元/套", yuan(144000)),
        (4, "健康指导员补贴", "60人×2,400元/人", yuan(144000)),
    ], ("合计", None, None, yuan(486000)))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标目标值"), [
        ("投入与管理", "投入管理", "项目资金到位率", "=100%"),
        (None, "财务管理", "资金使用合规率", "=100%"),
        (None, "实施管理", "项目实施方案完备性", "完备"),
        ("产出目标", "数量", "举办社区健康讲座", ">=48场"),
        (None, None, "组建健康自我管理小组", ">=60个"),
        (None, "质量", "小组活动记录完整率", ">=95%"),
        (None, "时效", "年度项目完成时间", "2026年12月31日前"),
        (None, "成本", "单场健康讲座成本", "<=1500元/场"),
        ("效果目标", "社会效益", "参与居民慢性病防治知识知晓率", ">=85%"),
        (None, "满意度", "参与居民满意度", ">=90%"),
        ("影响力目标", "长效管理", "自我管理小组常态化运行机制", "建立并执行"),
    ])  # fmt: skip
    return b


@variant("pj05-carryover-source", (12,), "one-year project, OLD-NAT, an 指标解释 column, "
         "money from 当年财政拨款 200 + 上年结转 40 + 其他资金 20 = 260, detail lines below with "
         "a note on the carry-over (correct)")  # fmt: skip
def pj05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 28))
    project_head(
        s, year=2026, name="农村饮水安全巩固提升项目", dept="临溪县水利局（603）",
        unit="临溪县农村供水管理站",
        money=[("年度资金总额", wan(260), None, None),
               ("其中：当年财政拨款", wan(200), "上年结转", wan(40)),
               ("其他资金", wan(20), None, None)],
        goals=["改造农村供水管网36公里，安装水质净化消毒设备20套，"
               "巩固提升18000人饮水安全保障水平。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "改造农村供水管网长度", "≥36公里", "新建及改造主管、支管"),
        (None, None, "安装水质净化消毒设备", "≥20套", "按村级水厂配置"),
        (None, "质量指标", "农村供水水质检测合格率", "≥95%", "按检测报告统计"),
        (None, "时效指标", "工程完工时间", "2026年11月30日前", None),
        (None, "成本指标", "管网改造单位成本", "≤5万元/公里", "含材料及施工"),
        ("效益指标", "社会效益指标", "巩固提升饮水安全人口", "≥18000人", "受益村人口"),
        (None, "可持续影响指标", "工程运行管护机制", "健全", "落实管护主体和经费"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    s.skip()
    detail(s, "资金支出明细（万元）", ("支出内容", "测算依据", "金额", "备注"), [
        ("供水管网改造", "36公里×5万元/公里", wan(180), "含上年结转40万元"),
        ("水质净化消毒设备", "20套×2.5万元/套", wan(50), None),
        ("水质检测", "240份×1000元/份", wan(24), None),
        ("工程设计及监理", "按设计、监理合同价", wan(6), None),
    ], ("合计", None, wan(260), None))  # fmt: skip
    s.row("注：上年结转资金40万元系2025年度管网改造项目结余资金，经批准继续用于本项目。",
          merge=[(1, 5)])  # fmt: skip
    return b


@variant("pj06-sources-miss-whole", (12,), "one-year transfer project, OLD-NAT, one value "
         "column: 年度资金总额 300 but 中央补助 150 + 省级补助 60 + 县级配套 40 + 自筹 40 = 290; "
         "the detail lines add to 300")  # fmt: skip
def pj06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="高标准农田建设项目", dept="白沙河区农业农村局（402）",
        unit="白沙河区农田建设服务中心", attr="新增项目",
        money=[("年度资金总额",
                mk(wan(300), "B101", "error", note="150 + 60 + 40 + 40 = 290"), None, None),
               ("其中：中央补助", wan(150), "省级补助", wan(60)),
               ("县级配套", wan(40), "其他资金（受益主体自筹）", wan(40))],
        goals=["建成高标准农田2000亩，新建田间道路8公里，项目区亩均粮食增产50公斤以上。"],
    )  # fmt: skip
    detail(s, "资金支出计划", ("支出内容", "测算依据", "金额（万元）"), [
        ("土地平整", "2000亩×600元/亩", wan(120)),
        ("灌溉排水工程", "2000亩×500元/亩", wan(100)),
        ("田间道路", "8公里×6万元/公里", wan(48)),
        ("勘察设计、监理及验收", "按工程建设其他费用标准", wan(32)),
    ], ("合计", None, wan(300)))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建设高标准农田面积", "≥2000亩"),
        (None, None, "新建田间道路长度", "≥8公里"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "2026年10月31日前"),
        (None, "成本指标", "亩均建设成本", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "项目区亩均粮食增产", "≥50公斤"),
        (None, "可持续影响指标", "农田设施管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pj12-standard-other-money", (10, 12), "one-year project, OLD-NAT, operator, unit and "
         "weight columns: 生均资助标准 3000元/人 × 500人 = 150万元, above the 财政拨款 90 but "
         "equal to the 资金总额 with 社会捐赠 60 (correct)")  # fmt: skip
def pj12() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 10, 10, 10, 8))
    project_head(
        s, year=2026, name="家庭经济困难学生助学金项目", dept="临溪县教育局（104）",
        unit="临溪县学生资助管理中心",
        money=one_year_money(wan(150), wan(90), wan(60)),
        goals=["资助家庭经济困难学生500人，资助标准每人每年3000元，"
               "受助学生在校巩固率达到98%以上。"],
    )  # fmt: skip
    detail(s, "资金测算", ("支出内容", "测算依据", "金额（万元）", "资金来源"), [
        ("高中阶段困难学生助学金", "300人×3000元/人", wan(90), "财政拨款"),
        ("中职困难学生助学金", "200人×3000元/人", wan(60), "社会捐赠资金"),
    ], ("合计", None, wan(150), None))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位",
                   "权重"), [
        ("产出指标", "数量指标", "资助家庭经济困难学生人数", "≥", 500, "人", 15),
        (None, "质量指标", "资助对象认定准确率", "=", 100, "%", 15),
        (None, "时效指标", "助学金发放及时率", "=", 100, "%", 10),
        (None, "成本指标", "生均资助标准", "≤", 3000, "元/人", 10),
        ("效益指标", "社会效益指标", "受助学生在校巩固率", "≥", 98, "%", 20),
        (None, "可持续影响指标", "学生资助长效机制", "定性", "健全", None, 10),
        ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥", 90, "%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100)
    s.row("注：中职困难学生助学金由县慈善总会社会捐赠资金60万元承担，与财政资金执行同一资助标准。",
          merge=[(1, 7)])  # fmt: skip
    return b


@variant("pj13-standard-above-money", (12,), "one-year project, NAT-2021, 指标性质 as direction "
         "and inline operators: 亩均补助 800元/亩 × 3000亩 = 240万元 above the 200万元; the "
         "资金使用计划 lines add to 185, not 200")  # fmt: skip
def pj13() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 18))
    project_head(
        s, year=2026, name="低产油茶林改造提升补助项目", dept="白沙河区林业局（515）",
        unit="白沙河区林业技术推广站",
        money=one_year_money(
            mk(wan(200), "B102", "error", alt=("B101",), note="the lines add to 185"),
            wan(160), wan(40)),
        goals=["完成低产油茶林改造3000亩，培训林农500人次，改造后油茶亩产提高20%以上。"],
    )  # fmt: skip
    detail(s, "资金使用计划（万元）", ("支出内容", "主要内容", "金额"), [
        ("油茶苗木采购及补植", "良种壮苗采购、补植", wan(110)),
        ("低产林抚育管理", "垦复、施肥、修枝整形", wan(50)),
        ("技术培训", "林农油茶栽培技术培训", wan(15)),
        ("检查验收", "第三方核查验收", wan(10)),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值"), [
        ("产出指标", "数量指标", "改造低产油茶林面积", "正向",
         mk("≥3000亩", "B107", "warning", row=True, required=False,
            note="the count half of the 800元/亩 × 3000亩 product")),
        (None, None, "培训林农人次", "正向", "≥500人次"),
        (None, "质量指标", "改造林地验收合格率", "正向", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "反向", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均改造补助标准", "反向",
         mk("≤800元/亩", "B107", "warning", row=True,
            note="3000亩 × 800元/亩 = 240万元 > 年度资金总额 200万元")),
        ("效益指标", "经济效益指标", "改造后油茶亩产增长率", "正向", "≥20%"),
        (None, "可持续影响指标", "油茶林长效管护机制", "定性", "健全"),
        ("满意度指标", "服务对象满意度指标", "参与林农满意度", "正向", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pj17-thousands-amount", (9, 12), "one-year project, NAT-2021, value and unit columns, "
         "amounts with a thousands separator: 年度资金总额 1,205.34万元 and detail lines that add "
         "to it (correct)")  # fmt: skip
def pj17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 14))
    project_head(
        s, year=2026, name="县城老旧街巷改造提升项目", dept="松岗县住房和城乡建设局（309）",
        unit="松岗县城市建设服务中心",
        money=one_year_money(money(1205.34, COMMA), money(1005.34, COMMA), money(200, COMMA)),
        goals=["改造提升县城老旧街巷道路6.8公里，新建改造排水管网3.2公里，"
               "惠及沿街居民12000人以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "改造提升道路长度", "≥6.8", "公里"),
        (None, None, "新建改造排水管网长度", "≥3.2", "公里"),
        (None, "质量指标", "工程质量验收合格率", "=100", "%"),
        (None, "时效指标", "工程完工时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "道路改造单位成本", "≤120", "万元/公里"),
        ("效益指标", "社会效益指标", "受益沿街居民人数", "≥12000", "人"),
        (None, "可持续影响指标", "街巷设施长效管护机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90", "%"),
    ])  # fmt: skip
    s.skip()
    detail(s, "工程资金测算明细", ("序号", "工程内容", "测算依据", "金额（万元）"), [
        (1, "道路路面改造", "6.8公里×120万元/公里", money(816, COMMA)),
        (2, "排水管网新建改造", "3.2公里×85万元/公里", money(272, COMMA)),
        (3, "交通安全及照明设施", "按初步设计概算", money(78.34, COMMA)),
        (4, "工程监理", "按监理合同价", money(39, COMMA)),
    ], ("合计", None, None, money(1205.34, COMMA)))  # fmt: skip
    return b
