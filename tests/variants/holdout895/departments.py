"""Department returns, flat lists and stacked projects over both halves of the theme:
khu13–khu18."""

from __future__ import annotations

from tests.variants.holdout895.common import (
    CENTRE,
    department,
    indicators,
    multi_year,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout895.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
STATION = "砚岫县茶叶加工技术推广站"


@variant(
    "khu13-department-money",
    (12,),
    "department, NAT-2021: budget with shares, key tasks adding up to 项目支出, a unit cost "
    "× area equal to its task money (correct)",
)
def khu13() -> Book:
    b, s = start()
    department(s, CENTRE, [
        [wan(520), wan(470), wan(50), wan(190), wan(330)],
        [pct(1), pct(0.9038, "0.00%"), pct(0.0962, "0.00%"), pct(0.3654, "0.00%"),
         pct(0.6346, "0.00%")],
    ], "推进茶园提质改造和茶叶加工技术推广，全县茶叶综合产值增长6%以上。", tasks=[
        ("茶园提质改造", "改造低产茶园1200亩", wan(180), "改造茶园验收合格"),
        ("茶叶加工技术推广", "推广名优茶连续化加工技术", wan(90), "覆盖规模加工企业30家"),
        ("茶叶品牌宣传推介", "参加茶事展会、开展线上推介", wan(60), "区域公用品牌知名度提升"),
        ("金额合计", None, wan(330), None),
    ])  # fmt: skip
    indicators(s, DEPT_HEAD, [
        ("产出指标", "数量指标", "低产茶园提质改造面积", "≥1200亩"),
        (None, None, "加工技术推广覆盖规模加工企业", "≥30家"),
        (None, "质量指标", "改造茶园验收合格率", "≥95%"),
        (None, "时效指标", "项目资金支付及时率", "≥90%"),
        ("成本指标", "经济成本指标", "茶园提质改造亩均补助", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "全县茶叶综合产值增长率", "≥6%"),
        (None, "社会效益指标", "茶叶质量安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "茶农及加工企业满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "蔺清禾", "0797-6318204")
    return b


@variant(
    "khu14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
    "amount, tasks not adding up to 金额合计",
)
def khu14() -> Book:
    b, s = start()
    department(s, STATION, [
        [mk(wan(500), "B101", "error", row=True, note="基本支出 180 + 项目支出 300 = 480"),
         wan(450), wan(50), wan(180), wan(300)],
        [pct(1), pct(0.9), mk(pct(0.15), "B111", "error", note="50 ÷ 500 = 10%"), pct(0.36),
         pct(0.6)],
    ], "推广茶叶清洁化加工和标准化生产技术，培育茶叶加工示范企业5家。", tasks=[
        ("清洁化加工技术推广", "为加工企业提供技术指导", wan(150), "指导加工企业40家"),
        ("加工示范企业培育", "培育茶叶加工示范企业", wan(80), "培育示范企业5家"),
        ("茶叶加工技能培训", "培训加工技术骨干", wan(60), "培训技术骨干200人"),
        ("金额合计", None, mk(wan(300), "B102", "error", note="150 + 80 + 60 = 290"), None),
    ])  # fmt: skip
    indicators(s, DEPT_HEAD, [
        ("产出指标", "数量指标", "指导茶叶加工企业", "≥40家"),
        (None, None, "培育茶叶加工示范企业", "≥5家"),
        (None, None, "培训茶叶加工技术骨干", "≥200人"),
        (None, "质量指标", "示范企业产品抽检合格率", "≥98%"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤3000元/人"),
        ("效益指标", "经济效益指标", "示范企业加工效益增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "柏予安", "0797-6320917")
    return b


@variant(
    "khu15-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), bare "
    "numbers with % in the unit column, weights adding to 100, 0起 with = (correct)",
)
def khu15() -> Book:
    b, s = start()
    department(s, STATION, [[wan(300), wan(280), wan(20), wan(120), wan(180)]],
               "推广茶叶加工新技术，提升全县茶叶加工水平和产品质量。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("指导茶叶加工企业", 15, "家", "≥", 40),
        ("举办加工技术现场观摩会", 10, "场", "≥", 6),
        ("加工企业产品抽检合格率", 15, "%", "≥", 98),
        ("技术服务需求响应时间", 10, "工作日", "≤", 3),
        ("单场观摩会费用", 10, "万元", "≤", 2.5),
        ("推广企业单位产品能耗下降率", 15, "%", "≥", 5),
        ("茶叶加工安全生产事故", 10, "起", "=", 0),
        ("加工企业满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant(
    "khu16-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95, 合计 100",
)
def khu16() -> Book:
    b, s = start()
    department(s, CENTRE, [[wan(260), wan(240), wan(20), wan(110), wan(150)]],
               "开展茶园绿色防控和茶农实用技术培训，茶叶农残抽检超标率控制在2%以内。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("茶园绿色防控技术推广面积", "≥3000亩", "正向", "亩", 15),
        ("茶农实用技术培训", mk("≥12场", "T112", "error", note="value in 场, unit column 人次"),
         "正向", "人次", 15),
        ("茶叶农残抽检超标率",
         mk("≥2%", "T108", "warning", row=True, note="a 反向 rate with ≥: ≤2% was meant"),
         "反向", "%", 15),
        ("茶叶农残抽检批次", "≥150批次", "正向", "批次", 10),
        ("亩均绿色防控补助", "≤500元/亩", "反向", "元/亩", 10),
        ("茶园亩均减少化学农药用量", "≥0.2公斤", "正向", "公斤", 15),
        ("茶农满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    b.file_mark("W101", "error", note="the weights add to 95, not the 100 of the 合计 row")
    return b


@variant(
    "khu17-stacked-two",
    (2,),
    "a garden project and a processing project stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction indicator with different values (correct)",
)
def khu17() -> Book:
    b, s = start()
    project(s, "2025年茶园有机肥替代化肥项目", one_year(120, 100, 20),
            ["推广茶园有机肥替代化肥1万亩，茶园化肥使用量下降12%。"])  # fmt: skip
    indicators(s, DEPT_HEAD, [
        ("产出指标", "数量指标", "有机肥替代化肥推广面积", "≥1万亩"),
        (None, "质量指标", "有机肥抽检合格率", "≥95%"),
        (None, "成本指标", "有机肥亩均补助", "≤100元/亩"),
        ("效益指标", "生态效益指标", "茶园化肥使用量下降率", "≥12%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "2025年工夫红茶初制加工技术提升项目", one_year(60, 50, 10),
            ["指导工夫红茶初制加工企业15家，红茶优质品率提高到70%以上。"], title="")  # fmt: skip
    indicators(s, DEPT_HEAD, [
        ("产出指标", "数量指标", "指导红茶初制加工企业", "≥15家"),
        (None, "质量指标", "红茶优质品率", "≥70%"),
        (None, "成本指标", "单家企业技术指导费用", "≤4万元"),
        ("效益指标", "经济效益指标", "红茶加工企业销售收入增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "柏予安", "0797-6320917")
    return b


@variant(
    "khu18-stacked-defects",
    (2, 8),
    "two two-year projects stacked, NAT-2021, 中期 and 年度 value columns: the second "
    "project's 中期 total is not its parts and one annual count exceeds its period count",
)
def khu18() -> Book:
    b, s = start("绩效目标表")
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    project(s, "茶园生态道路与灌溉设施建设项目", multi_year((400, 320, 80), (220, 180, 40)),
            ["两年建成茶园生态道路30公里、喷灌设施2000亩。",
             "2025年建成生态道路16公里、喷灌设施1000亩。"],
            years=2)  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "茶园生态道路", "≥30公里", "≥16公里"),
        (None, None, "茶园喷灌设施", "≥2000亩", "≥1000亩"),
        ("成本指标", "经济成本指标", "喷灌设施亩均造价", "≤1200元/亩", "≤1200元/亩"),
        ("效益指标", "经济效益指标", "灌溉茶园春茶增产率", "≥10%", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(280), "B101", "error", row=True, note="财政拨款 230 + 其他资金 60 = 290")
    project(s, "茶叶初制所标准化改造项目", multi_year((total, 230, 60), (150, 120, 30)),
            ["两年完成茶叶初制所标准化改造40家。", "2025年完成茶叶初制所标准化改造20家。"],
            years=2, title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "标准化改造茶叶初制所", "≥40家", "≥20家"),
        (None, None, "培训初制所加工人员", "≥400人",
         mk("≥450人", "D201", "error", note="annual 450 above the two-year 400")),
        ("成本指标", "经济成本指标", "单家初制所改造补助", "≤6万元", "≤6万元"),
        ("效益指标", "社会效益指标", "初制所通过SC认证", "≥30家", "≥15家"),
        ("满意度指标", "服务对象满意度指标", "初制所业主满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
